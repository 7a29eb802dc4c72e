package se.avid.models.review;

/**
 * The kinds of evidence {@link ResidualLeakDetector} reports, each scored by its measured
 * reliability: of the findings it leaves for review (covered by no redacted finding), the share
 * that overlap an annotated entity (the evaluation's table "Review signals", see
 * {@code examples/evaluation/README.md}). Each signal holds the counts it was measured by, in two
 * steps: in edited prose (SUC 3.0 and the news corpus, as written and lowercased), which has many
 * findings but few of the slots posts name people in, pulls a prior of {@value #PRIOR} towards its
 * share, each prose finding counting {@value #PROSE_WEIGHT}; in posts (the development posts and avid's set a, as written and lowercased), the domain
 * the flag serves, pulls that towards its own share. Each step weighs what went before as
 * {@value #PRIOR_FINDINGS} findings, so a signal seen a few times keeps flagging (recall first) and
 * one seen often earns what it measures. The number signals ({@link #DIGIT_RUN},
 * {@link #CUED_DIGITS}) count no prose: SUC and the news corpus annotate no numbers.
 *
 * <p>A signal scored {@code 0.3} or more flags its post in a moderated service
 * ({@code reviewThreshold(0.3)}); a weaker one flags nothing on its own but adds to the post's risk
 * ({@link PostRisk}). Every score is held under the default redact threshold: a review finding
 * never redacts. Each finding carries its signal's {@link #explanation()}, a few words for a
 * moderator (never the found value), so that the evaluation can measure each signal apart.
 */
public enum ResidualSignal {

  /** A genitive before an institution noun ({@code lindbackens förskola}). */
  INSTITUTION_GENITIVE("genitive before an institution noun", 0, 4, 1, 1),
  /** One word ending in an institution noun whose first part is no word ({@code falkenbergsskolan}). */
  INSTITUTION_COMPOUND("word ending in an institution noun", 1, 1, 0, 0),
  /** A word next to an institution noun that is no word, a name or a definite noun ({@code förskolan trollskogen}). */
  INSTITUTION_NEIGHBOUR("word beside an institution noun", 0, 6, 0, 0),
  /** A first name that is also a word before an age ({@code , ask, 8 år}). */
  AGED_FIRST_NAME("first name before an age", 0, 0, 2, 2),
  /** A capitalised word right after a name cue ({@code heter Sol}). */
  CUED_CAPITALISED("capitalised word after a name cue", 0, 2, 0, 0),
  /** A word no list knows right after a name cue ({@code min sambo xiomara}). */
  CUED_UNKNOWN("unknown word after a name cue", 2, 9, 0, 0),
  /**
   * A word no list knows right after a compound that ends in a name cue ({@code butikschefen
   * zelimkhan}): weaker than a cue of its own ({@code departementschefen ansåg}).
   */
  ROLE_CUED_UNKNOWN("unknown word after a role compound", 0, 2, 0, 0),
  /**
   * Right after a name cue, in the subject's slot before a verb or at the end, a form no list holds
   * in any reading, though it may read as a word's inflection or a word typed without å, ä, ö
   * ({@code min kompis atte tar}, {@code min tjej ligge skär sig}): two verbs in a row are rare, a
   * name there common.
   */
  CUED_FORM_BEFORE_VERB("unlisted form after a name cue, before a verb", 0, 1, 0, 0),
  /** A listed or counted name right after a name cue ({@code hennes kille ask}). */
  CUED_NAME("name after a name cue", 4, 9, 3, 3),
  /**
   * Right after {@code heter} said of someone, or {@code kallas} of a person, a word that is no
   * frequent word, whatever list holds it ({@code min kille heter sotte}, {@code hon kallas lillen}).
   */
  NAMED_WORD("word after a naming verb", 0, 0, 0, 0),
  /** A word no list knows in a short last line ({@code /xiomara}). */
  SIGNATURE_UNKNOWN("unknown word in a signature", 1, 5, 0, 0),
  /** A listed or counted name in a short last line ({@code mvh\nanna}). */
  SIGNATURE_NAME("name in a signature", 0, 2, 1, 1),
  /** A capitalised word inside a sentence that is no word or is a listed name or place. */
  CAPITALISED_NAME("capitalised name-like word inside a sentence", 28, 63, 0, 1),
  /** The word after a first name, which may be its surname ({@code hans berg}). */
  SURNAME_AFTER_FIRST_NAME("word after a first name", 10, 13, 0, 0),
  /** A name coordinated with a first name ({@code eetu och venla}). */
  COORDINATED_NAME("name coordinated with a first name", 0, 2, 2, 2),
  /** The words before a naming verb and a pronoun ({@code ask lindgren heter hon}). */
  BEFORE_NAMING_VERB("words before a naming verb", 0, 0, 1, 1),
  /** Anywhere, a word no list knows that fifty people or more are called by ({@code jaffar}). */
  COUNTED_NAME("unlisted word borne as a first name", 5, 19, 0, 3),
  /** After a place preposition, a place typed without å, ä, ö or a small locality ({@code i stavsnas}). */
  FOLDED_PLACE("place or locality after a place preposition", 0, 0, 0, 0),
  /** After a place preposition, an unknown word with an ending of place names ({@code på bergsgården}). */
  PLACE_ENDING("place ending after a place preposition", 0, 4, 1, 1),
  /** After a place preposition, a word that is no Swedish word ({@code på näl}). */
  PLACE_SLOT("unknown word after a place preposition", 10, 45, 2, 2),
  /** After a place preposition, a listed place that the place detectors left ({@code i kista}, but {@code i handen}). */
  LISTED_PLACE_SLOT("listed place after a place preposition", 1, 21, 0, 0),
  /**
   * After a verb of residence and a place preposition, an unknown word, a listed place or one with an
   * ending of place names ({@code bor i zorbu}, {@code flyttade till bergsgården}).
   */
  RESIDENCE_PLACE("unknown word or place ending after bor i, flyttade till, kommer från", 0, 0, 0, 0),
  /**
   * Where someone lives, goes or is cared for, a definite noun of the dictionary that is no frequent
   * one nor a kind of home ({@code bor på fäladen}, {@code personalen på lövet}; not {@code bor på
   * elevhemmet}, nor where one goes or works, {@code går på träningen}); after an institution and
   * {@code i}, any word that is no frequent one ({@code vårdcentralen i forsa}): a place that is
   * also a rare word. Not a compound the dictionary lacks ({@code bor i familjehemmet}).
   */
  RESIDENCE_RARE_WORD("rare definite noun after bor på or personalen på, or rare word after an institution and i", 0, 0, 0, 0),
  /** The word after a postal code of three and two digits ({@code 762 31 amot}): the post town. */
  POSTAL_TOWN("word after a postal code", 0, 0, 0, 0),
  /** After a name cue, a word no list holds that reads only as an inflection of another ({@code min kille talle}). */
  CUED_RARE_FORM("unlisted inflection after a name cue", 1, 19, 0, 2),
  /** In a short last line, a word no list holds that reads only as an inflection of another ({@code /talle}). */
  SIGNATURE_RARE_FORM("unlisted inflection in a signature", 4, 12, 0, 0),
  /** Capitalised inside a sentence, a word no list holds that reads only as an inflection of another. */
  CAPITALISED_RARE_FORM("capitalised unlisted inflection inside a sentence", 63, 133, 0, 2),
  /** After a role noun in its definite form, a word that is no word ({@code ägaren daut}). */
  ROLE_NOUN_UNKNOWN("unknown word after a role noun", 0, 6, 0, 0),
  /** A word that is no word with a letter no Swedish word has ({@code özgül}). */
  FOREIGN_LETTERS("unknown word with letters foreign to Swedish", 0, 3, 0, 0),
  /** A form of a word that no list holds, in a nickname's shape ({@code femman}, {@code bryggan}, {@code talle}). */
  NICKNAME_SHAPE("unlisted word form shaped like a nickname", 1, 56, 0, 6),
  /**
   * A form of a word that no list holds, in a nickname's shape and in a position of a person
   * ({@code kamme är snäll}, {@code galle är 9}).
   */
  NICKNAME_FORM_IN_SLOT("unlisted word form shaped like a nickname in a position of a person", 0, 4, 0, 0),
  /** A word that is no word in any form, in a nickname's shape ({@code kattis}, {@code donnis}). */
  UNKNOWN_NICKNAME("unknown word shaped like a nickname", 3, 8, 0, 0),
  /** A word that is no word before an age or a phone number ({@code zinnis, 12}, {@code ring donnis 0611-22 314}). */
  UNKNOWN_BEFORE_AGE_OR_PHONE("unknown word before an age or a phone number", 1, 7, 0, 0),
  /** A word that is no word after {@code hos}, the preposition of a person's home ({@code sover hos jannick}). */
  UNKNOWN_AFTER_PERSON_PREPOSITION("unknown word after hos", 0, 0, 0, 0),
  /** A word that is no word right before a verb of a person as subject ({@code noria flyttade}). */
  UNKNOWN_SUBJECT("unknown word before a verb of a person", 19, 56, 0, 0),
  /**
   * A word that is no word where a person is spoken of: felt or talked about, a message's sender,
   * a question's subject ({@code orolig för kerste}, {@code sms från jaker}, {@code har ellise rätt}).
   */
  UNKNOWN_SPOKEN_OF("unknown word spoken of as a person", 0, 0, 0, 0),
  /**
   * A form no list holds that only reads as an inflection or a compound of words, where only a
   * person stands: greeted or thanked, or the focus of a cleft ({@code hej nejdet!}, {@code det
   * var gospava som}). Not the wider positions of a person: as the subject of a verb or after
   * {@code hos} it flagged 30 more of the 240 development posts, none of them leaking.
   */
  FORM_IN_PERSON_SLOT("unlisted word form greeted or in a cleft", 0, 3, 0, 0),
  /** Anywhere, a word that is no word in any form ({@code zemzem}). */
  UNKNOWN_WORD("unknown word", 78, 1093, 0, 31),
  /** A run of seven digits or more that is no amount and no service number. */
  DIGIT_RUN("long run of digits", 0, 0, 0, 0),
  /** A run of four digits or more right after a cue for a personal number ({@code tel 45 81}). */
  CUED_DIGITS("digits after a number cue", 0, 0, 0, 0),
  /** Weak signals of one post that add up ({@link PostRisk}): scored by their combined chance, not by this. */
  POST_RISK("several weak signals in one post", 12, 114, 0, 2);

  /**
   * Scores are held at this, under the default redact threshold (0.5) with room for a service that
   * redacts a type a little lower: a review finding never redacts, however reliable its signal.
   */
  static final double MAX_SCORE = 0.45;

  /**
   * The reliability a signal is given before it is measured: enough to flag its post in a service
   * that reviews from 0.3 (recall first).
   */
  static final double PRIOR = 0.40;

  /** The weight, in findings, of what a signal is believed before each of its two measurements. */
  static final int PRIOR_FINDINGS = 10;

  /**
   * What a finding in edited prose counts for against one in posts: prose is another domain (few
   * posts' slots, many rare nouns and old spellings), so it informs a score at half weight.
   */
  static final double PROSE_WEIGHT = 0.5;

  private final String explanation;
  private final double score;

  /**
   * @param explanation a few words on the evidence
   * @param proseRight of the findings left for review in edited prose (SUC 3.0, news), those on an
   *     annotated name, place or organisation
   * @param prose the findings left for review in edited prose
   * @param postsRight of the findings left for review in posts (development posts, set a), those on
   *     an annotated entity
   * @param posts the findings left for review in posts
   */
  ResidualSignal(String explanation, int proseRight, int prose, int postsRight, int posts) {
    this.explanation = "residual: " + explanation;
    double fromProse = (proseRight * PROSE_WEIGHT + PRIOR * PRIOR_FINDINGS) / (prose * PROSE_WEIGHT + PRIOR_FINDINGS);
    this.score = Math.min(MAX_SCORE, (postsRight + fromProse * PRIOR_FINDINGS) / (posts + PRIOR_FINDINGS));
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
