package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.lexicon.Category;

/** What the lexicons say about each word, looked up once. */
class WordFactsTest {

  @ParameterizedTest
  @CsvSource({"Annas, anna", "Anna's, anna", "Eriks, erik"})
  void aGenitiveIsReadThroughItsBase(String word, String base) {
    TextUnderTest t = new TextUnderTest("det var " + word + " bok");
    int w = 2;
    assertTrue(t.words.genitive[w], word);
    assertTrue(Category.FIRST_NAME.in(t.words.flags[w]), word);
    assertTrue(Category.FIRST_NAME.in(new TextUnderTest(base).words.flags[0]), base);
  }

  @Test
  void aGenitiveThatIsItselfAWordIsThatWord() {
    TextUnderTest t = new TextUnderTest("en dags resa");
    assertFalse(t.words.genitive[t.token("dags")]); // "dags" of "dag", not of Dag
  }

  @ParameterizedTest
  @CsvSource({"Anna-Karin", "Lars-Erik", "lars-börje"})
  void aHyphenatedNameOfFirstNamesIsAFirstName(String word) {
    TextUnderTest t = new TextUnderTest("hej " + word + " här");
    assertTrue(Category.FIRST_NAME.in(t.words.flags[1]), word);
  }

  @Test
  void aMultiwordPlaceIsOneEntryAndItsOtherWordsAreDecidedWithIt() {
    TextUnderTest t = new TextUnderTest("vi bor i Upplands Väsby nu");
    int head = t.token("upplands");
    assertEquals(t.tokens.end(head + 1), t.labels.spanEnd[head]);
    assertEquals(WordLabels.KEEP, t.labels.type[head + 1]);
  }

  @ParameterizedTest
  @CsvSource({"bilen, true", "TV-serien, true", "Zarvina, false"})
  void anOrdinaryWordAsWrittenStemmedOrAsTheLastPartOfAHyphenatedCompound(String word, boolean common) {
    TextUnderTest t = new TextUnderTest("det var " + word);
    assertEquals(common, t.words.isCommon(2), word);
  }
}
