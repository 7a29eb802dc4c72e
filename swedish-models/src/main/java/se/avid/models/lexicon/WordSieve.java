package se.avid.models.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A constant list of lowercase words and a cheap test of a token, or of a lowercase char range,
 * against it: the one index of the rules' word lists. The rules ask of nearly every token whether
 * it, or the one before or after it, is one of a few words ("på", "till", "från"; "området",
 * "byn"), and of parts of compounds whether they are one of a few dozen stems. Nearly every word
 * has a length or a first letter that no word of the list has, which one load of {@link
 * Tokens#headOf} and two shifts tell (the lengths and first letters of the words are the bits of
 * two longs); the rest are looked up by that same head in a small table of the words, and their
 * chars compared. A rule builds its list once, into a {@code static final} field; {@link
 * Tokens#isAnyOf} and {@link Words#isAnyOf}, which scan, are for the two or three words written at
 * a call.
 *
 * <p>A word must be one that a lowercased word token can be: letters, none with a capital, and
 * hyphens or apostrophes only between letters ("e-post"), at most {@value #MAX_LENGTH} chars. An
 * entry such as "kr/mån", "inte alls" or "&amp;" would never be found (the tokenizer makes several
 * tokens of it, or a punctuation char), so it is refused when the sieve is made rather than kept
 * as a word that silently never matches. Immutable and thread-safe.
 */
public final class WordSieve {

  /**
   * The longest word: below 64, so that no word sets bit 0 of {@link #lengths}, the bit that the
   * head of a number, of a punctuation char and of an index out of range ask.
   */
  static final int MAX_LENGTH = 63;

  /** Per position of an open-addressing table: the {@link Tokens#headOf} of a word, 0 where none. */
  private final int[] heads;
  /** Per position: that word's chars. */
  private final char[][] words;
  private final int mask;
  /** Bit {@code n} for each word of {@code n} letters (a longer token asks bit {@code n % 64}, then the table). */
  private final long lengths;
  /** Bit {@code c % 64} for each word's first letter {@code c}. */
  private final long firsts;
  /**
   * Per length {@code n % 64}: bit {@code c % 64} for each first letter {@code c} of a word of that
   * length. The two longs above pass a word whose length one word has and whose first letter
   * another has ("till" passes a list of "tal" and "bror"); this pairs them, so that such a word is
   * refused before the table, whose look-up is the costly part of a test of a long list.
   */
  private final long[] firstsByLength = new long[64];

  private WordSieve(String[] list) {
    int size = Integer.highestOneBit(Math.max(list.length, 1) * 4 - 1) << 1; // at most a quarter full
    this.heads = new int[size];
    this.words = new char[size][];
    this.mask = size - 1;
    long l = 0;
    long f = 0;
    for (String w : list) {
      if (!isTokenWord(w)) {
        throw new IllegalArgumentException("not a lowercase word of 1 to " + MAX_LENGTH + " letters: '" + w + "'");
      }
      l |= 1L << w.length();
      f |= 1L << w.charAt(0);
      firstsByLength[w.length()] |= 1L << w.charAt(0);
      int head = w.length() << 16 | w.charAt(0); // as Tokens#headOf
      int i = slot(head);
      while (heads[i] != 0 && !(heads[i] == head && w.equals(new String(words[i])))) {
        i = (i + 1) & mask; // a word listed twice takes its first place again
      }
      heads[i] = head;
      words[i] = w.toCharArray();
    }
    this.lengths = l;
    this.firsts = f;
  }

  /**
   * The sieve of {@code words}.
   *
   * @param words lowercase words, as a word token can be (see the class comment); repeats are kept once
   * @return their sieve
   * @throws IllegalArgumentException for a word no token can be
   */
  public static WordSieve of(String... words) {
    return new WordSieve(words.clone());
  }

  /**
   * The sieve of the words of {@code sieves} and of {@code words}: one test of a token for a gate
   * that asks whether it is in any of several rules' lists, each kept where its rule is.
   *
   * @param sieves sieves whose words are taken
   * @param words more lowercase words, as for {@link #of}
   * @return the sieve of them all
   */
  public static WordSieve union(WordSieve[] sieves, String... words) {
    List<String> all = new ArrayList<>(Arrays.asList(words));
    for (WordSieve sieve : sieves) {
      for (char[] w : sieve.words) {
        if (w != null) {
          all.add(new String(w));
        }
      }
    }
    return new WordSieve(all.toArray(new String[0]));
  }

  /**
   * True if token {@code t} is a word that is one of the words, in any case: {@link
   * Tokens#isAnyOf} of them; false for a number, a punctuation char and an index out of range.
   *
   * @param tokens the tokens of a text
   * @param t the index of a token, or any int
   * @return whether it is one of the words
   */
  public boolean has(Tokens tokens, int t) {
    // kept small, so that it is inlined where it is asked: the test of nearly every token is the first
    int head = tokens.headOf(t);
    return mayBe(head) && isListed(tokens.lower(), tokens.start(t), head);
  }

  /**
   * True if {@code chars[from, from+length)} is one of the words, compared char by char: {@link
   * Words#isAnyOf} of them, for a part of a word (a compound's first part, a stem before its
   * ending).
   *
   * @param chars lowercase chars, such as {@link Tokens#lower()}
   * @param from where the part starts
   * @param length its length; none of the words for 0 or less
   * @return whether the part is one of the words
   */
  public boolean contains(char[] chars, int from, int length) {
    if (length < 1 || length > MAX_LENGTH) {
      return false; // and a longer length would not fit its bits of the head
    }
    int head = length << 16 | chars[from];
    return mayBe(head) && isListed(chars, from, head);
  }

  /**
   * Whether a word of this head (length above the first letter, {@link Tokens#headOf}) may be one
   * of the words. A number's head, 0, and a punctuation char's, whose length bits are 0x8000, ask
   * bit 0 of the lengths, which no word sets: only a word's head passes, so that its start may be
   * read.
   */
  private boolean mayBe(int head) {
    return (lengths >>> (head >>> 16) & firsts >>> head & 1L) != 0
        && (firstsByLength[head >>> 16 & 63] >>> head & 1L) != 0; // the few that pass: the pair of the two
  }

  /** Whether the word at {@code start}, of {@code head}, is one of the words: found by its head, the rest compared. */
  private boolean isListed(char[] lower, int start, int head) {
    for (int i = slot(head); heads[i] != 0; i = (i + 1) & mask) {
      if (heads[i] == head && sameRest(words[i], lower, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameRest(char[] word, char[] lower, int start) {
    for (int k = 1; k < word.length; k++) {
      if (word[k] != lower[start + k]) {
        return false;
      }
    }
    return true;
  }

  private int slot(int head) {
    return (head * 0x9E3779B9 >>> 16 ^ head) & mask;
  }

  /**
   * Whether a lowercased word token can be {@code w}: what the tokenizer keeps in a word, letters
   * with a hyphen or an apostrophe between two of them, each letter its own lowercase.
   */
  private static boolean isTokenWord(String w) {
    int n = w.length();
    if (n < 1 || n > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      boolean letter = Character.isLetter(c) && Character.toLowerCase(c) == c;
      boolean joiner = (c == '-' || c == '\'') && i > 0 && i + 1 < n && Character.isLetter(w.charAt(i + 1));
      if (!letter && !joiner) {
        return false;
      }
    }
    return true;
  }
}
