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
    Landmarks landmarks = Landmarks.of(t);
    for (int k = 0, words = landmarks.words(); k < words; k++) {
      int i = landmarks.word(k);
      char c = t.charAt(i);
      if (c == 'l' || c == 'L') {
        flat(t, i, sink);
      } else if (c == 'b' || c == 'B') {
        box(t, i, sink);
      }
    }
  }

  /** {@code lgh 1102}, {@code lgh. nr 1102}, {@code lägenhet 1102}. */
  private static void flat(ScanText t, int i, FindingSink sink) {
    int end = wordEnd(t, i);
    if (ScanSupport.wordCharBefore(t, i) || !ScanSupport.wordIn(t, i, end, FLAT_WORDS)) {
      return;
    }
    boolean abbreviated = end - i == 3;
    int p = end < t.length() && t.charAt(end) == '.' ? end + 1 : end;
    p = skipSpaces(t, p);
    int nr = wordEnd(t, p);
    if (nr - p == 2 && ScanSupport.matchesIgnoreCase(t, p, "nr")) {
      p = skipSpaces(t, nr < t.length() && t.charAt(nr) == '.' ? nr + 1 : nr);
    } else if (ScanSupport.matchesIgnoreCase(t, p, "nummer") && nr - p == 6) {
      p = skipSpaces(t, nr);
    }
    int digitsEnd = digitsEnd(t, p);
    int digits = digitsEnd - p;
    if (digits == 4 || abbreviated && digits >= 1 && digits <= 4) {
      if (endsCleanly(t, digitsEnd)) {
        ScanSupport.report(sink, t, i, digitsEnd, EntityType.ADDRESS, PART);
      }
    }
  }

  /** {@code Box 123}, {@code box 123, lund}, {@code till box 4021}. */
  private static void box(ScanText t, int i, FindingSink sink) {
    int end = wordEnd(t, i);
    if (end - i != 3 || !ScanSupport.matchesIgnoreCase(t, i, "box") || ScanSupport.wordCharBefore(t, i)) {
      return;
    }
    int p = skipSpaces(t, end);
    int digitsEnd = digitsEnd(t, p);
    if (p == end || digitsEnd == p || digitsEnd - p > 5 || !endsCleanly(t, digitsEnd)
        || ScanSupport.followedByUnit(t, digitsEnd)) {
      return;
    }
    if (t.charAt(i) == 'B' || onAddressLine(t, digitsEnd) || wordJustBefore(t, i)) {
      ScanSupport.report(sink, t, i, digitsEnd, EntityType.ADDRESS, PART);
    }
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

  private static int wordEnd(ScanText t, int i) {
    int e = i;
    while (e < t.length() && e - i < 16 && ScanSupport.isLetter(t.charAt(e))) {
      e++;
    }
    return e;
  }

  private static int digitsEnd(ScanText t, int i) {
    int e = i;
    while (e < t.length() && e - i < 6 && ScanSupport.isAsciiDigit(t.charAt(e))) {
      e++;
    }
    return e;
  }

  private static int skipSpaces(ScanText t, int i) {
    int k = 0;
    while (i < t.length() && t.charAt(i) == ' ' && k < 2) {
      i++;
      k++;
    }
    return i;
  }
}
