package se.avid.models.names;

import static se.avid.models.names.ProperNameDetector.PERSON;
import static se.avid.models.names.ProperNameDetector.any;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The words before a lowercase word that is also a name which say it is the word: an article and
 * adjectives, a possessive, a quantity, an auxiliary (see {@link #wordContext}). A part of
 * {@link Cues}; not thread-safe, one per call.
 */
final class WordContexts {

  private final Tokens tokens;
  private final long[] flags;
  private final WordFacts words;
  private final WordShapes shapes;
  private final Cues cues;

  WordContexts(Tokens tokens, WordFacts words, WordShapes shapes, Cues cues) {
    this.tokens = tokens;
    this.flags = words.flags;
    this.words = words;
    this.shapes = shapes;
    this.cues = cues;
  }

  /** Prepositions of the idioms that repeat a noun around them: "dag efter dag", "steg för steg", "sida vid sida". */
  private static final WordSieve REPEATING_PREPOSITIONS = WordSieve.of("efter", "för", "vid", "till", "mot", "i");

  /** Word {@code t} is repeated around a preposition ("dag efter dag", "år efter år"): an idiom of the noun, no name. */
  private boolean repeatedAroundPreposition(int t) {
    return tokens.isWord(t + 2) && REPEATING_PREPOSITIONS.has(tokens, t + 1) && tokens.sameWord(t, t + 2)
        || tokens.isWord(t - 2) && REPEATING_PREPOSITIONS.has(tokens, t - 1) && tokens.sameWord(t - 2, t);
  }

  /**
   * The possessives of a third person, after which a noun stands ("hennes liv", "deras dag"); one
   * names a third person's child with a kin noun ("hennes dotter saga"), not after the bare possessive.
   */
  private static final WordSieve THIRD_PERSON_POSSESSIVES = WordSieve.of("hennes", "hans", "deras", "sin", "sitt", "sina");

  /** Adjectives an article may stand before, read back from the noun: "en envis gammal karl". */
  private static final int MAX_ADJECTIVES = 3;
  /** Words that end a noun phrase, so that an article before them is another noun's ("en anmälan om saga"). */
  private static final WordSieve PHRASE_BREAKS = WordSieve.of("och", "o", "eller", "men", "om", "på", "i", "till",
      "från", "med", "för", "av", "innan", "efter", "när", "som", "att", "hos", "vid", "under", "över", "utan", "mot",
      "än", "så", "då", "fast", "tills", "sen", "sedan");

  /**
   * Word {@code p} ends a run of up to {@value #MAX_ADJECTIVES} ordinary words that are no cue, no
   * person's and no word that ends a phrase, right after "en" or "ett".
   */
  private boolean articleBeforeAdjectives(int p) {
    for (int a = p, k = 0; k < MAX_ADJECTIVES && a >= 1; k++, a--) {
      if (!tokens.isWord(a) || !tokens.adjacent(a - 1) || Cues.isCueWord(flags[a]) || !words.isCommon(a)
          || any(flags[a], PERSON) || PHRASE_BREAKS.has(tokens, a)) {
        return false;
      }
      if (tokens.is(a - 1, "en") || tokens.is(a - 1, "ett")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words before say that a word which is also a name is the word: an article or a neuter
   * possessive before a noun ("en björn", "ett berg", "mitt liv", "ingen vilja"), a third
   * person's possessive or a genitive ("hennes liv", "två barns liv"), an article and up to three
   * adjectives that are no kin or role noun ("en vuxen karl", "en stor brun björn"), a quantity
   * before "per" ("100 kr per månad", "två gånger per dag"), an infinitive marker or an
   * auxiliary before a verb, also with its subject or an adverb between ("att bo", "kan bo", "svårt
   * att klara av", "måste hon vilja", "ska ju bo"); the determiners of chat too ("ngt liv kvar").
   */
  boolean wordContext(int t) {
    int p = t - 1;
    if (repeatedAroundPreposition(t)) {
      return true;
    }
    if (!tokens.isWord(p) && !(p >= 0 && tokens.kind(p) == Tokens.NUMBER)) {
      return false;
    }
    if (!tokens.adjacent(p)) {
      return false;
    }
    if (cues.spokenDay(t)) {
      return true;
    }
    if (tokens.kind(p) == Tokens.NUMBER || words.inSet(CueLists.QUANTITY_WORDS, p)) {
      return tokens.is(t, "per"); // "per" between a quantity and a unit is the preposition
    }
    if (words.inSet(CueLists.ADJECTIVES, p) && tokens.adjacent(p - 1) && tokens.isWord(p - 1)
        && words.inSet(CueLists.INDEFINITE_DETERMINERS, p - 1)) {
      return true; // "en liten ask", "ett bra liv", "en smal stig": an article, an adjective, the noun
    }
    if (THIRD_PERSON_POSSESSIVES.has(tokens, p) || words.genitive[p] && words.isCommon(p) && !any(flags[p], PERSON)
        && !Category.WORD_FORM.in(flags[p])) {
      return true; // "hennes liv", "två barns liv": what a person owns, no one named
    }
    if (articleBeforeAdjectives(p)) {
      // "en vuxen karl", "en envis gammal karl", "en stor brun björn": an article and adjectives
      // before the noun; not "en kompis max"
      return true;
    }
    if (words.inSet(CueLists.DETERMINERS, p)) {
      // not the hedge after a naming verb: "min handläggare heter nåt linda"
      return !(tokens.isWord(p - 1) && tokens.adjacent(p - 1) && words.inSet(CueLists.NAMING_VERBS, p - 1));
    }
    if ((words.inSet(CueLists.SUBJECT_PRONOUNS, p) || words.inSet(CueLists.VERB_ADVERBS, p)) && tokens.isWord(p - 1)
        && tokens.adjacent(p - 1) && words.inSet(CueLists.VERB_GOVERNORS, p - 1)) {
      // "måste hon vilja själv", "kan han bo", "vi ska ju bo ihop": an auxiliary, its subject or an adverb, the verb
      return shapes.verbLike(t);
    }
    return words.inSet(CueLists.VERB_GOVERNORS, p) && shapes.verbLike(t);
  }
}
