package se.avid.models.review;

/**
 * The kinds of evidence {@link ResidualLeakDetector} reports, each with a review score from its
 * measured reliability: the share of the findings it leaves for review (covered by no redacted
 * finding) that really cover a name, a place or a number, measured on avid's own posts, the
 * development posts, SUC 3.0 and the news corpus, as written and lowercased, and on posts with
 * planted leaks ({@code examples/evaluation}, "Review signals"). The score is that reliability,
 * held under the default redact threshold (a review finding never redacts): a signal that is
 * right about a third of the time or more lands in the review band of a moderated service
 * ({@code reviewThreshold(0.3)}) and flags its post; a weaker one scores under 0.3 and flags
 * nothing on its own, but adds to the post's risk ({@link PostRisk}).
 *
 * <p>Each finding carries its signal's {@link #explanation()}, a few words for a moderator (never
 * the found value), so that the evaluation can measure each signal apart.
 */
public enum ResidualSignal {

  /** A genitive before an institution noun ({@code lindbackens förskola}). */
  INSTITUTION_GENITIVE("genitive before an institution noun", 0.60),
  /** One word ending in an institution noun whose first part is no word ({@code falkenbergsskolan}). */
  INSTITUTION_COMPOUND("word ending in an institution noun", 0.60),
  /** A word next to an institution noun that is no word, a name or a definite noun ({@code förskolan trollskogen}). */
  INSTITUTION_NEIGHBOUR("word beside an institution noun", ResidualSignal.UNMEASURED),
  /** A first name that is also a word before an age ({@code , ask, 8 år}). */
  AGED_FIRST_NAME("first name before an age", 0.88),
  /** A capitalised word right after a name cue ({@code heter Sol}). */
  CUED_CAPITALISED("capitalised word after a name cue", ResidualSignal.UNMEASURED),
  /** A word no list knows right after a name cue ({@code min sambo xiomara}). */
  CUED_UNKNOWN("unknown word after a name cue", 0.69),
  /** A listed or counted name right after a name cue ({@code hennes kille ask}). */
  CUED_NAME("name after a name cue", 0.79),
  /** A word no list knows in a short last line ({@code /xiomara}). */
  SIGNATURE_UNKNOWN("unknown word in a signature", 0.81),
  /** A listed or counted name in a short last line ({@code mvh\nanna}). */
  SIGNATURE_NAME("name in a signature", 0.54),
  /** A capitalised word inside a sentence that is no word or is a listed name or place. */
  CAPITALISED_NAME("capitalised name-like word inside a sentence", 0.37),
  /** The word after a first name, which may be its surname ({@code hans berg}). */
  SURNAME_AFTER_FIRST_NAME("word after a first name", 0.75),
  /** A name coordinated with a first name ({@code eetu och venla}). */
  COORDINATED_NAME("name coordinated with a first name", 0.77),
  /** The words before a naming verb and a pronoun ({@code ask lindgren heter hon}). */
  BEFORE_NAMING_VERB("words before a naming verb", 0.83),
  /** Anywhere, a word no list knows that fifty people or more are called by ({@code jaffar}). */
  COUNTED_NAME("unlisted word borne as a first name", 0.53),
  /** After a place preposition, a place typed without å, ä, ö or a small locality ({@code i stavsnas}). */
  FOLDED_PLACE("place or locality after a place preposition", 0.96),
  /** After a place preposition, an unknown word with an ending of place names ({@code på bergsgården}). */
  PLACE_ENDING("place ending after a place preposition", 0.45),
  /** After a place preposition, a word that is no Swedish word or a listed place ({@code på näl}). */
  PLACE_SLOT("unknown word after a place preposition", 0.36),
  /** The word after a postal code of three and two digits ({@code 762 31 amot}): the post town. */
  POSTAL_TOWN("word after a postal code", 0.88),
  /** In a name slot, a word no list holds that reads only as an inflection of another ({@code min kille talle}). */
  NAME_SLOT_RARE_FORM("unlisted inflection in a name slot", 0.38),
  /** Capitalised inside a sentence, a word no list holds that reads only as an inflection of another. */
  CAPITALISED_RARE_FORM("capitalised unlisted inflection inside a sentence", 0.42),
  /** After a role noun in its definite form, a word that is no word ({@code ägaren daut}). */
  ROLE_NOUN_UNKNOWN("unknown word after a role noun", 0.55),
  /** A word that is no word with a letter no Swedish word has ({@code özgül}). */
  FOREIGN_LETTERS("unknown word with letters foreign to Swedish", 0.58),
  /** A word no list holds in a nickname's shape ({@code kattis}, {@code talle}). */
  NICKNAME_SHAPE("unlisted word shaped like a nickname", 0.04),
  /** Anywhere, a word that is no word in any form ({@code zemzem}). */
  UNKNOWN_WORD("unknown word", 0.12),
  /** A run of seven digits or more that is no amount and no service number. */
  DIGIT_RUN("long run of digits", 0.40),
  /** A run of four digits or more right after a cue for a personal number ({@code tel 45 81}). */
  CUED_DIGITS("digits after a number cue", 0.40),
  /** Weak signals of one post that add up ({@link PostRisk}): scored by their combined chance, not by this. */
  POST_RISK("several weak signals in one post", 0.45);

  /**
   * Scores are held at this, under the default redact threshold (0.5) with room for a service that
   * redacts a type a little lower: a review finding never redacts, however reliable its signal.
   */
  static final double MAX_SCORE = 0.45;

  /**
   * The reliability given to a signal with fewer than ten findings left for review in all the
   * measured corpora: too few to set a score by, so it flags its post (recall first).
   */
  static final double UNMEASURED = 0.40;

  private final String explanation;
  private final double score;

  /** @param reliability the measured share of the signal's review findings that cover a leak */
  ResidualSignal(String explanation, double reliability) {
    this.explanation = "residual: " + explanation;
    this.score = Math.min(reliability, MAX_SCORE);
  }

  /**
   * A few words for a moderator on why the finding was made, never the found value.
   *
   * @return the explanation, prefixed with {@code residual:}
   */
  public String explanation() {
    return explanation;
  }

  /**
   * The signal's review score: its measured reliability, under the default redact threshold.
   *
   * @return between 0 and {@value #MAX_SCORE}
   */
  public double score() {
    return score;
  }
}
