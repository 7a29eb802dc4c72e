package se.avid.models.context;

import java.util.Arrays;

/**
 * The ids in one model of every feature a token's lowercase form gives, whatever its place in
 * the window: as the word ({@code w=}, its suffixes {@code s2=}..{@code s4=}), as a neighbour
 * ({@code p1=}, {@code p2=}, {@code n1=}, {@code n2=}), and its {@link CueWords} bits. Found on the
 * first request for a form and kept, so that a judgement finds its features with one look-up per
 * token of its five instead of writing, hashing and finding eight feature names.
 *
 * <p>Two slots per hash ({@value #SLOTS} slots; a form whose slots are taken replaces an entry), so
 * the memory is bounded whatever the texts. Thread-safe without locks: an entry is immutable and
 * published whole by a plain array write (final fields); a thread that misses another's write
 * makes the same entry again.
 */
final class WordFeatures {

  static final int SLOTS = 1 << 15;
  private static final int SHIFT = 32 - Integer.numberOfTrailingZeros(SLOTS);
  /** Longer forms are not kept: rare, and would let one long text fill the memory with long keys. */
  static final int MAX_KEPT_LENGTH = 40;

  private static final char[][] PREFIXES = {
      "w=".toCharArray(), "s2=".toCharArray(), "s3=".toCharArray(), "s4=".toCharArray(),
      "p1=".toCharArray(), "p2=".toCharArray(), "n1=".toCharArray(), "n2=".toCharArray()};
  /** Indices of {@link Entry#ids}, in the order of {@link #PREFIXES}. */
  static final int WORD = 0;
  static final int SUFFIX_2 = 1;
  static final int P1 = 4;
  static final int P2 = 5;
  static final int N1 = 6;
  static final int N2 = 7;

  private final FlatMaxent model;
  private final Entry[] slots = new Entry[SLOTS];

  WordFeatures(FlatMaxent model) {
    this.model = model;
  }

  /** The feature ids of one lowercase form. Immutable. */
  static final class Entry {
    private final char[] form;
    private final int hash;
    /** Per prefix of {@link #PREFIXES}, the id of prefix + the form (or its suffix), or -1. */
    final int[] ids;
    /** The form's {@link CueWords#bits}. */
    final int cues;

    private Entry(char[] form, int hash, int[] ids, int cues) {
      this.form = form;
      this.hash = hash;
      this.ids = ids;
      this.cues = cues;
    }

    private boolean is(char[] chars, int offset, int length, int h) {
      return hash == h && form.length == length && Arrays.equals(form, 0, length, chars, offset, offset + length);
    }
  }

  /** The entry of the lowercase form {@code chars[offset, offset+length)}, made if not yet kept. */
  Entry get(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + chars[i];
    }
    int slot = (h * 0x9E3779B9) >>> SHIFT;
    Entry kept = slots[slot];
    if (kept != null && kept.is(chars, offset, length, h)) {
      return kept;
    }
    Entry other = slots[slot ^ 1];
    if (other != null && other.is(chars, offset, length, h)) {
      return other;
    }
    Entry made = make(Arrays.copyOfRange(chars, offset, offset + length), h);
    if (length <= MAX_KEPT_LENGTH) {
      slots[kept != null && other == null ? slot ^ 1 : slot] = made;
    }
    return made;
  }

  private Entry make(char[] form, int h) {
    int length = form.length;
    int[] ids = new int[PREFIXES.length];
    char[] label = new char[length + 3];
    for (int p = 0; p < PREFIXES.length; p++) {
      int n = p >= SUFFIX_2 && p < P1 ? p + 1 : 0; // the suffix length of s2=..s4=, else the whole form
      ids[p] = n == 0 ? id(PREFIXES[p], form, 0, length, label)
          : length > n ? id(PREFIXES[p], form, length - n, n, label) : -1;
    }
    return new Entry(form, h, ids, CueWords.bits(form, 0, length));
  }

  /** The id of prefix + {@code value[offset, offset+length)}, hashed as {@link String#hashCode} does. */
  private int id(char[] prefix, char[] value, int offset, int length, char[] label) {
    int h = 0;
    for (int i = 0; i < prefix.length; i++) {
      label[i] = prefix[i];
      h = 31 * h + prefix[i];
    }
    for (int i = 0; i < length; i++) {
      char ch = value[offset + i];
      label[prefix.length + i] = ch;
      h = 31 * h + ch;
    }
    return model.id(label, prefix.length + length, h);
  }
}
