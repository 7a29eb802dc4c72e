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

  /**
   * Whether {@code chars[from, from+length)} begins with one of {@code prefixes}: compared char
   * by char, without making a String of the word or of its parts (a rule that asks this of every
   * part of a compound would otherwise make one per prefix and part).
   *
   * @param chars the text
   * @param from where the word starts
   * @param length its length
   * @param prefixes the beginnings to look for
   * @return whether one of them begins the word
   */
  public static boolean startsWithAny(char[] chars, int from, int length, String[] prefixes) {
    for (String prefix : prefixes) {
      if (startsWith(chars, from, length, prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code chars[from, from+length)} is one of {@code words}, compared char by char
   * without making a String of it: a scan, for a few words written at a call; a constant list
   * asked of many words is a {@link WordSieve}, whose {@link WordSieve#contains} gives the same
   * answer.
   *
   * @param chars the text
   * @param from where the word starts
   * @param length its length
   * @param words the words to look for
   * @return whether the word is one of them
   */
  public static boolean isAnyOf(char[] chars, int from, int length, String[] words) {
    for (String word : words) {
      if (word.length() == length && startsWith(chars, from, length, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code chars[from, from+length)} ends in {@code ending}, compared char by char without
   * making a String of the word. The word may be the ending itself; a caller that wants a longer
   * word tests its length.
   *
   * @param chars the text
   * @param from where the word starts
   * @param length its length
   * @param ending the ending to look for
   * @return whether the word ends in it
   */
  public static boolean endsWith(char[] chars, int from, int length, String ending) {
    int n = ending.length();
    if (n > length) {
      return false;
    }
    for (int i = 0, at = from + length - n; i < n; i++) {
      if (chars[at + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every char of {@code chars[from, from+length)} is a letter: no digit, hyphen or other
   * mark, as no place name is written ("ab-byn", "x2by").
   *
   * @param chars the text
   * @param from where the word starts
   * @param length its length
   * @return whether the word is letters only
   */
  public static boolean isLetters(char[] chars, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (!Character.isLetter(chars[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(char[] chars, int from, int length, String prefix) {
    int n = prefix.length();
    if (n > length) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (chars[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
