package se.avid.models.names;

import se.avid.models.lexicon.Tokens;

/**
 * A telephone number right after a word, which names the one to call ("lisa 070-123 45 67"), as the
 * slot rules and signatures read it. Stateless.
 */
final class TelephoneNumbers {

  /** The fewest digits of a Swedish telephone number with its area code ("08-12 34 56"). */
  static final int MIN_DIGITS = 8;
  /** Digit groups and hyphens looked at: "070 - 123 45 67" has six. */
  private static final int MAX_GROUPS = 8;

  private TelephoneNumbers() {}

  /**
   * "lisa 070-123 45 67", "Ahmed +46 73 123 45 67", "mojje 0701234567": right before a telephone
   * number (digits that open with 0 or +, at least {@value #MIN_DIGITS} of them, in groups
   * joined by spaces or hyphens), a word names the one to call, as in a signature or a contact list.
   *
   * @param tokens the tokens of a text
   * @param t a word
   * @return whether a telephone number follows it
   */
  static boolean after(Tokens tokens, int t) {
    int v = t + 1;
    if (!tokens.adjacent(t) || tokens.kind(v) != Tokens.NUMBER && !tokens.isPunct(v, '+')) {
      return false; // the most frequent case: no number right after the word
    }
    boolean plus = tokens.isPunct(v, '+');
    if (plus) {
      v++;
    }
    if (tokens.kind(v) != Tokens.NUMBER || !plus && tokens.lower()[tokens.start(v)] != '0') {
      return false; // "lisa 5 år", "max 3 timmar": no telephone number
    }
    int digits = 0;
    for (int groups = 0; v < tokens.size() && groups < MAX_GROUPS; v++, groups++) {
      if (tokens.kind(v) == Tokens.NUMBER) {
        digits += tokens.length(v);
      } else if (!tokens.isPunct(v, '-')) {
        break;
      }
      if (!tokens.adjacent(v) && tokens.end(v) != tokens.start(v + 1)) {
        v++;
        break;
      }
    }
    return digits >= MIN_DIGITS;
  }
}
