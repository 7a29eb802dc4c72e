package se.avid.models.lexicon;

import java.util.Arrays;
import se.avid.text.Reusable;

/**
 * The arrays of {@link Tokens}, lent to one call at a time by the anonymizer's workspace
 * ({@link se.avid.text.ScanText#reusable}) and reused by the thread's next call: the lowercase
 * copy of the text and the tokens' offsets and kinds were a third of the bytes a post cost.
 *
 * <p>{@link #clear} overwrites the chars of the text when the call ends, so no post stays in
 * memory, and lets go of arrays grown for a long document. Not thread-safe: one call's.
 */
final class TokenBuffers implements Reusable {

  /**
   * Arrays for texts longer than this (16 K chars, sixteen ordinary posts) are let go when the
   * call ends: a thread keeps at most about 100 KB per anonymizer, however long a document it saw.
   */
  static final int MAX_KEPT_CHARS = 1 << 14;
  /** Token arrays longer than this are let go when the call ends. */
  static final int MAX_KEPT_TOKENS = MAX_KEPT_CHARS / 4;

  private static final char[] NO_CHARS = {};
  private static final int[] NO_INTS = {};
  private static final byte[] NO_BYTES = {};

  char[] lower = NO_CHARS;
  int[] start = NO_INTS;
  int[] end = NO_INTS;
  byte[] info = NO_BYTES;
  /** Per token: a word's length and first letter (see {@link Tokens#is}); cleared with the chars. */
  int[] head = NO_INTS;
  /** How many chars of {@link #lower} may hold a text. */
  private int used;
  /** How many entries of {@link #head} may hold a text's. */
  private int usedHeads;

  /**
   * Makes room for a text of {@code length} chars and {@code tokens} tokens; the arrays may be
   * longer. The token arrays' contents are kept, so that growing them mid-text may go through here.
   */
  void reserve(int length, int tokens) {
    if (lower.length < length) {
      lower = new char[length];
    }
    used = Math.max(used, length);
    if (start.length < tokens) {
      start = Arrays.copyOf(start, tokens);
      end = Arrays.copyOf(end, tokens);
      info = Arrays.copyOf(info, tokens);
      head = Arrays.copyOf(head, tokens);
    }
  }

  /** Notes that the first {@code tokens} entries of {@link #head} hold a text's, to be cleared. */
  void headsUsed(int tokens) {
    usedHeads = Math.max(usedHeads, tokens);
  }

  @Override
  public void clear() {
    Arrays.fill(lower, 0, used, '\0');
    used = 0;
    Arrays.fill(head, 0, usedHeads, 0); // the first letters of the words
    usedHeads = 0;
    if (lower.length > MAX_KEPT_CHARS) {
      lower = NO_CHARS;
    }
    if (start.length > MAX_KEPT_TOKENS) {
      start = NO_INTS;
      end = NO_INTS;
      info = NO_BYTES;
      head = NO_INTS;
    }
  }
}
