package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.Redactions;

/**
 * A hospital or care home named by the county, land or town it serves is one place, whole, with
 * the town of its unit after it: "[Hallands sjukhus]", "[Norrlands universitetssjukhus]",
 * "[Hallands sjukhus Varberg]", though a county or land alone is kept as a very large region.
 * The noun after a word that is no place stays.
 */
class RegionHospitalsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Han fick åka till Hallands sjukhus i natt.|PLACE Hallands sjukhus",
    "Jag fick trillingar i november på Norrlands universitetssjukhus.|PLACE Norrlands universitetssjukhus",
    "jag fick trillingar på norrlands universitetssjukhus|PLACE norrlands universitetssjukhus",
    "Jag jobbar som undersköterska på Hallands sjukhus Varberg.|PLACE Hallands sjukhus Varberg",
    "Min mamma dog på Stockholms sjukhem i december.|PLACE Stockholms sjukhem",
  })
  void aHospitalNamedByItsCountyLandOrTownIsOnePlace(String text, String finding) {
    assertEquals(List.of(finding), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Min man ligger sedan en vecka på Ersta hospice.|PLACE Ersta hospice",
    "min man ligger sedan en vecka på ersta hospice.|PLACE ersta hospice",
  })
  void aHospitalNamedLikeAKeptBodyIsRedactedWithItsNoun(String text, String finding) {
    assertEquals(List.of(finding), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Ersta diakoni har en samtalsgrupp.",
    "Vi fick vänta länge på sjukhuset.",
    "Barnens sjukhus är bättre nu.",
  })
  void theNounAfterAWordThatIsNoPlaceStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
