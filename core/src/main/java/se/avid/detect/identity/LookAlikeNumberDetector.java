package se.avid.detect.identity;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Finds personnummer and samordningsnummer typed with letters that look like digits: {@code o}
 * or {@code O} for 0, {@code l}, {@code I} or {@code i} for 1, where the normaliser leaves them:
 * at the edges of the number and the lowercase {@code i} anywhere ({@code 85o4i2-i23o},
 * {@code i4o9o4-6743}, {@code 19850412-I23o}; {@link se.avid.text.TextNormalizer} folds the
 * others, between digits, for the digit detectors). Six or eight date chars, a dash, a plus or a space or nothing, and four more, read
 * with the letters as digits, must make a date (the day plus 60 for a samordningsnummer) and four
 * digits, and at least four of the chars must be real digits, so that no word ({@code lollo},
 * {@code olli}) is read.
 *
 * <p>The letters are weaker evidence than digits: a number whose check digit holds is reported at
 * {@value #CHECKED}, one whose check digit fails at {@value #UNCHECKED}, under the default redact
 * threshold, for review. Immutable and thread-safe; it visits only the digit runs of the text's
 * {@link Landmarks}.
 */
public final class LookAlikeNumberDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "look-alike-number";

  /** Score of a number whose check digit holds. */
  static final double CHECKED = 0.8;
  /** Score of a number whose check digit fails: for review. */
  static final double UNCHECKED = 0.45;

  private static final Set<EntityType> TYPES = Set.of(EntityType.PERSONNUMMER, EntityType.SAMORDNINGSNUMMER);
  /** The fewest real digits of a number read. */
  private static final int MIN_DIGITS = 4;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return TYPES;
  }

  @Override
  public void detect(ScanText t, FindingSink sink) {
    Landmarks landmarks = Landmarks.of(t);
    int next = 0;
    for (int k = 0, runs = landmarks.digitRuns(); k < runs; k++) {
      int run = landmarks.digitRun(k);
      if (run < next) {
        continue;
      }
      int start = run;
      while (start > 0 && run - start < 8 && isLookAlike(t.charAt(start - 1))) {
        start--;
      }
      if (start > 0 && t.isWordChar(start - 1) || start < next || !hasLetterNear(t, start)) {
        continue;
      }
      int end = read(t, start, sink);
      if (end > 0) {
        next = end;
      }
    }
  }

  /**
   * Reads a number from {@code start}; reports it and returns its end, or -1. Its up to twelve
   * digits are kept four bits each in a {@code long} ({@link #digit}), not in an array per call.
   */
  private static int read(ScanText t, int start, FindingSink sink) {
    int n = t.length();
    int i = start;
    long digits = 0;
    int count = 0;
    int real = 0;
    boolean letter = false;
    while (i < n && count < 12 && digitOf(t.charAt(i)) >= 0) {
      real += isAsciiDigit(t.charAt(i)) ? 1 : 0;
      letter |= !isAsciiDigit(t.charAt(i));
      digits |= (long) digitOf(t.charAt(i++)) << (DIGIT_BITS * count++);
    }
    int date;
    if (count == 10 || count == 12) {
      date = count - 4; // "85o4i2i23o": no separator
    } else if ((count == 6 || count == 8) && i < n && (t.charAt(i) == '-' || t.charAt(i) == '+' || t.charAt(i) == ' ')) {
      date = count;
      i++;
    } else {
      return -1;
    }
    while (i < n && count < date + 4 && digitOf(t.charAt(i)) >= 0) {
      real += isAsciiDigit(t.charAt(i)) ? 1 : 0;
      letter |= !isAsciiDigit(t.charAt(i));
      digits |= (long) digitOf(t.charAt(i++)) << (DIGIT_BITS * count++);
    }
    if (count != date + 4 || !letter || real < MIN_DIGITS || i < n && t.isWordChar(i)) {
      return -1;
    }
    int from = date - 6;
    int yy = digit(digits, from) * 10 + digit(digits, from + 1);
    int month = digit(digits, from + 2) * 10 + digit(digits, from + 3);
    int day = digit(digits, from + 4) * 10 + digit(digits, from + 5);
    int birthDay = day > 60 ? day - 60 : day;
    int first = digit(digits, 0);
    int second = digit(digits, 1);
    boolean valid = date == 6 ? CalendarDate.existsInEither(19, yy, month, birthDay)
        : (first == 1 && (second == 8 || second == 9) || first == 2 && second == 0)
            && CalendarDate.exists((first * 10 + second) * 100 + yy, month, birthDay);
    if (!valid) {
      return -1;
    }
    EntityType type = day > 60 ? EntityType.SAMORDNINGSNUMMER : EntityType.PERSONNUMMER;
    sink.add(start, i, type, luhn(digits, from) ? CHECKED : UNCHECKED);
    return i;
  }

  /**
   * A look-alike letter among the thirteen chars from {@code start} (a number and its separator):
   * most numbers have none, and are the digit detectors' alone.
   */
  private static boolean hasLetterNear(ScanText t, int start) {
    for (int i = start, end = Math.min(t.length(), start + 13); i < end; i++) {
      char c = t.charAt(i);
      if (digitOf(c) > 0 && !isAsciiDigit(c) || c == 'o' || c == 'O') {
        return true;
      }
      if (digitOf(c) < 0 && c != '-' && c != '+' && c != ' ') {
        return false;
      }
    }
    return false;
  }

  private static final int DIGIT_BITS = 4;

  /** Digit {@code k} of the digits read. */
  private static int digit(long digits, int k) {
    return (int) (digits >>> (DIGIT_BITS * k)) & 0xF;
  }

  /** The Luhn check of the ten digits from {@code from}. */
  private static boolean luhn(long digits, int from) {
    int sum = 0;
    for (int k = 0; k < 10; k++) {
      int v = digit(digits, from + k) * (k % 2 == 0 ? 2 : 1);
      sum += v > 9 ? v - 9 : v;
    }
    return sum % 10 == 0;
  }

  private static boolean isLookAlike(char c) {
    return digitOf(c) >= 0;
  }

  /** The digit that {@code c} is or looks like, or -1. */
  private static int digitOf(char c) {
    if (isAsciiDigit(c)) {
      return c - '0';
    }
    if (c == 'o' || c == 'O') {
      return 0;
    }
    return c == 'l' || c == 'I' || c == 'i' ? 1 : -1;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
