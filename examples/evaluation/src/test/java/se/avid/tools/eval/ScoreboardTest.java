package se.avid.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.EntityType;
import se.avid.Finding;

class ScoreboardTest {

  /** Offsets: Anna 0, Lindqvist 5, bor 15, i 19, Kiruna 21, och 28, ringer 32, BRIS 39, idag 44..48. */
  private static final String TEXT = "Anna Lindqvist bor i Kiruna och ringer BRIS idag";

  /** Anna Lindqvist (PER), Kiruna (LOC), BRIS (ORG), idag (TME). */
  private static AnnotatedText sentence() {
    return AnnotatedText.of(new TaggedSentence(
        List.of("Anna", "Lindqvist", "bor", "i", "Kiruna", "och", "ringer", "BRIS", "idag"),
        List.of("PER", "PER", "O", "O", "LOC", "O", "O", "ORG", "TME")));
  }

  private static Finding finding(int start, int end, EntityType type) {
    return new Finding(start, end, type, 0.9, "test");
  }

  @Test
  void personFoundWhenANameFindingCoversPartOfIt() {
    Scoreboard board = new Scoreboard(0);
    board.add(sentence(), List.of(finding(0, 4, EntityType.NAME)));

    assertEquals(new Ratio(1, 1), board.recall().get("PER"));
    assertEquals(new Ratio(0, 1), board.recall().get("LOC"));
  }

  @Test
  void placeFoundByPlaceOrAddress() {
    Scoreboard place = new Scoreboard(0);
    place.add(sentence(), List.of(finding(21, 27, EntityType.PLACE)));
    Scoreboard address = new Scoreboard(0);
    address.add(sentence(), List.of(finding(21, 27, EntityType.ADDRESS)));

    assertEquals(new Ratio(1, 1), place.recall().get("LOC"));
    assertEquals(new Ratio(1, 1), address.recall().get("LOC"));
  }

  @Test
  void entityCoveredByAnotherTypeIsFoundWithAnyTypeOnly() {
    Scoreboard board = new Scoreboard(5);
    board.add(sentence(), List.of(finding(0, 14, EntityType.PLACE)));

    assertEquals(new Ratio(0, 1), board.recall().get("PER"));
    assertEquals(new Ratio(1, 1), board.recallAnyType().get("PER"));
    assertEquals(EntityType.PLACE, board.misses().get(0).coveredAs());
  }

  @Test
  void personAndPlaceComeFirstAndUnfindableLabelsAreNotReported() {
    Scoreboard board = new Scoreboard(0);
    board.add(sentence(), List.of());

    assertEquals(List.of("PER", "LOC"), List.copyOf(board.recall().keySet()));
  }

  @Test
  void findingOnOrganisationIsNotAFalseAlarm() {
    Scoreboard board = new Scoreboard(5);
    board.add(sentence(), List.of(finding(39, 43, EntityType.NAME)));

    assertEquals(new Ratio(1, 1), board.precision().get(EntityType.NAME));
    assertEquals(0, board.falseAlarmCount());
  }

  @Test
  void findingOnTimeOrOrdinaryWordIsAFalseAlarm() {
    Scoreboard board = new Scoreboard(5);
    board.add(sentence(), List.of(finding(15, 18, EntityType.PLACE), finding(44, 48, EntityType.NAME)));

    assertEquals(new Ratio(0, 1), board.precision().get(EntityType.PLACE));
    assertEquals(new Ratio(0, 1), board.precision().get(EntityType.NAME));
    assertEquals(2, board.falseAlarmCount());
    assertEquals(15, board.falseAlarms().get(0).finding().start());
  }

  @Test
  void nameAndPlacePrecisionAreReportedEvenWithoutFindings() {
    Scoreboard board = new Scoreboard(0);
    board.add(sentence(), List.of(finding(0, 4, EntityType.PHONE)));

    assertEquals(new Ratio(0, 0), board.precision().get(EntityType.NAME));
    assertEquals(new Ratio(0, 0), board.precision().get(EntityType.PLACE));
    assertEquals(new Ratio(1, 1), board.precision().get(EntityType.PHONE));
    assertTrue(Double.isNaN(board.precision().get(EntityType.NAME).share()));
  }

  @Test
  void outsideTokensRedactedCountsOnlyTokensOfNoEntity() {
    Scoreboard board = new Scoreboard(0);
    // one finding over "bor i Kiruna och": Kiruna is LOC, the other three are O
    board.add(sentence(), List.of(finding(15, 31, EntityType.PLACE)));

    // O tokens: bor, i, och, ringer — idag is TME, BRIS is ORG
    assertEquals(new Ratio(3, 4), board.outsideTokensRedacted());
  }

  @Test
  void errorsAreKeptUpToTheLimitButAllCounted() {
    Scoreboard board = new Scoreboard(1);
    board.add(sentence(), List.of());
    board.add(sentence(), List.of());

    assertEquals(4, board.missCount());
    assertEquals(1, board.misses().size());
    assertEquals(new GoldSpan(0, 14, "PER"), board.misses().get(0).entity());
    assertNull(board.misses().get(0).coveredAs());
  }

  @Test
  void spanAnnotatedEntityOfAnyTypeIsFoundByItsOwnType() {
    AnnotatedText post = new AnnotatedText("ring 070-123 45 67 eller mejla",
        SpanAnnotatedReader.whitespaceTokens("ring 070-123 45 67 eller mejla"),
        List.of(new GoldSpan(5, 18, "PHONE")));
    Scoreboard board = new Scoreboard(0);
    board.add(post, List.of(finding(5, 18, EntityType.PHONE)));

    assertEquals(new Ratio(1, 1), board.recall().get("PHONE"));
    assertEquals(new Ratio(1, 1), board.precision().get(EntityType.PHONE));
    assertEquals(new Ratio(0, 3), board.outsideTokensRedacted());
  }

  @Test
  void ratioFormatsAsPercentWithCounts() {
    assertEquals("75.0% (3/4)", new Ratio(3, 4).format());
    assertEquals("– (0/0)", new Ratio(0, 0).format());
    assertEquals("0.02% (15/86537)", new Ratio(15, 86537).format(2));
  }
}
