package se.avid.models.institutions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Universities and university colleges by their full names ({@code university-names.txt}), in any
 * case, one word after another: "mittuniversitetet", "högskolan i gävle", "karolinska institutet".
 * In lowercase no capital marks the name, and its words are ordinary ones ("högskolan",
 * "tekniska", "universitet"), so only the list tells them; the name is one place, whole, as an
 * annotator marks it. Spellings without the accent are listed too ("linneuniversitetet").
 * Stateless; the list is read once.
 */
final class UniversityNames {

  private UniversityNames() {}

  private static final class Holder {
    /** Each name as its lowercase words, longest first, so that the longest name is found first. */
    static final String[][] NAMES;
    /** The first words of the names: the one test asked of every word. */
    static final WordSieve FIRST_WORDS;

    static {
      Set<String> lines = new LinkedHashSet<>();
      for (String line : SwedishLexicon.lines(UniversityNames.class, "university-names.txt")) {
        String lower = line.toLowerCase(Locale.ROOT);
        lines.add(lower);
        lines.add(lower.replace('é', 'e'));
      }
      List<String[]> names = new ArrayList<>();
      Set<String> firsts = new LinkedHashSet<>();
      for (String line : lines) {
        String[] words = line.split(" ");
        names.add(words);
        firsts.add(words[0]);
      }
      names.sort((a, b) -> b.length - a.length);
      NAMES = names.toArray(new String[0][]);
      FIRST_WORDS = WordSieve.of(firsts.toArray(new String[0]));
    }
  }

  /** Word {@code t} is the first word of a university's name ("högskolan", "karolinska"): the test before {@link #endOf}. */
  static boolean mayBeginAt(Tokens tokens, int t) {
    return Holder.FIRST_WORDS.has(tokens, t);
  }

  /**
   * The token after a university's name that starts at word {@code t}, or -1 if none does.
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return the end of the name, exclusive, or -1
   */
  static int endOf(Tokens tokens, int t) {
    if (!Holder.FIRST_WORDS.has(tokens, t)) {
      return -1; // nearly every word
    }
    for (String[] name : Holder.NAMES) {
      if (matches(tokens, t, name)) {
        return t + name.length;
      }
    }
    return -1;
  }

  /** The words of {@code name} stand at {@code t}, one space or more apart. */
  private static boolean matches(Tokens tokens, int t, String[] name) {
    for (int k = 0; k < name.length; k++) {
      int u = t + k;
      if (!tokens.isWord(u) || !tokens.is(u, name[k]) || k > 0 && !tokens.adjacent(u - 1)) {
        return false;
      }
    }
    return true;
  }
}
