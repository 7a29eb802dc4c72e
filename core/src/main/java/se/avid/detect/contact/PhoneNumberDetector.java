package se.avid.detect.contact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.NumberEdges;
import se.avid.text.ScanText;

/**
 * Finds Swedish phone numbers, national ({@code 070-123 45 67}, {@code 08-123 456 78},
 * {@code (031) 12 34 56}) and international ({@code +46 (0)70-123 45 67}, {@code 0046 8 123 45 67},
 * and other countries' {@code +358 40 123 4567}), in every common grouping: spaces, {@code - / . _},
 * {@code " - "}, {@code --}, a line break, zero-width chars, every digit apart, the area code in
 * parentheses after the country code ({@code +46 (70) 123 45 67}). A mobile number is also found
 * with its country code but no {@code +} ({@code 46701234567}) and, after a phone cue, without
 * its trunk {@code 0} ({@code ring 70 123 45 67}).
 *
 * <pre>{@code
 * Detector phone = PhoneNumberDetector.builder()
 *     .keepNumbers("08-702 16 80")          // a helpline of your own, kept like 112 and 116 111
 *     .build();
 * }</pre>
 *
 * <p>Public helplines and service numbers ({@link #DEFAULT_KEPT_NUMBERS}) are not reported, so
 * that advice stays readable; they are compared digit by digit, whatever the grouping. Numbers
 * that merely look like phones are filtered by named rules, each with the example it rules out:
 * dates, clock times, amounts, personnummer-shaped numbers, case numbers and runs of digits that
 * go on past a valid length.
 *
 * <p>Otherwise only numbers with the trunk {@code 0} or a country code are found: a local number without
 * its area code ({@code 123 45 67}) is too much like other numbers to redact. Immutable and
 * thread-safe; a scan visits the candidates of the call's shared {@link se.avid.text.Landmarks}
 * (digit runs starting with 0, {@code +} and {@code (}) with a bounded look-ahead at each.
 */
public final class PhoneNumberDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "phone";

  /**
   * Numbers of public helplines and authorities that are kept by default, as they are written.
   * Sources: the numbers these services publish; only numbers known to belong to a public body
   * or a national helpline are listed, since a wrong entry would leave a number visible.
   */
  public static final List<String> DEFAULT_KEPT_NUMBERS = List.of(
      "112",            // SOS Alarm, emergencies
      "114 14",         // Polisen, non-urgent
      "113 13",         // information at accidents and crises
      "1177",           // Vårdguiden
      "116 111",        // BRIS, for children
      "116 123",        // EU emotional-support line
      "90101",          // Mind, Självmordslinjen
      "020-50 50 50",   // Kvinnofridslinjen
      "020-84 44 48",   // Alkohollinjen
      "020-81 91 00",   // Stödlinjen, for gamblers and their families
      "020-555 666",    // Välj att sluta, for those who use violence
      "020-22 22 33",   // Äldrelinjen
      "020-52 10 10",   // Terrafem
      "020-84 00 00",   // Sluta-röka-linjen
      "077-150 50 50",  // BRIS, for adults about children
      "08-702 16 80",   // Jourhavande medmänniska
      "010-456 67 00",  // Giftinformationscentralen
      "0771-524 524",   // Försäkringskassan
      "0771-567 567",   // Skatteverket
      "0771-416 416",   // Arbetsförmedlingen
      "0771-235 235",   // Migrationsverket
      "0771-776 776");  // Pensionsmyndigheten

  /** A number has at most this many digits (E.164 allows 15, plus the trunk or {@code 00}). */
  static final int MAX_DIGITS = 17;
  /** At most this many digit groups are read. */
  static final int MAX_GROUPS = 10;

  /** The digits of a personnummer without its century; with it, two more. */
  private static final int PERSONNUMMER_DIGITS = 10;
  /** What a samordningsnummer adds to the day of birth. */
  private static final int SAMORDNING_DAYS = 60;

  private static final class DefaultHolder {
    static final PhoneNumberDetector INSTANCE = builder().build();
  }

  private final long[] keptKeys;
  private final List<String> keptNumbers;

  private PhoneNumberDetector(Builder b) {
    this.keptNumbers = Collections.unmodifiableList(new ArrayList<>(b.kept));
    long[] keys = new long[keptNumbers.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = PhoneKeys.keyOf(keptNumbers.get(i));
    }
    Arrays.sort(keys);
    this.keptKeys = keys;
  }

  /**
   * The detector with the default kept numbers.
   *
   * @return the shared default instance
   */
  public static PhoneNumberDetector defaults() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * A builder that starts with {@link #DEFAULT_KEPT_NUMBERS}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The numbers that are never reported, as configured.
   *
   * @return the kept numbers, unmodifiable
   */
  public List<String> keptNumbers() {
    return keptNumbers;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.PHONE);
  }

  @Override
  public void detect(ScanText text, FindingSink sink) {
    // A number starts with 0 (the trunk, or 00), + or ( : at the start of a digit run (a 0 after
    // another digit or a letter never starts one), or at one of those marks. Both lists are in
    // text order and are walked together.
    Landmarks landmarks = Landmarks.of(text);
    int runs = landmarks.digitRuns();
    int marks = landmarks.marks();
    int r = 0;
    int m = 0;
    PhoneDigitGroups groups = null; // made at the first candidate only: most texts have none
    int lastEnd = -1;
    int next = 0;
    while (true) {
      while (r < runs && (landmarks.digitRun(r) < next || !opensNumber(text.charAt(landmarks.digitRun(r)))
          && letterForTrunk(text, landmarks.digitRun(r)) < 0)) {
        r++;
      }
      while (m < marks && (landmarks.mark(m) < next || !opensNumber(text.charAt(landmarks.mark(m))))) {
        m++;
      }
      int i;
      if (r < runs && (m == marks || landmarks.digitRun(r) < landmarks.mark(m))) {
        i = landmarks.digitRun(r++);
      } else if (m < marks) {
        i = landmarks.mark(m++);
      } else {
        return;
      }
      if (groups == null) {
        groups = text.reusable(PhoneDigitGroups.class, PhoneDigitGroups.class, PhoneDigitGroups::new);
      }
      int end = matchAt(text, i, groups, lastEnd, sink);
      if (end > i) {
        lastEnd = end;
        next = end;
      }
    }
  }

  /**
   * The chars a number can start with: {@code +46}, {@code (08)}, the trunk {@code 0}, and the
   * first digit of a country code or a mobile number typed without {@code +} or trunk
   * ({@code 46701234567}, {@code ring 70 123 45 67}).
   */
  private static boolean opensNumber(char c) {
    return c == '+' || c == '(' || c == '0' || c == '4' || c == '7';
  }

  /**
   * Tries a number starting at {@code i}; returns where it ends (reported or kept), or -1.
   * {@code lastEnd} is the end of the number found before, so that {@code 070-123 45 67/08-123 456 78}
   * gives two numbers although the second is glued to a digit.
   */
  private int matchAt(ScanText t, int i, PhoneDigitGroups g, int lastEnd, FindingSink sink) {
    int letter = letterForTrunk(t, i);
    if (letter >= 0) {
      return withLetterForTrunk(t, letter, i, g, sink);
    }
    if (ScanSupport.wordCharBefore(t, i)
        || ScanSupport.continuesNumberBefore(t, i) && !(lastEnd >= 0 && i - lastEnd <= 3)
            && !NumberEdges.afterPersonnummer(t, i)) { // "790223-5519 0383-12 45 70": two numbers
      return -1;
    }
    char c = t.charAt(i);
    int first = ScanSupport.skipIgnorable(t, i + 1);
    if (c == '+') {
      if (first >= t.length() || !isDigitOneToNine(t.charAt(first))) {
        return -1;
      }
      return international(t, i, first, g, sink);
    }
    if (c == '(') {
      if (first >= t.length() || t.charAt(first) != '0' || !g.scan(t, first, true, false)) {
        return -1;
      }
      return national(t, i, g, sink);
    }
    if (c == '4') {
      return first < t.length() && t.charAt(first) == '6' ? bareCountryCode(t, i, g, sink) : -1;
    }
    if (c == '7') {
      return first < t.length() && PhoneShapes.MOBILE_THIRD_DIGITS.indexOf(t.charAt(first)) >= 0 ? withoutTrunk(t, i, g, sink) : -1;
    }
    if (first < t.length() && t.charAt(first) == '0') { // 00 + country code
      int cc = ScanSupport.skipIgnorable(t, first + 1);
      if (cc >= t.length() || !isDigitOneToNine(t.charAt(cc))) {
        return -1;
      }
      return international(t, i, cc, g, sink);
    }
    if (!g.scan(t, i, false, false)) {
      return -1;
    }
    return national(t, i, g, sink);
  }

  /**
   * Whether the digits read may be a personnummer or samordningsnummer: ten or twelve of them whose
   * month and day (60 added for a samordningsnummer) are a date's, as the personnummer detector
   * reads them.
   */
  private static boolean mayBePersonnummer(PhoneDigitGroups g) {
    int total = g.digitsThrough(g.count - 1);
    if (total != PERSONNUMMER_DIGITS && total != PERSONNUMMER_DIGITS + 2) {
      return false;
    }
    int from = total - PERSONNUMMER_DIGITS;
    int month = (g.buf[from + 2] - '0') * 10 + g.buf[from + 3] - '0';
    int day = (g.buf[from + 4] - '0') * 10 + g.buf[from + 5] - '0';
    int birthDay = day > SAMORDNING_DAYS ? day - SAMORDNING_DAYS : day;
    return month >= 1 && month <= 12 && birthDay >= 1 && birthDay <= 31;
  }

  private int national(ScanText t, int start, PhoneDigitGroups g, FindingSink sink) {
    if (g.digitsThrough(g.count - 1) < 8) {
      return -1; // most candidates ("0 kr", "08.30", "2023-01-15"): too short, no need to read the context
    }
    int cue = PhoneCues.cueAt(t, start);
    if (cue < 0 && NumberEdges.afterPersonnummer(t, start)) {
      cue = 0; // "personnummer 790223-5519 0383-12 45 70": the cue is spent on the number before
    }
    if (cue < 0 && !mayBePersonnummer(g) && PhoneCues.personnummerCueAt(t, start)) {
      cue = 0; // "pnr: 031-12 34 56", "pnr: 08-123 456 78": no personnummer, so the cue names another number
    }
    for (int k = g.count - 1; k >= 0; k--) {
      int digits = g.digitsThrough(k);
      double score = PhoneScores.national(g, k, digits, cue);
      if (score < 0) {
        continue;
      }
      return report(t, start, g, k, PhoneKeys.keyOf(g.buf, 0, digits), score, sink);
    }
    return -1;
  }

  /**
   * The index of an {@code O} or {@code o} typed for the trunk 0 right before the digit at
   * {@code i} ({@code O70-123 45 67}, {@code o8-123 456 78}) and not ending a word, or -1.
   */
  private static int letterForTrunk(ScanText t, int i) {
    char c = t.charAt(i);
    if (c < '1' || c > '9') {
      return -1;
    }
    int o = ScanSupport.prevVisible(t, i);
    if (o < 0 || (t.charAt(o) != 'O' && t.charAt(o) != 'o') || ScanSupport.wordCharBefore(t, o)) {
      return -1;
    }
    return o;
  }

  /**
   * A national number whose trunk 0 was typed as a letter: judged by the same rules as one typed
   * with the digit, from the letter on, and reported in the review band.
   */
  private int withLetterForTrunk(ScanText t, int letter, int digit, PhoneDigitGroups g, FindingSink sink) {
    if (!g.scanAfterTrunk(t, digit)) {
      return -1;
    }
    int cue = PhoneCues.cueAt(t, letter);
    for (int k = g.count - 1; k >= 0; k--) {
      int digits = g.digitsThrough(k);
      if (PhoneScores.national(g, k, digits, cue) >= 0) {
        return report(t, letter, g, k, PhoneKeys.keyOf(g.buf, 0, digits), PhoneScores.LETTER_FOR_TRUNK, sink);
      }
    }
    return -1;
  }

  /**
   * A Swedish mobile number with its country code but no {@code +} ({@code 46701234567},
   * {@code 46 70 123 45 67}): only mobiles, whose {@code 467} start few other numbers share.
   */
  private int bareCountryCode(ScanText t, int start, PhoneDigitGroups g, FindingSink sink) {
    if (!g.scan(t, start, false, true) || g.trunkParenAfter >= 0) {
      return -1;
    }
    for (int k = g.count - 1; k >= 0; k--) {
      int digits = g.digitsThrough(k);
      if (digits == 11 && PhoneShapes.isMobile(g.buf, 2) && !PhoneShapes.mixedDots(g, k)) {
        return report(t, start, g, k, PhoneKeys.withTrunkZero(g.buf, 2, digits), PhoneScores.trailing(PhoneScores.FOREIGN, g, k), sink);
      }
    }
    return -1;
  }

  /**
   * A mobile number without its trunk {@code 0} ({@code ring 70 123 45 67}, {@code mobil: 701234567}):
   * nine digits starting {@code 70 72 73 76 79}, only right after a phone cue, since without one
   * they are as likely any other number.
   */
  private int withoutTrunk(ScanText t, int start, PhoneDigitGroups g, FindingSink sink) {
    if (!g.scan(t, start, false, false)) {
      return -1;
    }
    for (int k = g.count - 1; k >= 0; k--) {
      int digits = g.digitsThrough(k);
      if (digits == 9 && !PhoneShapes.dateShaped(g, k) && !PhoneShapes.clockTimeShaped(g, k) && !PhoneShapes.mixedDots(g, k)
          && PhoneCues.phoneCueBefore(t, start)) {
        return report(t, start, g, k, PhoneKeys.withTrunkZero(g.buf, 0, digits), PhoneScores.trailing(PhoneScores.CLEAR, g, k), sink);
      }
    }
    return -1;
  }

  private int international(ScanText t, int start, int digitStart, PhoneDigitGroups g, FindingSink sink) {
    if (!g.scan(t, digitStart, false, true)) {
      return -1;
    }
    boolean sweden = g.buf[0] == '4' && g.buf[1] == '6';
    for (int k = g.count - 1; k >= 0; k--) {
      int digits = g.digitsThrough(k);
      if (sweden && digits > 2) {
        if (g.trunkParenAfter >= 0 && g.trunkParenAfter != 2) {
          return -1; // "(0)" belongs right after the country code
        }
        // "+46 (0)70…" keeps the trunk 0 out of the digits; the common slip "+46 070…" has it in
        int nsn = g.trunkParenAfter < 0 && g.buf[2] == '0' ? 3 : 2;
        int nsnLength = digits - nsn;
        if (nsnLength < 7 || nsnLength > 9 || g.buf[nsn] == '0') {
          continue;
        }
        boolean mobile = g.buf[nsn] == '7' && PhoneShapes.MOBILE_THIRD_DIGITS.indexOf(g.buf[nsn + 1]) >= 0;
        if (mobile && nsnLength != 9) {
          continue;
        }
        // kept numbers are stored in national form: the trunk 0, then the significant number
        long key = PhoneKeys.withTrunkZero(g.buf, nsn, digits);
        return report(t, start, g, k, key, PhoneScores.trailing(PhoneScores.INTERNATIONAL, g, k), sink);
      }
      if (!sweden && digits >= 8 && digits <= 15) {
        return report(t, start, g, k, PhoneKeys.keyOf(g.buf, 0, digits), PhoneScores.trailing(PhoneScores.FOREIGN, g, k), sink);
      }
    }
    return -1;
  }

  private int report(ScanText t, int start, PhoneDigitGroups g, int k, long key, double score, FindingSink sink) {
    int end = g.end[k];
    if (ScanSupport.wordCharFrom(t, end) || decimalOrTimeAfter(t, end) || ScanSupport.followedByUnit(t, end)) {
      return -1;
    }
    if (Arrays.binarySearch(keptKeys, key) >= 0) {
      return end;
    }
    ScanSupport.report(sink, t, start, end, EntityType.PHONE, Math.min(score, 1.0));
    return end;
  }

  /** {@code ,5} or {@code :30} right after the number: a decimal or a time, not a phone. */
  private static boolean decimalOrTimeAfter(ScanText t, int end) {
    int i = ScanSupport.skipIgnorable(t, end);
    if (i + 1 >= t.length()) {
      return false;
    }
    char c = t.charAt(i);
    return (c == ',' || c == ':') && ScanSupport.isAsciiDigit(ScanSupport.charFrom(t, i + 1));
  }

  static boolean isDigitOneToNine(char c) {
    return c >= '1' && c <= '9';
  }

  /**
   * Configures a {@link PhoneNumberDetector}. Not thread-safe; the detector it builds is.
   */
  public static final class Builder {
    private final List<String> kept = new ArrayList<>(DEFAULT_KEPT_NUMBERS);

    private Builder() {}

    /**
     * Keeps these numbers visible too, e.g. a local social-services emergency line; any grouping
     * and the {@code +46} form are accepted.
     *
     * @param numbers the numbers, in any grouping
     * @return this builder
     * @throws IllegalArgumentException if a number has no digits or too many
     */
    public Builder keepNumbers(String... numbers) {
      for (String number : numbers) {
        Objects.requireNonNull(number, "number");
        PhoneKeys.keyOf(number); // validates at once
        kept.add(number);
      }
      return this;
    }

    /**
     * Drops {@link #DEFAULT_KEPT_NUMBERS}: every number is reported, unless kept with {@link #keepNumbers}.
     *
     * @return this builder
     */
    public Builder withoutDefaultHelplines() {
      kept.removeAll(DEFAULT_KEPT_NUMBERS);
      return this;
    }

    /**
     * Builds the detector.
     *
     * @return a new, immutable detector with the numbers kept so far
     */
    public PhoneNumberDetector build() {
      return new PhoneNumberDetector(this);
    }
  }
}
