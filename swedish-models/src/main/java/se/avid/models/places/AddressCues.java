package se.avid.models.places;

import se.avid.models.institutions.PlacingSlots;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The words that say an address follows, read the same way by every address rule: a word for an
 * address ({@code adress}, {@code hemadress}, {@code adressen är}, each optionally with a colon)
 * and a verb of living or moving with or without its preposition ({@code bor}, {@code bor på},
 * {@code flyttade till}). Stateless and thread-safe.
 */
final class AddressCues {

  /** Words for an address; a colon may follow ("Adress: …", as forms and signatures write it). */
  private static final WordSieve ADDRESS_WORDS = WordSieve.of(
    "adress", "adressen", "gatuadress", "hemadress", "postadress", "besöksadress"
  );
  /** Verbs after which an address follows "på" or "till" ("bor på", "flyttade till"). */
  private static final WordSieve MOVING_VERBS = WordSieve.of("bor", "bodde", "flyttat", "flyttade", "flytta", "bott");
  /** Verbs after which people leave "på" out ("jag bor Kyrkvägen 12"). */
  private static final WordSieve LIVING_VERBS = WordSieve.of("bor", "bodde");

  private AddressCues() {}

  /**
   * True when an address word stands right before token {@code t} ({@code adress: …},
   * {@code hemadress …}): the narrow cue, for lowercase text where "bor på hotell 3 nätter"
   * looks like an address.
   */
  static boolean afterAddressWord(Tokens tokens, int t) {
    return ADDRESS_WORDS.has(tokens, beforeColon(tokens, t - 1));
  }

  /**
   * True when any cue stands right before token {@code t}: an address word, "adressen är", or a
   * verb of living or moving with or without "på" or "till".
   */
  static boolean before(Tokens tokens, int t) {
    int p = beforeColon(tokens, t - 1);
    if (ADDRESS_WORDS.has(tokens, p) || LIVING_VERBS.has(tokens, p)) {
      return true;
    }
    if (tokens.is(p, "är")) {
      return tokens.is(p - 1, "adressen");
    }
    return (tokens.is(p, "på") || tokens.is(p, "till")) && MOVING_VERBS.has(tokens, p - 1);
  }

  /**
   * True when a cue of {@link #before} or a looser one of a home stands right before token
   * {@code t}: a verb of living and a comma ("vet var hon bor, …"), a company between it and its
   * "på" ("bor med mamma på …") or a dwelling's noun and "på" ("en trea på …"). Asked only of a
   * lowercase word with a house number right after it, which these make a home's street.
   */
  static boolean homeBefore(Tokens tokens, int t) {
    if (before(tokens, t)) {
      return true;
    }
    int p = t - 1;
    if (tokens.isPunct(p, ',')) {
      return LIVING_VERBS.has(tokens, p - 1) && tokens.end(p - 1) == tokens.start(p);
    }
    return tokens.is(p, "på") && (PlacingSlots.isDwelling(tokens, p - 1)
        || LIVING_VERBS.has(tokens, ResidenceVerbs.verbBeforeCompany(tokens, p)));
  }

  /**
   * True when a verb of living and "i" stand right before token {@code t} ({@code bor i}): the
   * rural address of a village and a house number ({@code bor i Lillbyn 12}), asked only of a
   * capitalised word with a number after it.
   */
  static boolean livingIn(Tokens tokens, int t) {
    return tokens.is(t - 1, "i") && LIVING_VERBS.has(tokens, t - 2);
  }

  /** {@code p}, or the token before it when {@code p} is a colon. */
  private static int beforeColon(Tokens tokens, int p) {
    return tokens.isPunct(p, ':') ? p - 1 : p;
  }
}
