package se.avid.models.lexicon;

import java.util.Arrays;
import se.avid.text.Reusable;
import se.avid.text.ScanText;

/**
 * The chars in which the rules take words apart (a compound's parts, an inflection's stem, a
 * place's stem), lent per call by the text's workspace ({@code ScanText.reusable}) instead of
 * allocated per post; the detectors of a call share it, one after another. Not thread-safe; one
 * call at a time.
 */
public final class WordScratch implements Reusable {

  /** The buffer a call starts with: longer than nearly every word. */
  private static final int INITIAL = 64;
  /** A buffer grown beyond this by a very long word is let go of at the end of the call. */
  private static final int LARGEST_KEPT = 256;

  private char[] chars = new char[INITIAL];

  /** Made by the text's workspace, once per thread. */
  public WordScratch() {}

  /**
   * {@code scratch} when it holds a word of {@code length} chars and two more, else the call's
   * buffer, lent by the text's workspace: what a detector calls as it walks a text's words, so
   * that a post allocates none.
   *
   * @param text the call's text, whose workspace lends the buffer
   * @param scratch the buffer the caller has so far, or null
   * @param length the length of the word to be taken apart
   * @return a buffer of at least {@code length + 2} chars
   */
  public static char[] lend(ScanText text, char[] scratch, int length) {
    if (scratch != null && scratch.length > length + 1) {
      return scratch;
    }
    return text.reusable(WordScratch.class, WordScratch.class, WordScratch::new).chars(length + 2);
  }

  /**
   * A buffer of at least {@code length} chars; its contents are left from earlier use.
   *
   * @param length the chars needed
   * @return the buffer
   */
  public char[] chars(int length) {
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    return chars;
  }

  @Override
  public void clear() {
    if (chars.length > LARGEST_KEPT) {
      chars = new char[INITIAL];
    } else {
      Arrays.fill(chars, '\0');
    }
  }
}
