package se.avid.models.names;

import static se.avid.models.names.NameScores.REDACT;
import static se.avid.models.names.WordLabels.NAME;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Lists of persons each with where they are, the verb said once: "abdi på gymnasiet, sagal och
 * nimco på årbyskolan, ilhan på fröslundaskolan och khadar på förskolan", "sara går på ekbacken,
 * liv på solrosen". An element that repeats the preposition of the one before it, whose first word
 * is a name found, opens with a person too: parents list their children so. Stateless.
 */
final class GappedLists {

  private GappedLists() {}

  /** The prepositions of where a person goes or stays that such lists repeat. */
  private static final WordSieve PREPOSITIONS = WordSieve.of("på", "pa", "i", "hos", "vid", "från");

  /**
   * The name that opens the element before the one that word {@code t} opens, or -1: {@code t}
   * follows a comma or "och", a preposition of {@link #PREPOSITIONS} follows it, and the element
   * before ends with the same preposition and one word, after a name found with evidence enough to
   * redact, or after the name and its finite verb.
   *
   * @param tokens the text's tokens
   * @param words the facts of its words
   * @param type the label of each token
   * @param score the score of each token's label
   * @param t a word
   * @return the index of the name before, or -1
   */
  static int namedElementBefore(Tokens tokens, WordFacts words, byte[] type, double[] score, int t) {
    int preposition = t + 1;
    if (!tokens.adjacent(t) || !PREPOSITIONS.has(tokens, preposition) || !tokens.isWord(preposition + 1)) {
      return -1;
    }
    int c = t - 1;
    if (!(tokens.isPunct(c, ',') || tokens.is(c, "och") || tokens.is(c, "o"))) {
      return -1;
    }
    int before = c - 2; // the element before: its preposition, then one word
    if (!tokens.isWord(c - 1) || !tokens.isWord(before) || !tokens.sameWord(before, preposition)) {
      return -1;
    }
    int name = before - 1;
    if (tokens.isWord(name) && !isName(type, score, name) && words.inSet(ClauseWords.FINITE_VERBS, name)) {
      name--; // "sara går på ekbacken, liv på solrosen": the verb is said once, in the first element
    }
    return tokens.isWord(name) && isName(type, score, name) ? name : -1;
  }

  private static boolean isName(byte[] type, double[] score, int t) {
    return type[t] == NAME && score[t] >= REDACT;
  }
}
