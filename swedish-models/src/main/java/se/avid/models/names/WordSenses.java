package se.avid.models.names;

import static se.avid.models.names.WordLabels.KEEP;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;

/**
 * A word found as a name that the text uses as an ordinary word: "max" or "per" before a number
 * ("max två veckor", "hon tar max en tablett", "200 kr per 10 minuter"): a name counts nothing.
 * Not after a word that cues a name ("min son Max två månader"), not before an age ("Max 8 år",
 * "Per två år") and not capitalised inside a sentence ("jag träffade Max två gånger"), where the
 * name is the likelier reading. {@link ThingNames} asks
 * it of the words found as names only. Stateless and thread-safe.
 */
final class WordSenses {

  private WordSenses() {}

  /** Cues before a word that make it a name: "heter", "son", "min", "hej", "mvh". */
  private static final long NAME_CUES = Category.bits(Category.CUE_NAME, Category.CUE_RELATION,
      Category.CUE_POSSESSIVE, Category.CUE_GREETING, Category.CUE_SIGNATURE);

  /**
   * Keeps word {@code t}, found as a name, if the text uses it as an ordinary word.
   *
   * @return whether it was kept
   */
  static boolean keep(Tokens tokens, byte[] type, long[] flags, int t) {
    int p = t - 1;
    // a verb of saying is a cue, but what is said may be a limit ("personalen säger max en timme")
    if (p >= 0 && tokens.isWord(p) && ProperNameDetector.any(flags[p], NAME_CUES)
        && !CueLists.REPORTING_VERBS.contains(tokens.lower(), tokens.start(p), tokens.length(p))) {
      return false;
    }
    if (quantity(tokens, t)) {
      type[t] = KEEP;
      return true;
    }
    return false;
  }

  /**
   * "max två veckor", "per 10 minuter": a word of quantity before a number that is no age, in
   * lowercase or first in its sentence.
   */
  private static boolean quantity(Tokens tokens, int t) {
    int number = t + 1;
    if (!in(QUANTITY_WORDS, tokens, t) || !tokens.adjacent(t) || number >= tokens.size()
        || tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.SENTENCE_START)) {
      // "jag träffade Max två gånger": a capital inside a sentence is the name's
      return false;
    }
    int unit = number + 1;
    while (unit < tokens.size() && isDigits(tokens, unit) && tokens.adjacent(unit - 1)) {
      unit++; // "max 50 000 kr": a number in groups
    }
    if (!isDigits(tokens, number) && !in(NUMERALS, tokens, number)) {
      return false;
    }
    return unit >= tokens.size() || !in(AGE_UNITS, tokens, unit);
  }

  private static boolean isDigits(Tokens tokens, int k) {
    return tokens.kind(k) == Tokens.NUMBER;
  }

  private static boolean in(CharArraySet set, Tokens tokens, int k) {
    return tokens.isWord(k) && set.contains(tokens.lower(), tokens.start(k), tokens.length(k));
  }

  /** Words of quantity that are also first names. */
  private static final CharArraySet QUANTITY_WORDS = WordFacts.words("max", "per");
  /** Numerals a quantity word counts with: "max två", "per tio". */
  private static final CharArraySet NUMERALS = WordFacts.words(
      "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "femton",
      "tjugo", "trettio", "fyrtio", "femtio", "hundra", "tusen", "halv", "halvt", "par");
  /** Units of an age: "Max 8 år", "Per två månader". */
  static final CharArraySet AGE_UNITS = WordFacts.words(
      "år", "års", "åring", "mån", "månad", "månader", "månaders");
}
