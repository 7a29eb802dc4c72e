package se.avid.detect.contact;

import se.avid.text.ScanText;

/**
 * The street line of an address right before a postal code ({@code Storgatan 12, 123 45},
 * {@code vikingagatan 5 lgh 1302, 123 45}), read backwards from the code. A part of
 * {@link PostalCodeDetector}; stateless.
 */
final class AddressLineBefore {

  private AddressLineBefore() {}

  /** How far back a street address before the code is looked for: a street, number, flat and floor. */
  private static final int ADDRESS_WINDOW = 60;

  /** The shortest street name without a street ending that an address line is taken to begin with. */
  private static final int MIN_STREET_NAME = 4;

  /**
   * Words of a flat, floor or entrance, between a street address and its postal code; and the
   * Danish floor and side ({@code 1. tv}, {@code st. th}, {@code 2. sal}, {@code kl.}).
   */
  private static final String[] DWELLING_WORDS = {
    "lgh", "lägenhet", "lägenhetsnummer", "nr", "tr", "trappor", "trappa", "vån", "våning", "nb", "uppgång", "bv",
    "tv", "th", "mf", "st", "sal", "kl"
  };

  /**
   * Those of {@link #DWELLING_WORDS} whose number follows them ({@code lgh 1302}) or that have none
   * ({@code st.}, the Danish ground floor); the others follow theirs ({@code 2 tr}, {@code 1. tv}).
   */
  private static final String[] DWELLING_WORDS_BEFORE_NUMBER = {
    "lgh", "lägenhet", "lägenhetsnummer", "nr", "vån", "våning", "uppgång", "st", "kl"
  };

  /** Words before a number and a comma that make no address line ({@code år 2019, 123 45}). */
  private static final String[] NOT_STREETS = {
    "år", "kl", "klockan", "sidan", "sida", "kapitel", "punkt", "nummer", "nr", "version", "och", "eller", "till",
    "från", "med", "vecka", "veckan", "dag", "rum", "buss", "linje", "tåg", "plats"
  };

  /**
   * Street-name endings, as in {@code Storgatan 12, 123 45}; and the Norwegian, Danish and Finnish
   * ones of the neighbours' addresses ({@code Kongens gate 3}, {@code Vesterbrogade 112},
   * {@code Strandvej 4}, {@code Storveien 5}, {@code Kauppakatu 5}).
   */
  private static final String[] STREET_SUFFIXES = {
    "gatan", "vägen", "gränd", "gränden", "stigen", "backen", "torget", "torg", "plan", "allén", "leden", "stråket",
    "slingan", "gången", "platsen", "kajen", "väg", "gata", "gård", "gården", "box",
    "gate", "gade", "vej", "veien", "vegen", "katu", "torv", "stræde"
  };

  /**
   * A street address right before the code: {@code Storgatan 12, }, {@code Vasavägen 3B },
   * also with its flat and floor between ({@code vikingagatan 5 lgh 1302, },
   * {@code ringvägen 110, 1 tr, }), and, before a grouped code, a word and a house number
   * without a street ending ({@code skogsbrynet 4, 746 30}), as the street line of an address is
   * written in any case.
   */
  static boolean streetAddressBefore(ScanText t, int start, boolean grouped) {
    int limit = Math.max(0, start - ADDRESS_WINDOW);
    int j = skipBack(t, start - 1, limit);
    boolean comma = j >= 0 && j < start - 1 && t.charAt(j + 1) == ',';
    // Flat and floor parts, last first: "lgh 1302", "lägenhet 4", "2 tr", "nb", "1. tv", "H0101"
    for (int parts = 0; parts < 3 && j >= limit; parts++) {
      int wordStart = wordStartBefore(t, j, limit);
      if (wordStart <= j && ScanSupport.wordIn(t, wordStart, j + 1, DWELLING_WORDS)) {
        boolean numberAfter = ScanSupport.wordIn(t, wordStart, j + 1, DWELLING_WORDS_BEFORE_NUMBER);
        j = skipBack(t, wordStart - 1, limit); // "2 tr", "nb": the word, then maybe its number
        if (j > limit && t.charAt(j) == '.') {
          j--; // the Danish floor's full stop: "1. tv", "st. th"
        }
        int digitsStart = digitsStartBefore(t, j, limit);
        // its number, unless a comma ends the street line before it ("Stengade 22, th, ")
        if (digitsStart <= j && !numberAfter && !commaBetween(t, j + 1, wordStart)) {
          j = skipBack(t, digitsStart - 1, limit);
        }
        continue;
      }
      int digitsStart = digitsStartBefore(t, j, limit);
      if (j - digitsStart + 1 == 4 && digitsStart - 1 > limit && (t.charAt(digitsStart - 1) | 0x20) == 'h'
          && !ScanSupport.isLetter(t.charAt(digitsStart - 2))) {
        j = skipBack(t, digitsStart - 2, limit); // "H0101": a Norwegian flat, its floor and door
        continue;
      }
      if (digitsStart <= j) {
        int k = skipBack(t, digitsStart - 1, limit);
        int w = wordStartBefore(t, k, limit);
        if (w <= k && ScanSupport.wordIn(t, w, k + 1, DWELLING_WORDS_BEFORE_NUMBER)) {
          j = skipBack(t, w - 1, limit); // "lgh 1302"
          continue;
        }
      }
      break;
    }
    // The street and its number: "Storgatan 12", "Vasavägen 3B", "trädgårdsgatan 14 b"
    if (j >= limit && ScanSupport.isAsciiLetter(t.charAt(j)) && j > 0 && ScanSupport.isAsciiDigit(t.charAt(j - 1))) {
      j--; // the letter of "12B"
    } else if (isEntranceLetter(t, j, limit)) {
      j -= 2; // the letter of "14 b", a word of one letter after the number
    }
    int digitsStart = digitsStartBefore(t, j, limit);
    if (digitsStart > j || digitsStart - 1 < limit || t.charAt(digitsStart - 1) != ' ') {
      return false;
    }
    int wordEnd = digitsStart - 1;
    int wordStart = wordStartBefore(t, wordEnd - 1, limit);
    if (wordStart >= wordEnd) {
      return false;
    }
    for (String suffix : STREET_SUFFIXES) {
      if (wordEnd - wordStart >= suffix.length() && ScanSupport.matchesIgnoreCase(t, wordEnd - suffix.length(), suffix)) {
        return true;
      }
    }
    // "skogsbrynet 4, 746 30": a street with no street ending, known by the line it is on
    return grouped && comma && wordEnd - wordStart >= MIN_STREET_NAME && !ScanSupport.wordIn(t, wordStart, wordEnd, NOT_STREETS);
  }

  /**
   * Whether {@code j} ends a word of one letter after a number and one space, the entrance letter
   * of {@code 14 b}: written apart from its number as often as together ({@code 14b}), and in
   * lowercase text the town after the code no longer tells the code by its capital.
   */
  private static boolean isEntranceLetter(ScanText t, int j, int limit) {
    // j ends what skipBack left: a space, comma, line break or the code's digits follow it, never a letter
    return j - 2 >= limit && ScanSupport.isAsciiLetter(t.charAt(j)) && t.charAt(j - 1) == ' '
        && ScanSupport.isAsciiDigit(t.charAt(j - 2));
  }

  /** Whether a comma stands in {@code [from, to)}. */
  private static boolean commaBetween(ScanText t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.charAt(i) == ',') {
        return true;
      }
    }
    return false;
  }

  /** The index of the last char at or before {@code j} that is no space, comma or line break, or {@code limit - 1}. */
  private static int skipBack(ScanText t, int j, int limit) {
    while (j >= limit && (t.charAt(j) == ' ' || t.charAt(j) == ',' || t.charAt(j) == '\n' || t.isIgnorable(j))) {
      j--;
    }
    return j;
  }

  /** The start of the letters ending at {@code j} ({@code j + 1} when there are none). */
  static int wordStartBefore(ScanText t, int j, int limit) {
    int i = j;
    while (i >= limit && ScanSupport.isLetter(t.charAt(i))) {
      i--;
    }
    return i + 1;
  }

  /** The start of the digits ending at {@code j} ({@code j + 1} when there are none). */
  private static int digitsStartBefore(ScanText t, int j, int limit) {
    int i = j;
    while (i >= limit && ScanSupport.isAsciiDigit(t.charAt(i))) {
      i--;
    }
    return i + 1;
  }
}
