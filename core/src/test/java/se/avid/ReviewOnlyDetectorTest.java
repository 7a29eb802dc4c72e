package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * A detector that only flags ({@link Detector#maxScore()} under the redact threshold) runs only
 * in a call whose review band reaches its scores; elsewhere every finding it made would be
 * dropped, so it is not run at all.
 */
class ReviewOnlyDetectorTest {

  /** Flags the first word of every text at 0.4 and counts its runs. */
  private static final class FlaggingDetector implements Detector {
    final AtomicInteger runs = new AtomicInteger();

    @Override
    public String name() {
      return "flagging";
    }

    @Override
    public Set<EntityType> types() {
      return Set.of(EntityType.NAME);
    }

    @Override
    public void detect(ScanText text, FindingSink sink) {
      runs.incrementAndGet();
      sink.add(0, 4, EntityType.NAME, 0.4);
    }

    @Override
    public double maxScore() {
      return 0.4;
    }
  }

  private static final String POST = "Sten sa att han kommer";

  @Test
  void withoutAReviewBandAReviewOnlyDetectorDoesNotRun() {
    FlaggingDetector flagging = new FlaggingDetector();
    Anonymizer a = Anonymizer.builder().serviceLoading(false).addDetector(flagging).build();
    assertEquals(POST, a.redact(POST));
    assertEquals(0, flagging.runs.get());
  }

  @Test
  void aReviewBandThatReachesItsScoresRunsItAndFlags() {
    FlaggingDetector flagging = new FlaggingDetector();
    Anonymizer a = Anonymizer.builder().serviceLoading(false).addDetector(flagging).reviewThreshold(0.3).build();
    assertEquals(1, a.assess(POST).forReview().size());
    assertEquals(1, flagging.runs.get());
  }

  @Test
  void aReviewBandAboveItsScoresDoesNotRunIt() {
    FlaggingDetector flagging = new FlaggingDetector();
    Anonymizer a = Anonymizer.builder().serviceLoading(false).addDetector(flagging).reviewThreshold(0.45).build();
    assertEquals(0, a.assess(POST).forReview().size());
    assertEquals(0, flagging.runs.get());
  }

  @Test
  void aLowerRedactThresholdForItsTypeRunsItAndRedacts() {
    FlaggingDetector flagging = new FlaggingDetector();
    Anonymizer a = Anonymizer.builder().serviceLoading(false).addDetector(flagging)
        .thresholds(EntityType.NAME, 0.3, 0.35).build();
    assertEquals("[NAMN] sa att han kommer", a.redact(POST));
    assertEquals(1, flagging.runs.get());
  }
}
