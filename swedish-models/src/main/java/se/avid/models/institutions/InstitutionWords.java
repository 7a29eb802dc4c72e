package se.avid.models.institutions;

import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.names.AsciiFolding;

/**
 * The shapes of lowercase words that {@link InstitutionDetector} asks about beside a place's slot:
 * whether a word no list holds is shaped as a name ({@code cks}, {@code kulturverkstan}) or as
 * an unlisted noun, and whether a school's compound names a kind of school ({@code grundskolan})
 * rather than one school. Stateless.
 */
final class InstitutionWords {

  private InstitutionWords() {}

  /** The longest word taken for a place's name after a placing slot without a definite ending. */
  private static final int MAX_INDEFINITE_NAME = 5;

  /**
   * Word {@code t}, which no list holds, has a name's shape rather than an unlisted noun's: no
   * hyphen ("aa-möten"), no word when typed without å, ä, ö ("nagot" is "något"), and short or
   * definite ("cks", "kulturverkstan"; not "nagelsalong", a noun with its article left out).
   */
  static boolean isUnwordedName(SwedishLexicon lexicon, Tokens tokens, int t) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    return (length <= MAX_INDEFINITE_NAME || hasDefiniteEnding(lower, start, length)) && isNoWordEvenFolded(lexicon, tokens, t);
  }

  /** Word {@code t} is no word, nor one when typed without å, ä, ö ("nagot"), and has no hyphen ("aa-möten"). */
  static boolean isNoWordEvenFolded(SwedishLexicon lexicon, Tokens tokens, int t) {
    return !hasHyphen(tokens, t)
        && AsciiFolding.read(lexicon, tokens.lower(), tokens.start(t), tokens.length(t), 0) == AsciiFolding.Reading.UNKNOWN;
  }

  /** Word {@code t} has a hyphen: a compound that names a kind of thing ("aa-möten"), no institution's name. */
  static boolean hasHyphen(Tokens tokens, int t) {
    char[] lower = tokens.lower();
    for (int i = tokens.start(t); i < tokens.end(t); i++) {
      if (lower[i] == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * The word {@code lower[start, start+length)}, of two letters or more, ends like a definite noun:
   * "-en", "-an" or "-et" ("kulturverkstan", "regnbågen", "trollet").
   */
  static boolean hasDefiniteEnding(char[] lower, int start, int length) {
    char last = lower[start + length - 1];
    char before = lower[start + length - 2];
    return last == 'n' && (before == 'e' || before == 'a') || last == 't' && before == 'e';
  }

  /** The fewest letters of the word that ends a compound noun, not a place's name ("föreningen", not "lunda"). */
  private static final int MIN_LAST_WORD = 6;
  /** The fewest letters before it. */
  private static final int MIN_FIRST_PART = 3;

  /**
   * The word ends in an ordinary word of {@value #MIN_LAST_WORD} letters or more after a first part
   * of three or more: a compound noun ("migrations|domstolen", "chile|föreningen",
   * "linné|universitetet"), where a place's own name ends in a short word or none ("grön|lunda").
   */
  static boolean endsInLongWord(SwedishLexicon lexicon, char[] lower, int start, int length, char[] scratch) {
    int end = start + length;
    for (int split = start + MIN_FIRST_PART; split <= end - MIN_LAST_WORD; split++) {
      if (lexicon.isCommonWord(lower, split, end - split, scratch)) {
        return true;
      }
    }
    return false;
  }

  /** First parts that make "-skolan" (or a compound before "i" and a town) a kind of school or church, not one's name ("grundskolan", "lägerskolan"). */
  static final String[] KINDS_OF_SCHOOL = {"grund", "gymnasie", "sär", "läger", "sommar", "hög", "folkhög",
      "fri", "special", "resurs", "låg", "mellan", "lågstadie", "mellanstadie", "högstadie", "privat", "vuxen",
      "förskole", "språk", "musik", "kultur", "bil", "trafik", "sim", "dans", "internat", "hem", "kommun", "stor",
      "montessori", "waldorf", "kommunal", "yrkes", "idrotts", "kvälls", "katolska", "frikyrko", "pingst", "bibel",
      "söndags", "gamla", "rid", "kör", "segel", "flyg", "konst", "golf", "tennis", "fotbolls", "hockey", "cirkus",
      "teater", "bild", "skid", "bandy", "innebandy", "handbolls", "basket", "naturbruks", "spetsidrotts"};
  /** The first parts of {@link #KINDS_OF_SCHOOL}, each looked up whole before "-skolan". */
  private static final WordSieve SCHOOL_KIND_PARTS = WordSieve.of(KINDS_OF_SCHOOL);

  /** The word is "-skolan" or "-gymnasiet" after a first part of {@link #KINDS_OF_SCHOOL}: a kind, no name ("hockeygymnasiet"). */
  static boolean isKindOfSchool(char[] lower, int start, int length) {
    return isKindBefore(lower, start, length, "skolan") || isKindBefore(lower, start, length, "gymnasiet");
  }

  private static boolean isKindBefore(char[] lower, int start, int length, String head) {
    int kind = length - head.length();
    return kind > 0 && NameElements.endsIn(lower, start, length, head) && SCHOOL_KIND_PARTS.contains(lower, start, kind);
  }
}
