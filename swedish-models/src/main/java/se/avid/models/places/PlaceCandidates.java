package se.avid.models.places;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.spi.FindingSink;

/**
 * The cheap test that spares {@link ResidencePlaceDetector} the tokens none of its rules can
 * take: most tokens are punctuation, numbers or short lowercase words ("och", "jag", "att") with
 * no preposition of place in them and no cue after them, and each went through every kind of place
 * (a definite name, a predicate, a county, a compound, a neighbour, a slot) only to be left alone,
 * each asking its own lists of the token or the next.
 *
 * <p>A token is left out when it is no word, or a word with all of these: shorter than the
 * shortest compound of a place ({@link ResidencePlaceDetector#MIN_PLACE_COMPOUND}, so no area or
 * people compound either); not capitalised (a definite name is); no number before it (a post
 * town); no bracket after it (a bracketed name); no word after it that a rule of the next
 * word reads ("ligger", "är", "län", "kommun", "centrum"); and itself no preposition of place,
 * "om", "på" or noun of an area, one list for all of them. For such a token every kind of place
 * returns before it reports anything.
 *
 * <p>The test must stay conservative: a new rule that may take such a token must widen it. With
 * assertions on (as in the tests), {@link ResidencePlaceDetector} still asks every kind of place
 * of each token it leaves out and fails if one is found. Stateless.
 */
final class PlaceCandidates {

  private PlaceCandidates() {}

  /** Words a rule reads at the token itself: the slots of place, "om" after a direction, "på", area nouns. */
  private static final WordSieve AT = WordSieve.union(new WordSieve[] {ResidencePlaceDetector.SLOTS, AreaNouns.NOUNS},
      "om", "på", "pa");
  /** Words a rule reads after the token: a place predicate's verb, "län", "kommun", "centrum". */
  private static final WordSieve AFTER = WordSieve.union(
      new WordSieve[] {PlacePredicates.VERBS, ResidencePlaceDetector.BODY_OR_CENTRE}, "län");

  /** The sink of the check, with assertions on, of a token left out: a finding there fails it. */
  static final FindingSink NOTHING = (start, end, type, score) -> {
    throw new AssertionError("a rule took a token that PlaceCandidates leaves out: widen its test");
  };

  /**
   * Whether token {@code p} may be taken by a rule of {@link ResidencePlaceDetector}: false only
   * for a token that every one of them leaves (see the class comment). Its own shape first, the
   * neighbours last.
   *
   * @param tokens the tokens of the text
   * @param p a token
   * @return whether to ask the rules
   */
  static boolean mayTake(Tokens tokens, int p) {
    return tokens.isWord(p)
        && (tokens.length(p) >= ResidencePlaceDetector.MIN_PLACE_COMPOUND || tokens.has(p, Tokens.CAPITALISED)
            || AT.has(tokens, p) || AFTER.has(tokens, p + 1) || tokens.isPunct(p + 1, '(')
            || p >= 1 && tokens.kind(p - 1) == Tokens.NUMBER);
  }
}
