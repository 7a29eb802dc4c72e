package se.avid.models.lexicon;

import java.util.Locale;

/** Small helpers on Swedish words as char ranges. Stateless and thread-safe. */
public final class Words {

  private Words() {}

  /**
   * Lowercases as the tokenizer does (Swedish locale rules are the root rules for å, ä, ö).
   *
   * @param word a word
   * @return the word in lowercase
   */
  public static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
