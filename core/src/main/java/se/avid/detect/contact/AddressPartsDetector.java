package se.avid.detect.contact;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Finds the parts of an address that identify a home or a mailbox by a number alone, in any case
 * and with no street before them, reported as {@link EntityType#ADDRESS}: a flat number
 * ({@code lgh 1102}, {@code lgh. 1102}, {@code lgh nr 1102}, {@code lägenhet 1102},
 * {@code lägenhetsnummer 1102}; the number of a Swedish flat has four digits, after {@code lgh}
 * one to four are read) and a post-office box ({@code Box 123}, {@code box 123, lund},
 * {@code posta till box 4021}). The street detector of the Swedish models finds a capitalised
 * street with these parts; this one keeps them from being left when the street is written in
 * lowercase, or not at all.
 *
 * <p>A lowercase {@code box} and its number are a post-office box only on an address line:
 * before a comma, a line break, a postal code or the end, or after {@code till} or
 * {@code adress} ({@code hästen står i box 5 i stallet} stays). Immutable and thread-safe.
 */
public final class AddressPartsDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "address-parts";

  /** Score of a flat number or a post-office box. */
  static final double PART = 0.8;

  private static final String[] FLAT_WORDS = {"lgh", "lägenhet", "lägenhetsnummer", "lägenhetsnr"};
  /** Words after which a lowercase "box" and its number are a post-office box. */
  private static final String[] BOX_CUES = {"till", "adress", "adressen", "postadress", "postadressen"};

  private static final AddressPartsDetector INSTANCE = new AddressPartsDetector();

  private AddressPartsDetector() {}

  /**
   * The detector (it has no settings).
   *
   * @return the one instance
   */
  public static AddressPartsDetector defaults() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.ADDRESS);
  }

  @Override
  public void detect(ScanText t, FindingSink sink) {
    // Found from their numbers, which are fewer than words: the word before each is looked at
    Landmarks landmarks = Landmarks.of(t);
    for (int k = 0, runs = landmarks.digitRuns(); k < runs; k++) {
      int digits = landmarks.digitRun(k);
      int we = skipSpacesBack(t, digits);
      int ws = wordStartBefore(t, we);
      boolean number = we - ws == 2 && ScanSupport.matchesIgnoreCase(t, ws, "nr")
          || we - ws == 6 && ScanSupport.matchesIgnoreCase(t, ws, "nummer");
      if (number) {
        we = skipSpacesBack(t, ws); // "lgh nr 1203"
        ws = wordStartBefore(t, we);
      }
      if (ws == we && we > 0 && t.charAt(we - 1) == '.') {
        we--; // "lgh. 1102"
        ws = wordStartBefore(t, we);
      }
      if (ws == we || ScanSupport.wordCharBefore(t, ws)) {
        continue;
      }
      int end = digitsEnd(t, digits);
      if (!endsCleanly(t, end)) {
        continue;
      }
      if (ScanSupport.wordIn(t, ws, we, FLAT_WORDS)) {
        int count = end - digits;
        if (count == 4 || we - ws == 3 && count >= 1 && count <= 4) {
          ScanSupport.report(sink, t, streetBefore(t, ws), end, EntityType.ADDRESS, PART);
        }
      } else if (!number && we - ws == 3 && we < digits && ScanSupport.matchesIgnoreCase(t, ws, "box")
          && isPostBox(t, ws, digits, end)) {
        ScanSupport.report(sink, t, ws, end, EntityType.ADDRESS, PART);
      }
    }
  }

  /**
   * The start of a street and its number right before a flat number ({@code vikboplan 7 lgh 1203},
   * {@code tallvägen 12b, lgh 1102}), else {@code flat}. Why: a street in lowercase, or with an
   * ending no street list has, is not found as a street, and its number would be left between the
   * street's word and the flat; a flat's number says that the word and number before it are its
   * street. The word has at least three letters and begins after a space or the text's start.
   */
  private static int streetBefore(ScanText t, int flat) {
    int j = flat;
    int spaces = 0;
    while (j > 0 && t.charAt(j - 1) == ' ' && spaces < 2) {
      j--;
      spaces++;
    }
    if (j > 0 && t.charAt(j - 1) == ',') {
      j--;
      while (j > 0 && t.charAt(j - 1) == ' ' && spaces < 3) {
        j--;
        spaces++;
      }
    }
    if (j == flat || j == 0) {
      return flat;
    }
    if (ScanSupport.isLetter(t.charAt(j - 1)) && j >= 2 && ScanSupport.isAsciiDigit(t.charAt(j - 2))) {
      j--; // "12b"
    }
    int digitsEnd = j;
    while (j > 0 && digitsEnd - j < 3 && ScanSupport.isAsciiDigit(t.charAt(j - 1))) {
      j--;
    }
    if (j == digitsEnd || j < 2 || t.charAt(j - 1) != ' ') {
      return flat;
    }
    int wordEnd = j - 1;
    int wordStart = wordStartBefore(t, wordEnd);
    if (wordEnd - wordStart < 3 || ScanSupport.wordCharBefore(t, wordStart)) {
      return flat;
    }
    return wordStart;
  }

  /** {@code Box 123}, {@code box 123, lund}, {@code till box 4021}: not a stall, a weight or a count. */
  private static boolean isPostBox(ScanText t, int box, int digits, int end) {
    if (end - digits > 5 || ScanSupport.followedByUnit(t, end)) {
      return false;
    }
    return t.charAt(box) == 'B' || onAddressLine(t, end) || wordJustBefore(t, box);
  }

  /** A comma, a line break, the end, or a postal code after the number. */
  private static boolean onAddressLine(ScanText t, int end) {
    int q = end;
    while (q < t.length() && t.charAt(q) == ' ') {
      q++;
    }
    if (q >= t.length() || t.charAt(q) == ',' || t.charAt(q) == '\n') {
      return true;
    }
    return q > end && ScanSupport.isAsciiDigit(t.charAt(q)) && digitsEnd(t, q) - q == 3;
  }

  /** One of {@link #BOX_CUES} is the word right before {@code box} ({@code posta till box 4021}). */
  private static boolean wordJustBefore(ScanText t, int i) {
    int j = i - 1;
    while (j >= 0 && (t.charAt(j) == ' ' || t.charAt(j) == ':' || t.charAt(j) == '/')) {
      j--;
    }
    if (j < 0 || !ScanSupport.isLetter(t.charAt(j))) {
      return false;
    }
    int e = j + 1;
    while (j >= 0 && ScanSupport.isLetter(t.charAt(j))) {
      j--;
    }
    return ScanSupport.wordIn(t, j + 1, e, BOX_CUES);
  }

  private static boolean endsCleanly(ScanText t, int end) {
    return end >= t.length() || !t.isWordChar(end) && !(t.charAt(end) == '-' && end + 1 < t.length()
        && ScanSupport.isAsciiDigit(t.charAt(end + 1)));
  }

  /** The start of the letters that end at {@code end} (at most 16), or {@code end}. */
  private static int wordStartBefore(ScanText t, int end) {
    int s = end;
    while (s > 0 && end - s < 16 && ScanSupport.isLetter(t.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  private static int digitsEnd(ScanText t, int i) {
    int e = i;
    while (e < t.length() && e - i < 6 && ScanSupport.isAsciiDigit(t.charAt(e))) {
      e++;
    }
    return e;
  }

  /** {@code i} moved back over at most two spaces. */
  private static int skipSpacesBack(ScanText t, int i) {
    int k = 0;
    while (i > 0 && t.charAt(i - 1) == ' ' && k < 2) {
      i--;
      k++;
    }
    return i;
  }
}
