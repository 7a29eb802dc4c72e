package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Settings for one call: fewer types, other thresholds; never felt by other calls. */
class CallOptionsTest {

  private static final String POST = "Lena i Rosengård, ring 0701234567.";

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().serviceLoading(false)
      .addDetector(WordsDetector.of("names", EntityType.NAME, 0.4, "Lena"))
      .addDetector(WordsDetector.of("places", EntityType.PLACE, 0.9, "Rosengård"))
      .addDetector(WordsDetector.of("phones", EntityType.PHONE, 0.9, "0701234567"))
      .build();

  @Test
  void aCallRestrictedToSomeTypesLeavesTheOthersAlone() {
    CallOptions phonesOnly = CallOptions.builder().types(EntityType.PHONE).build();
    assertEquals("Lena i Rosengård, ring [TELEFON].", ANONYMIZER.process(POST, phonesOnly).redactedText());
  }

  @Test
  void aCallLowersTheThresholdOfOneType() {
    CallOptions looseNames = CallOptions.builder().thresholds(EntityType.NAME, 0.3, 0.35).build();
    assertEquals("[NAMN] i [PLATS], ring [TELEFON].", ANONYMIZER.process(POST, looseNames).redactedText());
  }

  @Test
  void aCallCanPutATypeInTheReviewBand() {
    CallOptions reviewNames = CallOptions.builder().thresholds(EntityType.NAME, 0.3, 0.6).build();
    AnalysisResult r = ANONYMIZER.assess(POST, reviewNames);
    assertEquals(EntityType.NAME, r.forReview().get(0).type());
  }

  @Test
  void aRestrictionCannotTurnOnADisabledType() {
    Anonymizer noPlaces = Anonymizer.builder().serviceLoading(false)
        .addDetector(WordsDetector.of("places", EntityType.PLACE, 0.9, "Rosengård")).disable(EntityType.PLACE).build();
    CallOptions places = CallOptions.builder().types(EntityType.PLACE).build();
    assertEquals(POST, noPlaces.process(POST, places).redactedText());
  }

  @Test
  void aReviewThresholdAboveTheRedactThresholdIsRejectedWhenSet() {
    assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().thresholds(EntityType.NAME, 0.7, 0.5));
  }

  @Test
  void aThresholdOutsideZeroToOneIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().thresholds(EntityType.NAME, -0.1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().thresholds(EntityType.NAME, 0.1, 1.5));
  }

  @Test
  void anEmptyRestrictionIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().types());
  }

  @Test
  void optionsAreCopiedAtBuild() {
    List<EntityType> types = new ArrayList<>(List.of(EntityType.PHONE));
    CallOptions options = CallOptions.builder().types(types).build();
    types.add(EntityType.NAME);
    assertEquals(java.util.Set.of(EntityType.PHONE), options.types());
  }

  @Test
  void theOptionsOfOneCallDoNotLeakIntoTheNext() {
    ANONYMIZER.process(POST, CallOptions.builder().types(EntityType.PHONE).build());
    assertEquals("Lena i [PLATS], ring [TELEFON].", ANONYMIZER.redact(POST));
  }

  @Test
  void callsWithAndWithoutOptionsAtTheSameTimeKeepTheirOwnSettings() throws Exception {
    CallOptions phonesOnly = CallOptions.builder().types(EntityType.PHONE).build();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        boolean restricted = i % 2 == 0;
        results.add(pool.submit(() -> restricted
            ? ANONYMIZER.process(POST, phonesOnly).redactedText().equals("Lena i Rosengård, ring [TELEFON].")
            : ANONYMIZER.redact(POST).equals("Lena i [PLATS], ring [TELEFON].")));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
