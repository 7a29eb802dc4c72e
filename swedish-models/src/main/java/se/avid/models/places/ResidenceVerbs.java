package se.avid.models.places;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The verbs that make a preposition say where someone lives, moves or comes from ("bor i",
 * "flyttade till", "kommer från"), past one adverb ("bor kvar i") or a company ("bor med min
 * mamma i"). A part of {@link ResidencePlaceDetector}, whose company the name rules read too; stateless.
 */
public final class ResidenceVerbs {

  private ResidenceVerbs() {}

  /** Verbs after which "i" or "på" says where someone lives. */
  private static final WordSieve LIVING = WordSieve.of("bor", "bodde", "bott", "bo", "boende", "född", "föddes", "uppvuxen",
      "uppväxt", "upp", "hemma", "skriven", "folkbokförd", "jobbar", "jobbade", "arbetar", "arbetade",
      "fodd", "foddes", "uppvaxt", "folkbokford", "bosatt", "bosatta", "hänger", "hängde", "pluggar", "pluggade",
      "studerar");

  /** Verbs after which "till" or "från" says where someone moved. */
  private static final WordSieve MOVING = WordSieve.of("flyttade", "flyttar", "flytta", "flyttat", "flytt", "åkte", "åker",
      "reste", "åka", "åkt", "kört", "körde", "akte", "aker", "aka", "akt", "korde");

  /** Verbs after which "från" says where someone comes from. */
  private static final WordSieve COMING = WordSieve.of("kommer", "kom", "kommit", "är", "var", "flydde", "flytt");

  /** Adverbs between the verb and the preposition ("bor kvar i", "flyttade tillbaka till"). */
  private static final WordSieve ADVERBS = WordSieve.of("kvar", "nu", "fortfarande", "tidigare", "sen", "sedan", "tillbaka",
      "hem", "ihop", "numera", "också", "även", "själv", "hit", "dit", "ursprungligen", "tillsammans", "ute", "uppe",
      "nere", "borta", "inne", "ner", "ut");

  /** Token {@code verb} is a verb that the preposition after it makes a verb of living, moving or coming. */
  static boolean isCued(Tokens tokens, int verb, boolean in, boolean to, boolean from) {
    return verb >= 0 && (in && LIVING.has(tokens, verb) || (to || from) && MOVING.has(tokens, verb)
        || from && COMING.has(tokens, verb));
  }

  /** The words that open a company: "med", its spoken "me", and "hos" ("bor hos pappa i"). */
  private static final WordSieve COMPANY = WordSieve.of("med", "me", "hos");

  /** The longest company between the verb and the preposition: "med", then up to three words ("med min mamma"). */
  private static final int MAX_COMPANY = 4;

  /**
   * The verb before a company that comes between it and preposition {@code p} ("bor med min
   * mamma i", "flyttade med barnen till", "bor me mamma på"), or -1: a word of {@link #COMPANY}
   * and at most three words, all on one line
   * with no punctuation.
   *
   * @param tokens the tokens of a text
   * @param p the index of the preposition
   * @return the index of the verb, or -1
   */
  public static int verbBeforeCompany(Tokens tokens, int p) {
    for (int m = p - 1; m >= p - MAX_COMPANY && m > 0; m--) {
      if (!tokens.isWord(m) || !tokens.adjacent(m)) {
        return -1;
      }
      if (m < p - 1 && COMPANY.has(tokens, m)) {
        return verbBefore(tokens, m);
      }
    }
    return -1;
  }

  /** The verb before preposition {@code p}, past one adverb ("bor kvar i"), or -1. */
  static int verbBefore(Tokens tokens, int p) {
    int v = p - 1;
    if (!tokens.isWord(v) || !tokens.adjacent(v)) {
      return -1;
    }
    if (ADVERBS.has(tokens, v) && tokens.isWord(v - 1) && tokens.adjacent(v - 1)) {
      return v - 1;
    }
    return v;
  }
}
