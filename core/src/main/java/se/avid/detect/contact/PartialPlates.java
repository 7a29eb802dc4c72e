package se.avid.detect.contact;

import se.avid.EntityType;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * A plate given in part, as a witness saw it: three capitals with at most two digits
 * ({@code regnumret började på MLR 4}, {@code skylten sa bara KTB}), or in lowercase with a digit
 * or no vowel ({@code regnumret började på mlr 4}), named a plate by a noun of
 * the plate itself before or after it ({@code regnr}, {@code skylten}, {@code nummerplåten}), not
 * by a vehicle alone (a car and three capitals are too many other things). A whole plate is
 * {@link VehicleRegistrationDetector}'s. Stateless.
 */
final class PartialPlates {

  /** Score of a partial plate named by its noun: redacted, a part still narrows a car down to a few. */
  static final double PARTIAL_WITH_NOUN = 0.8;

  /** Nouns of the plate itself. */
  private static final String[] PLATE_NOUNS = {
    "regnr", "reg", "registreringsnummer", "registreringsnumret", "regnummer", "regnumret", "regnumren", "skylt",
    "skylten", "nummerplåt", "nummerplåten", "registreringsskylt", "registreringsskylten", "plåten", "bilnummer",
    "bilnumret"};
  private static final WordList PLATE_NOUN_LIST = new WordList(PLATE_NOUNS);
  private static final WordStartSieve PLATE_WORDS = WordStartSieve.PLATE_NOUN_WORDS;

  /** Letters never used on Swedish plates. */
  private static final String UNUSED_LETTERS = "IQVÅÄÖ";

  private PartialPlates() {}

  /** Reports the partial plates of {@code t}, which a plate noun names; the words' starts are the landmarks'. */
  static void detect(ScanText t, Landmarks landmarks, FindingSink sink) {
    if (!namesAPlate(t, landmarks)) {
      return; // as most texts: no partial plate is reported without its noun, and asking every short word costs
    }
    int n = t.length();
    for (int k = 0, words = landmarks.words(); k < words; k++) {
      int i = landmarks.word(k);
      if (i + 3 > n) {
        break; // the words come in text order: no three letters fit any more
      }
      if (i + 3 < n && ScanSupport.isLetter(t.charAt(i + 3))) {
        continue; // a word of more than three letters, as most are: one read rules it out
      }
      char c = t.charAt(i);
      boolean capital = c >= 'A' && c <= 'Z';
      // in lowercase ("regnumret började på mlr 4") three letters are a plate's only with a digit after
      // them or no vowel in them: the others are words ("och", "det"), as most are, ruled out first
      if (!capital && (c < 'a' || c > 'z' || !digitAfter(t, i + 3) && VehicleRegistrationDetector.hasVowel(t, i))
          || ScanSupport.wordCharBefore(t, i)) {
        continue;
      }
      int end = partialAt(t, i, capital);
      if (end < 0 || !capital && ScanSupport.wordIn(t, i, i + 3, VehicleRegistrationDetector.THREE_LETTER_WORDS)
          || ScanSupport.wordIn(t, i, i + 3, VehicleRegistrationDetector.NOT_PLATES)
          || capital && (VehicleRegistrationDetector.capitalWordBefore(t, i)
              || VehicleRegistrationDetector.capitalWordAfter(t, end))) {
        continue; // "skylten ska lämnas till BUP": an acronym; "HAN TOG NER SKYLTEN": shouting
      }
      if (ScanSupport.contextBefore(t, i, PLATE_NOUN_LIST) || ScanSupport.contextAfter(t, end, PLATE_NOUNS)) {
        ScanSupport.report(sink, t, i, end, EntityType.VEHICLE_REGISTRATION, PARTIAL_WITH_NOUN);
      }
    }
  }

  /**
   * Whether a word of {@code t} is a plate noun ({@link #PLATE_NOUNS}), as the look-back and the
   * look-ahead of {@link #detect} read one (a run of letters, in any case): only the words whose
   * first two letters may begin one ({@link WordStartSieve#PLATE_NOUN_WORDS}) are compared.
   */
  private static boolean namesAPlate(ScanText t, Landmarks landmarks) {
    int n = t.length();
    WordStartBlocks blocks = WordStartBlocks.of(t);
    for (int k = PLATE_WORDS.next(blocks, 0); k >= 0; k = PLATE_WORDS.next(blocks, k + 1)) {
      int start = landmarks.word(k);
      int end = start;
      while (end < n && ScanSupport.isLetter(t.charAt(end))) {
        end++;
      }
      if (PLATE_NOUN_LIST.contains(t, start, end)) {
        return true;
      }
    }
    return false;
  }

  /** The end of three plate letters (capitals, or all lowercase) and at most two digits at {@code i}, or -1. */
  private static int partialAt(ScanText t, int i, boolean capital) {
    int n = t.length();
    if (i + 3 > n || !plateLetter(t.charAt(i + 1), capital) || !plateLetter(t.charAt(i + 2), capital)
        || !plateLetter(t.charAt(i), capital)) {
      return -1;
    }
    int end = i + 3;
    if (end < n && ScanSupport.isLetter(t.charAt(end))) {
      return -1; // a word in capitals
    }
    int d = end < n && (t.charAt(end) == ' ' || t.charAt(end) == '-') ? end + 1 : end;
    int digits = 0;
    while (d + digits < n && ScanSupport.isAsciiDigit(t.charAt(d + digits))) {
      digits++;
    }
    if (digits == 0) {
      return SpacedPlates.digitsAfterGap(t, end) ? -1 : end; // "ABC - 123": a whole plate, SpacedPlates'
    }
    if (digits >= 3 || d + digits < n && ScanSupport.isLetter(t.charAt(d + digits)) || digitAfter(t, d + digits)
        || digits == 2 && SpacedPlates.lastLetterApart(t, d + digits, capital)) {
      // a whole plate, a letter right after the digits, or more digits or its last letter apart
      // ("GHJ 7 8 9", "abc 12 d", SpacedPlates'): no part of one
      return -1;
    }
    return d + digits;
  }

  /** A digit at {@code p}, or after one space or hyphen there. */
  private static boolean digitAfter(ScanText t, int p) {
    int n = t.length();
    if (p < n && (t.charAt(p) == ' ' || t.charAt(p) == '-')) {
      p++;
    }
    return p < n && ScanSupport.isAsciiDigit(t.charAt(p));
  }

  /** A letter that plates use, in the case asked ({@code capital}, else lowercase). */
  static boolean plateLetter(char c, boolean capital) {
    char upper = capital ? c : (char) (c - ('a' - 'A'));
    return (capital ? c >= 'A' && c <= 'Z' : c >= 'a' && c <= 'z') && UNUSED_LETTERS.indexOf(upper) < 0;
  }
}
