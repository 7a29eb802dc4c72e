package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;
import se.avid.models.Detections;
import se.avid.models.Redactions;
import se.avid.models.context.MaxentContextScorer;
import se.avid.text.ScanText;

/** A municipality whose name is also a word, after a cue of living or moving: never published unseen. */
class ListedPlaceAfterCueTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"vi bor i skara sedan i fjol", "vi flyttade till skara i fjol", "hon bor i lund nu",
      "vi är en polsk familj i skara. vår dotter går i skolan"})
  void isAtLeastFlaggedForReview(String text) {
    List<String> found = Detections.of(DETECTOR, text, 0.3);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("PLACE"), found.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"jag ringde studenthälsan vid lunds universitet men de svarar inte|lunds universitet",
      "hon fick åka till hallands sjukhus igen|hallands sjukhus", "han ligger på danderyds sjukhus|danderyds sjukhus",
      "vi har gemensam vårdnad enligt en dom från helsingborgs tingsrätt|helsingborgs",
      "jag överklagade till förvaltningsrätten i luleå|luleå"})
  void aTownsGenitiveBeforeItsUniversityHospitalOrCourtIsThePlace(String row) {
    String[] parts = row.split("\\|");
    assertEquals(List.of("PLACE " + parts[1]), Redactions.in(parts[0]));
  }

  @Test
  void theSameWordWithoutTheCueStaysAWord() {
    assertEquals(List.of(), Detections.of(DETECTOR, "en skara ungdomar stod utanför", 0.3));
  }

  @Test
  void aCompoundOfTwoOrdinaryWordsAfterACueIsNotFlagged() {
    // the flag is the context scorer's floor: asked with the bundled model
    ProperNameDetector withModel = ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
    assertEquals(List.of(), Detections.of(withModel, "barnen går i sorggrupp hos svenska kyrkan och det har hjälpt den äldsta", 0.3));
    assertEquals(List.of(), Detections.of(withModel, "först bodde jag på ett hem, sedan i stödboende. nu bor jag själv", 0.3));
  }

  @Test
  void theScoreOfAFlaggedPlaceIsInTheReviewBandOrAbove() {
    List<Double> scores = new java.util.ArrayList<>();
    DETECTOR.detect(ScanText.of("vi bor i skara sedan i fjol"), (s, e, type, score) -> {
      if (type == EntityType.PLACE) {
        scores.add(score);
      }
    });
    assertEquals(1, scores.size());
    assertTrue(scores.get(0) >= NameScores.UNKNOWN_AFTER_PLACE_CUE, scores.toString());
  }
}
