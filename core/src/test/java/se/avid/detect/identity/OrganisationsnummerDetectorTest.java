package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.detect.identity.Detections.assertFinds;
import static se.avid.detect.identity.Detections.assertFindsNothing;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;

class OrganisationsnummerDetectorTest {

  private static final OrganisationsnummerDetector DETECTOR = new OrganisationsnummerDetector();

  @ParameterizedTest
  @ValueSource(strings = {
      "fakturan kom från ⟦556036-0793⟧ igår",
      "fakturan kom från ⟦5560360793⟧ igår",
      "kommunen har ⟦212000-0142⟧ som nummer",
      "föreningen ⟦802002-4728⟧ hjälper till",
      "med prefix ⟦16556036-0793⟧ i skatteverkets format",
      "med prefix ⟦165560360793⟧ utan bindestreck",
      "två bolag: ⟦556036-0793⟧ och ⟦969650-1239⟧."
  })
  void findsValidOrganisationNumbers(String marked) {
    assertFinds(DETECTOR, marked, EntityType.ORGANISATIONSNUMMER, OrganisationsnummerDetector.SCORE, 1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "org.nr ⟦556036-0793⟧",
      "bolagets organisationsnummer är ⟦556036-0793⟧"
  })
  void cueRaisesTheScore(String marked) {
    assertFinds(DETECTOR, marked, EntityType.ORGANISATIONSNUMMER, OrganisationsnummerDetector.CUED, OrganisationsnummerDetector.CUED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "fel kontrollsiffra 556036-0794",
      "ett personnummer har månad under 20: 850412-1230",
      "grupp 0 finns inte, det är ett telefonnummer: 0721234565",
      "annat prefix än 16: 17556036-0793",
      "längre nummer 5560360793123",
      "ihopskrivet 12-556036-0793",
      "ring 070-123 45 67",
      "mellanslag 556036 0793",
      "datum 2023-01-15"
  })
  void doesNotFind(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @Test
  void reportsExactOffsets() {
    assertEquals(List.of(new Detections.Hit(8, 19, EntityType.ORGANISATIONSNUMMER, OrganisationsnummerDetector.SCORE)),
        Detections.find(DETECTOR, "bolaget 556036-0793 i Stockholm"));
  }
}
