package se.avid.models.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;
import se.avid.models.lexicon.SwedishLexicon;

/** What a noun of an account or a user name names, without a platform, is a user name. */
class AccountNounsTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(PlatformHandleDetector.withLexicon(SwedishLexicon.get())).build();

  private static List<String> found(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "sök på youtube efter kanalen mammaomtre|URL mammaomtre",
    "mitt alias är dimman_x|URL dimman_x",
    "profilen heter zorbu123|URL zorbu123",
    "han spelar under namnet progamer99|NAME progamer99",
    "hon har smeknamnet tussan|NAME tussan",
    "mitt användarnamn är tigern77|URL tigern77",
    "hans gamertag är xXslayerXx|URL xXslayerXx",
    // the site between the noun and its linker
    "mitt användarnamn på flashback är tigern77|URL tigern77",
    // set off by commas after the noun, and after a user's noun
    "hon har gjort ett nytt konto, sanningenomjimmy. hon står utanför|URL sanningenomjimmy",
    "hans användare är ninja.katten typ|URL ninja.katten",
  })
  void theNameAnAccountNounNamesIsFound(String text, String expected) {
    assertEquals(List.of(expected), found(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kanalen på youtube är bra", "kontot är spärrat", "namnet på boken är bra",
      "jag har ett konto", "mitt användarnamn på flashback är hemligt", "kontot i banken är spärrat",
      "kontot avslutades i maj", "användaren blockerades direkt", "jag har ett konto, men det är tomt"})
  void anOrdinaryWordAfterItIsProse(String text) {
    assertEquals(List.of(), found(text));
  }
}
