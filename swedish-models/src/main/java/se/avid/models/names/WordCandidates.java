package se.avid.models.names;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;

/**
 * The cheap test that spares {@link WordRules#decide} the words no rule can take: most words of a
 * post are frequent ordinary words in lowercase ("och", "jag", "att", "inte") with no cue around
 * them, and each of them went through every rule of the detector (a first name before a surname,
 * a rare word after a naming verb, an unknown word, …) only to be left alone.
 *
 * <p>A word is left out when every one of these holds, each read from its record, its shape or its
 * two neighbours: it is lowercase; the lists file it as nothing but an ordinary word or word form, if at
 * all (no name, place, country, public body, cue, multiword entry or genitive of one); it is a
 * frequent word or a dictionary stem as written, and a rare one not right after a naming verb
 * ("heter", "kallar"); Statistics Sweden counts nobody by it, as a first name or as a
 * surname; no cue stands
 * around it ({@link Cues#anyCue}); it is no month in a date, not the "region" of "Region Skåne" and
 * no compass point after "på" ({@link CaseRules#partOfTown}) and no genitive in "på X namn";
 * and the detector has no words of its own to keep (else {@link NameRules} decides every
 * word). For such a word each rule of {@code decide}
 * returns before it sets anything (the pairs need a counted first name or an unknown word, a
 * naming verb makes a name of a rare word only right after it, a speaker's slot only of a
 * counted one, and a frequent or listed word is no unknown one).
 *
 * <p>The test must stay conservative: a new rule that may take such a word must narrow it. With
 * assertions on (as in the tests), {@link NameRules} still decides every word it leaves out and
 * fails if the rules set anything. Stateless.
 */
final class WordCandidates {

  /** The categories of a word that no rule takes alone: ordinary words and word forms. */
  private static final long ORDINARY = Category.bits(Category.COMMON_WORD, Category.WORD_FORM);
  private static final int CASED = Tokens.CAPITALISED | Tokens.ALL_CAPS;

  private WordCandidates() {}

  /**
   * Whether word {@code t} may be taken by a rule: false only for a word that {@link WordRules#decide}
   * would leave as it is (see the class comment). The record's tests first, the neighbours last.
   *
   * @param tokens the tokens of the text
   * @param words their facts, looked up
   * @param cues the cues of the text
   * @param t a word, not yet decided
   * @return whether to decide it
   */
  static boolean mayDecide(Tokens tokens, WordFacts words, Cues cues, int t) {
    long f = words.flags[t];
    return (f & ~ORDINARY) != 0 || words.genitive[t] || tokens.has(t, CASED)
        || !words.isFrequent(t) && (!words.isFrequentOrListed(t) || cues.naming.afterNameGivingVerb(t))
        || words.firstNameBearers(t) != 0 || words.surnameBearers(t) != 0
        || cues.anyCue(t) || cues.monthInADate(t) || cues.places.isRegionBody(t)
        || words.givenName(t) && cues.naming.afterNamedObject(t) || CaseRules.partOfTown(tokens, cues, t)
        || cues.inWhoseName(t);
  }
}
