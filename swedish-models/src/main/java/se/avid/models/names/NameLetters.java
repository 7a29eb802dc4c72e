package se.avid.models.names;

import se.avid.models.lexicon.SwedishLexicon;

/**
 * Whether a word's letters read like a first name rather than a Swedish word: the mean, over its
 * sequences of three letters (with a mark before and after the word), of how much likelier each
 * is in the names people in Sweden are called by than in the words of the Swedish dictionary
 * ({@code name-letters.txt}, counted from Statistics Sweden's lists and Hunspell sv_SE). It tells
 * names of every community ("sharmarke", "mahboubeh", "nadezhda", "kowsar") from Swedish words,
 * inflected words and typos of them ("jobbigt", "ocksa", "snälla"), without a list of the names:
 * the table holds letters, not names. English words read as names too ("anyway"), so the rules
 * use it only where a sentence has a place for a person. Stateless and thread-safe.
 */
public final class NameLetters {

  /**
   * The mean log-odds per letter sequence above which a word reads as a name: about three names
   * in four and one Swedish word stem in fifty (measured on names left out of the counts).
   */
  static final double NAME_LIKE = 0.5;

  private NameLetters() {}

  private static final class Holder {
    static final LetterTable HALF_UNITS = load();
  }

  /**
   * Whether the letters of {@code lower[offset, offset + length)} read like a first name.
   *
   * @param lower the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return whether the word reads as a name
   */
  public static boolean nameLike(char[] lower, int offset, int length) {
    return logOdds(lower, offset, length) > NAME_LIKE;
  }

  /**
   * The mean natural log-odds, name over word, of the word's letter sequences (0 for an unseen one).
   *
   * @param lower the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return the mean log-odds; positive reads as a name
   */
  public static double logOdds(char[] lower, int offset, int length) {
    LetterTable table = Holder.HALF_UNITS;
    // the sequences of the word between marks ("^^a", "^an", ..., "na$"), read as packed keys
    // without copying the word
    long key = LetterTable.pack('^', '^', '^');
    int sum = 0;
    int sequences = length + 1;
    for (int i = 0; i < sequences; i++) {
      char next = i < length ? lower[offset + i] : '$';
      key = LetterTable.shift(key, next);
      sum += table.get(key);
    }
    return sum / (2.0 * sequences);
  }

  private static LetterTable load() {
    String resource = "/se/avid/models/lexicon/name-letters.txt";
    LetterTable out = new LetterTable(12_000);
    for (String line : SwedishLexicon.lines(NameLetters.class, resource)) {
      int tab = line.indexOf('\t');
      if (tab != 3) {
        throw new IllegalStateException("not a sequence of three letters and a count in " + resource);
      }
      out.put(LetterTable.pack(line.charAt(0), line.charAt(1), line.charAt(2)),
          Integer.parseInt(line.substring(tab + 1).strip()));
    }
    return out;
  }

  /**
   * True when the word {@code lower[start, start+length)} has a vowel; acronyms and chat typed in
   * lowercase often have none ("rfsl", "pls"), no name lacks one.
   *
   * @param lower the chars, lowercase
   * @param start where the word starts
   * @param length its length
   * @return whether it has a vowel
   */
  public static boolean hasVowel(char[] lower, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (isVowel(lower[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lowercase letter {@code c} is a vowel, with or without a diacritic ("ẵ" of "nẵng", "ü", "ø"). */
  static boolean isVowel(char c) {
    return c < 0x80 ? "aeiouy".indexOf(c) >= 0 : AccentedVowels.is(c);
  }

  private static final char LATIN_1_LETTERS_FROM = 0xC0;
  private static final char LATIN_EXTENDED_FROM = 0x100;
  private static final char LATIN_EXTENDED_TO = 0x250;
  private static final char LATIN_EXTENDED_ADDITIONAL_FROM = 0x1E00;
  private static final char LATIN_EXTENDED_ADDITIONAL_TO = 0x1F00;

  /**
   * Whether {@code c} is a letter of Latin Extended-A or -B ("đ", "ş", "ł") or of Latin Extended
   * Additional, most of it Vietnamese ("ẵ", "ấ"): Latin letters beyond Latin-1, none of them Swedish.
   *
   * @param c a char
   * @return whether it is in those blocks
   */
  public static boolean isExtendedLatin(char c) {
    return c >= LATIN_EXTENDED_FROM && c < LATIN_EXTENDED_TO
        || c >= LATIN_EXTENDED_ADDITIONAL_FROM && c < LATIN_EXTENDED_ADDITIONAL_TO;
  }

  /** The Latin letters beyond ASCII whose base letter is a vowel, decomposed once. */
  private static final class AccentedVowels {
    private static final java.util.BitSet VOWELS = load();

    static boolean is(char c) {
      return VOWELS.get(c);
    }

    private static java.util.BitSet load() {
      java.util.BitSet vowels = new java.util.BitSet(LATIN_EXTENDED_ADDITIONAL_TO);
      for (char c = LATIN_1_LETTERS_FROM; c < LATIN_EXTENDED_ADDITIONAL_TO; c++) {
        if (c >= LATIN_EXTENDED_FROM && !isExtendedLatin(c)) {
          continue; // between the blocks: no Latin letters
        }
        String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        if ("aeiouyAEIOUY".indexOf(base.charAt(0)) >= 0) {
          vowels.set(c);
        }
      }
      for (char c : "æøœÆØŒ".toCharArray()) {
        vowels.set(c);
      }
      return vowels;
    }
  }
}
