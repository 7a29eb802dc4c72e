package se.avid.models.places;

import se.avid.models.lexicon.SaintsTitle;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Words before a street's name that belong to it: a surname's particle ("von Rosens väg 8",
 * "af Klints gata") or a saint's title ("S:t Olofsgatan 3", "sankt eriksgatan 58"). Left outside
 * the address they would be published beside its redaction and, with a rare name, narrow it down.
 */
final class StreetNameStart {

  private StreetNameStart() {}

  /** Particles of noble and foreign surnames that streets are named after ({@code von Rosens väg}). */
  private static final WordSieve NOBILIARY_PARTICLES = WordSieve.of("von", "af", "van", "de", "la", "du", "der");

  /**
   * The first token of the street name whose own first word is {@code first}.
   *
   * @param tokens the text's tokens
   * @param first the street name's first word found so far
   * @param named whether words before the street word were taken as its name ({@code first} is before it)
   * @return {@code first}, or the particle or saint's title before it
   */
  static int extend(Tokens tokens, int first, boolean named) {
    int p = first - 1;
    if (named && p >= 0 && tokens.adjacent(p) && NOBILIARY_PARTICLES.has(tokens, p)) {
      return p;
    }
    int saint = SaintsTitle.startBefore(tokens, first);
    return saint >= 0 ? saint : first;
  }
}
