package se.avid.models.names;

import se.avid.models.lexicon.Tokens;

/**
 * Short forms of laws that are also names: "SoL", the Social Services Act, is the name Sol in
 * lowercase. Asked by the name rules and the residual-leak review alike. Stateless.
 */
public final class ActShortForms {

  private ActShortForms() {}

  /**
   * "SoL" as the act writes itself, or "sol" in lowercase after "enligt" ("insats enligt sol"): the
   * law, not the name Sol ("enligt Sol" capitalised is the person).
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return whether the word is the Social Services Act
   */
  public static boolean isSocialServicesAct(Tokens tokens, int t) {
    return tokens.is(t, "sol")
        && (tokens.original(t).equals("SoL") || tokens.is(t - 1, "enligt") && !tokens.has(t, Tokens.CAPITALISED));
  }
}
