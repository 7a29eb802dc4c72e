package se.avid.benchmarks.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark corpus's own word lists and sentence templates, bundled next to this class and
 * loaded once. The regex baseline uses the same name and place lists, so both sides of a
 * comparison look for the same words. Immutable and thread-safe.
 */
public final class Lexicon {

  private final List<String> firstNames;
  private final List<String> surnames;
  private final List<String> places;
  private final List<String> streetNames;
  private final List<Template> plainSentences;
  private final List<Template> identifyingSentences;

  private Lexicon() {
    firstNames = readLines("first-names.txt");
    surnames = readLines("surnames.txt");
    places = readLines("places.txt");
    streetNames = readLines("street-names.txt");
    plainSentences = Template.parseAll(readLines("plain-sentences.txt"));
    identifyingSentences = Template.parseAll(readLines("identifying-sentences.txt"));
  }

  /**
   * The bundled lexicon.
   *
   * @return the bundled lexicon
   */
  public static Lexicon bundled() {
    return Holder.INSTANCE;
  }

  /**
   * First names, lowercase.
   *
   * @return the list
   */
  public List<String> firstNames() {
    return firstNames;
  }

  /**
   * Surnames, lowercase.
   *
   * @return the list
   */
  public List<String> surnames() {
    return surnames;
  }

  /**
   * Places, lowercase.
   *
   * @return the list
   */
  public List<String> places() {
    return places;
  }

  List<String> streetNames() {
    return streetNames;
  }

  List<Template> plainSentences() {
    return plainSentences;
  }

  List<Template> identifyingSentences() {
    return identifyingSentences;
  }

  private static List<String> readLines(String resource) {
    InputStream in = Lexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled resource missing: " + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalStateException("bundled resource is empty: " + resource);
    }
    return List.copyOf(lines);
  }

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon();
  }
}
