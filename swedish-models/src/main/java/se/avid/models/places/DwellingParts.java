package se.avid.models.places;

import se.avid.models.lexicon.Tokens;

/**
 * Reads the parts of an address that follow the house number and locate a home inside the
 * building: floor ({@code 3 tr}, {@code 2 trappor}, {@code vån 4}, {@code nb}), flat ({@code lgh
 * 1102}, {@code lägenhet nr 12}) and entrance ({@code uppgång B}), in any order, each optionally
 * after a comma. These parts narrow an address down to one household, so they belong in its span.
 * Stateless and thread-safe.
 */
final class DwellingParts {

  /** At most this many parts are read: no real address has more ({@code uppgång B, 3 tr, lgh 1102}). */
  private static final int MAX_PARTS = 3;

  private static final int MAX_FLOOR_DIGITS = 2;
  private static final int MAX_FLAT_DIGITS = 5;

  private DwellingParts() {}

  /**
   * The index of the last token of the dwelling parts after token {@code last} (the end of a house
   * number), or {@code last} itself when none follows.
   */
  static int lastToken(Tokens tokens, int last) {
    for (int parts = 0; parts < MAX_PARTS; parts++) {
      int v = last + 1;
      if (!tokens.adjacent(last) && !tokens.isPunct(v, ',')) {
        return last; // a line break ends the address line
      }
      if (tokens.isPunct(v, ',')) {
        if (!tokens.adjacent(v)) {
          return last;
        }
        v++;
      }
      int end = part(tokens, v);
      if (end < 0) {
        return last;
      }
      last = end;
    }
    return last;
  }

  /** The last token of one part starting at {@code v}, or -1. */
  private static int part(Tokens tokens, int v) {
    if (isNumber(tokens, v, MAX_FLOOR_DIGITS) && (tokens.adjacent(v) || glued(tokens, v)) && isFloorWord(tokens, v + 1)) {
      return v + 1; // "3 tr", "2 trappor", "4 vån", "4tr"
    }
    if (tokens.is(v, "tr") || tokens.is(v, "nb") || tokens.is(v, "bv") || tokens.is(v, "bottenvåning")) {
      return v; // "12 tr" (the number read was the floor), "nb"
    }
    if ((tokens.is(v, "vån") || tokens.is(v, "våning")) && tokens.adjacent(v)) {
      int w = dotAfter(tokens, v) + 1;
      return isNumber(tokens, w, MAX_FLOOR_DIGITS) ? w : -1;
    }
    if (tokens.is(v, "lgh") || tokens.is(v, "lägenhet") || tokens.is(v, "lägenhetsnummer") || tokens.is(v, "lägenhetsnr")) {
      int w = dotAfter(tokens, v) + 1;
      if (tokens.is(w, "nr")) {
        w = dotAfter(tokens, w) + 1;
      }
      return isNumber(tokens, w, MAX_FLAT_DIGITS) ? w : -1;
    }
    if ((tokens.is(v, "uppgång") || tokens.is(v, "ingång") || tokens.is(v, "port")) && tokens.adjacent(v)) {
      int w = v + 1;
      boolean letter = tokens.isWord(w) && tokens.length(w) == 1;
      return letter || isNumber(tokens, w, MAX_FLOOR_DIGITS) ? w : -1;
    }
    return -1;
  }

  /** True when token {@code t + 1} follows {@code t} with nothing between ({@code 4tr}). */
  private static boolean glued(Tokens tokens, int t) {
    return t + 1 < tokens.size() && tokens.end(t) == tokens.start(t + 1);
  }

  /**
   * True when a floor, flat or entrance part starts at token {@code v} ({@code lgh 1102},
   * {@code 3 tr}): after a house number it makes the words before it an address.
   */
  static boolean startsAt(Tokens tokens, int v) {
    return part(tokens, v) >= 0;
  }

  private static boolean isFloorWord(Tokens tokens, int t) {
    return tokens.is(t, "tr") || tokens.is(t, "trappor") || tokens.is(t, "trappa") || tokens.is(t, "trappan")
        || tokens.is(t, "vån") || tokens.is(t, "våning") || tokens.is(t, "våningen");
  }

  private static boolean isNumber(Tokens tokens, int t, int maxDigits) {
    return t < tokens.size() && tokens.kind(t) == Tokens.NUMBER && tokens.length(t) <= maxDigits;
  }

  /** {@code t}, or the dot of an abbreviation right after it ({@code lgh.}, {@code vån.}). */
  private static int dotAfter(Tokens tokens, int t) {
    return tokens.isPunct(t + 1, '.') && tokens.end(t) == tokens.start(t + 1) ? t + 1 : t;
  }
}
