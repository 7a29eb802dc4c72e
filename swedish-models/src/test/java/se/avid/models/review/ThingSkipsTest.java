package se.avid.models.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;

/** The things the name detector keeps flag nothing, though they are looked up only when a word of them would. */
class ThingSkipsTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidualLeakDetector.builder().build()).reviewThreshold(0.3).build();

  private static List<String> flagged(String text) {
    return ALONE.assess(text).forReview().stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @Test
  void aBrandAfterAnArticleIsNoLeak() {
    assertEquals(List.of(), flagged("Vi köpte en Kia förra året."));
  }

  @Test
  void everyWordOfAFirmIsNoLeak() {
    assertEquals(List.of(), flagged("Han jobbar på Söderholms Rör AB sedan i maj."));
  }

  @Test
  void theNameOfALawIsNoLeak() {
    assertEquals(List.of(), flagged("Det gäller väl lex Sarah här."));
  }

  @Test
  void aNameAfterAThingIsStillFlagged() {
    assertEquals(List.of("NAME Xiomara"), flagged("Vi köpte en Kia av Xiomara förra året."));
  }
}
