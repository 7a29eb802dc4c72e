package se.avid.models.names;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Slots where a lowercase word that is also a first name reads as the word, whatever a context
 * model trained on names makes of it: coordinated with an ordinary noun in one phrase ("arbete och
 * liv saknar mening", "liv och hälsa"; not "på nätterna och mina säger", where "och" opens a
 * clause, nor "vårdnad och saga, som"), or before a quantity that is no age ("pappa bo 3 dagar hos
 * oss"). A part of the name rules; not thread-safe, one per call.
 */
final class WordReadings {

  private final Tokens tokens;
  private final WordFacts words;

  WordReadings(Tokens tokens, WordFacts words) {
    this.tokens = tokens;
    this.words = words;
  }

  /** Word {@code t} reads as the word here (see the class comment). */
  boolean wordReading(int t) {
    return coordinatedWithThing(t) || beforeQuantity(t);
  }

  /**
   * "arbete och liv", "liv och hälsa": across "och", "o" or "eller", a lowercase ordinary word that
   * no list files as a name, a cue or a kin noun ("mamma och saga" may be a sister).
   */
  private boolean coordinatedWithThing(int t) {
    if (tokens.isPunct(t + 1, ',') || tokens.is(t + 1, "som") || AgeSlots.ageInParentheses(tokens, t)) {
      // "vårdnad och saga, som nu är 8": set off, or a relative clause about a person; "utredning
      // och liv (7)": an age in parentheses, which no thing is given
      return false;
    }
    int partner = tokens.adjacent(t) && CONJUNCTIONS.has(tokens, t + 1) && tokens.adjacent(t + 1) ? t + 2
        : tokens.adjacent(t - 1) && CONJUNCTIONS.has(tokens, t - 1) && tokens.adjacent(t - 2)
            && !PREPOSITIONS.has(tokens, t - 3) ? t - 2 : -1; // "på nätterna och mina säger": a new clause
    return partner >= 0 && tokens.isWord(partner) && !tokens.has(partner, Tokens.CAPITALISED)
        && !tokens.has(partner, Tokens.ALL_CAPS) && tokens.length(partner) >= 3 && !PRONOUNS.has(tokens, partner)
        && !words.inSet(ClauseWords.FINITE_VERBS, partner) && words.flags[partner] == 0
        && words.firstNameBearers(partner) == 0 && words.isCommon(partner);
  }

  /** "bo 3 dagar", "bo 2 nätter": a number and a unit of time, money or way that no age is given in. */
  private boolean beforeQuantity(int t) {
    int number = t + 1;
    return tokens.adjacent(t) && number < tokens.size() && tokens.kind(number) == Tokens.NUMBER && tokens.adjacent(number)
        && UNITS.has(tokens, number + 1);
  }

  private static final WordSieve CONJUNCTIONS = WordSieve.of("och", "o", "eller");
  /** Pronouns of persons, which coordinate with a name ("stig o dom andra", "saga och jag"). */
  private static final WordSieve PRONOUNS = WordSieve.of("dom", "dem", "de", "jag", "ja", "du", "han", "hon", "hen",
      "vi", "ni", "mig", "mej", "dig", "dej", "oss", "er", "honom", "henne", "alla", "andra");
  private static final WordSieve PREPOSITIONS = WordSieve.of("på", "i", "med", "till", "från", "av", "om", "under",
      "efter", "före", "hos", "vid", "utan", "mot");
  /** Units of a quantity that is no age (an age is in "år", "månader", "veckor" of a baby too). */
  private static final WordSieve UNITS = WordSieve.of("dagar", "dygn", "timmar", "timme", "nätter", "gånger", "ggr",
      "kr", "kronor", "mil", "km", "minuter", "min");
}
