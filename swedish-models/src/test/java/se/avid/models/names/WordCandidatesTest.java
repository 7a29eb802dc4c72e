package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words the name rules decide: every word that a rule may take, never a frequent ordinary word alone. */
class WordCandidatesTest {

  private static boolean mayDecide(TextUnderTest t, String word) {
    return WordCandidates.mayDecide(t.tokens, t.words, t.cues, t.token(word));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "jag tycker att det är svårt ibland     | tycker | false",
    "jag tycker att det är svårt ibland     | svårt  | false",
    "vi pratade om det igår                 | pratade | false",
    "vi pratade om ekonomi igår             | ekonomi | false",
    "de kallar ekonomi det                  | ekonomi | true",
    "jag Tycker att det är svårt ibland     | tycker | true",
    "jag tycker att zarvina är svårt        | zarvina | true",
    "jag tycker att anna är snäll           | anna   | true",
    "min granne heter ibland                | ibland | true",
    "hej ibland                             | ibland | true",
  })
  void decidesCapitalisedUnknownListedAndCuedWordsOnly(String text, String word, boolean decided) {
    TextUnderTest t = new TextUnderTest(text.strip());
    assertEquals(decided, mayDecide(t, word));
  }
}
