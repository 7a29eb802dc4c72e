package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "hans" is a possessive pronoun and the first name of a hundred thousand men: where no noun
 * follows it (a verb, "och jag", an adverb of time, the end of its sentence) it is the name,
 * except as the predicate of a copula ("boken är hans.") or what "än" compares ("bättre än hans.").
 */
class PronounAsNameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "hans är 16 och dricker varje helg|hans",
    "Hans och jag bråkar hela tiden|Hans",
    "jag pratade med hans igår|hans",
    "tack för svar /hans|hans",
  })
  void whereNoNounFollowsItIsTheName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "hans mamma är sjuk",
    "jag tog hans bil igår",
    "boken är hans.",
    "det var hans.",
    "min svenska är bättre än hans.",
    "Kontot är inte hans. Jag tror att de använder honom.",
    "bilen var ju hans!",
  })
  void beforeANounOrAsAPredicateItIsThePronoun(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }
}
