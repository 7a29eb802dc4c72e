package se.avid.models.names;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * A word that is both a first name and an ordinary word right after a cue that names a person
 * ("min dotter vilja", "pappa bo", "handläggaren ek"): the person the cue names where the slot
 * after the cue leaves no word reading (the subject of a verb, before a relative clause or a
 * second person, ending its phrase). The rules of {@link CuedWordRules} ask it; the slots without
 * a cue are {@link Homographs}'. Not thread-safe; one per call.
 */
final class CuedHomographs {

  private final Tokens tokens;
  private final long[] flags;
  private final WordFacts words;
  private final Cues cues;
  private final NameSlots slots;
  private final Homographs homographs;

  CuedHomographs(Tokens tokens, WordFacts words, Cues cues, NameSlots slots, Homographs homographs) {
    this.tokens = tokens;
    this.flags = words.flags;
    this.words = words;
    this.cues = cues;
    this.slots = slots;
    this.homographs = homographs;
  }

  /**
   * "pappa bo har bott", "vår dotter vilja fyller 18", "farmor maj har erbjudit": right after a
   * kin or role noun that names a person, a first name that hundreds are called by, though also a
   * word, is that person when it is the subject of the finite verb after it or an age is said of
   * it: a word reading puts no subject between a kin noun and its verb. Not a closed-class word
   * ("min pappa hans fru"), no finite verb ("min son ville ha"), not after an article, not "max" of a limit.
   *
   * @param t a word right after a strong name cue
   * @return whether it is the person the cue names
   */
  boolean cuedSubject(int t) {
    int bearers = words.firstNameBearers(t);
    // a frequent word that only hundreds are called by needs a verb of a person, not the copula:
    // "min dotter vilja är stark" may be her will, "vilja säger" is a girl
    boolean verbOfAPerson = slots.subjectBeforeVerbForm(t)
        && (bearers >= Homographs.THOUSANDS || !words.isFrequent(t) || !(tokens.isWord(t + 1) && words.inSet(ClauseWords.COPULAS, t + 1)));
    boolean aged = slots.ageAfter(t) || homographs.bareAgeAfter(t);
    if (!(verbOfAPerson || aged)) {
      return false;
    }
    // "mitt ex ville har satt", "min dotter mina är 4": a verb or pronoun reading leaves no finite
    // verb or age after it, so there the form that is also a name is the person
    // "mamma inga har demens": a pronoun that is a name, between a kin noun and its verb, can be no pronoun there
    boolean closedClassPerson = bearers >= NameCounts.HUNDREDS && !cues.afterArticle(t) && !Cues.isCueWord(flags[t])
        && (aged || words.inSet(ClauseWords.FINITE_VERBS, t) && slots.subjectBeforeVerb(t) && !words.inSet(Homographs.PRONOUNS, t)
            || NAMED_PRONOUNS.has(tokens, t) && slots.subjectBeforeVerb(t));
    return cuedHomograph(t, bearers) || closedClassPerson;
  }

  /**
   * "min kompis sol som inte kan", "tvillingarna sol och theo", "min dotter rama hon är 14": right
   * after a kin or role noun, the same first name before a relative clause, a second person or a
   * pronoun that takes it up ({@link #resumedByPronoun}), where no noun stands bare. Weaker
   * than {@link #cuedSubject}: the word is redacted there, but not taken as sure enough to be
   * carried to its other uses in the post ("när det är sol ute").
   *
   * @param t a word right after a strong name cue
   * @return whether it is the person the cue names
   */
  boolean cuedBeforeClauseOrPair(int t) {
    return tokens.adjacent(t) && (Homographs.RELATIVE_OR_AND.has(tokens, t + 1) || resumedByPronoun(t))
        && cuedHomograph(t, words.firstNameBearers(t));
  }

  /**
   * "min dotter rama hon är 14", "min son sol han vill inte": the word is taken up again by a
   * personal pronoun before a finite verb, as a person set first in the sentence is.
   */
  private boolean resumedByPronoun(int t) {
    int pronoun = t + 1;
    return RelationCues.PERSONAL_PRONOUNS.has(tokens, pronoun) && tokens.adjacent(pronoun) && tokens.isWord(pronoun + 1)
        && words.inSet(ClauseWords.FINITE_VERBS, pronoun + 1);
  }

  /**
   * "deras dotter sol.", "vår dotter sol föddes": a word that hundreds are called by but no list
   * files as a first name, right after a possessive's kin or role noun, ending its noun phrase
   * ({@link #phraseEndsAfter}). A listed first name there is taken by the cue itself, as surely.
   *
   * @param t a word right after a strong name cue
   * @return whether it is the person the cue names
   */
  boolean cuedAtPhraseEnd(int t) {
    return namedAtPhraseEnd(t) && cuedHomograph(t, words.firstNameBearers(t));
  }

  /** "hos morfar stig i stigtomta", "vicevärden dag på": right after a kin title or definite role noun, ending its noun phrase. */
  boolean titledAtPhraseEnd(int t) {
    return afterKinTitle(t) && phraseEndsAfter(t);
  }

  /**
   * "skrämde hans syster inga.": a pronoun that is a name, right after a kin noun and ending its
   * sentence, where the pronoun would need a noun after it.
   */
  boolean pronounNamedAtSentenceEnd(int t) {
    return NAMED_PRONOUNS.has(tokens, t) && cues.namingCue(t) && slots.sentenceEndsAfter(t);
  }

  /** "sin mentor lind på skolan", "handläggaren ek.": right after a cue that names a person, ending its noun phrase. */
  boolean namedAtPhraseEnd(int t) {
    return (cues.namingCue(t) || afterKinTitle(t)) && phraseEndsAfter(t);
  }

  /**
   * "hos morfar stig i stigtomta": a grandparent's, parent's or aunt's noun with no possessive is
   * said as a title before the name; not after an article or a verb, where the noun is a subject
   * or object of its own ("ska mamma bo i huset", "en mamma").
   */
  private boolean afterKinTitle(int t) {
    int p = t - 1;
    int q = p - 1;
    return tokens.isWord(p) && tokens.adjacent(p) && (KIN_TITLES.has(tokens, p) || definiteRoleNoun(p))
        && !(tokens.isWord(q) && (words.inSet(ClauseWords.FINITE_VERBS, q) || cues.afterArticle(p)));
  }

  /** "vicevärden dag på karlstadshus", "lillasystern liv i": a role or kin noun in its definite form names the one after it. */
  private boolean definiteRoleNoun(int p) {
    return Category.CUE_NAME.in(flags[p]) && tokens.length(p) >= MIN_DEFINITE_ROLE && tokens.lower()[tokens.end(p) - 1] == 'n';
  }

  /** The shortest definite role noun taken as a title ("sonen"; not "man"). */
  private static final int MIN_DEFINITE_ROLE = 5;

  /** Kin nouns said as a title before a name, with no possessive: "morfar stig", "moster liv". */
  private static final WordSieve KIN_TITLES = WordSieve.of("mamma", "pappa", "mormor", "morfar", "farmor", "farfar",
      "moster", "faster", "morbror", "farbror");

  /** Prepositions of where someone is or comes from, after a person's name ("min kompis ask i gottsunda"). */
  private static final WordSieve PLACE_PREPOSITIONS_AFTER = WordSieve.of("i", "på", "från", "hos", "vid", "utanför",
      "som", "föddes", "dog", "till", "med", "utan", "efter"); // "hennes dotter vilja till saker", "min kompis ask med sin hund"

  /**
   * "deras dotter sol.", "min kompis ask i gottsunda", "vår dotter sol föddes": after a possessive's
   * kin or role noun, the word ends its noun phrase (the sentence's end, a preposition of place,
   * being born or dying): a bare noun is no one's daughter, so it is her name.
   */
  private boolean phraseEndsAfter(int t) {
    // not a comma: an age or a relative clause often follows one, which the stronger slots weigh ("vår son vide, 9,")
    return slots.sentenceEndsAfter(t) || tokens.adjacent(t) && PLACE_PREPOSITIONS_AFTER.has(tokens, t + 1);
  }


  /**
   * The word's own conditions of {@link #cuedSubject}: counted (by hundreds, or at all when it is no
   * frequent word: "min kompis ask", "storebror ask"), no closed-class word, finite verb, quantity or cue.
   */
  private boolean cuedHomograph(int t, int bearers) {
    return (bearers >= NameCounts.HUNDREDS || bearers > 0 && !words.isFrequent(t)) && !Category.WORD_FORM.in(flags[t])
        && !words.inSet(ClauseWords.FINITE_VERBS, t) // "min son ville ha"
        && !cues.afterArticle(t) && !cues.maximum(t) && !Cues.isCueWord(flags[t]) && !words.inSet(Homographs.PRONOUNS, t);
  }

  /** Pronouns that thousands are called by, which after a kin noun and before a verb are the name. */
  private static final WordSieve NAMED_PRONOUNS = WordSieve.of("inga", "mina");
}
