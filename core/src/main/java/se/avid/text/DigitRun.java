package se.avid.text;

import java.util.Arrays;

/**
 * Reads one number as people type it: digits joined by short separators ({@code -}, {@code +},
 * spaces, one line break), remembering which separator stood before each digit so that each
 * detector can decide whether the grouping fits its format.
 *
 * <p>For {@code "850412-1234"} it holds ten digits, with {@link DigitLinks#DASH} before digit 6 and nothing
 * before the others; for {@code "070-123 45 67"} it holds the same count of digits, but with
 * separators before digits 3, 6 and 8, which is how a personnummer detector tells a phone number
 * apart without a regular expression. Zero-width chars ({@link TextNormalizer#IGNORABLE}) are
 * skipped as if absent. How digits are joined is {@link DigitLinks}'s to say, where a number
 * begins and ends {@link NumberEdges}'s.
 *
 * <p>Every read looks at a bounded number of chars, so a detector that reads once per
 * {@linkplain NumberEdges#nextStart number start} runs in linear time. Mutable and reused between reads
 * to keep the hot path free of allocation: not thread-safe; a detector takes one per {@code detect}
 * call ({@link #lent}, which the call's workspace lends from call to call, or a new one).
 */
public final class DigitRun {

  /** The most digits any detector reads (IBAN: 22; card: 19, plus one to see that a run goes on). */
  public static final int MAX_DIGITS = 24;

  private ScanText text;
  /**
   * Where the digits of this run are: after {@link #read}, this run's own buffers from 0; after
   * {@link #load}, the runs of all numbers of the text that {@link NumberStarts} read once, from
   * {@link #base}.
   */
  private byte[] digits;
  private int[] positions;
  private int[] separators;
  private int base;
  /** This run's own buffers, made at the first {@link #read}. */
  private byte[] ownDigits;
  private int[] ownPositions;
  private int[] ownSeparators;
  private int count;
  private int separatorAfter;

  /**
   * A reader of the numbers of {@code text}.
   *
   * @param text the text the numbers are read from
   */
  public DigitRun(ScanText text) {
    this.text = text;
  }

  /**
   * The run that the call's workspace lends under {@code key} ({@link ScanText#reusable}), reading
   * {@code text}: the same object for every request with that key in the call, and from call to
   * call on the thread, so a detector allocates no run and no buffers for a post. Two runs in use
   * at once need two keys.
   *
   * @param text the text the numbers are read from
   * @param key identifies the run; compared by identity (the detector's class or a constant)
   * @return the run, for this call only
   */
  public static DigitRun lent(ScanText text, Object key) {
    return text.reusable(key, Lent.class, Lent::new).bind(text);
  }

  /** A run a workspace lends: bound to each call's text, its digits overwritten when the call ends. */
  static final class Lent implements Reusable {
    private final DigitRun run = new DigitRun(null);

    DigitRun bind(ScanText text) {
      run.text = text;
      return run;
    }

    @Override
    public void clear() {
      run.forget();
    }
  }

  /** Forgets the text: the digits read from it and where they stood. */
  private void forget() {
    text = null;
    digits = null;
    positions = null;
    separators = null;
    base = 0;
    count = 0;
    separatorAfter = 0;
    if (ownDigits != null) {
      Arrays.fill(ownDigits, (byte) 0);
      Arrays.fill(ownPositions, 0);
      Arrays.fill(ownSeparators, 0);
    }
  }

  /**
   * Reads the number whose first digit is at {@code start}, at most {@code maxDigits} digits;
   * {@link #separatorBefore(int)} of {@link #count()} then tells what follows the last digit read.
   *
   * @param start the index of the number's first digit
   * @param maxDigits the most digits to read (at most {@link #MAX_DIGITS})
   * @return this run
   */
  public DigitRun read(int start, int maxDigits) {
    int limit = Math.min(maxDigits, MAX_DIGITS);
    if (ownDigits == null) {
      ownDigits = new byte[MAX_DIGITS];
      ownPositions = new int[MAX_DIGITS];
      ownSeparators = new int[MAX_DIGITS];
    }
    digits = ownDigits;
    positions = ownPositions;
    separators = ownSeparators;
    base = 0;
    count = 0;
    separatorAfter = DigitLinks.END;
    int i = start;
    int mask = 0;
    while (true) {
      if (count == limit) {
        separatorAfter = mask;
        return this;
      }
      digits[count] = (byte) (text.charAt(i) - '0');
      positions[count] = i;
      separators[count] = mask;
      count++;
      long link = DigitLinks.link(text, i);
      if (link < 0) {
        return this;
      }
      mask = DigitLinks.linkMask(link);
      i = DigitLinks.linkTarget(link);
    }
  }

  /**
   * Takes number {@code k} of {@code starts} as if {@link #read} it with {@code maxDigits}:
   * {@link NumberStarts} has read each number once, as far as any detector reads, and a shorter
   * read is its first {@code maxDigits} digits, followed by the separator before the next.
   *
   * @param starts the number starts of this run's text
   * @param k the index of the number among them
   * @param maxDigits the most digits to take (at most {@link #MAX_DIGITS})
   * @return this run
   */
  public DigitRun load(NumberStarts starts, int k, int maxDigits) {
    int limit = Math.min(maxDigits, MAX_DIGITS);
    digits = starts.digits();
    positions = starts.positions();
    separators = starts.separators();
    base = starts.firstDigit(k);
    int all = starts.digitCount(k);
    if (all > limit) {
      count = limit;
      separatorAfter = separators[base + limit];
    } else {
      count = all;
      separatorAfter = starts.separatorAfter(k);
    }
    return this;
  }

  /**
   * Number of digits read.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * The value (0–9) of digit {@code k}.
   *
   * @param k the digit's place in the run, from 0
   * @return its value
   */
  public int digit(int k) {
    return digits[base + k];
  }

  /**
   * The text index of digit {@code k}.
   *
   * @param k the digit's place in the run, from 0
   * @return its index in the text
   */
  public int position(int k) {
    return positions[base + k];
  }

  /**
   * The index just after digit {@code k}.
   *
   * @param k the digit's place in the run, from 0
   * @return the index after it
   */
  public int endOf(int k) {
    return positions[base + k] + 1;
  }

  /**
   * The index of the first digit.
   *
   * @return its index in the text
   */
  public int start() {
    return positions[base];
  }

  /**
   * The separator before digit {@code k} ({@code 0} if it follows the previous digit directly);
   * for {@code k == count()}, what follows the last digit read: {@link DigitLinks#END} if the number ends
   * there, else the separator before the next, unread digit.
   *
   * @param k the digit's place in the run, from 0 to {@link #count()}
   * @return the separator mask, 0 or {@link DigitLinks#END}
   */
  public int separatorBefore(int k) {
    return k == 0 ? 0 : k < count ? separators[base + k] : separatorAfter;
  }

  /**
   * True when a match of the first {@code k} digits would not cut a longer number: no digit
   * follows directly or across a tight {@code -}/{@code +}, and no letter or glued digit follows
   * the number's last char. A space or line break before a further digit is fine
   * ({@code "850412-1234 070…"} lists two numbers).
   *
   * @param k how many digits the match takes, from 1 to {@link #count()}
   * @return whether the match may end there
   */
  public boolean canEndAfter(int k) {
    int s = separatorBefore(k);
    if (s == DigitLinks.END) {
      return NumberEdges.endsCleanly(text, endOf(k - 1));
    }
    return (s & (DigitLinks.SPACE | DigitLinks.NEWLINE)) != 0;
  }

  /**
   * True when the run ends after {@code k} digits and a letter follows directly ({@code "…1230och"}).
   *
   * @param k how many digits, from 1 to {@link #count()}
   * @return whether a letter follows
   */
  public boolean letterFollows(int k) {
    if (separatorBefore(k) != DigitLinks.END) {
      return false;
    }
    int q = NumberEdges.nextVisible(text, endOf(k - 1));
    return q >= 0 && Character.isLetter(text.charAt(q));
  }

  /**
   * Digits {@code from} (inclusive) to {@code to} (exclusive) as a number; at most 18 digits.
   *
   * @param from the first digit's place
   * @param to the place after the last digit
   * @return the number they make
   */
  public long value(int from, int to) {
    long v = 0;
    for (int k = from; k < to; k++) {
      v = v * 10 + digits[base + k];
    }
    return v;
  }

  /**
   * True when the Luhn (mod 10) check holds over digits {@code from} to {@code to}, the last being the check digit.
   *
   * @param from the first digit's place
   * @param to the place after the check digit
   * @return whether the check holds
   */
  public boolean luhn(int from, int to) {
    int sum = 0;
    boolean twice = false;
    for (int k = to - 1; k >= from; k--) {
      int d = digits[base + k];
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
