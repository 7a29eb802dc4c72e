package se.avid.models;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * The terms {@link SwedishModelsProvider} keeps for every detector: the firms, brands and medicines
 * of {@code kept-terms.txt}, and those brands of
 * {@code brand-homographs.txt} that no hand-written name list holds and that fewer than fifty
 * people bear as a first name or surname ({@code Crescent}, {@code Lindex}, {@code Klarna},
 * {@code Lowell}; not {@code Max}, {@code Filippa}, {@code Ericsson}). A brand listed there only
 * because it is also an ordinary or English word needs
 * no context to be kept: a finding of it can only be the brand or the word, never a person.
 *
 * <p>Not the public bodies of {@code public-bodies.txt}: that list holds words that are names after
 * a cue (months, {@code Juni}), and bodies whose proper part is a place by the annotation
 * conventions ({@code Region Gävleborg}, like {@code Skövde kommun}); the detectors here decide
 * those in context. Read once, on first use; immutable.
 */
final class KeptTermsList {

  private KeptTermsList() {}

  /**
   * The name lists a homograph brand must be absent from to be kept everywhere: the hand-written
   * ones and the names fifty or more people are called by. A name of the imported lists or one
   * fewer than fifty bear ({@code Lowell}, {@code Dacia}, {@code Tesla}) is far more often the
   * brand in a post ("brev från Lowell") than one of its few bearers.
   */
  private static final String[] NAME_LISTS = {"first-names.txt", "surnames.txt", "scb-first-names.txt",
      "scb-surnames.txt"};

  static final List<String> TERMS = read();

  private static List<String> read() {
    Set<String> terms = new LinkedHashSet<>(SwedishLexicon.lines("kept-terms.txt"));
    Set<String> names = names();
    for (String brand : SwedishLexicon.lines("brand-homographs.txt")) {
      if (!names.contains(brand.toLowerCase(Locale.ROOT))) {
        terms.add(brand);
      }
    }
    return List.copyOf(terms);
  }

  /** Every name of the name lists, lowercased (a count after a tab dropped). */
  private static Set<String> names() {
    Set<String> names = new HashSet<>();
    for (String list : NAME_LISTS) {
      for (String line : SwedishLexicon.lines(list)) {
        int tab = line.indexOf('\t');
        names.add((tab < 0 ? line : line.substring(0, tab)).strip().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
