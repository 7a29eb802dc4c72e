package se.avid.models.lexicon;

/**
 * What a word in a {@link Lexicon} is known to be (immutable). A word may be several ("Mark" is a
 * municipality, a first name and the word for ground); each category is one bit of the
 * lexicon's output.
 */
public enum Category {
  /** A first name ({@code first-names.txt}). */
  FIRST_NAME,
  /** A surname ({@code surnames.txt}). */
  SURNAME,
  /** One of the 290 municipalities. */
  MUNICIPALITY,
  /** One of the 21 regions (län). */
  REGION,
  /** A town, village, province or island. */
  TOWN,
  /** A city district or neighbourhood. */
  DISTRICT,
  /** A country, continent or very large region, kept by default. */
  COUNTRY,
  /** A public body, service, helpline or platform, kept by default. */
  PUBLIC_BODY,
  /** Also an ordinary word: a Hunspell stem, an inflection of one, or a listed word form. */
  COMMON_WORD,
  /** The first word of an entry of several words ("upplands" of "Upplands Väsby"). */
  MULTIWORD_HEAD,
  /** The next word is a name: "heter", "son", "handläggaren". */
  CUE_NAME,
  /** The next word is a name if a possessive precedes: "(min) man". */
  CUE_RELATION,
  /** "min", "hennes", ... before a {@link #CUE_RELATION}. */
  CUE_POSSESSIVE,
  /** A vocative greeting: "hej", "hejsan". */
  CUE_GREETING,
  /** A closing before a signature: "mvh", "hälsningar". */
  CUE_SIGNATURE,
  /** A word that often precedes a place: "i", "från", "bor". */
  CUE_PLACE,
  /** A word that follows a place: "kommun", "stad", "län". */
  CUE_PLACE_AFTER,
  /** A street-name ending also recognised in lowercase text ("gatan"). */
  STREET_SUFFIX,
  /** A street-name ending recognised only in a capitalised word ("platsen"). */
  STREET_SUFFIX_CAPITALISED,
  /** An ending of school, church and similar names ("skolan", "kyrkan"). */
  INSTITUTION_SUFFIX,
  /** An ending typical of surnames, also in lowercase words ("-sson", "-ström", "-ović"). */
  SURNAME_SUFFIX,
  /** An ending typical of surnames only in capitalised words ("-man", "-berg"). */
  SURNAME_SUFFIX_CAPITALISED,
  /** An ending of Swedish place names ("-berget", "-holmen", "-sjön"). */
  PLACE_SUFFIX,
  /** An ending of ordinary words that names rarely have ("-erna", "-ningen", "-iska"). */
  WORD_ENDING,
  /** A listed inflected or closed-class form ({@code common-word-forms.txt}: "hans", "ville"). */
  WORD_FORM;

  /**
   * This category's bit.
   *
   * @return the bit
   */
  public long bit() {
    return 1L << ordinal();
  }

  /**
   * True if {@code flags} has this category.
   *
   * @param flags category bits
   * @return whether it has it
   */
  public boolean in(long flags) {
    return (flags & bit()) != 0;
  }

  /**
   * The bits of all {@code categories}.
   *
   * @param categories the categories
   * @return their bits, or'd
   */
  public static long bits(Category... categories) {
    long b = 0;
    for (Category c : categories) {
      b |= c.bit();
    }
    return b;
  }

  // Fixed arities: the rules call bits(...) inside methods run for every word, where a varargs
  // call allocates its array whenever the JIT does not inline it.

  /**
   * The bits of two categories.
   *
   * @param a a category
   * @param b a category
   * @return their bits, or'd
   */
  public static long bits(Category a, Category b) {
    return a.bit() | b.bit();
  }

  /**
   * The bits of three categories.
   *
   * @param a a category
   * @param b a category
   * @param c a category
   * @return their bits, or'd
   */
  public static long bits(Category a, Category b, Category c) {
    return a.bit() | b.bit() | c.bit();
  }

  /**
   * The bits of four categories.
   *
   * @param a a category
   * @param b a category
   * @param c a category
   * @param d a category
   * @return their bits, or'd
   */
  public static long bits(Category a, Category b, Category c, Category d) {
    return a.bit() | b.bit() | c.bit() | d.bit();
  }

  /**
   * The bits of five categories.
   *
   * @param a a category
   * @param b a category
   * @param c a category
   * @param d a category
   * @param e a category
   * @return their bits, or'd
   */
  public static long bits(Category a, Category b, Category c, Category d, Category e) {
    return a.bit() | b.bit() | c.bit() | d.bit() | e.bit();
  }
}
