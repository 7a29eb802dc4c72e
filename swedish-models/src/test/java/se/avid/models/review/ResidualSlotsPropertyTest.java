package se.avid.models.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.avid.AnalysisResult;
import se.avid.Anonymizer;

/** Every place preposition makes the word after it a place position. */
class ResidualSlotsPropertyTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidualLeakDetector.builder().build()).reviewThreshold(0.3).build();

  @Provide
  Arbitrary<String> prepositions() {
    return Arbitraries.of("i", "på", "från", "vid", "till");
  }

  /** Whatever the preposition, a made-up word after it is flagged as a place and nothing is redacted. */
  @Property(tries = 50, seed = "14")
  void anyPlacePrepositionMakesAnUnknownWordAPlace(@ForAll @From("prepositions") String preposition) {
    String text = "vi träffades " + preposition + " zorbu i fredags";
    AnalysisResult result = ALONE.assess(text);
    assertEquals(List.of("PLACE zorbu"), result.forReview().stream().map(f -> f.type() + " " + f.valueIn(text)).toList());
    assertTrue(result.redacted().isEmpty());
  }
}
