package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Redactions;

/**
 * A lowercase first name that is also a verb form ("ammar": she breastfeeds, and the name Ammar)
 * is the verb right after a subject pronoun that opens its clause ("och jag ammar"); after a verb
 * and its pronoun ("sen ringde han ammar") it may be the object, and stays a name.
 */
class VerbAfterSubjectPronounTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "han ammar fortfarande. det är skönt för oss båda.",
    "hon är 3 månader och jag ammar. min svärmor säger att det är fel.",
  })
  void aVerbFormAfterItsSubjectPronounStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "sen ringde han ammar och frågade om pengarna.|NAME ammar",
    "jag och ammar ska träffas på fredag.|NAME ammar",
  })
  void theNameAfterAVerbAndItsPronounOrInAPairStays(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }
}
