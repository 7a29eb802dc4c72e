package se.avid.text;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A text prepared for detection: the original as given by the caller and its
 * {@linkplain TextNormalizer normalised} copy of the same length.
 *
 * <p>Detectors match on {@link #charAt(int)} (normalised) and report offsets that are valid in
 * both. One instance is made per call; it is immutable but holds a private array, so detectors
 * must not keep it after {@code detect} returns. Thread-safe.
 */
public final class ScanText {

  private final String original;
  /** The normalised chars from index 0; in a call, the buffer lent to it, which may be longer. */
  private final char[] normalized;
  private final int length;
  /**
   * Data that detectors derive from this text and share within the call: keys and values in
   * turn. The array is replaced, never changed, when an entry is added, so that the many look-ups
   * of a call (each detector asks) take no lock.
   */
  private volatile Object[] derived;
  /** The call's buffers that detectors reuse from call to call, or null outside an anonymizer call. */
  private final CallWorkspace workspace;
  /**
   * The landmarks found when the text was normalised, also what {@link #derived} gives for the key
   * {@code Landmarks.class}: nearly every detector asks for them, and a field spares each the
   * look-up and the call an array of entries.
   */
  private final Landmarks landmarks;

  private ScanText(String original, char[] normalized, Landmarks landmarks, CallWorkspace workspace) {
    this.original = original;
    this.normalized = normalized;
    this.length = original.length();
    // derived starts empty (null, unwritten: a volatile write is a fence): the landmarks are a field
    this.workspace = workspace;
    this.landmarks = landmarks;
  }

  /**
   * Normalises {@code text} once.
   *
   * @param text the post as given
   * @return the text prepared for detection
   */
  public static ScanText of(String text) {
    return of(text, null);
  }

  /**
   * Normalises {@code text} once, for a call that lends detectors the buffers of {@code workspace}
   * ({@link #reusable}). The normalised copy and the landmarks are then written into buffers lent
   * by {@code workspace} (so a call allocates neither), valid until the call ends.
   *
   * @param text the post as given
   * @param workspace the call's workspace, or null for none
   * @return the text prepared for detection
   */
  public static ScanText of(String text, CallWorkspace workspace) {
    Objects.requireNonNull(text, "text");
    // TextNormalizer.normalize, done inside the landmark pass
    Landmarks.Buffers lent = workspace == null ? null
        : workspace.get(Landmarks.Buffers.class, Landmarks.Buffers.class, Landmarks.Buffers::new);
    char[] chars;
    if (lent == null) {
      chars = new char[text.length()];
      text.getChars(0, chars.length, chars, 0);
    } else {
      chars = lent.copyOf(text);
    }
    Landmarks landmarks = Landmarks.scanNormalizing(chars, text.length(), lent);
    return new ScanText(text, chars, landmarks, workspace);
  }

  /**
   * Buffers that a detector reuses from call to call on this thread, lent to this call: within
   * the call every request with the same {@code key} gets the same object; when the call ends the
   * anonymizer {@linkplain Reusable#clear clears} it and may lend it to the thread's next call.
   * So neither the buffers nor anything made from them may be kept after the call. Outside an
   * anonymizer call (a text made by {@link #of(String)}) a new object is made, once per text.
   *
   * @param key identifies the buffers; compared by identity (a class or a constant)
   * @param type the class of the buffers
   * @param make makes new buffers
   * @param <T> the type of the buffers
   * @return the buffers, for this call only
   * @throws IllegalStateException if the call has ended
   */
  public <T extends Reusable> T reusable(Object key, Class<T> type, Supplier<T> make) {
    if (workspace == null) {
      return derived(key, type, t -> make.get());
    }
    return workspace.get(key, type, make);
  }

  /**
   * The text as given.
   *
   * @return the original text
   */
  public String original() {
    return original;
  }

  /**
   * The length of the text, the same before and after normalisation.
   *
   * @return the number of chars
   */
  public int length() {
    return length;
  }

  /**
   * The normalised char at {@code i}.
   *
   * @param i an index in the text
   * @return the char after normalisation
   */
  public char charAt(int i) {
    return normalized[i];
  }

  /** The landmarks of this text, found in the pass that normalised it ({@link Landmarks#of}). */
  Landmarks landmarks() {
    return landmarks;
  }

  /**
   * The normalised chars themselves, from index 0 up to {@link #length()} (the array may be longer),
   * for the one-pass scans of this package; never to be changed.
   */
  char[] chars() {
    return normalized;
  }

  /**
   * The normalised chars from {@code start} to {@code end}, as a new string.
   *
   * @param start the first index
   * @param end the index after the last
   * @return the normalised chars
   */
  public String normalized(int start, int end) {
    return new String(normalized, start, end - start);
  }

  /**
   * Copies the normalised chars from {@code start} to {@code end} into {@code dst} at {@code dstStart}.
   *
   * @param start the first index
   * @param end the index after the last
   * @param dst where to copy to
   * @param dstStart the index in {@code dst} of the first char copied
   */
  public void copyNormalized(int start, int end, char[] dst, int dstStart) {
    System.arraycopy(normalized, start, dst, dstStart, end - start);
  }

  /**
   * True for an ASCII digit after normalisation.
   *
   * @param i an index in the text
   * @return whether the char at {@code i} is a digit
   */
  public boolean isDigit(int i) {
    char c = normalized[i];
    return c >= '0' && c <= '9';
  }

  /**
   * True when {@code i} holds a letter or digit (normalised), so a match must not start or end next to it.
   *
   * @param i an index, which may be outside the text
   * @return whether a letter or digit stands there
   */
  public boolean isWordChar(int i) {
    if (i < 0 || i >= length) {
      return false;
    }
    char c = normalized[i];
    if (c < 0x80) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * Data derived from this text that several detectors need, computed once per call: the first
   * caller with a {@code key} computes it, later callers of the same call get the same object (for
   * example the name and the address detectors share one tokenization). It lives as long as this
   * text, so nothing derived from a post outlives the call that analysed it.
   *
   * @param key identifies the kind of data; compared by identity (a class or a constant)
   * @param type the class of the data
   * @param compute makes the data from this text
   * @param <T> the type of the data
   * @return the data of this text for {@code key}
   */
  public <T> T derived(Object key, Class<T> type, Function<ScanText, T> compute) {
    Objects.requireNonNull(key, "key");
    if (key == Landmarks.class) {
      return type.cast(landmarks);
    }
    Object value = lookUp(derived, key);
    if (value == null) {
      synchronized (this) {
        value = lookUp(derived, key);
        if (value == null) {
          value = Objects.requireNonNull(compute.apply(this), "derived value");
          Object[] entries = derived; // read again: compute may have added entries of its own
          int n = entries == null ? 0 : entries.length;
          Object[] added = entries == null ? new Object[2] : Arrays.copyOf(entries, n + 2);
          added[n] = key;
          added[n + 1] = value;
          derived = added;
        }
      }
    }
    return type.cast(value);
  }

  private static Object lookUp(Object[] entries, Object key) {
    if (entries == null) {
      return null;
    }
    for (int i = 0; i < entries.length; i += 2) {
      if (entries[i] == key) {
        return entries[i + 1];
      }
    }
    return null;
  }

  /**
   * True for a zero-width char that scanners treat as absent.
   *
   * @param i an index in the text
   * @return whether the char at {@code i} is {@link TextNormalizer#IGNORABLE}
   */
  public boolean isIgnorable(int i) {
    return normalized[i] == TextNormalizer.IGNORABLE;
  }
}
