package se.avid.models.institutions;

/**
 * Whether an institution noun or a compound of one ({@link InstitutionNouns#isNounOrCompound})
 * stands at each of the tokens around the one {@link InstitutionDetector} is at, in the bits of
 * an {@code int}: its gate asks it of the word after each word and of the one or two before it.
 * Read from the words' {@link WordRoles}, kept as the walk goes. Bit {@code k} is token
 * {@code t - 2 + k}, {@code k} from 0 to 3. Stateless.
 */
final class NounsAround {

  private static final int AFTER = 1 << 3;
  private static final int BEFORE = 1 << 1;
  private static final int TWO_BEFORE = 1;

  private NounsAround() {}

  /** The bits at token {@code t}, from the {@link WordRoles} of tokens {@code t - 2} to {@code t + 1}. */
  static int of(int twoBefore, int before, int at, int after) {
    return (twoBefore & WordRoles.NOUN) | (before & WordRoles.NOUN) << 1 | (at & WordRoles.NOUN) << 2
        | (after & WordRoles.NOUN) << 3;
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
