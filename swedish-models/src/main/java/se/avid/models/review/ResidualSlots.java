package se.avid.models.review;

import se.avid.models.institutions.InstitutionNouns;
import se.avid.models.lexicon.Tokens;

/**
 * The positions in a post where a word is a name or a place whatever its case: after a place
 * preposition ({@code bor i kista}), next to an institution noun ({@code förskola trollskogen},
 * {@code hemgården äldreboende}), before a naming verb and a pronoun ({@code ask heter hon}), and
 * the cue words before a number ({@code tel}, {@code konto}). Lowercased posts lose the capital
 * that marks a name; these positions still mark it. Stateless.
 */
final class ResidualSlots {

  private ResidualSlots() {}

  /** Prepositions before a place ("bor i", "flyttade till", "från"), also typed without å. */
  private static final String[] PLACE_PREPOSITIONS = {"i", "på", "pa", "från", "fran", "vid", "till"};

  /** Verbs that name the words before them when a pronoun follows ("Ask heter hon"). */
  private static final String[] NAMING_VERBS = {"heter", "hette", "kallas"};

  private static final String[] PERSONAL_PRONOUNS = {"han", "hon", "hen"};

  /** Longest preposition above: most words are longer and are settled by their length alone. */
  private static final int MAX_PREPOSITION = 4;

  /** Shortest definite noun ("gården") that a name of a place or home takes. */
  private static final int MIN_DEFINITE = 5;

  /**
   * True when word {@code t} follows a place preposition ({@code i}, {@code på}, {@code från},
   * {@code vid}, {@code till}).
   */
  static boolean isAfterPlacePreposition(Tokens tokens, int t) {
    int p = t - 1;
    if (!tokens.isWord(p) || tokens.length(p) > MAX_PREPOSITION) {
      return false;
    }
    return tokens.isAnyOf(p, PLACE_PREPOSITIONS);
  }

  /** True when word {@code t} comes right after an institution noun ("förskola trollskogen"). */
  static boolean isAfterInstitutionNoun(Tokens tokens, int t) {
    return tokens.adjacent(t - 1) && InstitutionNouns.isNoun(tokens, t - 1);
  }

  /** True when word {@code t} comes right before an institution noun ("hemgården äldreboende"). */
  static boolean isBeforeInstitutionNoun(Tokens tokens, int t) {
    return tokens.adjacent(t) && InstitutionNouns.isNoun(tokens, t + 1);
  }

  /**
   * True when word {@code t}, and at most one more word, come before a naming verb and a personal
   * pronoun ("ask lindgren heter hon"): the words a post names someone by.
   */
  static boolean isBeforeNamingVerb(Tokens tokens, int t) {
    for (int verb = t + 1; verb <= t + 2; verb++) {
      if (!tokens.adjacent(verb - 1)) {
        return false;
      }
      if (tokens.isAnyOf(verb, NAMING_VERBS)) {
        return tokens.adjacent(verb) && tokens.isAnyOf(verb + 1, PERSONAL_PRONOUNS);
      }
      if (!tokens.isWord(verb)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a word in a definite form ends in {@code -en}, {@code -et} or {@code -an}
   * ("hemgården", "trollskogen"): the form the name of a home, a school or a venue takes.
   */
  static boolean isDefinite(char[] lower, int start, int length) {
    if (length < MIN_DEFINITE) {
      return false;
    }
    char last = lower[start + length - 1];
    char before = lower[start + length - 2];
    boolean het = last == 't' && lower[start + length - 3] == 'h'; // "verksamhet": no definite form
    return (before == 'e' && (last == 'n' || last == 't') && !het) || before == 'a' && last == 'n';
  }

  /** Endings of plurals and participles ("kvällarna", "ärvda", "anpassad"): an inflected word. */
  private static final String[] INFLECTIONS = {"rna", "da", "de", "ad", "at", "ade", "ande", "ende", "iga", "ig"};

  /** True when the word ends in a plural or participle ending ({@link #INFLECTIONS}), leaving three letters. */
  static boolean isInflected(char[] lower, int start, int length) {
    for (String ending : INFLECTIONS) {
      int n = ending.length();
      if (length >= n + 3 && endsWith(lower, start + length - n, ending)) {
        return true;
      }
    }
    return false;
  }

  /** True when the word has a vowel; acronyms typed in lowercase often have none ("rfsl", "pls"). */
  static boolean hasVowel(char[] lower, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if ("aeiouyåäöé".indexOf(lower[i]) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] lower, int from, String ending) {
    for (int i = 0; i < ending.length(); i++) {
      if (lower[from + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
