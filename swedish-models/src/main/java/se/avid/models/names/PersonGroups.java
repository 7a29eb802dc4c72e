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
   * "två barn, ask och liv, som", "mina kompisar liv o ask säger", "har tvillingar ask och vilja 3
   * år", "mina småsyskon lilja och theo,": word {@code t} is one of two words joined by "och" ("o")
   * right after a noun of persons ({@link #personNoun}), set off by commas, or owned (a possessive
   * or "har" before the noun). Set off, the pair is followed by "som" or a verb; owned, also by an
   * age or a comma: the names of those persons.
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
    boolean owned = tokens.isWord(noun - 1)
        && (Category.CUE_POSSESSIVE.in(words.flags[noun - 1]) || HAVE.has(tokens, noun - 1));
    if (!tokens.isWord(noun) || !personNoun(noun) || !commas && !owned) {
      return false;
    }
    int after = commas ? second + 2 : second + 1;
    if (commas && !tokens.isPunct(second + 1, ',')) {
      return false;
    }
    return tokens.isWord(after) && (tokens.is(after, "som") || words.inSet(ClauseWords.FINITE_VERBS, after)
            || words.inSet(ClauseWords.VERBS_OF_A_PERSON, after)) // "våra tvillingar ask och vilja föddes"
        // "har tvillingar ask och vilja 3 år", "mina småsyskon lilja och theo, tvättade"
        || !commas && (AgeSlots.smallNumber(tokens, after) || tokens.isPunct(after, ',')) && named(first) && named(second);
  }

  /** A noun of several persons or a kin noun, or a compound ending in one: "småsyskon", "fosterbarn". */
  private boolean personNoun(int noun) {
    if (words.inSet(PERSON_PLURALS, noun) || Category.CUE_RELATION.in(words.flags[noun])) {
      return true;
    }
    int start = tokens.start(noun);
    int length = tokens.length(noun);
    char[] lower = tokens.lower();
    for (int head = MIN_HEAD; head <= length - MIN_PLURAL; head++) {
      if (PERSON_PLURALS.contains(lower, start + head, length - head)) {
        return true;
      }
    }
    return false;
  }

  /** The shortest first part of a compound noun of persons ("små|syskon") and the shortest noun ("barn"). */
  private static final int MIN_HEAD = 3;
  private static final int MIN_PLURAL = 4;

  /** A word that people are called by: "mina vänner liv och lust," names one friend, not two. */
  private boolean named(int k) {
    return words.firstNameBearers(k) > 0 || Category.FIRST_NAME.in(words.flags[k]);
  }

  /** The verbs of having that own a noun of persons as a possessive does: "har tvillingar ask och vilja". */
  private static final WordSieve HAVE = WordSieve.of("har", "hade", "fick", "får");

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
