package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The record of a word: everything the detectors ask of it, found once and kept. */
class LexemeTest {

  private static final SwedishLexicon LEXICON = SwedishLexicon.get();

  private static Lexeme lexeme(String word) {
    char[] c = word.toCharArray();
    return LEXICON.lexeme(c, 0, c.length);
  }

  @Provide
  Arbitrary<String> words() {
    // listed words, names, inflections, genitives, hyphenated compounds and non-words alike
    Arbitrary<String> listed = Arbitraries.of("björnen", "dricker", "anna", "annas", "umeås", "dags", "bilen",
        "storgatan", "rosengårdsskolan", "strindbergs", "paris", "tv-serien", "anna-karin", "lars-börje",
        "svensson-berg", "lo-kongressen", "sök", "hans", "mark", "kiruna", "zarvina", "och", "på", "i");
    Arbitrary<String> made = Arbitraries.strings().withChars("aeiouyåäönrstlkmgbdh-s").ofMinLength(1).ofMaxLength(14)
        .filter(w -> Character.isLetter(w.charAt(0)) && Character.isLetter(w.charAt(w.length() - 1)));
    return Arbitraries.oneOf(listed, made);
  }

  @Property(tries = 400, seed = "15")
  void theRecordSaysWhatTheLexiconsFunctionsSay(@ForAll("words") String word) {
    char[] c = word.toCharArray();
    Lexeme x = lexeme(word);
    long facts = LEXICON.lookUpFacts(c, 0, c.length);
    assertEquals(facts, x.facts(), word);
    assertEquals(facts, LEXICON.facts(c, 0, c.length), word);
    assertEquals(LEXICON.computeCommonWord(facts, c, 0, c.length, new char[c.length + 1]), x.isCommonWord(), word);
    assertEquals(LEXICON.suffixes().cursor().longestSuffix(c, 0, c.length), x.ending(), word);
    assertEquals(SwedishLexicon.isProperNoun(facts)
        || c.length > 3 && word.endsWith("s") && LEXICON.isProperNoun(c, 0, c.length - 1), x.isProperNounOrGenitive(), word);
  }

  @Property(tries = 200, seed = "15")
  void theCommonWordTestGivesTheSameWithAndWithoutAKeptRecord(@ForAll("words") String word) {
    char[] c = word.toCharArray();
    long facts = LEXICON.lookUpFacts(c, 0, c.length);
    boolean computed = LEXICON.computeCommonWord(facts, c, 0, c.length, new char[c.length + 1]);
    assertEquals(computed, LEXICON.isCommonWord(c, 0, c.length, new char[c.length + 1]), word); // another form
    assertEquals(facts, LEXICON.facts(c, 0, c.length), word);
    lexeme(word); // a word of the texts from here on
    assertEquals(computed, LEXICON.isCommonWord(c, 0, c.length, new char[c.length + 1]), word);
    assertEquals(computed, LEXICON.isCommonWord(facts, c, 0, c.length, new char[c.length + 1]), word);
  }

  @ParameterizedTest
  @CsvSource({"annas, anna", "umeås, umeå", "eriks, erik"})
  void aGenitiveOfANameIsReadThroughItsBase(String word, String base) {
    Lexeme x = lexeme(word);
    assertTrue(x.isGenitive(), word);
    long nameOrPlace = Category.bits(Category.FIRST_NAME, Category.SURNAME, Category.MUNICIPALITY, Category.TOWN);
    assertTrue((x.nameCategories() & nameOrPlace) != 0, word);
    assertEquals(lexeme(base).nameCategories() & nameOrPlace, x.nameCategories() & nameOrPlace, word);
    assertFalse(Category.COMMON_WORD.in(x.nameCategories()), word);
  }

  @Test
  void aGenitiveThatIsItselfAWordIsThatWord() {
    assertFalse(lexeme("dags").isGenitive());
  }

  @ParameterizedTest
  @CsvSource({"anna-karin, FIRST_NAME", "lars-börje, FIRST_NAME", "svensson-berg, SURNAME"})
  void aHyphenatedNameIsReadThroughItsParts(String word, Category category) {
    assertEquals(category.bit(), lexeme(word).nameCategories(), word);
  }

  @ParameterizedTest
  @CsvSource({"bilen, true", "tv-serien, true", "zarvina, false", "anna, false"})
  void anOrdinaryWordAsWrittenStemmedOrAsItsLastHyphenatedPart(String word, boolean ordinary) {
    assertEquals(ordinary, lexeme(word).isOrdinary(), word);
  }

  @Test
  void aWordIsLookedUpInPlaceWithoutAString() {
    char[] text = "jag heter anna".toCharArray();
    assertSame(lexeme("anna"), LEXICON.lexeme(text, 10, 4));
  }

  @Test
  void aVeryLongWordGetsItsRecordButIsNotKept() {
    String word = "a".repeat(LexemeTable.MAX_KEPT_LENGTH + 1);
    Lexeme first = lexeme(word);
    assertEquals(0, first.facts());
    assertNotSame(first, lexeme(word));
  }

  @Test
  void threadsAskingAtOnceGetEqualRecords() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<long[]> ask = () -> {
        long[] out = new long[3];
        for (int i = 0; i < 2_000; i++) {
          Lexeme x = lexeme("ord" + i % 300 + "skolan");
          out[0] += x.ending();
          out[1] += x.facts();
          out[2] += x.isCommonWord() ? 1 : 0;
        }
        return out;
      };
      Future<long[]> a = pool.submit(ask);
      Future<long[]> b = pool.submit(ask);
      long[] one = a.get();
      long[] two = b.get();
      assertEquals(one[0], two[0]);
      assertEquals(one[1], two[1]);
      assertEquals(one[2], two[2]);
      assertTrue(one[0] != 0); // every one ends in "-skolan"
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void wordSetMembershipIsUnknownUntilKeptThenKeptPerSet() {
    Lexeme x = new LexemeTable(LEXICON).get("heter".toCharArray(), 0, 5); // a record of its own: no other test's sets
    assertEquals(-1, x.inWordSet(0));
    assertTrue(x.keepInWordSet(0, true));
    assertFalse(x.keepInWordSet(31, false));
    assertTrue(x.keepInWordSet(32, true));
    assertFalse(x.keepInWordSet(Lexeme.MAX_WORD_SETS - 1, false));
    assertEquals(1, x.inWordSet(0));
    assertEquals(0, x.inWordSet(31));
    assertEquals(1, x.inWordSet(32));
    assertEquals(0, x.inWordSet(Lexeme.MAX_WORD_SETS - 1));
    for (int i = 1; i < 31; i++) {
      assertEquals(-1, x.inWordSet(i), "set " + i);
    }
    assertEquals(-1, x.inWordSet(33));
  }
}
