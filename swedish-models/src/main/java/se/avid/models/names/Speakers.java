package se.avid.models.names;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Tokens;

/**
 * The slots of one who says something, which only a person fills: the speaker of a report
 * (", säger söder."), the subject of a verb of saying before "att" ("Elvan sa att"), and one
 * named with where it works ("Per i receptionen sa"). A part of {@link NameSlots}; not
 * thread-safe, one per call.
 */
final class Speakers {

  private final Tokens tokens;
  private final WordFacts words;
  private final WordShapes shapes;

  Speakers(Tokens tokens, WordFacts words, WordShapes shapes) {
    this.tokens = tokens;
    this.words = words;
    this.shapes = shapes;
  }

  /**
   * ", säger X.", "sa X," "enligt X mår": the one who says, right after a verb of saying and ending
   * the clause, or after "enligt" before the finite verb of the clause.
   *
   * @param t a word
   * @return whether it names the speaker of a report
   */
  boolean reported(int t) {
    int p = t - 1;
    if (!tokens.isWord(p) || !tokens.adjacent(p) || !words.inSet(ClauseWords.SAYING_VERBS, p)) {
      return false;
    }
    int next = t + 1;
    if (tokens.is(p, "enligt")) {
      return tokens.adjacent(t) && tokens.isWord(next) && words.inSet(ClauseWords.FINITE_VERBS, next);
    }
    return next >= tokens.size() || tokens.kind(next) == Tokens.PUNCT && !tokens.isPunct(next, '-');
  }

  /**
   * Word {@code t} is followed by a verb of saying or thinking and {@code att} ("Elvan sa att",
   * "mo tycker att"): what says or thinks so is a person.
   */
  boolean beforeThat(int t) {
    int v = t + 1;
    return tokens.adjacent(t) && tokens.isWord(v) && !tokens.is(v, "enligt") && words.inSet(ClauseWords.SAYING_VERBS, v)
        && tokens.adjacent(v) && tokens.is(v + 1, "att");
  }

  /**
   * "Per i receptionen sa", "Anna på soc säger", "berg på hemtjänsten i gällivare säger", "Fred
   * som jobbar där sa": word {@code t} says so, named with the place where it works or stays (a
   * preposition and a definite noun, perhaps with its town, or "som" a verb and "där", between it
   * and a verb of saying; after a group of persons any finite verb: "Liv i personalen förstår").
   */
  boolean atPlace(int t) {
    int preposition = t + 1;
    int noun = t + 2;
    int verb = t + 3;
    if (tokens.is(verb, "i") && tokens.adjacent(verb) && tokens.isWord(verb + 1) && tokens.adjacent(verb + 1)) {
      verb += 2; // "berg på hemtjänsten i gällivare säger": the town of the place too
    }
    boolean atPlace = tokens.adjacent(t) && (tokens.is(preposition, "i") || tokens.is(preposition, "på") || tokens.is(preposition, "från"))
        && tokens.adjacent(preposition) && tokens.isWord(noun) && tokens.length(noun) > 3 && shapes.definiteEnding(noun)
        && tokens.adjacent(noun);
    if (atPlace) {
      // "Liv i personalen förstår mig": one of a group of persons does anything a person does
      return sayingVerb(verb) || words.inSet(PERSON_GROUPS, noun) && shapes.finiteVerb(verb);
    }
    return workingThere(t) && sayingVerb(t + 4); // "som jobbar där" then the verb
  }

  /** "Fred som jobbar där sa": a relative clause of a finite verb and "där" or "här" after the word. */
  private boolean workingThere(int t) {
    return tokens.adjacent(t) && tokens.is(t + 1, "som") && tokens.isWord(t + 2) && words.inSet(ClauseWords.FINITE_VERBS, t + 2)
        && !words.inSet(ClauseWords.COPULAS, t + 2) && (tokens.is(t + 3, "där") || tokens.is(t + 3, "här"));
  }

  /** Definite nouns of a group of persons, whose members are named by where they belong. */
  private static final CharArraySet PERSON_GROUPS = WordFacts.words(
      "personalen", "klassen", "gruppen", "laget", "teamet", "arbetslaget", "styrelsen", "kören", "gänget");

  private boolean sayingVerb(int v) {
    return tokens.isWord(v) && words.inSet(ClauseWords.SAYING_VERBS, v) && !tokens.is(v, "enligt");
  }
}
