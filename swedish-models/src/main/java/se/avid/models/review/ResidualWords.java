package se.avid.models.review;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.names.AsciiFolding;
import se.avid.models.names.NameCounts;
import se.avid.models.names.NameLetters;

/**
 * What the lexicon says of a word that {@link ResidualLeakDetector} is about to flag: whether it
 * is an ordinary word after all (a compound, "anhörig|stöd"; a long definite noun,
 * "Patientnämnden"), a kept term or its genitive ("Scanias"), a word that follows a first name as
 * its surname, or one coordinated with a first name. Immutable and thread-safe.
 */
final class ResidualWords {

  /** Categories that are kept, never a leak. */
  static final long KEPT = Category.bits(Category.PUBLIC_BODY, Category.COUNTRY);
  /** Categories of names and places. */
  static final long NAME_OR_PLACE = Category.bits(Category.FIRST_NAME, Category.SURNAME,
      Category.MUNICIPALITY, Category.TOWN, Category.DISTRICT, Category.REGION);
  /** Categories of places. */
  static final long PLACE = Category.bits(Category.MUNICIPALITY, Category.TOWN, Category.DISTRICT,
      Category.REGION);
  /** Categories of person names. */
  static final long PERSON = Category.bits(Category.FIRST_NAME, Category.SURNAME);
  /** SCB order of magnitude from which a name-like word in a name slot counts as a name: 100 bearers. */
  static final int MIN_BEARERS = NameCounts.HUNDREDS;
  /** Shorter unknown words ("if", "ok") are too often a word to flag. */
  static final int MIN_NO_WORD = 3;
  /** Longer words are no surnames. */
  private static final int MAX_SURNAME_LENGTH = 62;
  /** Unknown definite compounds at least this long are nouns ("Socialrådgivningen"), not names. */
  private static final int LONG_DEFINITE = 10;

  private final SwedishLexicon lexicon;

  ResidualWords(SwedishLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * True when the word is two ordinary words joined, with or without a linking -s or -e
   * ("anhörig|stöd", "åtgärd|s|programmet"): a compound noun, not a name.
   */
  boolean isCompound(char[] lower, int start, int length, char[] scratch) {
    for (int head = 3; head <= length - 4; head++) {
      if (!lexicon.isCommonWord(lower, start + head, length - head, scratch)) {
        continue;
      }
      if (lexicon.isCommonWord(lower, start, head, scratch)) {
        return true;
      }
      char link = lower[start + head - 1];
      if ((link == 's' || link == 'e') && head > 3 && lexicon.isCommonWord(lower, start, head - 1, scratch)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the word is no Swedish word in any form: unknown to the lexicon, of three letters or
   * more, no word with an ordinary word before its last four letters (a compound, "nät|casino",
   * "natt|härbärget"), no long definite noun, no plural or participle by its ending ("näl",
   * "hvitfeldtska", not "kvällarna", "ärvda").
   */
  boolean isNoWord(char[] lower, int start, int length, char[] scratch) {
    return length >= MIN_NO_WORD && NameLetters.hasVowel(lower, start, length) // "rfsl": an acronym
        && !isLongDefinite(lower, start, length) && !ResidualSlots.isInflected(lower, start, length)
        && !KeptShortForms.contains(lower, start, length) // "på insta": Instagram
        && !startsWithWord(lower, start, length, scratch) && !isInflectionOfWord(lower, start, length, scratch);
  }

  /**
   * Endings of Swedish inflection, longest first: what an ordinary word gains in a form the
   * lexicon may not list ("område|n", "studie|n", "likna|de", "uppge|r", "annan|s", "nå|s").
   */
  private static final String[] ENDINGS = {"ades", "ade", "des", "tes", "ens", "ets", "en", "et", "na", "er",
      "ar", "or", "de", "te", "es", "n", "t", "r", "s", "d"};

  /** Shortest ordinary word left when an ending is taken off ("nå|s"). */
  private static final int MIN_INFLECTED_STEM = 2;

  /**
   * True when taking an inflection ending off the word leaves an ordinary word ("områden",
   * "liknade", "uppger", "fördes" through "förde" and "föra"): a form of a word, not a name or place
   * unknown to the lists, even when the lexicon does not list that form.
   */
  boolean isInflectionOfWord(char[] lower, int start, int length, char[] scratch) {
    for (String ending : ENDINGS) {
      int stem = length - ending.length();
      if (stem < MIN_INFLECTED_STEM || !endsWith(lower, start + length - ending.length(), ending)) {
        continue;
      }
      if (lexicon.isCommonWord(lower, start, stem, scratch)
          || ending.length() > 1 && ending.charAt(0) != ending.charAt(1) && isCommonWithA(lower, start, stem, scratch)) {
        return true;
      }
    }
    return false;
  }

  /** True when the stem plus {@code a} is an ordinary word: a verb by its infinitive ("betal|d" to "betala"). */
  private boolean isCommonWithA(char[] lower, int start, int stem, char[] scratch) {
    char[] word = new char[stem + 1];
    System.arraycopy(lower, start, word, 0, stem);
    word[stem] = 'a';
    return lexicon.isCommonWord(word, 0, stem + 1, scratch);
  }

  private static boolean endsWith(char[] lower, int from, String ending) {
    for (int i = 0; i < ending.length(); i++) {
      if (lower[from + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** True when an ordinary word of three letters or more begins the word and leaves four or more. */
  private boolean startsWithWord(char[] lower, int start, int length, char[] scratch) {
    for (int head = 3; head <= length - 4; head++) {
      if (lexicon.isCommonWord(lower, start, head, scratch)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The genitive of a kept term ("Scanias lager") or of a noun for a person that cues a name
   * ("mammas äldreboende", "pappas verkstad"): no proper part of a place.
   */
  boolean isKeptGenitive(char[] lower, int start, int length) {
    return isGenitive(lower, start, length)
        && (lexicon.words().cursor().get(lower, start, length - 1) & (KEPT | PERSON_NOUNS)) != 0;
  }

  /** Categories of the nouns for persons that cue a name ("mamma", "handläggaren"). */
  private static final long PERSON_NOUNS = Category.bits(Category.CUE_NAME, Category.CUE_RELATION);

  /**
   * True when tokens {@code first} and {@code first + 1} are a kept phrase of two words ("Canada
   * Goose"). Asked only when {@code first} heads a listed phrase ({@link Category#MULTIWORD_HEAD},
   * which the lexicon gives the first word of every entry of several words): no other pair can be one.
   */
  boolean isKeptPair(Tokens tokens, int first) {
    if (first < 0 || !tokens.isWord(first) || !tokens.isWord(first + 1) || !tokens.adjacent(first)) {
      return false;
    }
    int from = tokens.start(first);
    long facts = lexicon.words().cursor().get(tokens.lower(), from, tokens.end(first + 1) - from);
    return (facts & KEPT) != 0;
  }

  /**
   * One word that ends in an institution noun after at least three letters that are no ordinary
   * word ("falkenbergsskolan", not "familjehemmet" nor "grundskolan"), or after any, when it is
   * capitalised inside a sentence ("Katedralskolan").
   */
  boolean endsInInstitution(long suffix, char[] lower, int start, int length, char[] scratch, boolean capitalised) {
    int head = length - (int) (suffix >>> 32);
    if (suffix == 0 || !Category.INSTITUTION_SUFFIX.in(suffix) || head < 3) {
      return false;
    }
    if (capitalised) {
      return true; // "Katedralskolan" inside a sentence: a proper name, whatever its first part
    }
    if (lexicon.isCommonWord(lower, start, head, scratch)) {
      return false;
    }
    // a linking -s or -e: "familje|hemmet", "barn|s|jukhuset" is rare, "ålders|hemmet"
    char link = lower[start + head - 1];
    return !((link == 's' || link == 'e') && head > 3 && lexicon.isCommonWord(lower, start, head - 1, scratch));
  }

  /** True when word {@code t} follows a possessive ("min", "hennes", "min bästa"): a relation noun after one is a cue. */
  boolean isAfterPossessive(Tokens tokens, int t) {
    int p = t - 1;
    if (!tokens.isWord(p) || !tokens.adjacent(p)) {
      return false;
    }
    if (isPossessive(tokens, p)) {
      return true;
    }
    // "min bästa vän", "min lilla syster": a weak adjective, in -a or -e, between them
    char last = tokens.lower()[tokens.end(p) - 1];
    return (last == 'a' || last == 'e') && tokens.isWord(p - 1) && tokens.adjacent(p - 1) && isPossessive(tokens, p - 1);
  }

  private boolean isPossessive(Tokens tokens, int p) {
    return Category.CUE_POSSESSIVE.in(SwedishLexicon.categories(lexicon.facts(tokens.lower(), tokens.start(p), tokens.length(p))));
  }

  /**
   * True when a hyphenated word is two first names that fifty people or more are called by
   * ("sara-jo", "anna-lena", "per-olof"): a double first name, not a compound noun, in whatever case.
   */
  static boolean isDoubleFirstName(char[] lower, int start, int length) {
    int end = start + length;
    for (int i = start + 2; i < end - 2; i++) {
      if (lower[i] == '-') {
        return NameCounts.firstName(lower, start, i - start) > 0 && NameCounts.firstName(lower, i + 1, end - i - 1) > 0;
      }
    }
    return false;
  }

  /** True when the word after first name {@code t}, with only a space between, may be its surname. */
  boolean isSurnameNext(Tokens tokens, int t) {
    int next = t + 1;
    if (!tokens.isWord(next) || !tokens.adjacent(t) || tokens.length(next) > MAX_SURNAME_LENGTH) {
      return false;
    }
    Lexeme word = tokens.lexeme(next, lexicon);
    return Category.SURNAME.in(SwedishLexicon.categories(word.facts()))
        || !word.isCommonWord() && NameLetters.hasVowel(tokens.lower(), tokens.start(next), tokens.length(next)); // not "btw"
  }

  /**
   * Right after "och" or "o" after a listed first name or one that a hundred people are called by,
   * or right before "och" or "o" and such a name ("eetu och venla", "ask och liv").
   */
  boolean isCoordinatedWithAName(Tokens tokens, int t) {
    return coordinatedWith(tokens, t, t - 1, t - 2) || coordinatedWith(tokens, t, t + 1, t + 2);
  }

  /** Word {@code t} and the first name {@code p} stand either side of the conjunction {@code c}. */
  private boolean coordinatedWith(Tokens tokens, int t, int c, int p) {
    if (c < 0 || p < 0 || p >= tokens.size() || !(tokens.is(c, "och") || tokens.is(c, "o")) || !tokens.isWord(p)
        || !tokens.adjacent(Math.min(t, p)) || !tokens.adjacent(c)) {
      return false;
    }
    char[] lower = tokens.lower();
    long partner = SwedishLexicon.categories(lexicon.facts(lower, tokens.start(p), tokens.length(p)));
    return Category.FIRST_NAME.in(partner)
        || NameCounts.firstName(lower, tokens.start(p), tokens.length(p)) >= MIN_BEARERS && !Category.WORD_FORM.in(partner);
  }

  /** A long word known to nothing in a definite form: an organisation's noun ("Patientnämnden"). */
  static boolean isLongDefinite(char[] lower, int start, int length) {
    if (length < LONG_DEFINITE) {
      return false;
    }
    char last = lower[start + length - 1];
    char before = lower[start + length - 2];
    return before == 'e' && (last == 'n' || last == 't');
  }

  static boolean isGenitive(char[] lower, int start, int length) {
    return length >= 4 && lower[start + length - 1] == 's';
  }

  /** An ending of place names ("-gården", "-ängen") after at least three letters of the word. */
  static boolean hasPlaceEnding(long ending, int length) {
    return Category.PLACE_SUFFIX.in(ending) && (int) (ending >>> 32) + 3 <= length;
  }

  /** Shortest cue word that may end a compound ("chef" in "enhetschefen"); shorter ones end too many words ("son"). */
  private static final int MIN_CUE_HEAD = 4;

  /**
   * True when a definite noun (ending in {@code n}) ends in a word that announces a name, after at
   * least three letters: a role named by a compound ("enhets|chefen", "butiks|chefen",
   * "skol|kuratorn"), whose cue the lists hold only as the simple word.
   */
  boolean endsInNameCue(Lexeme word, char[] lower, int start, int length) {
    if (length < MIN_CUE_HEAD + 3 || lower[start + length - 1] != 'n') {
      return false;
    }
    // a look-up per suffix: found once per word and kept in its record, not at every occurrence
    long notes = word.notes();
    if ((notes & CUE_END_KNOWN) == 0) {
      notes |= CUE_END_KNOWN | (findsNameCueEnd(lower, start, length) ? CUE_END : 0);
      word.keepNotes(notes);
    }
    return (notes & CUE_END) != 0;
  }

  /**
   * The bits of {@link Lexeme#notes} this class keeps (the name rules' {@code WordNotes} leave bits
   * 18 to 31 free): whether {@link #endsInNameCue} is known, and its answer.
   */
  private static final long CUE_END_KNOWN = 1L << 18;
  private static final long CUE_END = 1L << 19;

  private boolean findsNameCueEnd(char[] lower, int start, int length) {
    for (int head = length - 3; head >= MIN_CUE_HEAD; head--) {
      long categories = SwedishLexicon.categories(lexicon.facts(lower, start + length - head, head));
      if (Category.CUE_NAME.in(categories)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the word typed without å, ä, ö reads as a listed place or a smaller locality
   * ("stavsnas" Stavsnäs, "timra" Timrå), whatever its other readings: for a place position only.
   */
  boolean hasFoldedPlaceReading(char[] lower, int start, int length) {
    return AsciiFolding.hasLocalityReading(lower, start, length)
        || AsciiFolding.hasReading(lexicon, lower, start, length, PLACE);
  }

  /** True when the word typed without å, ä, ö is an ordinary word ("pa" for "på", "nar" for "när"). */
  boolean isTypedWord(char[] lower, int start, int length) {
    AsciiFolding.Reading r = AsciiFolding.read(lexicon, lower, start, length, NAME_OR_PLACE);
    return r == AsciiFolding.Reading.WORD || r == AsciiFolding.Reading.LISTED_WORD;
  }

  /** An adverb in -vis ("växelvis", "delvis", "stegvis"), which ends in s as a genitive does. */
  static boolean isAdverbInVis(char[] lower, int start, int length) {
    int e = start + length;
    return length > 4 && lower[e - 3] == 'v' && lower[e - 2] == 'i' && lower[e - 1] == 's';
  }

  /**
   * A first name's genitive ("ronjas", "saids"): ends in s, and nobody is called by the word as
   * written ("lars", "hans" are names of their own); the word after it is owned, no surname.
   */
  static boolean isNamesGenitive(char[] lower, int start, int length) {
    return length > 3 && lower[start + length - 1] == 's' && NameCounts.firstName(lower, start, length) == 0;
  }
}
