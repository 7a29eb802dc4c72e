package se.avid.models.names;

import static se.avid.models.names.NameScores.LOWERCASE_PAIR_WITH_WORD;
import static se.avid.models.names.NameScores.LOWERCASE_UNKNOWN_PAIR;
import static se.avid.models.names.NameScores.NAME_PAIR;
import static se.avid.models.names.ProperNameDetector.SWEDISH_PLACE;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;

/**
 * A first name and a surname side by side, as written or in lowercase ("Anna Lindqvist", "mark
 * clattenburg", "oussama mellouli"): both words are one name. Not thread-safe; one per call.
 */
final class FullNames {

  private final Tokens tokens;
  private final char[] lower;
  private final long[] flags;
  private final byte[] type;
  private final WordFacts words;
  private final WordShapes shapes;
  private final WordLabels labels;
  private final UnknownWords unknown;
  private final Cues cues;

  FullNames(Tokens tokens, WordFacts words, WordShapes shapes, Cues cues, WordLabels labels, UnknownWords unknown) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.flags = words.flags;
    this.type = labels.type;
    this.words = words;
    this.shapes = shapes;
    this.labels = labels;
    this.unknown = unknown;
    this.cues = cues;
  }

  /** A first name next to a surname (or to an unknown capitalised word): both are one name. */
  boolean pair(int t) {
    int u = t + 1;
    if (!tokens.isWord(u) || !tokens.adjacent(t) || type[u] == KEEP) {
      return false;
    }
    long f = flags[t];
    long g = flags[u];
    // "Ask Lindgren", "Sol Berg", "Viking Bladh", "Dana Bjurström": in capitals before a surname
    // (listed, counted, or no word and shaped like one), a first name that Statistics Sweden counts
    // is one though the lists file it as a word only (a sentence start proves nothing)
    boolean countedBeforeSurname = !Category.FIRST_NAME.in(f) && !Category.WORD_FORM.in(f)
        && tokens.has(t, Tokens.CAPITALISED) && tokens.has(u, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS)
        && !tokens.has(u, Tokens.ALL_CAPS) && isCasedSurname(u, g) && words.firstNameBearers(t) > 0;
    if (!Category.FIRST_NAME.in(f) && !countedBeforeSurname
        || any(g, SWEDISH_PLACE | Category.bits(Category.PUBLIC_BODY, Category.COUNTRY))) {
      return false;
    }
    if (Cues.isCueWord(f) && !tokens.has(t, Tokens.CAPITALISED)) {
      return false; // "min bror Mohammed": "bror" names him, it is not his first name
    }
    boolean commonT = words.isCommon(t);
    boolean commonU = words.isCommon(u);
    boolean casedT = tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS);
    boolean casedU = tokens.has(u, Tokens.CAPITALISED) && !tokens.has(u, Tokens.ALL_CAPS);
    boolean surname = Category.SURNAME.in(g) || Category.FIRST_NAME.in(g) && casedU;
    // in lowercase, an unknown second word only after a first name that is no word: "sina
    // tunnelbyggarspår" and "hans biografiska" are a pronoun and a rare word
    boolean lowercasePair = !casedU && !casedT && tokens.length(u) >= 3
        && (!commonT || !Category.WORD_FORM.in(f) && (shapes.surnameShaped(u, true) || words.properNoun(u) // "björn engholm"
            || unknown.noWordAtAll(u))); // "mark clattenburg", "tina thörner": a first name that is a word, then no word at all
    // an unknown lowercase second word needs four letters: "love you", "ella nej" are no names
    // "innan ella föds": not a person's verb in a form the dictionary lacks
    boolean unknownSurname = (casedU && casedT || lowercasePair && tokens.length(u) >= UnknownWords.MIN_UNKNOWN_LOWERCASE_SURNAME)
        && !commonU && g == 0 && !shapes.isStreet(u) && !words.inSet(ClauseWords.VERBS_OF_A_PERSON, u);
    if (!surname && !unknownSurname) {
      return false;
    }
    if (!casedT && !casedU && commonT && commonU) {
      return false; // "per holm": too weak
    }
    if (!casedU && commonU && commonT) {
      return false; // "björn berg" in lowercase: both are words
    }
    // "bo ramfors", "sven malm" in lowercase: one of the two is a word, so less sure
    double s = !casedT && !casedU && (commonT || commonU) ? LOWERCASE_PAIR_WITH_WORD : NAME_PAIR;
    labels.set(t, NAME, s);
    labels.set(u, NAME, s);
    return true;
  }

  /**
   * "oussama mellouli", "joonas vikho", "ben affleck": a lowercase word that the lists do not file
   * as a first name but that Statistics Sweden counts as one (a hundred bearers or more if it is
   * also a word), and no pronoun or other closed-class form, right before a word that is no word
   * at all, is a first name and a surname. The next word is tested first (array reads): the count is looked up only
   * for the few words before an unknown one.
   */
  boolean countedPair(int t) {
    int u = t + 1;
    // most words are followed by a word form or stem: that test first
    if (!tokens.isWord(u) || words.isFrequentOrListed(u) || flags[u] != 0 || tokens.length(t) < 3
        || Category.WORD_FORM.in(flags[t]) || tokens.has(u, Tokens.CAPITALISED) || !tokens.adjacent(t) || !unknown.noWordAtAll(u)) {
      return false;
    }
    int bearers = words.firstNameBearers(t);
    if (bearers == 0 || bearers < NameCounts.HUNDREDS && (words.isFrequentOrListed(t) || tokens.length(t) < RARE_NAME_LENGTH)) {
      return false; // fewer than a hundred bearers: only a longer word that is no word as written ("joonas", not "the")
    }
    if (words.isCommon(t) && (cues.afterArticle(t) || tokens.isWord(t - 1) && tokens.adjacent(t - 1)
        && Category.CUE_POSSESSIVE.in(flags[t - 1]))) {
      return false; // "i sin rosa hoodie", "en rosa hoodie": an adjective before a noun the lists lack
    }
    double s = words.isCommon(t) ? LOWERCASE_PAIR_WITH_WORD : NAME_PAIR;
    labels.set(t, NAME, s);
    labels.set(u, NAME, s);
    return true;
  }

  /**
   * "Sakvan Källgren", "nawzat bladh": a word in no list whose letters read like a first name
   * ({@link NameLetters}), or that Statistics Sweden counts as one, right before a surname (listed,
   * counted, or shaped like one), both capitalised or both in lowercase, is a first name and a
   * surname: the first names of every community, not only the listed ones. A surname of two letters
   * is too often a word ("af", "ek").
   *
   * @param t a word
   * @return whether {@code t} and the word after it were set as one name
   */
  boolean letteredPair(int t) {
    int u = t + 1;
    if (!tokens.isWord(u) || !tokens.adjacent(t) || type[u] == KEEP || tokens.length(u) < 3) {
      return false;
    }
    // in a text written without capitals, where a person stands ("onchan hult är min handläggare"):
    // a surname that is also a word ("hult"), or shaped like one only in capitals ("-gren"), counts
    if (words.isCommon(u) && !(words.surnameBearers(u) > 0 && !words.isFrequent(u) && lowercaseInPersonSlot(t, u))) {
      return false;
    }
    if (flags[t] != 0 || !unknown.noWordAtAll(t)) {
      return countedBeforeSurname(t, u); // a word or a listed name: only the counts can say it is a first name
    }
    boolean casedT = tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS);
    boolean casedU = tokens.has(u, Tokens.CAPITALISED) && !tokens.has(u, Tokens.ALL_CAPS);
    long g = flags[u];
    boolean listed = Category.SURNAME.in(g) || g == 0 && words.surnameBearers(u) > 0;
    boolean surname = casedT == casedU && (listed || g == 0 && (shapes.surnameShaped(u, casedU) || shapes.surnameShaped(u, true) && lowercaseInPersonSlot(t, u)));
    if (!surname || unknown.parts.tripledLetter(t)) {
      return false;
    }
    int s = tokens.start(t);
    int len = tokens.length(t);
    // before one of the commonest Swedish surnames that is no word ("apik hagman", "ekta hällgren"),
    // a word shaped like a name is the first name even if its letters read like none: the first
    // names too rare to count (not before any listed surname: "mont blanc")
    if (words.firstNameBearers(t) == 0 && !NameLetters.nameLike(lower, s, len)
        && !(shapes.nameShaped(t) && (words.surnameBearers(u) > 0 || lowercaseInPersonSlot(t, u)))) {
      return false;
    }
    labels.set(t, NAME, NAME_PAIR);
    labels.set(u, NAME, NAME_PAIR);
    return true;
  }

  /**
   * Words {@code t} and {@code u}, in a text written without capitals, stand where a person is
   * named ({@link UnknownWords#pairInPersonSlot}); asked only when a rule needs it, as the slot
   * looks at the words around.
   */
  private boolean lowercaseInPersonSlot(int t, int u) {
    return !tokens.has(t, Tokens.CAPITALISED) && !cues.writtenWithCapitals && unknown.pairInPersonSlot(t, u);
  }

  /**
   * Capitalised word {@code u} (its facts {@code g}) is a surname: listed, or in no list and no
   * word, and counted by Statistics Sweden or ending like one ("Bladh", "Bjurström").
   */
  private boolean isCasedSurname(int u, long g) {
    if (Category.SURNAME.in(g)) {
      return true;
    }
    return g == 0 && !words.isCommon(u)
        && (words.surnameBearers(u) > 0 || shapes.surnameShaped(u, true));
  }

  /**
   * "sila fagerlund", "blanka hagman", "ivo bäcklund": in lowercase, a word that Statistics Sweden
   * counts as a first name (even one that is also a word, but no pronoun or other closed-class
   * form, and no cue), before a listed or counted surname that is no word, is a first name and a
   * surname.
   */
  private boolean countedBeforeSurname(int t, int u) {
    long f = flags[t];
    long g = flags[u];
    if (tokens.has(t, Tokens.CAPITALISED) || tokens.has(u, Tokens.CAPITALISED) || Category.WORD_FORM.in(f)
        || Cues.isCueWord(f) || any(f, SWEDISH_PLACE | Category.bits(Category.PUBLIC_BODY, Category.COUNTRY))
        || !(Category.SURNAME.in(g) || g == 0 && words.surnameBearers(u) > 0)
        || words.firstNameBearers(t) == 0) {
      return false;
    }
    double s = words.isCommon(t) ? LOWERCASE_PAIR_WITH_WORD : NAME_PAIR;
    labels.set(t, NAME, s);
    labels.set(u, NAME, s);
    return true;
  }

  /**
   * "reese witherspoon", "timofej lapsjin", "danièle canarelli": in a text written in lowercase, two
   * words side by side that are in no list and no word, compound or past tense (nor a word typed
   * without å, ä, ö; the first may be a counted name that only the stemmer reads as a word), the first read as a first name by its letters ({@link NameLetters}) or the
   * counts of Statistics Sweden (a rare name too: "timofej"), are a first name and a surname that no list holds. Not a foreign
   * phrase: no quote mark and no third such word on either side ("how i met your mother", "”there
   * will be”", "newtown high school"), no place cue or article before ("från wall street", "en wacker frucht"), and no second word whose letters read strongly as Swedish
   * ones ("orbiter"). Where the writer uses capitals a name has them, and lowercase foreign words are
   * a phrase. The word after is tested first (array reads): most words are followed by a listed one.
   *
   * @param t a lowercase word in no list
   * @return whether {@code t} and the word after it were set as one name
   */
  boolean unknownPair(int t) {
    int u = t + 1;
    // array reads and the words' cached facts first; the look-ups and letter tables last
    if (!tokens.isWord(u) || flags[u] != 0 || !tokens.adjacent(t) || tokens.has(u, Tokens.CAPITALISED)
        || type[u] == KEEP || cues.writtenWithCapitals || words.isFrequentOrListed(u) || words.isCommon(u)
        || cues.afterArticle(t) || cues.places.locativeCue(t) || unknown.parts.tripledLetter(t) || unknown.parts.tripledLetter(u)
        || cues.sentenceOpensCapitalised(t) || !unknown.noWordAtAll(u) || !noWordOrCountedName(t)
        || foreignNeighbour(t - 1) && !cues.afterTitle(t) || foreignNeighbour(u + 1)) {
      return false;
    }
    int s = tokens.start(t);
    int len = tokens.length(t);
    if (words.firstNameBearers(t) == 0 && !NameLetters.nameLike(lower, s, len) && !words.rareFirstName(t)
        || NameLetters.logOdds(lower, tokens.start(u), tokens.length(u)) < SWEDISH_LETTERS
        || words.foldedPlace(t) == AsciiFolding.Reading.LISTED_WORD || words.foldedPlace(u) == AsciiFolding.Reading.LISTED_WORD) {
      return false;
    }
    labels.set(t, NAME, LOWERCASE_UNKNOWN_PAIR);
    labels.set(u, NAME, LOWERCASE_UNKNOWN_PAIR);
    return true;
  }

  /**
   * Word {@code t} is no word at all, or a first name that the counts or the rare given names hold
   * and that only the stemmer reads as a word ("stevie", "burt": no word form as written).
   */
  private boolean noWordOrCountedName(int t) {
    if (unknown.noWordAtAll(t)) {
      return true;
    }
    return tokens.length(t) >= UnknownWords.MIN_UNKNOWN_LOWERCASE_SURNAME && !words.isFrequentOrListed(t)
        && words.givenName(t);
  }

  /** Letters below this mean log-odds read as a Swedish word, not a surname ("orbiter", -0.9). */
  private static final double SWEDISH_LETTERS = -0.5;

  /**
   * Token {@code v} is a quote mark, or a word in no list whose letters do not read as Swedish ones
   * ("döms" does, the stemmer's gap): the pair is part of a foreign phrase.
   */
  private boolean foreignNeighbour(int v) {
    if (v < 0 || v >= tokens.size()) {
      return false;
    }
    if (!tokens.isWord(v)) {
      return tokens.isPunct(v, '"') || tokens.isPunct(v, '”') || tokens.isPunct(v, '“') || tokens.isPunct(v, '\'');
    }
    return flags[v] == 0 && !words.isFrequentOrListed(v) && !words.isCommon(v)
        && NameLetters.logOdds(lower, tokens.start(v), tokens.length(v)) >= 0;
  }

  /** A rarely counted first name shorter than this is as often a foreign word ("the", "will"). */
  private static final int RARE_NAME_LENGTH = 5;
}
