package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;
import se.avid.EntityType;

/**
 * The identity detectors as users get them: through {@code Anonymizer.builder().build()}, which
 * finds {@code CoreDetectorProvider} with {@link java.util.ServiceLoader}.
 */
class IdentityRedactionIntegrationTest {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  @Test
  void serviceLoaderPicksUpTheIdentityDetectors() {
    assertTrue(ANONYMIZER.detectorNames().containsAll(java.util.List.of(PersonnummerDetector.NAME,
        OrganisationsnummerDetector.NAME, PaymentCardDetector.NAME, BankAccountDetector.NAME, DateOfBirthDetector.NAME)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      min man peter (pnr 850412-1234) dricker varje helg | min man peter (pnr [PERSONNUMMER]) dricker varje helg
      skrev hans nummer 8504121230 på lappen | skrev hans nummer [PERSONNUMMER] på lappen
      mammas personnummer 19 850412 1230 ligger i pärmen | mammas personnummer [PERSONNUMMER] ligger i pärmen
      farfar 121212+1212 bor på hemmet | farfar [PERSONNUMMER] bor på hemmet
      han fick samordningsnummer 850472-1237 förra året | han fick samordningsnummer [SAMORDNINGSNUMMER] förra året
      hon har 19850472-1237 tills hon får uppehållstillstånd | hon har [SAMORDNINGSNUMMER] tills hon får uppehållstillstånd
      på akuten fick han 850412-T123 som reservnummer | på akuten fick han [PERSONNUMMER] som reservnummer
      min son är 14 år och född 12 mars 2010 | min son är 14 år och född [FÖDELSEDATUM]
      bidraget kommer på bankgiro 5050-1055 | bidraget kommer på bankgiro [KONTONUMMER]
      kortet 4111 1111 1111 1111 är spärrat | kortet [KORTNUMMER] är spärrat
      """)
  void redactsIdentityNumbersInPosts(String post, String expected) {
    assertEquals(expected, ANONYMIZER.redact(post));
  }

  @Test
  void redactsAWholePostAndKeepsWhatIsNotPersonal() {
    String post = "hej! min man (pnr 850412-1234) dricker varje helg och min son 14 år har slutat gå till skolan.\n"
        + "min väninna har samordningsnummer 850472-1237 och är rädd.\n"
        + "mötet på socialtjänsten var 2023-01-15 kl 08:30. har ringt 1177 och BRIS.";
    String redacted = ANONYMIZER.redact(post);
    assertEquals("hej! min man (pnr [PERSONNUMMER]) dricker varje helg och min son 14 år har slutat gå till skolan.\n"
        + "min väninna har samordningsnummer [SAMORDNINGSNUMMER] och är rädd.\n"
        + "mötet på socialtjänsten var 2023-01-15 kl 08:30. har ringt 1177 och BRIS.", redacted);
    assertFalse(redacted.contains("850412") || redacted.contains("850472"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "mötet är 2023-01-15 kl 08:30 på socialtjänsten",
      "barnvagnen kostade 1 299 kr på blocket",
      "vi flyttade hit 1985 och han började skolan 2010",
      "ring 112 vid nöd, annars 1177 eller BRIS på 116 111",
      "vi har väntat sedan 12 mars 2023",
      "ärendenummer 2023-1234 hos försäkringskassan"
  })
  void leavesDatesPricesAndHelplinesAlone(String post) {
    assertEquals(post, ANONYMIZER.redact(post));
  }

  @Test
  void organisationNumbersAreKeptUnlessEnabled() {
    String post = "hyresvärden 556036-0793 svarar inte";
    assertEquals(post, ANONYMIZER.redact(post));
    Anonymizer withOrganisations = Anonymizer.builder().enable(EntityType.ORGANISATIONSNUMMER).build();
    assertEquals("hyresvärden [ORGANISATIONSNUMMER] svarar inte", withOrganisations.redact(post));
  }
}
