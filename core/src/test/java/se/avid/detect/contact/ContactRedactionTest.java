package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;

/**
 * The contact detectors as users meet them: through {@code Anonymizer.builder().build()}, which
 * finds them with ServiceLoader via {@code CoreDetectorProvider}, on real-looking posts.
 */
class ContactRedactionTest {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  @Test
  void loadsEveryContactDetectorThroughServiceLoader() {
    assertTrue(ANONYMIZER.detectorNames().containsAll(java.util.List.of(PhoneNumberDetector.NAME,
        EmailDetector.NAME, PostalCodeDetector.NAME, UrlDetector.NAME, IpAddressDetector.NAME,
        VehicleRegistrationDetector.NAME)), ANONYMIZER.detectorNames()::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ring mig på 070-123 45 67                              | ring mig på [TELEFON]
      ring mig gärna 070-123 45 67 eller anna.l@gmail.com.   | ring mig gärna [TELEFON] eller [E-POST].
      maila anna (at) gmail.com så hörs vi                   | maila [E-POST] så hörs vi
      skicka till Storgatan 12, 123 45 STOCKHOLM             | skicka till [ADRESS], [POSTNUMMER] STOCKHOLM
      från utlandet +46 (0)70-123 45 67                      | från utlandet [TELEFON]
      hon skrev från 85.224.12.7 på natten                   | hon skrev från [IP-ADRESS] på natten
      han har bilen ABC 123 parkerad                         | han har bilen [REGISTRERINGSNUMMER] parkerad
      följ mig på instagram.com/anna_lindqvist eller @anna_89 | följ mig på [LÄNK] eller [LÄNK]
      jobbet 08-123 456 78, mobil 0701234567                 | jobbet [TELEFON], mobil [TELEFON]
      """)
  void redactsContactDetails(String post, String expected) {
    assertEquals(expected, ANONYMIZER.redact(post));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ring 112 om det är akut",
    "BRIS 116 111 finns alltid",
    "har ringt 1177 och BRIS",
    "Kvinnofridslinjen 020-50 50 50 har öppet dygnet runt",
    "Försäkringskassan 0771-524 524 svarar inte",
    "Mind 90101 och 113 13",
    "läs på 1177.se eller www.bris.se",
    "soffan kostade 1 299 kr och hyran 12 500:-",
    "mötet är kl 08.30 den 2023-01-15, eller 15/3 08:30",
    "han föddes 1985 och är 14 år",
    "vi väntar på BUP sedan 112 dagar, LSS 9 § och SFI 2",
    "betalade 12345 kr för 123 45 saker",
  })
  void keepsHelplinesAmountsTimesAndDates(String post) {
    assertEquals(post, ANONYMIZER.redact(post));
  }

  @Test
  void examplePostLosesEveryContactDetailAndKeepsTheRest() {
    String post = "ring mig gärna 070-123 45 67 eller anna.l@gmail.com. har ringt 1177 och BRIS 116 111.";
    assertEquals("ring mig gärna [TELEFON] eller [E-POST]. har ringt 1177 och BRIS 116 111.",
        ANONYMIZER.redact(post));
  }
}
