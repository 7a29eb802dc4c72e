package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Redactions;

/**
 * The object of a verb of fetching or minding a child ("hämta", "lämna", "passa") is the child:
 * a first name that is also a word, before where children go or the clause's end. A word with an
 * object's ordinary sense, or one no one is called, stays.
 */
class FetchedChildTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "innan dess hämtade jag ask på förskolan två dagar i veckan|NAME ask",
    "jag lämnar sol på förskolan varje morgon|NAME sol",
    "min svärmor brukar passa saga men hon har blivit sjuk|NAME saga",
  })
  void aNameThatIsAlsoAWordFetchedOrMindedIsTheChild(String text, String finding) {
    assertEquals(List.of(finding), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "jag lämnar liv och hälsa åt ödet",
    "hon hämtade kraft från mamma",
    "kan du passa tid och lämna bud på kontoret",
  })
  void aWordInItsOwnSenseStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
