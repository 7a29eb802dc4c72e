package se.avid.models.institutions;

import se.avid.models.lexicon.Tokens;

/**
 * The cheap test that spares {@link InstitutionDetector} the words none of its rules can take,
 * told by the word's shape and the {@link WordRoles} of the words around it: about nine words in
 * ten. It must stay conservative: a new rule that may take another word must widen it. With
 * assertions on (as in the tests), the detector still asks every rule of each word it leaves out
 * and fails if one takes it. Stateless.
 */
final class InstitutionCandidates {

  private InstitutionCandidates() {}

  /**
   * Whether word {@code t} may name an institution by any rule: a university's first word, a
   * short form in capitals, a word in a preposition's slot that such a rule takes ({@link
   * #isInSlot}), a word capitalised inside a sentence, before an institution noun or a venue's,
   * before "X- och", with an institution's ending, or after a noun a name may follow, right
   * before it or before the comma before it.
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @param twoBefore the {@link WordRoles} of token {@code t - 2}
   * @param before those of token {@code t - 1}
   * @param at those of word {@code t}
   * @param after those of token {@code t + 1}
   * @return whether to ask the rules
   */
  static boolean mayTake(Tokens tokens, int t, int twoBefore, int before, int at, int after) {
    if ((at & WordRoles.NAME_ENDING) != 0 || tokens.has(t, Tokens.ALL_CAPS)) {
      return true;
    }
    if ((before & WordRoles.SLOT) != 0 && isInSlot(tokens, t, at)) {
      return true;
    }
    return tokens.length(t) >= 3
        && ((after & (WordRoles.NOUN | WordRoles.NOUN_AFTER_NAME)) != 0
            || ((before | twoBefore) & (WordRoles.NOUN | WordRoles.NOUN_BEFORE_NAME)) != 0
            || ProperStarts.isCapitalisedInside(tokens, t) || tokens.isPunct(t + 2, '-'));
  }

  /**
   * Whether a rule of a preposition's slot may take word {@code t} after one: a hospital's or
   * prison's name, a word where a person lives or goes ({@link PlacingSlots}), or one before "i"
   * and a town; other words after a preposition only as the rules of any word take them.
   */
  private static boolean isInSlot(Tokens tokens, int t, int at) {
    return (at & WordRoles.HOSPITAL_OR_PRISON) != 0 || tokens.is(t + 1, "i") || PlacingSlots.isAfterPlacing(tokens, t)
        || PlacingSlots.isAfterDailyActivity(tokens, t);
  }
}
