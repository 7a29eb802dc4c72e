package se.avid.models.institutions;

import se.avid.models.lexicon.SaintsTitle;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Where the proper part of an institution's name begins, and the shapes and places of the words
 * around it that the institution detector asks about; read from the tokens alone. Stateless.
 */
final class ProperStarts {

  private ProperStarts() {}

  /** Words that begin the proper part of a name in lowercase text ("de la gardiegymnasiet", "drottning silvias"). */
  private static final WordSieve LOWERCASE_PARTS = WordSieve.of("de", "la", "von", "van", "af", "sankt", "drottning", "kung",
      "prins", "prinsessan");

  /**
   * Where the lowercase proper part that ends with word {@code t} begins: the particles and titles
   * of {@link #LOWERCASE_PARTS} before it (up to two), or the saint's {@code s:t}.
   */
  static int lowercaseStart(Tokens tokens, int t) {
    int first = t;
    for (int k = 0; k < 2; k++) {
      int p = first - 1;
      if (SaintsTitle.endsAt(tokens, p)) {
        return tokens.start(p - 2); // "s:t", read as three tokens
      }
      if (!tokens.isWord(p) || !tokens.adjacent(p) || !LOWERCASE_PARTS.has(tokens, p)) {
        break;
      }
      first = p;
    }
    return tokens.start(first);
  }

  /** Capitalised, not all caps, and not the first word of its sentence or line. */
  static boolean isCapitalisedInside(Tokens tokens, int t) {
    return tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS)
        && !tokens.has(t, Tokens.SENTENCE_START) && !tokens.has(t, Tokens.LINE_START);
  }

  /** After a preposition of place: {@code i}, {@code på}, {@code till}, {@code från}, {@code vid}. */
  static boolean isAfterPlacePreposition(Tokens tokens, int t) {
    return PREPOSITIONS.has(tokens, t - 1);
  }

  /** Word {@code p} is a preposition of place ({@link #isAfterPlacePreposition}). */
  static boolean isPlacePreposition(Tokens tokens, int p) {
    return PREPOSITIONS.has(tokens, p);
  }

  /** The prepositions of {@link #isAfterPlacePreposition}, also typed without å. */
  private static final WordSieve PREPOSITIONS = WordSieve.of("i", "på", "till", "från", "vid", "pa", "fran");

  /** Particles inside the proper part of a name ("De la Gardiegymnasiet", "Carl von Linnés"). */
  private static final WordSieve PARTICLES = WordSieve.of("de", "la", "von", "van", "af", "der", "den");

  /**
   * Where the proper part that ends with word {@code t} begins: up to three words before it that
   * belong to it, capitalised ("Drottning Silvias barnsjukhus"), particles ("De la
   * Gardiegymnasiet") or the saint's {@code S:t} ("S:t Görans sjukhus"); not a sentence's first
   * word that is an ordinary word ("På Lindgårdens äldreboende").
   */
  static int capitalisedStart(SwedishLexicon lexicon, Tokens tokens, int t) {
    int first = t;
    for (int k = 0; k < 3; k++) {
      int p = first - 1;
      if (SaintsTitle.endsAt(tokens, p)) {
        return tokens.start(p - 2); // "S:t", read as three tokens
      }
      if (!tokens.isWord(p) || !tokens.adjacent(p) || tokens.has(p, Tokens.ALL_CAPS)) {
        break;
      }
      boolean particle = PARTICLES.has(tokens, p);
      boolean capital = tokens.has(p, Tokens.CAPITALISED);
      if (capital && (tokens.has(p, Tokens.SENTENCE_START) || tokens.has(p, Tokens.LINE_START))
          && tokens.lexeme(p, lexicon).isCommonWord()) {
        break; // "Igår", "På": capitalised because a sentence begins there
      }
      if (!(particle || capital)) {
        break;
      }
      first = p;
    }
    return tokens.start(first);
  }

  /**
   * Where the capitalised proper part that begins with word {@code t}, right after its noun, ends:
   * up to three more words of it, capitalised or in capitals, with the particles of names between
   * them ("restaurangen La Cocina de Rosa", "sjukhuset UKC Tuzla", "restaurang Lotus Thai"); not
   * across a sentence's end, a line or a preposition ("Pizzeria Roma i Lund").
   */
  static int capitalisedEnd(Tokens tokens, int t) {
    int last = t;
    for (int k = 0; k < 3; k++) {
      int u = last + 1;
      boolean particle = PARTICLES.has(tokens, u) && !tokens.has(u, Tokens.CAPITALISED) && tokens.adjacent(u)
          && capitalisedWithin(tokens, u + 1);
      if (!tokens.adjacent(last) || !(capitalisedWithin(tokens, u) || particle)) {
        break;
      }
      last = particle ? u + 1 : u;
    }
    return tokens.end(last);
  }

  /** Word {@code u} is capitalised or in capitals, not the first of a sentence or line. */
  private static boolean capitalisedWithin(Tokens tokens, int u) {
    return tokens.isWord(u) && (tokens.has(u, Tokens.CAPITALISED) || tokens.has(u, Tokens.ALL_CAPS))
        && !tokens.has(u, Tokens.SENTENCE_START) && !tokens.has(u, Tokens.LINE_START);
  }
}
