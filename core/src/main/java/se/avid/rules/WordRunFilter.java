package se.avid.rules;

import se.avid.text.ScanText;

/**
 * A Bloom filter over the runs of whole words of the kept terms, probed with a finding's chars in
 * place: it answers "no run of a term can read so" without building a string, which is the answer
 * for nearly every finding ({@code Anna}, {@code Malmö}). Only where it answers "maybe" does
 * {@link KeptTerms} normalise the finding's text and look it up.
 *
 * <p>The key of a run is a hash of its letters and digits only, lowercased, with the letters that
 * normalisation may read as digits ({@code o l i}) taken as those digits: everything that
 * {@link Terms#normalize} changes in a finding's text (spaces, invisible chars, look-alike letters
 * inside numbers, case) is left out of the key or folded the same way on both sides, so a finding
 * whose normal form is a run of a term always gets that run's key, and the filter never answers
 * "no" wrongly. A trailing {@code s} is tried off too, for the genitive. False "maybe"s, about one
 * finding in a few hundred, cost only the exact look-up. Immutable once built; thread-safe.
 */
final class WordRunFilter {

  /** 2^18 bits (32 KB): a few thousand runs leave well under 1% of other keys passing. */
  private static final int LOG_BITS = 18;
  private static final long SEED = 0x9E3779B97F4A7C15L;

  private final long[] bits = new long[1 << (LOG_BITS - 6)];

  /** Adds a run of a term, in its normal form. */
  void add(String run) {
    long h = SEED;
    for (int i = 0; i < run.length(); i++) {
      char c = keyChar(run.charAt(i));
      if (c != 0) {
        h = mix(h, c);
      }
    }
    set(h);
  }

  /**
   * False when no run added can be the normal form of {@code text[start, end)}, nor that form less
   * a genitive {@code s}; true when one may be.
   */
  boolean mayHold(ScanText text, int start, int end) {
    String original = text.original();
    if (Character.isLowSurrogate(original.charAt(start)) || Character.isHighSurrogate(original.charAt(end - 1))) {
      return true; // a pair cut by the finding normalises apart from the text: no key to trust
    }
    long h = SEED;
    long beforeLast = SEED;
    char last = 0;
    for (int i = start; i < end; i++) {
      char c = keyChar(text.charAt(i));
      if (c != 0) {
        beforeLast = h;
        h = mix(h, c);
        last = c;
      }
    }
    return contains(h) || last == 's' && contains(beforeLast);
  }

  /** The char a key reads for {@code c}, or 0 when the key skips it. */
  private static char keyChar(char c) {
    char lower = Character.toLowerCase(c);
    if (!Character.isLetterOrDigit(lower)) {
      return 0;
    }
    switch (lower) {
      case 'o':
        return '0';
      case 'l':
      case 'i':
        return '1';
      default:
        return lower;
    }
  }

  private static long mix(long h, char c) {
    long x = (h ^ c) * 0xBF58476D1CE4E5B9L;
    return x ^ (x >>> 31);
  }

  private void set(long h) {
    bits[index(h)] |= 1L << h;
    long g = h >>> 32;
    bits[index(g)] |= 1L << g;
  }

  private boolean contains(long h) {
    long g = h >>> 32;
    return (bits[index(h)] & (1L << h)) != 0 && (bits[index(g)] & (1L << g)) != 0;
  }

  private static int index(long h) {
    return (int) (h >>> 6) & ((1 << (LOG_BITS - 6)) - 1);
  }
}
