package se.avid.models.names;

import static se.avid.models.names.NameScores.LOWERCASE_PAIR_WITH_WORD;
import static se.avid.models.names.ProperNameDetector.SWEDISH_PLACE;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.NONE;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;

/**
 * A first name and a surname in lowercase of which both are also words ("anna ek", "bo ceder",
 * "björn söder", "hans mellinger"): {@link FullNames} leaves such a pair alone, for "bo hemma",
 * "per månad", "hans bror" are words. Here three pieces of evidence are weighed, and two make the
 * name: the prior of Statistics Sweden that the first word is a name (a thousand people or more
 * are called by it, or a hundred and it is no frequent word; never a pronoun or verb form such as
 * "hans", "bo", "per"), a second word that is a surname and no frequent word (a listed or counted
 * surname, one ending like a surname, or no word at all ending in -er: "ceder", "lindqvist",
 * "mellinger"), and a slot where a person stands (the subject before its verb, after a verb of
 * saying or a preposition that takes a person, next to another name, after a name cue). The word
 * readings stay: after an article, a quantity or an auxiliary ("en björn", "100 kr per",
 * "kan bo"), before a kin noun ("hans bror"), and in a text written with capitals, where a name
 * would have them. Not thread-safe; one per call.
 */
final class HomographPairs {

  private final Tokens tokens;
  private final char[] lower;
  private final long[] flags;
  private final byte[] type;
  private final double[] score;
  private final WordFacts words;
  private final WordShapes shapes;
  private final Cues cues;
  private final WordLabels labels;
  private final UnknownWords unknown;
  private final NameSlots slots;

  HomographPairs(Tokens tokens, WordFacts words, WordShapes shapes, Cues cues, WordLabels labels, UnknownWords unknown,
      NameSlots slots) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.flags = words.flags;
    this.type = labels.type;
    this.score = labels.score;
    this.words = words;
    this.shapes = shapes;
    this.cues = cues;
    this.labels = labels;
    this.unknown = unknown;
    this.slots = slots;
  }

  /**
   * Word {@code t}, a lowercase first name, and the word after it are one name if two pieces of
   * evidence say so; {@code cued} says that a name cue stands before it ("heter", "min sambo").
   *
   * @param t a lowercase word that is a listed or counted first name
   * @param cued whether a name cue stands before it
   * @return whether both words were set a name
   */
  boolean pair(int t, boolean cued) {
    int u = t + 1;
    if (!tokens.isWord(u) || !tokens.adjacent(t) || type[u] != NONE || tokens.has(t, Tokens.CAPITALISED)
        || tokens.has(u, Tokens.CAPITALISED) || tokens.length(u) < 2) {
      return false;
    }
    long f = flags[t];
    long g = flags[u];
    if (any(f, NAME_CUES) || Cues.isCueWord(g) || any(f | g, Category.bits(Category.PUBLIC_BODY, Category.COUNTRY))
        || any(f, SWEDISH_PLACE) || any(g, SWEDISH_PLACE) && !Category.SURNAME.in(g)) {
      return false; // "min bror", "hans son", "anna i lund"; a possessive that is a name ("hans") may be one
    }
    int surname = surnameEvidence(u, g);
    if (surname < 0) {
      return false; // the most frequent case: the next word is no surname at all
    }
    int bearers = words.firstNameBearers(t);
    if (bearers == 0 && !Category.FIRST_NAME.in(f) || cues.writtenWithCapitals || cues.maximum(t)
        || cues.afterArticle(t)) {
      return false; // "en björn", "max ström"
    }
    boolean wordForm = Category.WORD_FORM.in(f);
    boolean prior = !wordForm && (bearers >= Homographs.THOUSANDS || bearers >= NameCounts.HUNDREDS && !words.isFrequent(t));
    boolean slot = cued || slots.pairSlot(t, u) || coordinatedWithName(t, u);
    if (cues.wordContext(t) && !(surname > 0 && slot)) {
      return false; // "100 kr per", "kan bo", "ett berg"; not "fick bo ceder och staffan silver att"
    }
    // a name cue weighs double: "min sambo hans berg", "heter per ström" (the kin noun or "heter"
    // leaves no room for the pronoun or the preposition)
    int evidence = (prior ? 1 : 0) + surname + (slot ? 1 : 0) + (cued ? 1 : 0);
    if (evidence < 2) {
      return false;
    }
    labels.set(t, NAME, LOWERCASE_PAIR_WITH_WORD);
    labels.set(u, NAME, LOWERCASE_PAIR_WITH_WORD);
    return true;
  }

  /**
   * 1 for a surname that is no frequent word ("ceder", "ek", "lindqvist", "mellinger"), 0 for one
   * that is ("söder", "berg", "ström"), -1 for a word that is no surname.
   */
  private int surnameEvidence(int u, long g) {
    boolean listed = Category.SURNAME.in(g) || words.surnameBearers(u) > 0;
    if (listed) {
      return words.isFrequent(u) ? 0 : 1;
    }
    if (g != 0 && !Category.WORD_FORM.in(g) || words.isFrequentOrListed(u)) {
      return -1; // a first name, a place, a listed word: "anna maria", "bo hemma"
    }
    if ((shapes.surnameShaped(u, false) || natureEnding(u)) && !words.isCommon(u)) {
      return 1; // "per-olof bergqvist", "anna lindgren": a surname ending and no ordinary word
    }
    // "hans mellinger", not "hans biografiska" (a word) or "sina aktier" (a noun in -e with its plural -r)
    return unknown.noWordAtAll(u) && endsInEr(u) && !unknown.parts.vowelStemInflection(u) ? 1 : -1;
  }

  /**
   * The endings of Swedish surnames made of nature words ("-berg", "-lund", "-gren"), which end
   * ordinary words too and so count only after a first name, in a word that is none.
   */
  private boolean natureEnding(int u) {
    int s = tokens.start(u);
    int len = tokens.length(u);
    for (String ending : NATURE_ENDINGS) {
      int from = len - ending.length();
      if (from >= 2 && endsWith(s + from, ending)) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWith(int from, String ending) {
    for (int i = 0; i < ending.length(); i++) {
      if (lower[from + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static final String[] NATURE_ENDINGS = {
      "berg", "lund", "gren", "holm", "blad", "dahl", "dal", "stedt", "strand", "lind", "stam", "ström", "bäck", "sjö"};

  /** "mellinger", "weinberger": no word at all, ending in -er, of {@value #MIN_ER_SURNAME} letters or more. */
  private boolean endsInEr(int u) {
    int e = tokens.end(u);
    return tokens.length(u) >= MIN_ER_SURNAME && lower[e - 2] == 'e' && lower[e - 1] == 'r';
  }

  private static final int MIN_ER_SURNAME = 6;

  /** The cues that make a word no first name; a possessive may be one ("hans mellinger"). */
  private static final long NAME_CUES = Category.bits(Category.CUE_NAME, Category.CUE_RELATION,
      Category.CUE_GREETING, Category.CUE_SIGNATURE);

  /**
   * "bo ceder och staffan silver", "eva och björn söder": "och" joins the pair to a first name that
   * is no word, or to a name found before it.
   */
  private boolean coordinatedWithName(int t, int u) {
    int next = u + 2;
    if (tokens.is(u + 1, "och") && tokens.isWord(next) && Category.FIRST_NAME.in(flags[next])
        && !words.isCommon(next)) {
      return true;
    }
    int before = t - 2;
    return tokens.is(t - 1, "och") && before >= 0 && type[before] == NAME && score[before] >= NameScores.REDACT;
  }
}
