package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewThresholdTest {

  /** "Sten" is a name or a stone: the name detector is unsure (0.4); "Lena" is sure (0.9). */
  private static Anonymizer.Builder builder() {
    return Anonymizer.builder().serviceLoading(false)
        .addDetector(WordsDetector.of("names", EntityType.NAME, 0.9, "Lena"))
        .addDetector(WordsDetector.of("maybe-names", EntityType.NAME, 0.4, "Sten"));
  }

  private static final String POST = "Sten sa till Lena att komma";

  @Test
  void withoutAReviewThresholdThereIsNoReviewBand() {
    Anonymizer a = builder().build();
    assertEquals(0.5, a.reviewThreshold());
    RedactionResult r = a.process(POST);
    assertEquals("Sten sa till [NAMN] att komma", r.redactedText());
    assertFalse(r.needsReview());
  }

  @Test
  void aFindingInTheReviewBandIsReportedAndFlaggedButNotRedacted() {
    RedactionResult r = builder().reviewThreshold(0.3).build().process(POST);
    assertEquals("Sten sa till [NAMN] att komma", r.redactedText());
    assertTrue(r.needsReview());
    assertEquals(List.of(
        new DecidedFinding(new Finding(0, 4, EntityType.NAME, 0.4, "maybe-names"), Decision.REVIEW),
        new DecidedFinding(new Finding(13, 17, EntityType.NAME, 0.9, "names"), Decision.REDACTED)), r.findings());
  }

  @Test
  void aScoreExactlyAtAThresholdBelongsToTheHigherBand() {
    Anonymizer a = builder().reviewThreshold(0.4).redactThreshold(0.9).build();
    AnalysisResult r = a.assess(POST);
    assertEquals(List.of(new Finding(0, 4, EntityType.NAME, 0.4, "maybe-names")), r.forReview());
    assertEquals(List.of(new Finding(13, 17, EntityType.NAME, 0.9, "names")), r.redacted());
  }

  @Test
  void aFindingUnderTheReviewThresholdIsNeitherReportedNorRedacted() {
    AnalysisResult r = builder().reviewThreshold(0.45).build().assess(POST);
    assertTrue(r.forReview().isEmpty());
    assertFalse(r.needsReview());
  }

  @Test
  void aReviewFindingThatRedactedFindingsCoverTogetherIsNoReasonToReview() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false).reviewThreshold(0.3)
        .addDetector(WordsDetector.of("flats", EntityType.ADDRESS, 0.9, "lgh 1203"))
        .addDetector(WordsDetector.of("codes", EntityType.POSTAL_CODE, 0.9, "164 31"))
        .addDetector(WordsDetector.of("runs", EntityType.OTHER, 0.4, "1203 164 31"))
        .build();
    assertFalse(a.assess("lgh 1203 164 31 Kista").needsReview());
  }

  @Test
  void aReviewFindingWithALetterOrDigitNoRedactedFindingCoversStaysForReview() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false).reviewThreshold(0.3)
        .addDetector(WordsDetector.of("flats", EntityType.ADDRESS, 0.9, "lgh 1203"))
        .addDetector(WordsDetector.of("runs", EntityType.OTHER, 0.4, "1203 164 31"))
        .build();
    assertTrue(a.assess("lgh 1203 164 31 Kista").needsReview());
  }

  @Test
  void analyzeStillReturnsOnlyTheRedactedFindings() {
    Anonymizer a = builder().reviewThreshold(0.3).build();
    assertEquals(List.of(new Finding(13, 17, EntityType.NAME, 0.9, "names")), a.analyze(POST));
  }

  @Test
  void aTypeCanHaveItsOwnThresholds() {
    Anonymizer a = builder()
        .addDetector(WordsDetector.of("places", EntityType.PLACE, 0.4, "Kiruna"))
        .thresholds(EntityType.NAME, 0.3, 0.35).build();
    RedactionResult r = a.process("Sten bor i Kiruna");
    assertEquals("[NAMN] bor i Kiruna", r.redactedText());
    assertFalse(r.needsReview());
    assertEquals(0.35, a.redactThreshold(EntityType.NAME));
    assertEquals(0.5, a.redactThreshold(EntityType.PLACE));
  }

  @Test
  void raisingOneTypesRedactThresholdFlagsWhatTheGeneralThresholdWouldHaveRedacted() {
    Anonymizer a = builder().thresholds(EntityType.NAME, 0.5, 0.95).build();
    RedactionResult r = a.process(POST);
    assertEquals(POST, r.redactedText());
    assertEquals(List.of(new Finding(13, 17, EntityType.NAME, 0.9, "names")), r.analysis().forReview());
  }

  @Test
  void aReviewFindingCoveredByARedactedOneIsNotReportedAgain() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false).reviewThreshold(0.2)
        .addDetector(WordsDetector.of("addresses", EntityType.ADDRESS, 0.9, "Storgatan 12"))
        .addDetector(WordsDetector.of("numbers", EntityType.OTHER, 0.3, "12")).build();
    AnalysisResult r = a.assess("bor på Storgatan 12");
    assertEquals(1, r.redacted().size());
    assertTrue(r.forReview().isEmpty());
  }

  @Test
  void theBuilderRejectsAReviewThresholdAboveTheRedactThreshold() {
    assertThrows(IllegalStateException.class, () -> builder().reviewThreshold(0.7).build());
    assertThrows(IllegalArgumentException.class, () -> builder().thresholds(EntityType.NAME, 0.8, 0.6));
    assertThrows(IllegalArgumentException.class, () -> builder().reviewThreshold(-0.1));
  }

  @Test
  void lowerTheRedactThresholdAloneAndTheReviewBandFollows() {
    Anonymizer a = builder().redactThreshold(0.2).build();
    assertEquals(0.2, a.reviewThreshold());
    assertEquals("[NAMN] sa till [NAMN] att komma", a.redact(POST));
  }
}
