package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.Redactions;

/**
 * A university or university college is a place: its full name, as listed, whole and in any case
 * ("[Uppsala universitet]", "[högskolan i gävle]", "[mittuniversitetet]"), for in lowercase its
 * words are ordinary ones; its usual short form is a place too ("på LTU"). The agencies of higher
 * education, and the noun alone, stay.
 */
class UniversitiesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Han läser kemi på Uppsala universitet men sitter mest på rummet.|PLACE Uppsala universitet",
    "Hon läser en master på Linköpings universitet.|PLACE Linköpings universitet",
    "Nu läser jag på Högskolan i Gävle och bor själv.|PLACE Högskolan i Gävle",
    "nu läser jag på högskolan i gävle och bor själv|PLACE högskolan i gävle",
    "jag hoppade av en utbildning på mittuniversitetet efter en termin|PLACE mittuniversitetet",
    "jag börjar på karolinska institutet om två veckor|PLACE karolinska institutet",
    "nu läser jag på luleå tekniska universitet och har tillfälligt skydd|PLACE luleå tekniska universitet",
    "hon läser på linneuniversitetet|PLACE linneuniversitetet",
    "Jag läser till socionom på Linnéuniversitetet sedan i höstas.|PLACE Linnéuniversitetet",
    "en kille från min klass på LTU skickar snaps hela tiden|PLACE LTU",
    "han läser till civilingenjör på lth och mår dåligt.|PLACE lth",
  })
  void theTownOrShortFormOfAUniversityIsAPlace(String text, String finding) {
    assertEquals(List.of(finding), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Jag har skrivit till Universitets- och högskolerådet om min behörighet.",
    "Han pluggar på universitetet och jobbar extra på helgerna.",
    "Hon vill läsa på högskolan nästa år.",
  })
  void anAgencyOfHigherEducationOrTheNounAloneStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
