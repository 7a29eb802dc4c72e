package se.avid.models.institutions;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Prisons and SiS homes named in a post ({@code sitter på hall}, {@code kom ut från anstalten
 * Hall}, {@code hon e på hinseberg}, {@code satt sex månader på hornö}), read once from {@code
 * prison-names.txt}. A name that is also an ordinary word
 * ({@code hall}, {@code viskan}) names the prison only after "anstalten" or in a text that speaks
 * of prison somewhere ({@link #CONTEXT}); a post about a partner inside rarely says so in the same
 * sentence. Stateless.
 */
final class PrisonNames {

  private PrisonNames() {}

  private static final class Holder {
    static final CharArraySet NAMES = new CharArraySet(48, true);
    /** The names that are also ordinary words: a prison only where the text speaks of prison. */
    static final CharArraySet WORD_NAMES = new CharArraySet(8, true);

    static {
      SwedishLexicon lexicon = SwedishLexicon.get();
      for (String line : SwedishLexicon.lines(PrisonNames.class, "prison-names.txt")) {
        String lower = line.toLowerCase(Locale.ROOT);
        NAMES.add(lower);
        char[] chars = lower.toCharArray();
        if (lexicon.isCommonWord(chars, 0, chars.length, new char[chars.length + 1])) {
          WORD_NAMES.add(lower);
        }
      }
    }
  }

  /** The nouns of a prison, right before its name ("anstalten Hall"). */
  private static final WordSieve NOUNS = WordSieve.of("anstalten", "anstalt", "fängelset", "kåken");

  /** Words of prison or compulsory care anywhere in a text ("sitter inne" is read apart). */
  private static final CharArraySet CONTEXT = new CharArraySet(List.of(
      "anstalt", "anstalten", "anstalter", "fängelse", "fängelset", "fängelsestraff", "kriminalvården",
      "intagen", "intagna", "fånge", "fången", "dömd", "dömdes", "domen", "straff", "straffet", "avtjänar",
      "avtjänade", "frige", "friges", "frigiven", "frigivning", "frigivningen", "permission", "permissionen", "permis",
      "kåken", "häktet", "häktad", "häktades", "frivården", "villkorlig",
      // compulsory care in a home of the National Board of Institutional Care (SiS)
      "lvm", "lvu", "sis", "sis-hem", "sis-hemmet", "lvm-hem", "lvm-hemmet", "ungdomshem", "ungdomshemmet",
      "tvångsvård", "tvångsvården", "omhändertagen", "omhändertogs"), false);

  /**
   * True if word {@code t}, after a preposition of place or a prison's noun, names a listed prison:
   * always after the noun; a name that is no ordinary word after the preposition; one that is a
   * word only in a text that speaks of prison.
   *
   * @param tokens the tokens of a text
   * @param t the index of a word after a preposition of place or a prison's noun
   * @return whether it names a prison there
   */
  static boolean isPrison(Tokens tokens, int t) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    if (!Holder.NAMES.contains(lower, start, length)) {
      return false;
    }
    if (isAfterNoun(tokens, t) || !Holder.WORD_NAMES.contains(lower, start, length)) {
      return true;
    }
    for (int u = 0; u < tokens.size(); u++) {
      if (tokens.isWord(u) && (CONTEXT.contains(lower, tokens.start(u), tokens.length(u))
          || tokens.is(u, "inne") && SITTING.has(tokens, u - 1))) {
        return true;
      }
    }
    return false;
  }

  /** "sitter inne": in prison ("inne" alone is only indoors). */
  private static final WordSieve SITTING = WordSieve.of("sitter", "satt", "suttit", "sitta");

  /** Whether the lowercase word is a listed prison's name, in any slot ("hall", "hinseberg"). */
  static boolean isName(char[] lower, int start, int length) {
    return Holder.NAMES.contains(lower, start, length);
  }

  /** Whether word {@code p} is a prison's noun ("anstalten"). */
  static boolean isNoun(Tokens tokens, int p) {
    return NOUNS.has(tokens, p);
  }

  /** Whether word {@code t} follows a prison's noun ("anstalten hall"). */
  static boolean isAfterNoun(Tokens tokens, int t) {
    return NOUNS.has(tokens, t - 1) && tokens.adjacent(t - 1);
  }
}
