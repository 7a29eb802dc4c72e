package se.avid.examples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.avid.EntityType;
import se.avid.Finding;
import se.avid.RedactionException;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

class ReviewingRedactorTest {

  private final ReviewingRedactor redactor = ReviewingRedactor.of(WordDetector.builder(), 0.3, 0.5);

  @Test
  void redactsFindingsAtOrAboveTheRedactThreshold() {
    ReviewingRedactor.Result r = redactor.clean("jag heter anna lindqvist och bor i kiruna");
    assertEquals("jag heter [NAMN] [NAMN] och bor i [PLATS]", r.text());
    assertEquals(3, r.redacted().size());
    assertEquals(List.of(), r.review());
  }

  @Test
  void leavesReviewBandFindingsInTheTextAndReportsThem() {
    ReviewingRedactor.Result r = redactor.clean("vår handläggare lena svarar aldrig");
    assertEquals("vår handläggare lena svarar aldrig", r.text());
    assertEquals(List.of(), r.redacted());
    assertEquals(1, r.review().size());
    Finding f = r.review().get(0);
    assertEquals(16, f.start());
    assertEquals(20, f.end());
    assertEquals(EntityType.NAME, f.type());
  }

  @Test
  void ignoresFindingsUnderTheReviewThreshold() {
    ReviewingRedactor.Result r = redactor.clean("vi bo här");
    assertEquals("vi bo här", r.text());
    assertFalse(r.hasFindings());
  }

  @Test
  void redactsAndReviewsInTheSameText() {
    ReviewingRedactor.Result r = redactor.clean("anna och lena");
    assertEquals("[NAMN] och lena", r.text());
    assertEquals(1, r.redacted().size());
    assertEquals(1, r.review().size());
    assertEquals(9, r.review().get(0).start());
  }

  @Test
  void aCertainFindingInsideALongerReviewBandFindingIsStillRedacted() {
    // The anonymizer merges overlaps into the longest member, scored 0.35 here: without a second
    // pass the personnummer would be published inside a "review" span.
    Detector longWeak = new Detector() {
      @Override
      public String name() {
        return "long-weak";
      }

      @Override
      public Set<EntityType> types() {
        return Set.of(EntityType.OTHER);
      }

      @Override
      public void detect(ScanText text, FindingSink sink) {
        int at = text.original().indexOf("pnr ");
        if (at >= 0) {
          sink.add(at, at + 14, EntityType.OTHER, 0.35);
        }
      }
    };
    ReviewingRedactor r = ReviewingRedactor.of(WordDetector.builder().addDetector(longWeak), 0.3, 0.5);
    ReviewingRedactor.Result result = r.clean("min man (pnr 8504121234) dricker");
    assertFalse(result.text().contains("8504121234"), result.text());
    assertEquals("min man (pnr [PERSONNUMMER]) dricker", result.text());
    assertEquals(1, result.review().size());
  }

  @Test
  void aFailingDetectorFailsTheWholeText() {
    RedactionException e = assertThrows(RedactionException.class, () -> redactor.clean("anna krasch"));
    assertFalse(e.getMessage().contains("anna"));
  }

  @Test
  void rejectsAReviewThresholdAboveTheRedactThreshold() {
    assertThrows(IllegalArgumentException.class, () -> ReviewingRedactor.of(WordDetector.builder(), 0.6, 0.5));
  }

  @Test
  void reviewThresholdEqualToRedactThresholdMeansNoReviewBand() {
    ReviewingRedactor none = ReviewingRedactor.of(WordDetector.builder(), 0.5, 0.5);
    ReviewingRedactor.Result r = none.clean("anna och lena");
    assertEquals("[NAMN] och lena", r.text());
    assertTrue(r.review().isEmpty());
  }

  @Test
  void aModeratorsSpansAreReplacedByLabelsIncludingACustomTypes() {
    EntityType dnr = EntityType.custom("DIARIENUMMER", "DIARIENUMMER", "CASE_NUMBER");
    String text = "Ärende 2023/45 gäller Lena.";
    assertEquals("Ärende [DIARIENUMMER] gäller [NAMN].", ReviewingRedactor.redact(text,
        List.of(Finding.marked(7, 14, dnr), Finding.marked(22, 26, EntityType.NAME))));
  }

  @Test
  void aModeratorsSpansReportWhereTheirLabelsLanded() {
    String text = "anna och lena";
    se.avid.RedactionResult r = redactor.redactSpans(text, List.of(Finding.marked(9, 13, EntityType.NAME)));
    assertEquals("anna och [NAMN]", r.redactedText());
    assertEquals(9, r.replacements().get(0).outputStart());
    assertEquals(15, r.replacements().get(0).outputEnd());
  }

  @Test
  void overlappingModeratorSpansAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ReviewingRedactor.redact("anna och lena",
        List.of(Finding.marked(0, 8, EntityType.NAME), Finding.marked(5, 13, EntityType.NAME))));
  }
}
