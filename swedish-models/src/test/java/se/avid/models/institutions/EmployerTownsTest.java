package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.Anonymizer;

/**
 * An employer named as the town it grew in ({@code Boliden}, {@code Bofors}) is the firm where the
 * text speaks of working there, with every detector of the models on; anywhere else it is the place.
 */
class EmployerTownsTest {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "jag jobbar skift på boliden och kan inte ta ledigt|jag jobbar skift på boliden och kan inte ta ledigt",
    "han fick jobb på Bofors efter gymnasiet|han fick jobb på Bofors efter gymnasiet",
    "jag bor i Karlskoga och jobbar på Bofors.|jag bor i [PLATS] och jobbar på Bofors.",
    "vi bor i ett rum hos en familj i Bofors.|vi bor i ett rum hos en familj i [PLATS].",
    "hon flyttade till Boliden i våras|hon flyttade till [PLATS] i våras",
  })
  void theFirmWhereOneWorksThePlaceWhereOneLives(String text, String redacted) {
    assertEquals(redacted, ANONYMIZER.redact(text));
  }
}
