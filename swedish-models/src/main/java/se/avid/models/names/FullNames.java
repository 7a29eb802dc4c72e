package se.avid.models.names;

import static se.avid.models.names.NameScores.LOWERCASE_PAIR_WITH_WORD;
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

  FullNames(Tokens tokens, WordFacts words, WordShapes shapes, WordLabels labels, UnknownWords unknown) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.flags = words.flags;
    this.type = labels.type;
    this.words = words;
    this.shapes = shapes;
    this.labels = labels;
    this.unknown = unknown;
  }

  /** A first name next to a surname (or to an unknown capitalised word): both are one name. */
  boolean pair(int t) {
    int u = t + 1;
    if (!tokens.isWord(u) || !tokens.adjacent(t) || type[u] == KEEP) {
      return false;
    }
    long f = flags[t];
    long g = flags[u];
    if (!Category.FIRST_NAME.in(f) || any(g, SWEDISH_PLACE | Category.bits(Category.PUBLIC_BODY, Category.COUNTRY))) {
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
    boolean unknownSurname = (casedU && casedT || lowercasePair && tokens.length(u) >= UnknownWords.MIN_UNKNOWN_LOWERCASE_SURNAME)
        && !commonU && g == 0 && !shapes.isStreet(u);
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
    int bearers = NameCounts.firstName(lower, tokens.start(t), tokens.length(t));
    if (bearers == 0 || bearers < NameCounts.HUNDREDS && (words.isFrequentOrListed(t) || tokens.length(t) < RARE_NAME_LENGTH)) {
      return false; // fewer than a hundred bearers: only a longer word that is no word as written ("joonas", not "the")
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
    if (!tokens.isWord(u) || !tokens.adjacent(t) || type[u] == KEEP || tokens.length(u) < 3 || words.isCommon(u)) {
      return false;
    }
    if (flags[t] != 0 || !unknown.noWordAtAll(t)) {
      return countedBeforeSurname(t, u); // a word or a listed name: only the counts can say it is a first name
    }
    boolean casedT = tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS);
    boolean casedU = tokens.has(u, Tokens.CAPITALISED) && !tokens.has(u, Tokens.ALL_CAPS);
    long g = flags[u];
    boolean listed = Category.SURNAME.in(g) || g == 0 && NameCounts.surname(lower, tokens.start(u), tokens.length(u)) > 0;
    boolean surname = casedT == casedU && (listed || g == 0 && shapes.surnameShaped(u, casedU));
    if (!surname || unknown.tripledLetter(t)) {
      return false;
    }
    int s = tokens.start(t);
    int len = tokens.length(t);
    // before one of the commonest Swedish surnames that is no word ("apik hagman", "ekta hällgren"),
    // a word shaped like a name is the first name even if its letters read like none: the first
    // names too rare to count (not before any listed surname: "mont blanc")
    if (NameCounts.firstName(lower, s, len) == 0 && !NameLetters.nameLike(lower, s, len)
        && !(words.surnameBearers(u) > 0 && shapes.nameShaped(t))) {
      return false;
    }
    labels.set(t, NAME, NAME_PAIR);
    labels.set(u, NAME, NAME_PAIR);
    return true;
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
        || !(Category.SURNAME.in(g) || g == 0 && NameCounts.surname(lower, tokens.start(u), tokens.length(u)) > 0)
        || NameCounts.firstName(lower, tokens.start(t), tokens.length(t)) == 0) {
      return false;
    }
    double s = words.isCommon(t) ? LOWERCASE_PAIR_WITH_WORD : NAME_PAIR;
    labels.set(t, NAME, s);
    labels.set(u, NAME, s);
    return true;
  }

  /** A rarely counted first name shorter than this is as often a foreign word ("the", "will"). */
  private static final int RARE_NAME_LENGTH = 5;
}
