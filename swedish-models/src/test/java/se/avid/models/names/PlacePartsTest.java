package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Detections;
import se.avid.models.context.MaxentContextScorer;

class PlacePartsTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  /** As the pipeline builds it: the context model judges the part on its own too. */
  private static final ProperNameDetector WITH_MODEL =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double REVIEW = 0.3;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Jobbet ligger i Nacka strand.|Nacka strand",
    "jobbet ligger i nacka strand.|nacka strand",
    "hon bor i Kista centrum nu|Kista centrum",
    "en taxi vid Malmö C eftersom jag hade hunden med mig|Malmö C",
    "vi möts vid Malmö hamn i morgon|Malmö hamn",
    "vi bor i Hjulsta backar sedan i våras|Hjulsta backar",
    "Hälsningar från oss i Hässelby villastad.|Hässelby villastad",
    "Vi har ett hus i Göteborgs skärgård.|Göteborgs skärgård",
    // the part's genitive, owning something as the whole place does
    "Vi var på Kista centrums bibliotek i går.|Kista centrums",
    // in lowercase, a word of no list before a district's plural is the district's name
    "jag har 5 barn och bor i tjärna ängar sedan i våras|tjärna ängar",
    // the grammar schools named after the old Latin and Real schools, after a town or a direction
    "hela mitt gamla gäng från malmö latin har flyttat|malmö latin",
    "han går på norra real och har ett tufft schema|norra real",
  })
  void aPartAfterAPlaceIsPartOfItsName(String text, String place) {
    assertEquals(expect(text, "PLACE " + place), Detections.of(DETECTOR, text, REVIEW));
    assertEquals(expect(text, "PLACE " + place), Detections.of(WITH_MODEL, text, REVIEW));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"vi gick på gröna ängar hela dagen", "barnen åkte pulka i branta backar hela dagen",
      "jag läser latin och matte på gymnasiet"})
  void aDistrictsPluralAfterAnOrdinaryWordIsNoPlace(String text) {
    assertEquals(expect(text), Detections.of(WITH_MODEL, text, REVIEW));
  }

  @Test
  void aDistrictBeforeTheTownItLiesInIsAPlaceWithoutAVerbOfLiving() {
    String text = "vi är en finsk familj i tjärna ängar i borlänge";
    assertEquals(expect(text, "PLACE tjärna ängar", "PLACE borlänge"), Detections.of(WITH_MODEL, text, REVIEW));
  }

  @Test
  void anAdjectiveBeforeAPluralBeforeATownIsNoDistrict() {
    String text = "barnen åkte pulka i branta backar i kiruna";
    assertEquals(expect(text, "PLACE kiruna"), Detections.of(WITH_MODEL, text, REVIEW));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Han är nu på Rehab Station Stockholm i Solna.|Rehab Station Stockholm|Solna",
    "Vi flyttade från Malmö Till Stockholm.|Malmö|Stockholm",
    "Min bror öppnade restaurangen La Cocina de Rosa förra året.|La|Cocina de Rosa",
  })
  void aCapitalisedWordBetweenTwoFoundOnesIsPartOfOneNameButNotALink(String text, String first, String second) {
    assertEquals(expect(text, "PLACE " + first, "PLACE " + second), Detections.of(WITH_MODEL, text, REVIEW));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi flyttade till norra Kiruna förra året|norra Kiruna",
    "vi bodde i södra Umeå|södra Umeå",
    "jag är från Gamla Uppsala|Gamla Uppsala",
    "vi bor i nya hovås sen två år|nya hovås",
  })
  void aDirectionBeforeAPlaceIsPartOfItsName(String text, String place) {
    assertEquals(expect(text, "PLACE " + place), Detections.of(DETECTOR, text, REVIEW));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi bor i övre soppero sen två år|övre soppero",
    "Vi bor i Nya Hovås sen två år|Nya Hovås",
    // a direction between a preposition of place and a word that is no word at all
    "han bor i norra klarälvdalen sedan länge|norra klarälvdalen",
  })
  void aNameAfterADirectionIsAPlacesNameWithIt(String text, String place) {
    assertEquals(expect(text, "PLACE " + place), Detections.of(WITH_MODEL, text, REVIEW));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "i går kom lilla Elsa hem från förskolan|Elsa",
  })
  void aNameAfterASizeStaysAPersonsName(String text, String name) {
    assertEquals(expect(text, "NAME " + name), Detections.of(WITH_MODEL, text, REVIEW));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi har bott i sankt olof i tio år|sankt olof",
    "Vi bor i Sankt Olof nu.|Sankt Olof",
    "han bor i s:t olof|s:t olof",
    "Hon jobbade som sjuksköterska på St. Olavs hospital i 22 år.|St. Olavs",
  })
  void aSaintsTitleBeforeANameMakesOnePlace(String text, String place) {
    assertEquals(expect(text, "PLACE " + place), Detections.of(DETECTOR, text, REVIEW));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "vi gick ner till stranden och badade",
    "han bor norra delen av stan, nära centrum",
    "den stora gården har en park",
  })
  void theWordsAloneStayWords(String text) {
    assertEquals(List.of(), Detections.of(DETECTOR, text, REVIEW));
  }
}
