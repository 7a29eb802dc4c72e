package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.text.ScanText;

/** A constant word list's sieve: the answers of a scan of the list, for tokens and for char ranges. */
class WordSieveTest {

  private static final WordSieve NOUNS = WordSieve.of("bostadsområdet", "området", "stadsdelen", "förorten", "orten",
      "byn", "tätorten", "samhället", "ön", "sjön");

  @Test
  void findsEveryWordOfTheListInAnyCase() {
    Tokens t = Tokens.of(ScanText.of("Byn, ORTEN och sjön: Ön vid området"));
    assertTrue(NOUNS.has(t, 0)); // Byn
    assertTrue(NOUNS.has(t, 2)); // ORTEN
    assertTrue(NOUNS.has(t, 4)); // sjön
    assertTrue(NOUNS.has(t, 6)); // Ön
    assertTrue(NOUNS.has(t, 8)); // området
  }

  @Test
  void aWordThatSharesLengthAndLettersWithAnEntryIsNoEntry() {
    Tokens t = Tokens.of(ScanText.of("bon orden och sjöar, tätorter"));
    for (int i = 0; i < t.size(); i++) {
      assertFalse(NOUNS.has(t, i), "token " + i);
    }
  }

  @Test
  void punctuationNumbersAndIndexesOutOfRangeAreNoWords() {
    Tokens t = Tokens.of(ScanText.of("ön , 12"));
    assertFalse(NOUNS.has(t, 1));
    assertFalse(NOUNS.has(t, 2));
    assertFalse(NOUNS.has(t, -1));
    assertFalse(NOUNS.has(t, 3));
    assertFalse(NOUNS.has(t, Integer.MAX_VALUE));
  }

  @Test
  void aHyphenatedWordIsOneToken() {
    Tokens t = Tokens.of(ScanText.of("skicka E-post"));
    assertTrue(WordSieve.of("mejl", "e-post").has(t, 1));
  }

  @Test
  void aWordListedTwiceIsFoundAsTheOthersAre() {
    WordSieve twice = WordSieve.of("och", "o", "och", "eller");
    Tokens t = Tokens.of(ScanText.of("och o eller men"));
    assertTrue(twice.has(t, 0));
    assertTrue(twice.has(t, 1));
    assertTrue(twice.has(t, 2));
    assertFalse(twice.has(t, 3));
  }

  @Test
  void anEmptyListHasNoWord() {
    Tokens t = Tokens.of(ScanText.of("och , 12"));
    WordSieve none = WordSieve.of();
    for (int i = -1; i <= t.size(); i++) {
      assertFalse(none.has(t, i), "token " + i);
    }
    assertFalse(none.contains("och".toCharArray(), 0, 3));
  }

  /** A token of 65 letters asks the length bit of a one-letter word (bits go modulo 64): the table says no. */
  @Test
  void aWordLongerThanAnyOfTheListIsNoneOfThem() {
    String long65 = "a".repeat(65);
    Tokens t = Tokens.of(ScanText.of(long65));
    WordSieve a = WordSieve.of("a");
    assertFalse(a.has(t, 0));
    assertFalse(a.contains(long65.toCharArray(), 0, 65));
  }

  @Test
  void theListIsCopiedWhenTheSieveIsMade() {
    String[] words = {"norr", "söder"};
    WordSieve points = WordSieve.of(words);
    words[0] = "öster";
    assertTrue(points.contains("norr".toCharArray(), 0, 4));
    assertFalse(points.contains("öster".toCharArray(), 0, 5));
  }

  @Test
  void aCharRangeIsOneOfTheWordsButALongerOrShorterOneIsNot() {
    char[] text = "söderkliniken".toCharArray();
    WordSieve points = WordSieve.of("norr", "söder");
    assertTrue(points.contains(text, 0, 5)); // "söder"
    assertFalse(points.contains(text, 0, 4)); // "söde"
    assertFalse(points.contains(text, 0, 6)); // "söderk"
  }

  @Test
  void anEmptyOrNegativeRangeIsNoWord() {
    WordSieve a = WordSieve.of("a");
    assertFalse(a.contains("a".toCharArray(), 0, 0));
    assertFalse(a.contains("a".toCharArray(), 0, -1));
  }

  /** What no lowercased word token can be (the last: 64 letters) would never be found: refused rather than kept. */
  @ParameterizedTest
  @ValueSource(strings = {"", "Byn", "kr/mån", "inte alls", "&", "s:t", "-na", "na-", "12",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void aWordNoTokenCanBeIsRefused(String word) {
    assertThrows(IllegalArgumentException.class, () -> WordSieve.of("och", word));
  }

  /** Lists of words of one to three letters, repeats and the empty list among them; texts of such words, numbers and punctuation. */
  @Property(tries = 300, seed = "25")
  void hasIsTokensIsAnyOf(
      @ForAll @Size(max = 12) List<@CharRange(from = 'a', to = 'c') @StringLength(min = 1, max = 3) String> words,
      @ForAll @StringLength(min = 1, max = 30) @CharRange(from = 'a', to = 'c') @CharRange(from = 'A', to = 'B')
          @CharRange(from = ' ', to = ' ') @CharRange(from = ',', to = '-') @CharRange(from = '1', to = '2') String text) {
    String[] list = words.toArray(String[]::new);
    WordSieve sieve = WordSieve.of(list);
    Tokens t = Tokens.of(ScanText.of(text));
    for (int k = -1; k <= t.size(); k++) {
      assertEquals(t.isAnyOf(k, list), sieve.has(t, k), "token " + k + " of '" + text + "'");
    }
  }

  @Property(tries = 300, seed = "15")
  void containsIsWordsIsAnyOf(
      @ForAll @Size(max = 20) List<@CharRange(from = 'a', to = 'c') @StringLength(min = 1, max = 3) String> words,
      @ForAll @CharRange(from = 'a', to = 'c') @StringLength(min = 0, max = 4) String probe) {
    String[] list = words.toArray(String[]::new);
    char[] chars = ("x" + probe + "y").toCharArray();
    assertEquals(Words.isAnyOf(chars, 1, probe.length(), list), WordSieve.of(list).contains(chars, 1, probe.length()));
  }
}
