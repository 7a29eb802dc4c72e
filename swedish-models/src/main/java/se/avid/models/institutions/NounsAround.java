package se.avid.models.institutions;

import se.avid.models.lexicon.Tokens;

/**
 * Whether an institution noun or a compound of one ({@link InstitutionNouns#isNounOrCompound})
 * stands at each of the tokens around the one {@link InstitutionDetector} is at, in the bits of
 * an {@code int}: its gate asks it of the word after each word and of the one or two before it,
 * so a text's walk asked it two or three times a token, each a look-up of the word's last
 * letters. Shifted along as the walk goes, it is found once a token. Bit {@code k} is token
 * {@code t - 2 + k}, {@code k} from 0 to 3. Stateless.
 */
final class NounsAround {

  private static final int AFTER = 1 << 3;
  private static final int BEFORE = 1 << 1;
  private static final int TWO_BEFORE = 1;

  private NounsAround() {}

  /** The bits before the walk's first step: token 0, as the next token of token -1. */
  static int first(Tokens tokens) {
    return InstitutionNouns.isNounOrCompound(tokens, 0) ? AFTER : 0;
  }

  /** The bits at token {@code t}, from those at {@code t - 1}: one look-up, of token {@code t + 1}. */
  static int next(Tokens tokens, int t, int previous) {
    return previous >>> 1 | (InstitutionNouns.isNounOrCompound(tokens, t + 1) ? AFTER : 0);
  }

  /** Whether an institution noun or compound stands right after the walk's token. */
  static boolean after(int nouns) {
    return (nouns & AFTER) != 0;
  }

  /** Whether one stands at token {@code p}, one or two before token {@code t}, whose bits {@code nouns} are. */
  static boolean at(int nouns, int t, int p) {
    assert p == t - 1 || p == t - 2 : "only the two tokens before the walk's token are kept";
    return (nouns & (p == t - 1 ? BEFORE : TWO_BEFORE)) != 0;
  }
}
