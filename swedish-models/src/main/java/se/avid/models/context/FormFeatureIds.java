package se.avid.models.context;

import java.util.Arrays;

/**
 * The ids in one model of the features a token's lowercase form gives, as the token judged
 * ({@code w=}, {@code s2=} … {@code s4=}) and as a neighbour ({@code p1=}, {@code p2=},
 * {@code n1=}, {@code n2=}), with its cue bits ({@link CueWords}): found once per form and kept, so
 * that a judgement reads five records instead of writing and hashing a dozen feature names.
 *
 * <p>Posts reuse a small vocabulary, and the judged words and their neighbours are a fraction of
 * it. Two slots per hash ({@value #SLOTS} slots; a form whose slots are taken replaces a record
 * there), so the memory is bounded whatever the texts; longer forms are not kept. Thread-safe
 * without locks, as the word table's records are: a record is immutable and published whole by a
 * plain array write; a thread that misses another's write makes the same record again.
 */
final class FormFeatureIds {

  private static final int SLOTS = 1 << 16;
  private static final int SHIFT = 32 - Integer.numberOfTrailingZeros(SLOTS);
  /** Longer forms are not kept: rare, and would let one long text fill the memory with long keys. */
  private static final int MAX_KEPT_LENGTH = 40;

  /** Index of the {@code w=} id in {@link Form#ids}; {@code s2=} … {@code s4=} follow at 2 … 4. */
  static final int WORD = 0;
  /** Index of the {@code p1=} id in {@link Form#ids}. */
  static final int P1 = 5;
  /** Index of the {@code p2=} id in {@link Form#ids}. */
  static final int P2 = 6;
  /** Index of the {@code n1=} id in {@link Form#ids}. */
  static final int N1 = 7;
  /** Index of the {@code n2=} id in {@link Form#ids}. */
  static final int N2 = 8;

  private static final char[][] PREFIXES = {
      "w=".toCharArray(), null, "s2=".toCharArray(), "s3=".toCharArray(), "s4=".toCharArray(),
      "p1=".toCharArray(), "p2=".toCharArray(), "n1=".toCharArray(), "n2=".toCharArray()};

  /** The feature ids and cue bits of one lowercase form. Immutable. */
  static final class Form {
    private final char[] chars;
    private final int hash;
    /** By the indices above; -1 for a feature the model does not know or a suffix the form is too short for. */
    final int[] ids;
    /** The form's {@link CueWords#bits}. */
    final int cues;

    private Form(char[] chars, int hash, int[] ids, int cues) {
      this.chars = chars;
      this.hash = hash;
      this.ids = ids;
      this.cues = cues;
    }

    private boolean is(char[] form, int offset, int length, int h) {
      if (hash != h || chars.length != length) {
        return false;
      }
      // a loop, not Arrays.equals: for forms this short its vectorised compare costs more than it saves
      for (int i = 0; i < length; i++) {
        if (chars[i] != form[offset + i]) {
          return false;
        }
      }
      return true;
    }
  }

  private final FlatMaxent model;
  private final Form[] slots = new Form[SLOTS];

  FormFeatureIds(FlatMaxent model) {
    this.model = model;
  }

  /** The record of the lowercase form {@code form[offset, offset+length)}, made if not yet kept. */
  Form get(char[] form, int offset, int length) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + form[i];
    }
    int slot = (h * 0x9E3779B9) >>> SHIFT;
    Form kept = slots[slot];
    if (kept != null && kept.is(form, offset, length, h)) {
      return kept;
    }
    Form other = slots[slot ^ 1];
    if (other != null && other.is(form, offset, length, h)) {
      return other;
    }
    Form made = make(Arrays.copyOfRange(form, offset, offset + length), h);
    if (length <= MAX_KEPT_LENGTH) {
      slots[kept != null && other == null ? slot ^ 1 : slot] = made;
    }
    return made;
  }

  private Form make(char[] form, int h) {
    int length = form.length;
    int[] ids = new int[PREFIXES.length];
    char[] label = new char[length + 3];
    for (int k = 0; k < PREFIXES.length; k++) {
      char[] prefix = PREFIXES[k];
      boolean suffix = k >= 2 && k <= 4;
      if (prefix == null || suffix && length <= k) {
        ids[k] = -1;
        continue;
      }
      int from = suffix ? length - k : 0;
      ids[k] = id(prefix, form, from, length - from, label);
    }
    return new Form(form, h, ids, CueWords.bits(form, 0, length));
  }

  /** The id of prefix + {@code value[offset, offset+length)}, hashed as {@link String#hashCode} does. */
  private int id(char[] prefix, char[] value, int offset, int length, char[] label) {
    int h = 0;
    int n = 0;
    for (char ch : prefix) {
      label[n++] = ch;
      h = 31 * h + ch;
    }
    for (int i = 0; i < length; i++) {
      char ch = value[offset + i];
      label[n++] = ch;
      h = 31 * h + ch;
    }
    return model.id(label, n, h);
  }
}
