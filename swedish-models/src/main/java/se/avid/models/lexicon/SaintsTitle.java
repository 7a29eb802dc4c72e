package se.avid.models.lexicon;

/**
 * A saint's title before a name: {@code sankt}, {@code s:t} or {@code st.}, in any case ("S:t
 * Görans sjukhus", "sankt eriksgatan 58", "S:t Olofsgatan 3", "St. Olavs hospital"). Streets, hospitals, churches and places are named
 * after saints, and the title is part of the name. The tokenizer reads {@code s:t} as three tokens
 * written together.
 */
public final class SaintsTitle {

  private SaintsTitle() {}

  /**
   * True if token {@code p} is the {@code t} of {@code s:t}.
   *
   * @param tokens the text's tokens
   * @param p a token index
   * @return whether {@code p} ends a saint's title written with a colon
   */
  public static boolean endsAt(Tokens tokens, int p) {
    return tokens.is(p, "t") && tokens.isPunct(p - 1, ':') && tokens.is(p - 2, "s")
        && tokens.end(p - 2) == tokens.start(p - 1) && tokens.end(p - 1) == tokens.start(p);
  }

  /**
   * The first token of a saint's title right before word {@code t}, with only spaces between them.
   *
   * @param tokens the text's tokens
   * @param t a word's token index
   * @return the index of {@code sankt} or of the {@code s} of {@code s:t}, or -1 without a title
   */
  public static int startBefore(Tokens tokens, int t) {
    int p = t - 1;
    if (!tokens.adjacent(p)) {
      return -1;
    }
    if (tokens.is(p, "sankt")) {
      return p;
    }
    if (tokens.isPunct(p, '.') && tokens.is(p - 1, "st") && tokens.end(p - 1) == tokens.start(p)) {
      return p - 1; // "St. Olavs hospital": the title shortened with a full stop
    }
    return endsAt(tokens, p) ? p - 2 : -1;
  }
}
