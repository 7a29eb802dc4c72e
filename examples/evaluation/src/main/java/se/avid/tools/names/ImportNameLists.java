package se.avid.tools.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * Writes {@code first-names-imported.txt} and {@code surnames-imported.txt} of swedish-models from
 * the name lists of {@code net.datafaker:datafaker} (Apache-2.0): first names and surnames of the
 * languages spoken in Sweden's larger immigrant communities and of the names met in posts
 * (English, German, Nordic, Finnish, Baltic, Polish, Czech, Slovak, Hungarian, Croatian,
 * Albanian, Romanian, Turkish, Italian, Spanish, French, Portuguese, Vietnamese, Indonesian; the
 * lists in other scripts are left out, as posts are written in Latin letters).
 *
 * <p>A name is imported only if it adds something and cannot hide a Swedish word: at least three
 * letters of the Latin script (one inner hyphen allowed), not in the project's hand-written lists,
 * not a Swedish word form, stem or frequent word ("Via", "Kallas", "Ringer", "Tas" are all in the
 * English lists), not a frequent English word that posts quote ("Will", "May", "Star":
 * {@code english-words.txt}), and not a place, country, public body or cue word of the lexicon. A name listed
 * both as a first name and as a surname is imported as a first name.
 *
 * <pre>{@code
 * mvn -q -B -ntp -pl examples/evaluation -am package -DskipTests
 * java -cp examples/evaluation/target/avid-evaluate.jar se.avid.tools.names.ImportNameLists \
 *     swedish-models/src/main/resources/se/avid/models/lexicon
 * }</pre>
 */
public final class ImportNameLists {

  /** The datafaker locale files read, in this order (a name keeps its first locale's place). */
  static final List<String> LOCALES = List.of(
      "sv", "fi-FI", "da-DK", "nb-NO", "no-NO", "et", "lv", "pl", "cs-CZ", "sk", "hu", "hr", "sq",
      "tr", "de", "de-AT", "it", "es", "es-MX", "es-AR", "fr", "pt", "pt-BR", "en", "en-GB", "en-US",
      "en-AU", "en-CA", "en-NZ", "en-ZA", "en-IN", "en-PAK", "en-NG", "en-UG", "vi", "id");

  private static final Set<String> FIRST_NAME_KEYS = Set.of("first_name", "male_first_name", "female_first_name");
  private static final Set<String> SURNAME_KEYS = Set.of("last_name", "male_last_name", "female_last_name");

  /** Categories that make a word something other than a name: never imported as one. */
  private static final long OTHER_THAN_NAME = ~Category.bits(Category.FIRST_NAME, Category.SURNAME);

  private static final int MIN_LENGTH = 3;

  private final SwedishLexicon lexicon;
  private final Set<String> handWritten;
  private final Set<String> englishWords;

  ImportNameLists(SwedishLexicon lexicon, Set<String> handWritten, Set<String> englishWords) {
    this.lexicon = lexicon;
    this.handWritten = handWritten;
    this.englishWords = englishWords;
  }

  /** The frequent English words never imported as names ({@code english-words.txt} next to this class). */
  static Set<String> englishWords() {
    Set<String> words = new HashSet<>();
    for (String w : SwedishLexicon.lines(ImportNameLists.class, "english-words.txt")) {
      words.add(w.toLowerCase(Locale.ROOT));
    }
    return words;
  }


  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    if (args.length != 1) {
      err.println("usage: ImportNameLists LEXICON_DIRECTORY");
      return 2;
    }
    Set<String> handWritten = new HashSet<>();
    for (String resource : List.of("first-names.txt", "surnames.txt")) {
      for (String line : SwedishLexicon.lines(resource)) {
        handWritten.add(line.toLowerCase(Locale.ROOT));
      }
    }
    ImportNameLists importer = new ImportNameLists(SwedishLexicon.get(), handWritten, englishWords());
    Set<String> firstNames = new LinkedHashSet<>();
    Set<String> surnames = new LinkedHashSet<>();
    for (String locale : LOCALES) {
      Map<String, List<String>> lists = nameLists(locale);
      for (Map.Entry<String, List<String>> e : lists.entrySet()) {
        Set<String> into = FIRST_NAME_KEYS.contains(e.getKey()) ? firstNames : SURNAME_KEYS.contains(e.getKey()) ? surnames : null;
        if (into != null) {
          e.getValue().stream().filter(importer::accepts).forEach(into::add);
        }
      }
    }
    surnames.removeAll(firstNames);
    Path dir = Path.of(args[0]);
    write(dir.resolve("first-names-imported.txt"), "First names", firstNames);
    write(dir.resolve("surnames-imported.txt"), "Surnames", surnames);
    out.printf(Locale.ROOT, "imported %d first names and %d surnames into %s%n", firstNames.size(), surnames.size(), dir);
    return 0;
  }

  /** Whether {@code name}, as datafaker writes it, is imported. */
  boolean accepts(String name) {
    if (name.length() < MIN_LENGTH || !Character.isUpperCase(name.charAt(0)) || !latinName(name)) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (handWritten.contains(lower) || englishWords.contains(lower)) {
      return false;
    }
    char[] c = lower.toCharArray();
    if ((lexicon.words().cursor().get(c, 0, c.length) & OTHER_THAN_NAME) != 0) {
      return false;
    }
    return !lexicon.isListedWord(c, 0, c.length) && !lexicon.isFrequentWord(c, 0, c.length)
        && !lexicon.isCommonWord(c, 0, c.length, new char[c.length + 1]);
  }

  /** Latin letters, with at most one hyphen between two parts ("Anne-Marie"). */
  static boolean latinName(String name) {
    int hyphens = 0;
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (ch == '-' && i > 0 && i < name.length() - 1 && hyphens++ == 0) {
        continue;
      }
      if (!Character.isLetter(ch) || Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }

  /**
   * The lists under {@code faker.name} of a datafaker locale ({@code LOCALE.yml}, or
   * {@code LOCALE/name.yml} where the locale is split into files): literal names only, no
   * templates.
   */
  static Map<String, List<String>> nameLists(String locale) throws IOException {
    ClassLoader loader = ImportNameLists.class.getClassLoader();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    boolean found = false;
    for (String resource : List.of(locale + ".yml", locale + "/name.yml")) {
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in != null) {
          found = true;
          addNameLists(new Yaml(new LoaderOptions()).load(in), lists);
        }
      }
    }
    if (!found) {
      throw new IOException("datafaker locale not on the class path: " + locale);
    }
    return lists;
  }

  private static void addNameLists(Object root, Map<String, List<String>> lists) {
    Object name = child(child(root instanceof Map<?, ?> m && m.size() == 1 ? m.values().iterator().next() : null, "faker"), "name");
    if (!(name instanceof Map<?, ?> m)) {
      return;
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (e.getValue() instanceof List<?> l) {
        List<String> names = lists.computeIfAbsent(String.valueOf(e.getKey()), k -> new ArrayList<>());
        for (Object o : l) {
          if (o instanceof String s && !s.contains("#{")) {
            names.add(s.strip());
          }
        }
      }
    }
  }

  private static Object child(Object map, String key) {
    return map instanceof Map<?, ?> m ? m.get(key) : null;
  }

  private static void write(Path file, String what, Set<String> names) {
    List<String> lines = new ArrayList<>();
    lines.add("# " + what + " imported from net.datafaker:datafaker 2.4.2 (Apache-2.0,");
    lines.add("# https://github.com/datafaker-net/datafaker), locales " + String.join(", ", LOCALES) + ".");
    lines.add("# Generated by se.avid.tools.names.ImportNameLists (examples/evaluation): names of at least");
    lines.add("# three Latin letters that no hand-written list has and that are no Swedish word and no");
    lines.add("# frequent English word. Do not edit by hand; add names to the hand-written lists instead.");
    lines.addAll(names);
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
