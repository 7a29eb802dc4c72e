package se.avid.redact;

import se.avid.Finding;

/**
 * Masks each letter and digit with {@code X} and keeps everything else, so that the reader still
 * sees what kind of value stood there: {@code 850412-1234} becomes {@code XXXXXX-XXXX},
 * {@code 070-123 45 67} becomes {@code XXX-XXX XX XX}, or with
 * {@link #keepingLeadingDigits(int) keepingLeadingDigits(3)} {@code 070-XXX XX XX}.
 *
 * <p>The shape leaks the length and grouping of the value; kept leading digits leak those digits
 * (an operator prefix, an area code). Choose this for types where that is acceptable.
 * Immutable and thread-safe.
 */
public final class MaskStrategy implements RedactionStrategy {

  /** Every letter and digit masked. */
  public static final MaskStrategy SHAPE = new MaskStrategy(0);

  private static final char MASK = 'X';

  private final int keptDigits;

  private MaskStrategy(int keptDigits) {
    this.keptDigits = keptDigits;
  }

  /**
   * Keeps the first {@code digits} digits of each value (e.g. 3 for a mobile operator prefix) and
   * masks the rest.
   *
   * @param digits how many hex digits
   * @return the strategy
   */
  public static MaskStrategy keepingLeadingDigits(int digits) {
    if (digits < 0 || digits > 6) {
      throw new IllegalArgumentException("kept digits must be in 0..6: " + digits);
    }
    return digits == 0 ? SHAPE : new MaskStrategy(digits);
  }

  @Override
  public String replacement(Finding finding, String text) {
    StringBuilder sb = new StringBuilder(finding.length());
    int digitsSeen = 0;
    int i = finding.start();
    while (i < finding.end()) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isDigit(cp) && digitsSeen < keptDigits) {
        digitsSeen++;
        sb.appendCodePoint(cp);
      } else if (Character.isLetterOrDigit(cp)) {
        if (Character.isDigit(cp)) {
          digitsSeen++;
        }
        sb.append(MASK);
      } else {
        sb.appendCodePoint(cp);
      }
      i += width;
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "MaskStrategy[keepingLeadingDigits=" + keptDigits + "]";
  }
}
