package se.avid.models.names;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The slots of persons named together after a noun of several persons: a pair set off by commas
 * or after a possessive ("två barn, ask och liv, som", "mina kompisar liv o ask säger") and a list
 * of children with their ages ("två barn, vilja 9 och melker 12"). A part of {@link NameSlots};
 * not thread-safe, one per call.
 */
final class PersonGroups {

  private final Tokens tokens;
  private final WordFacts words;

  PersonGroups(Tokens tokens, WordFacts words) {
    this.tokens = tokens;
    this.words = words;
  }

  /**
   * "två barn, ask och liv, som", "mina kompisar liv o ask säger": word {@code t} is one of two
   * words joined by "och" ("o") right after a noun of persons, set off by commas or after a
   * possessive, before "som", a finite verb or a verb of a person ("föddes"): the names of those persons.
   */
  boolean pairAfterPersonNoun(int t) {
    int first;
    if (tokens.is(t + 1, "och") || tokens.is(t + 1, "o")) {
      first = t;
    } else if (tokens.is(t - 1, "och") || tokens.is(t - 1, "o")) {
      first = t - 2;
    } else {
      return false;
    }
    int second = first + 2;
    if (!tokens.isWord(first) || !tokens.isWord(second)) {
      return false;
    }
    boolean commas = tokens.isPunct(first - 1, ',');
    int noun = commas ? first - 2 : first - 1;
    if (commas && PLACE_ADVERBS.has(tokens, noun)) {
      noun--; // "barnen bredvid, artem o sofiia, e ensamma"
    }
    if (!tokens.isWord(noun) || !(Category.CUE_RELATION.in(words.flags[noun]) || words.inSet(PERSON_PLURALS, noun))
        || !commas && !(tokens.isWord(noun - 1) && Category.CUE_POSSESSIVE.in(words.flags[noun - 1]))) {
      return false;
    }
    int verb = commas ? second + 2 : second + 1;
    return (!commas || tokens.isPunct(second + 1, ',')) && tokens.isWord(verb)
        && (tokens.is(verb, "som") || words.inSet(ClauseWords.FINITE_VERBS, verb)
            || words.inSet(ClauseWords.VERBS_OF_A_PERSON, verb)); // "våra tvillingar ask och vilja föddes"
  }

  /** Adverbs of place that may stand between the noun of persons and the pair: "barnen bredvid, …". */
  private static final WordSieve PLACE_ADVERBS = WordSieve.of("bredvid", "här", "där", "hemma", "också", "intill",
      "ovanför", "nedanför");

  /** Nouns of several persons that a pair of names may follow: "två barn, ask och liv,". */
  private static final CharArraySet PERSON_PLURALS = WordFacts.words(
      "barn", "barnen", "tvillingar", "tvillingarna", "döttrar", "döttrarna", "söner", "sönerna", "syskon",
      "syskonen", "systrar", "bröder", "barnbarn", "barnbarnen", "kompisar", "vänner", "killar", "tjejer",
      "grannar", "ungar", "ungarna", "flickor", "pojkar", "kusiner", "kusinerna", "bonusbarn");

  /**
   * Word {@code t} opens a list set off by a comma or colon after a noun of persons: "två barn,
   * vilja 9 och melker 12", "barnen: liv 9 och elton 6"; or right after such a noun that a
   * possessive owns: "hennes barn ask 5 och liv 8".
   */
  boolean listAfterPersonNoun(int t) {
    boolean setOff = tokens.isPunct(t - 1, ',') || tokens.isPunct(t - 1, ':');
    int noun = setOff ? t - 2 : t - 1;
    if (!setOff && !(tokens.adjacent(noun) && tokens.isWord(noun - 1) && tokens.adjacent(noun - 1)
        && Category.CUE_POSSESSIVE.in(words.flags[noun - 1]))) {
      return false;
    }
    return tokens.isWord(noun) && (words.inSet(PERSON_PLURALS, noun) || Category.CUE_RELATION.in(words.flags[noun]));
  }
}
