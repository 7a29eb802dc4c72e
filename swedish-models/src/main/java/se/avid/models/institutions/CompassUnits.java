package se.avid.models.institutions;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Units of care and social services named by the part of the region they serve: "Psykiatri
 * Nordväst", "Hemtjänst Väst", "vuxenpsykiatrin Syd", "hemtjänstgruppen västra har sagt". The
 * point of the compass tells which unit, and so where a patient or client lives; the unit's noun
 * belongs to the name when it is written as one (capitalised, or bare: "psykiatri nordväst"), not
 * when it is the definite noun of a sentence ("hemtjänstgruppen [västra]"). Stateless.
 */
final class CompassUnits {

  private CompassUnits() {}

  /** Points of the compass that name units, also typed without å, ä, ö. */
  private static final WordSieve POINTS = WordSieve.of("nord", "syd", "öst", "väst", "norr", "söder", "öster", "väster",
      "nordväst", "nordost", "nordöst", "sydväst", "sydost", "sydöst", "norra", "södra", "östra", "västra", "vast", "soder",
      "oster", "vaster", "nordvast", "sydvast", "sodra", "vastra", "ostra");

  /** Nouns of care and social services that units are named by, beside the institution nouns. */
  private static final WordSieve UNIT_NOUNS = WordSieve.of("psykiatri", "psykiatrin", "vuxenpsykiatri", "vuxenpsykiatrin",
      "barnpsykiatri", "barnpsykiatrin", "rättspsykiatri", "rättspsykiatrin", "närpsykiatri", "närpsykiatrin",
      "beroendevård", "beroendevården", "hemtjänst", "hemtjänsten", "hemsjukvård", "hemsjukvården", "socialtjänst",
      "socialtjänsten", "öppenvård", "öppenvården", "bup", "rehab", "habilitering", "habiliteringen");

  /** Words after a lowercase point that end the unit's name: a verb, a conjunction, a preposition. */
  private static final WordSieve FOLLOWERS = WordSieve.of("har", "hade", "är", "var", "sa", "säger", "sade", "som", "och",
      "o", "i", "på", "men", "kommer", "ska", "vill", "kan", "gav", "ger", "tog", "tar", "skickade", "ringde", "för", "med");

  /**
   * Where the unit's name ending with word {@code t} begins: the start of the noun before it, or of
   * {@code t}; or -1 when {@code t} names no unit.
   *
   * @param tokens the text's tokens
   * @param t a word
   * @return the start offset of the name, or -1
   */
  static int startOfUnitAt(Tokens tokens, int t) {
    int noun = t - 1;
    if (!POINTS.has(tokens, t) || !tokens.adjacent(noun) || !tokens.isWord(noun)
        || !(UNIT_NOUNS.has(tokens, noun) || InstitutionNouns.isNounOrCompound(tokens, noun))) {
      return -1;
    }
    boolean capitalised = tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS);
    if (!capitalised && tokens.isWord(t + 1) && !FOLLOWERS.has(tokens, t + 1)) {
      return -1; // "hemtjänsten norra delen", "vårdcentralen söder om stan": a direction, a phrase
    }
    // a capital that only opens the sentence makes no name of a definite noun ("Hemtjänstgruppen [Västra] har")
    boolean nounInName = ProperStarts.isCapitalisedInside(tokens, noun) || tokens.has(noun, Tokens.ALL_CAPS)
        || !isDefinite(tokens, noun);
    return tokens.start(nounInName ? noun : t);
  }

  /** A definite noun ends in a vowel and -n ("psykiatrin"), or in -en or -et ("hemtjänsten", "boendet"). */
  private static boolean isDefinite(Tokens tokens, int t) {
    char[] lower = tokens.lower();
    int end = tokens.end(t);
    char last = lower[end - 1];
    char before = lower[end - 2];
    return last == 'n' && "aeiouyåäö".indexOf(before) >= 0 || last == 't' && before == 'e';
  }
}
