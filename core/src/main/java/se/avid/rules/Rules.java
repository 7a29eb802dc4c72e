package se.avid.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.avid.EntityType;
import se.avid.spi.Detector;

/**
 * The rules of one organisation, loaded from a UTF-8 text file: terms always redacted (staff
 * names, local streets, schools), terms never redacted (the organisation's own name, helplines),
 * patterns of local identifiers (case numbers), per-type on/off switches, thresholds and
 * strategies, and types of the organisation's own (declared by a {@code [type NAME]} section with a
 * {@code label}).
 * Applied with {@code Anonymizer.builder().rules(rules)}.
 *
 * <pre>{@code
 * # malmo-rules.txt
 * [deny NAME]
 * Lena Holm
 *
 * [allow]
 * Malmö stad
 *
 * [pattern e-case]
 * type  = OTHER
 * shape = sn-DDDD-D{5}
 * score = 0.9
 *
 * [type PLACE]
 * review = 0.3
 * redact = 0.6
 * strategy = pseudonym
 *
 * [type DIARIENUMMER]
 * label = DIARIENUMMER
 * english = CASE_NUMBER
 *
 * [deny DIARIENUMMER]
 * SOF 2024/1234
 * }</pre>
 *
 * <p>The format is described in full in {@code docs/rules-and-strategies.md}. Any mistake fails
 * the load with a {@link RulesException} naming the file, the line and the problem; no rule is
 * ever skipped.
 *
 * <p>Immutable and thread-safe; load once at start-up.
 */
public final class Rules {

  private final String source;
  private final Detector detector;
  private final AllowList allowList;
  private final Map<EntityType, TypeRule> typeRules;
  private final int denyTerms;
  private final int patterns;

  Rules(String source, Detector detector, AllowList allowList, Map<EntityType, TypeRule> typeRules, int denyTerms,
      int patterns) {
    this.source = source;
    this.detector = detector;
    this.allowList = allowList;
    this.typeRules = Map.copyOf(typeRules);
    this.denyTerms = denyTerms;
    this.patterns = patterns;
  }

  /**
   * Loads the rules file at {@code path}.
   *
   * @param path the rules file
   * @return the rules
   * @throws IOException if it cannot be read
   * @throws RulesException if it is not UTF-8 or breaks the format
   */
  public static Rules load(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    return parse(path.toString(), decode(path.toString(), Files.readAllBytes(path)));
  }

  /**
   * Loads a rules file from the classpath of the context class loader (else avid's own), e.g.
   * {@code Rules.fromClasspath("malmo-rules.txt")}.
   *
   * @param resource the resource name
   * @return the rules
   * @throws RulesException if there is no such resource, it cannot be read, is not UTF-8 or breaks the format
   */
  public static Rules fromClasspath(String resource) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return fromClasspath(resource, context != null ? context : Rules.class.getClassLoader());
  }

  /**
   * Loads a rules file from the classpath of {@code loader}.
   *
   * @param resource the resource name
   * @param loader the class loader to read it with
   * @return the rules
   * @throws RulesException if there is no such resource, it cannot be read, is not UTF-8 or breaks the format
   */
  public static Rules fromClasspath(String resource, ClassLoader loader) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(loader, "loader");
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    URL url = loader.getResource(name);
    if (url == null) {
      throw new RulesException(name, 0, "no such resource on the classpath");
    }
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new RulesException(name, "cannot be read: " + e.getClass().getName(), e);
    }
    return parse(name, decode(name, bytes));
  }

  /**
   * Parses rules from {@code content}; {@code source} names it in error messages and in the
   * detector's name.
   *
   * @param source a name for messages, e.g. the file name
   * @param content the rules text
   * @return the rules
   * @throws RulesException if it breaks the format
   */
  public static Rules parse(String source, String content) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    return new RulesParser(source).parse(content);
  }

  private static String decode(String source, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      int valid = validUtf8Prefix(bytes);
      for (int i = 0; i < valid; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new RulesException(source, line, "not valid UTF-8 (save the file as UTF-8)");
    }
  }

  /** The length of the longest prefix of {@code bytes} that decodes as UTF-8, to find the line of the bad byte. */
  private static int validUtf8Prefix(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
    return in.position();
  }

  /**
   * Where the rules came from: the path or the classpath resource.
   *
   * @return the file name or resource
   */
  public String source() {
    return source;
  }

  /**
   * The detector of the deny-list terms and patterns, named {@code rules:<file name>}; empty if there are none.
   *
   * @return the detector, empty without deny terms and patterns
   */
  public Optional<Detector> detector() {
    return Optional.ofNullable(detector);
  }

  /**
   * The terms never redacted.
   *
   * @return the allow-list
   */
  public AllowList allowList() {
    return allowList;
  }

  /**
   * The per-type settings, by type.
   *
   * @return the settings by type
   */
  public Map<EntityType, TypeRule> typeRules() {
    return typeRules;
  }

  /**
   * The number of deny-list terms (each type counted apart).
   *
   * @return the number of deny terms
   */
  public int denyTermCount() {
    return denyTerms;
  }

  /**
   * The number of patterns.
   *
   * @return the number of patterns
   */
  public int patternCount() {
    return patterns;
  }

  /** Counts only: the terms are often staff names and are never shown. */
  @Override
  public String toString() {
    return "Rules[" + source + ": " + denyTerms + " deny terms, " + allowList.size() + " allow terms, " + patterns
        + " patterns, " + typeRules.size() + " type settings]";
  }
}
