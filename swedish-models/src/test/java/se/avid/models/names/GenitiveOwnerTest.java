package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A genitive right before a kin or care noun ("lisas pappa", "Naylas kurator") names the person
 * the kin belongs to, at a sentence start and in lowercase too; the genitive of an ordinary noun,
 * a frequent word or a kin noun after a possessive ("min brors son") is no name.
 */
class GenitiveOwnerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Naylas pappa slår henne|Naylas",
    "vi vet att lisas pappa slår henne|lisas",
    "Stigs mamma ringde till skolan|Stigs",
    "jag pratade med demians kurator idag|demians",
  })
  void theGenitiveBeforeAKinNounIsAName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Barnens pappa slår henne",
    "allas föräldrar kom på mötet",
    "grannens son spelar hög musik",
    "Volvos chef avgick",
  })
  void theGenitiveOfAnOrdinaryWordIsNot(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "de har kört iväg med stens bil, en gammal volvo|stens",
    "vi sov i sagas rum hela helgen|sagas",
    // or before what a person thinks, is blamed for or has sent
    "han säger att det var vikings idé och att han bara ville hänga med|vikings",
    "det var björns fel alltihop|björns",
    // a word form too, with a capital inside its sentence
    "Huset står på Dags namn sedan 1998.|Dags",
    // or in lowercase, in whose name a thing stands
    "om att sälja huset som står på dags namn. jag har bott där|dags",
  })
  void aFirstNamesGenitiveBeforeAThingSomeoneHasIsAName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "det var en stens kast från huset",
    "det är dags att gå hem",
    "en björns kropp är tung",
    "för livs skull, gör något",
    "bilens motor gick sönder",
    "lägenheten står i mammas namn",
    "allt står på bolagets namn",
  })
  void anArticlesGenitiveOrANounsBeforeAThingIsNot(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "min brors son är fem år",
    "hennes systers kille hotar henne",
  })
  void theGenitiveOfAKinNounAfterAPossessiveIsKinNoName(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "min ex lisa hotar att ta barnen|lisa",
    "mitt ex tsegaye hotar mig|tsegaye",
  })
  void anExAfterAPossessiveCuesTheName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }
}
