package se.avid.models.context;

/**
 * Judges from its context whether a token is part of a person name or a place, where lexicons
 * alone cannot tell ({@code björn} the bear or Björn, {@code sten}, {@code mark}, {@code dag}, a
 * capitalised word at the start of a sentence, an unknown capitalised word).
 *
 * <p>The name and place detectors call it only for such ambiguous candidates, so that its cost
 * stays off the hot path of ordinary words. Implementations are immutable and thread-safe.
 */
public interface ContextScorer {

  /**
   * The probabilities that {@code tokens[index]} is part of a person name and part of a place.
   *
   * @param tokens the tokens of the sentence (or window) as written, punctuation as own tokens
   * @param index the token to judge
   * @return a new {@link Judgement}
   */
  Judgement judge(String[] tokens, int index);

  /**
   * Probabilities, each 0 to 1, that a token is part of a person name or of a place.
   *
   * @param person the probability that the token is part of a person's name
   * @param place the probability that it is part of the name of a place
   */
  record Judgement(double person, double place) {
    /**
     * Checks that both probabilities lie in [0,1].
     *
     * @param person the probability that the token is part of a person's name
     * @param place the probability that it is part of the name of a place
     * @throws IllegalArgumentException if one does not
     */
    public Judgement {
      if (!(person >= 0 && person <= 1 && place >= 0 && place <= 1)) {
        throw new IllegalArgumentException("probabilities out of [0,1]");
      }
    }
  }
}
