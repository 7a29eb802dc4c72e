package se.avid.models.lexicon;

/**
 * A field of a word record's {@link Lexeme#notes}: a bit that says the field is known and the
 * bits above it that hold its value. The fields that the detectors' gates keep are declared here,
 * in one place, so that no two of them share a bit (the name rules' {@code WordNotes} keep bits 0
 * to 17, the review detector's {@code ResidualWords} 18 and 19). Immutable; thread-safe as
 * {@link Lexeme#keepNotes} is.
 */
public final class NoteField {

  /** The residence-place gate's roles of a word: bits 20 to 23. */
  public static final NoteField PLACE_ROLES = new NoteField(20, 3);
  /** The institution gate's roles of a word: bits 25 to 31. */
  public static final NoteField INSTITUTION_ROLES = new NoteField(25, 6);

  private final long known;
  private final int shift;
  private final long mask;

  private NoteField(int knownBit, int width) {
    this.known = 1L << knownBit;
    this.shift = knownBit + 1;
    this.mask = (1L << width) - 1;
  }

  /**
   * The field's value in the record of {@code word}, or -1 while it is not known.
   *
   * @param word a word's record
   * @return the value, or -1
   */
  public int get(Lexeme word) {
    long notes = word.notes();
    return (notes & known) != 0 ? (int) ((notes >>> shift) & mask) : -1;
  }

  /**
   * Keeps {@code value} in the record of {@code word}, with the other notes it holds.
   *
   * @param word a word's record
   * @param value the value, within the field's width
   * @return the value
   */
  public int keep(Lexeme word, int value) {
    word.keepNotes(word.notes() | known | ((long) value & mask) << shift);
    return value;
  }
}
