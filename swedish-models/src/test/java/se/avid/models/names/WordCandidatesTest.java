package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words the name rules decide: every word that a rule may take, never a frequent ordinary word alone. */
class WordCandidatesTest {

  private static boolean mayDecide(TextUnderTest t, String word, CharArraySet keep) {
    return new WordCandidates(t.tokens, t.words, t.cues, keep).mayDecide(t.token(word));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "jag tycker att det är svårt ibland     | tycker | false",
    "jag tycker att det är svårt ibland     | svårt  | false",
    "vi pratade om det igår                 | pratade | false",
    "jag Tycker att det är svårt ibland     | tycker | true",
    "jag tycker att zarvina är svårt        | zarvina | true",
    "jag tycker att anna är snäll           | anna   | true",
    "min granne heter ibland                | ibland | true",
    "hej ibland                             | ibland | true",
  })
  void decidesCapitalisedUnknownListedAndCuedWordsOnly(String text, String word, boolean decided) {
    TextUnderTest t = new TextUnderTest(text.strip());
    assertEquals(decided, mayDecide(t, word, CharArraySet.EMPTY_SET));
  }

  @Test
  void decidesEveryWordWhenTheDetectorKeepsWordsOfItsOwn() {
    TextUnderTest t = new TextUnderTest("jag tycker att det är svårt ibland");
    assertTrue(mayDecide(t, "tycker", new CharArraySet(List.of("ica"), true)));
  }
}
