package se.avid.detect.contact;

import se.avid.EntityType;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * A whole plate typed with its characters apart: {@code GHJ 7 8 9}, {@code D E F 4 5 6},
 * {@code abc 1 2 3}, {@code MLB 3 4-F}: three plate letters and three characters (two digits and
 * a digit or, in the format of 2019 on, a letter) with one space, hyphen or dot between any two,
 * which {@link VehicleRegistrationDetector} reads only with the letters and the digits each
 * written together, or with a wider gap between the letters and the digits ({@code ABC - 123},
 * {@code A.B.C. 123}). Named a plate or a vehicle by a cue word near it, it is redacted however its
 * groups are typed ({@code ABC 12 3}); otherwise, in capitals and each group typed one way (its
 * characters all apart or all together: "A B C 1 2 3" in a list), flagged. Stateless.
 */
final class SpacedPlates {

  /** Score without a cue word: a list of letters and numbers is rare but possible, so flagged. */
  static final double WITHOUT_CUE = 0.4;

  private static final int LETTERS = 3;
  private static final int CHARS = 6;
  /** Bits of the separators between the letters (before the second and third) and between the digits. */
  private static final int LETTER_GAPS = 0b110;
  private static final int DIGIT_GAPS = 0b110000;
  /** The widest gap between the letters and the digits: " - ", ". ". */
  private static final int MAX_GROUP_GAP = 3;

  private SpacedPlates() {}

  /**
   * Reports the spaced plates of {@code t}. A plate has digits, which few words have: each run of
   * digits is looked at, with the letters before it, as {@link VehicleRegistrationDetector} does.
   */
  static void detect(ScanText t, Landmarks landmarks, FindingSink sink) {
    int next = 0;
    for (int k = 0, runs = landmarks.digitRuns(); k < runs; k++) {
      int i = lettersBefore(t, landmarks.digitRun(k));
      if (i < next || ScanSupport.wordCharBefore(t, i)) {
        continue;
      }
      long read = plateAt(t, i);
      if (read < 0) {
        continue;
      }
      int end = (int) read;
      boolean even = (read & EVEN) != 0;
      boolean cue = ScanSupport.contextBefore(t, i, VehicleRegistrationDetector.cueList())
          || ScanSupport.contextAfter(t, end, VehicleRegistrationDetector.cues());
      if (!cue && (!even || !Character.isUpperCase(t.charAt(i))) || isWordAndNumber(t, i, end, cue)) {
        continue; // without a vehicle: chat's words ("ja e 1 4 o"), or groups typed unevenly
      }
      ScanSupport.report(sink, t, i, end, EntityType.VEHICLE_REGISTRATION, cue ? VehicleRegistrationDetector.WITH_CUE : WITHOUT_CUE);
      next = end;
    }
  }

  /**
   * Where the three letters before the digits at {@code digits} start, past the gap between the
   * groups: "GHJ" together or "D E F" apart; -1 if no such letters stand there.
   */
  private static int lettersBefore(ScanText t, int digits) {
    int j = digits - 1;
    for (int gap = 0; j >= 0 && gap < MAX_GROUP_GAP && isSeparator(t.charAt(j)); gap++) {
      j--;
    }
    if (j < 2 || !ScanSupport.isLetter(t.charAt(j))) {
      return -1;
    }
    if (ScanSupport.isLetter(t.charAt(j - 1))) {
      return j - 2; // "GHJ 7 8 9"; plateAt checks the three are letters and the word is no longer
    }
    return j >= 4 && isSeparator(t.charAt(j - 1)) && isSeparator(t.charAt(j - 3)) ? j - 4 : -1; // "D E F 4 5 6"
  }

  /** The bit of {@link #plateAt}'s answer that says each group is typed one way. */
  private static final long EVEN = 1L << 32;

  /**
   * The end of a spaced plate starting at {@code i}, with {@link #EVEN} set where each group is
   * typed one way (its characters all apart or all together), or -1: six characters in one case,
   * one separator between two of a group, up to {@value #MAX_GROUP_GAP} between the letters and
   * the digits ({@code ABC - 123}, {@code A.B.C. 123}), a gap inside a group or a wide one between
   * them (the other forms are the detector's), and no letter or digit right after it.
   */
  private static long plateAt(ScanText t, int i) {
    int n = t.length();
    char first = t.charAt(i);
    boolean capital = first >= 'A' && first <= 'Z';
    int p = i;
    int gaps = 0; // bit c: a separator before character c
    boolean wideGap = false;
    for (int c = 0; c < CHARS; c++) {
      if (c == LETTERS) {
        int from = p;
        p = groupGapEnd(t, p);
        wideGap = p - from > 1 || p - from == 1 && t.charAt(from) != ' ' && t.charAt(from) != '-';
      } else if (c > 0 && p < n && isSeparator(t.charAt(p))) {
        p++;
        gaps |= 1 << c;
      }
      if (p >= n || !(c < LETTERS ? PartialPlates.plateLetter(t.charAt(p), capital) : isPlateDigit(t.charAt(p), c, capital))) {
        return -1;
      }
      p++;
    }
    int letterGaps = gaps & LETTER_GAPS;
    int digitGaps = gaps & DIGIT_GAPS;
    boolean even = (letterGaps == 0 || letterGaps == LETTER_GAPS) && (digitGaps == 0 || digitGaps == DIGIT_GAPS);
    if (gaps == 0 && !wideGap
        || p < n && (ScanSupport.isLetter(t.charAt(p)) || ScanSupport.isAsciiDigit(t.charAt(p)))
        || p + 1 < n && isSeparator(t.charAt(p)) && ScanSupport.isAsciiDigit(t.charAt(p + 1))) {
      return -1; // "ABC123", "ABC 123" and "ABC-123" are the detector's; "A B C 1 2 3 4" is a longer number
    }
    return p | (even ? EVEN : 0);
  }

  /**
   * Chat near a vehicle ("killar som e typ 20 o har bilar"): letters together that spell a word
   * ("typ", "kan"), or a lowercase final letter apart from the digits ("20 o", "och" typed short);
   * near a cue word only the letters that chat writes for a word ("o", "e"), for a plate's last
   * letter is typed apart too ("regnr abc 12 d").
   */
  private static boolean isWordAndNumber(ScanText t, int i, int end, boolean cue) {
    boolean together = ScanSupport.isLetter(t.charAt(i + 1));
    if (together && (ScanSupport.wordIn(t, i, i + LETTERS, VehicleRegistrationDetector.THREE_LETTER_WORDS)
        || ScanSupport.wordIn(t, i, i + LETTERS, VehicleRegistrationDetector.NOT_PLATES))) {
      return true;
    }
    char last = t.charAt(end - 1);
    return Character.isLowerCase(last) && isSeparator(t.charAt(end - 2)) && (!cue || isChatLetter(last));
  }

  /** A letter that chat writes alone for a word: "o" for och, "e" for är ("20 o", "12 e"). */
  private static boolean isChatLetter(char c) {
    return c == 'o' || c == 'e';
  }

  /**
   * At {@code p}, right after a plate's two digits, its last letter typed apart ({@code " d"} of
   * {@code abc 12 d}): one separator, a plate letter of the plate's case that chat does not write
   * for a word ({@code o}, {@code e}), and no letter or digit after it.
   */
  static boolean lastLetterApart(ScanText t, int p, boolean capital) {
    int n = t.length();
    if (p + 1 >= n || !isSeparator(t.charAt(p)) || !PartialPlates.plateLetter(t.charAt(p + 1), capital)) {
      return false;
    }
    return !isChatLetter(t.charAt(p + 1))
        && (p + 2 >= n || !ScanSupport.isLetter(t.charAt(p + 2)) && !ScanSupport.isAsciiDigit(t.charAt(p + 2)));
  }

  /** A digit at {@code p} past a gap between a plate's groups ({@code " - 123"}). */
  static boolean digitsAfterGap(ScanText t, int p) {
    int end = groupGapEnd(t, p);
    return end > p && end < t.length() && ScanSupport.isAsciiDigit(t.charAt(end));
  }

  /** The end of the gap between a plate's groups from {@code p}: up to {@value #MAX_GROUP_GAP} separators. */
  private static int groupGapEnd(ScanText t, int p) {
    int n = t.length();
    int end = p;
    while (end < n && end - p < MAX_GROUP_GAP && isSeparator(t.charAt(end))) {
      end++;
    }
    return end;
  }

  /** A separator inside a group or between them; the normaliser has made every dash a hyphen ("ABC—123"). */
  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.';
  }

  /** The fourth and fifth characters are digits; the sixth a digit or a plate letter of the plate's case. */
  private static boolean isPlateDigit(char c, int index, boolean capital) {
    return ScanSupport.isAsciiDigit(c) || index == CHARS - 1 && PartialPlates.plateLetter(c, capital);
  }
}
