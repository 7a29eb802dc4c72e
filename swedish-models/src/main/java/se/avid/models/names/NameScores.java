package se.avid.models.names;

/**
 * The scores of {@link ProperNameDetector}'s findings, one constant per kind of evidence, each
 * with an example. Strong evidence scores at least 0.85; weak evidence scores under the default
 * redact threshold 0.5, so it is reported but kept unless a caller lowers the threshold.
 */
final class NameScores {

  private NameScores() {}

  /** "heter Anna", "min son Elias", "handläggaren Lena": a cue and a name or unknown word. */
  static final double CUE = 0.95;
  /** "Anna Lindqvist", "sten andersson": a first name next to a surname. */
  static final double NAME_PAIR = 0.9;
  /** A lowercase first name and surname of which one is also a word ("bo ramfors", "sven malm"). */
  static final double LOWERCASE_PAIR_WITH_WORD = 0.7;
  /** Two lowercase words in no list, the first read as a first name ("reese witherspoon"). */
  static final double LOWERCASE_UNKNOWN_PAIR = 0.7;
  /** A known name or place, capitalised inside a sentence. */
  static final double CAPITALISED_KNOWN = 0.9;
  /** A known name or place that is no ordinary word, capitalised at the start of a sentence. */
  static final double SENTENCE_START_KNOWN = 0.85;
  /** A place before "kommun"/"stad"/"län", or after "bor i"/"från". */
  static final double PLACE_CUE = 0.85;
  /** A greeting or signature with a known name or unknown word ("hej Anna", "mvh Peter", "/Lena"). */
  static final double VOCATIVE = 0.9;
  /** A capitalised Hunspell proper noun inside a sentence, not in the name or place lists. */
  static final double PROPER_NOUN = 0.8;
  /**
   * A capitalised word inside a sentence that no lexicon knows, longer than a name and with an
   * inflection ending ("Europasamarbetet"): most are compounds after a proper noun, but some are
   * places and names the lists lack, so redacted, but just (recall first); a context scorer may
   * keep them.
   */
  static final double CAPITALISED_COMPOUND = 0.5;
  /** A capitalised word inside a sentence that no lexicon knows. */
  static final double CAPITALISED_UNKNOWN = 0.75;
  /** A known place that is no ordinary word, in lowercase ("kiruna"). */
  static final double LOWERCASE_PLACE = 0.7;
  /**
   * A place typed without å, ä, ö ("gavle"), or a small locality the lists lack ("Sommen"), without
   * a place cue; with one it scores {@link #PLACE_CUE}.
   */
  static final double LOCAL_PLACE = 0.7;
  /** A known place that is also a frequent word, after "bor i", "från", "till" ("från vara"). */
  static final double PLACE_WORD_WITH_CUE = 0.55;
  /** A known first name that is no ordinary word, in lowercase ("elias"). */
  static final double LOWERCASE_FIRST_NAME = 0.65;
  /**
   * A known first name or surname that is no ordinary word, in lowercase and without a cue, in a
   * text written with capitals, where a name would have one: measured on the development posts
   * about as often a medicine, a brand or a word as a name; flagged for review.
   */
  static final double LOWERCASE_NAME_IN_CAPITALISED_TEXT = 0.45;
  /** A Hunspell proper noun that is no ordinary word, in lowercase ("strindberg"). */
  static final double LOWERCASE_PROPER_NOUN = 0.55;
  /**
   * A lowercase word shaped like a name that no lexicon knows and is no ordinary word
   * ("tarkovskij"), without a cue: kept unless a context scorer says it is a name.
   */
  static final double LOWERCASE_UNKNOWN = 0.3;
  /** A known surname that is no ordinary word, in lowercase ("lindqvist"). */
  static final double LOWERCASE_SURNAME = 0.6;
  /** An unknown word shaped like a surname ("Forsman", "ekwallsson"), no ordinary word. */
  static final double SURNAME_SHAPED = 0.6;
  /**
   * A capitalised word at a sentence start that no lexicon knows and is no ordinary word: most
   * are rare compounds and inflections ("Avdragsgränserna"), so kept unless a scorer says more.
   */
  static final double SENTENCE_START_UNKNOWN = 0.45;
  /**
   * A capitalised word at a sentence start that no lexicon knows, is no ordinary word, and is
   * shaped like a name: at most {@value #NAME_SHAPED_MAX_LENGTH} letters, no ending of ordinary
   * words ("Havel", "Tanne", "Lorenz").
   */
  static final double SENTENCE_START_NAME_SHAPED = 0.6;
  static final int NAME_SHAPED_MAX_LENGTH = 9;
  /**
   * A cue before a lowercase word that no lexicon knows but that is shaped like an ordinary word
   * (long, or with an inflection ending): "mamma skurade", "kallas resonanspartiklar".
   */
  static final double CUE_WORDLIKE = 0.45;
  /** A cue before a lowercase name that is also a listed verb or pronoun form ("brodern ville"). */
  static final double CUE_WORD_FORM = 0.4;
  /**
   * The word after a verb of naming and the one it names ("vi kallar honom lillen"): a name or a
   * nickname, unless a frequent word ("kallar honom idiot"), whatever the model makes of it.
   */
  static final double NAMED_OBJECT = 0.6;
  /** A cue before a lowercase name that is also an ordinary word ("min son björn"). */
  static final double CUE_COMMON = 0.6;
  /**
   * A word that is also an ordinary word, in a name slot with a second piece of evidence ("Klara
   * blir utfryst", "Vilja 9 år"): redacted, but not sure enough to name its other occurrences.
   */
  static final double NAME_SLOT = 0.7;
  /**
   * A word that is also an ordinary word, named by a kin noun or a naming verb and one more piece
   * of evidence ("min son ask har adhd", "min dotter vilja är 22"): sure enough to name its other
   * occurrences ("ask har ingen assistent"), where the text does not use it as the word.
   */
  static final double NAMED_IN_SLOT = 0.8;
  /** A lowercase word that is no word at all, in a name slot ("hej. mojje har slutat"): a nickname or rare name. */
  static final double UNKNOWN_IN_NAME_SLOT = 0.6;
  /** A capitalised unknown word of one or two letters ("Rb", "Na"): symbols and initials. */
  static final double SHORT_UNKNOWN = 0.45;
  /**
   * A capitalised first name that is also a frequent word, opening a sentence ("Björn dricker",
   * "Per ringde"): the word rarely opens a sentence, so redacted, but just.
   */
  static final double SENTENCE_START_AMBIGUOUS = 0.5;
  /** A name or place that is also an ordinary word, without a decisive cue ("björn", "mark"). */
  static final double AMBIGUOUS = 0.3;
  /**
   * An ordinary word but no frequent one, capitalised inside a sentence, that a hundred people or
   * more are called by ("med Ask", "och Vide"): redacted unless the scorer is sure it is no name.
   */
  static final double CAPITALISED_COUNTED_WORD = 0.6;
  /** An ordinary word capitalised inside a sentence ("Mamma", "Jag" after a missing full stop). */
  static final double CAPITALISED_COMMON = 0.35;

  /** The default redact threshold: a score at least this is redacted. */
  static final double REDACT = 0.5;
  /**
   * A context scorer may keep an unknown, name-shaped word that the rules would redact only if
   * it gives the word less than this probability of being a person or a place.
   */
  static final double UNKNOWN_WORD_DOUBT = 0.05;

  /**
   * The least score of a lowercase word that is no word at all after a place cue ("i craiova"),
   * when the scorer is sure it is no place: in the review band, for a person to decide.
   */
  static final double UNKNOWN_AFTER_PLACE_CUE = 0.4;

  /**
   * An unknown lowercase word shaped like a name, no ordinary word, is redacted if the scorer
   * gives it at least this chance of being a person or a place.
   */
  static final double LOWERCASE_UNKNOWN_DOUBT = 0.2;

  /**
   * Where only the scorer types a word, a person unless a place is this many times likelier: the
   * model sees a place in "log mot Karin" and "till Zarvina", where a person is as likely.
   */
  static final double PERSON_OVER_PLACE = 1.5;

  /** Evidence strong enough to carry a name to its other occurrences in the text. */
  static final double SURE = 0.75;
  /** A capitalised word found elsewhere in the text as a name with good evidence. */
  static final double SAME_NAME_CAPITALISED = 0.8;
  /** A word that is no ordinary word, coordinated with a sure name ("Anna och Zarvina"). */
  static final double COORDINATED_NAME = 0.6;
  /** A lowercase word found elsewhere in the text as a name with good evidence. */
  static final double SAME_NAME_LOWERCASE = 0.6;
  /**
   * A word spelt as a name found elsewhere in the text with less than good evidence, where nothing
   * says it is the word: in the review band, flagged, not redacted.
   */
  static final double SAME_NAME_TO_REVIEW = 0.4;
}
