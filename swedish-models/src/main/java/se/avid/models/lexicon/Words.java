package se.avid.models.lexicon;

import java.util.Locale;

/** Small helpers on Swedish words as char ranges. Stateless and thread-safe. */
public final class Words {

  private Words() {}

  /** Lowercases as the tokenizer does (Swedish locale rules are the root rules for å, ä, ö). */
  public static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** True if the range holds at least one letter and no lowercase letter ("BRIS", "USA"). */
  public static boolean isAllCaps(CharSequence text, int start, int end) {
    boolean letter = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }
}
