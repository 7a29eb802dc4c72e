package se.avid.benchmarks.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The baseline must do the job it stands for, or the ratio to it would mean nothing. */
class RegexBaselineTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "min man (pnr 850412-1234) dricker       | min man (pnr [PERSONNUMMER]) dricker",
    "hon har 19850412 1234 som nummer        | hon har [PERSONNUMMER] som nummer",
    "samordningsnummer 850472-1234           | samordningsnummer [SAMORDNINGSNUMMER]",
    "ring 070-123 45 67 ikväll               | ring [TELEFON] ikväll",
    "ring +46 (0)70-123 45 67                | ring [TELEFON]",
    "ring 08-123 456 78                      | ring [TELEFON]",
    "maila anna.l@gmail.com                  | maila [E-POST]",
    "maila anna (at) gmail.com               | maila [E-POST]",
    "adress 123 45 STOCKHOLM                 | adress [POSTNUMMER] STOCKHOLM",
    "det kostar 1 299 kr                     | det kostar 1 299 kr",
    "har ringt 1177 och 112                  | har ringt 1177 och 112",
    "mötet 2023-01-15 kl 08:30               | mötet 2023-01-15 kl 08:30",
  })
  void structuredChainReplacesTheFiveFormats(String text, String expected) {
    assertEquals(expected.strip(), RegexBaseline.structured().redact(text.strip()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "jag heter anna lindqvist och bor i kiruna | jag heter [NAMN] [NAMN] och bor i [PLATS]",
    "vi bor på storgatan 12b, lgh 1102 nu      | vi bor på [ADRESS] nu",
    "handläggaren Lena på socialtjänsten       | handläggaren [NAMN] på socialtjänsten",
    "min son har slutat gå till skolan         | min son har slutat gå till skolan",
  })
  void fullBaselineAlsoReplacesListedNamesPlacesAndStreets(String text, String expected) {
    assertEquals(expected.strip(), RegexBaseline.withNamesAndPlaces().redact(text.strip()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "jag heter anna och bor i kiruna | jag heter anna och bor i kiruna",
  })
  void structuredChainLeavesNamesAndPlaces(String text, String expected) {
    assertEquals(expected.strip(), RegexBaseline.structured().redact(text.strip()));
  }
}
