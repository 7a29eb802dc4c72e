package se.avid.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.EntityType;
import se.avid.Finding;

class PostScoreboardTest {

  // "Hej, jag heter Sara Lind och bor i Gävle. Ring 1177."
  //  0123456789012345678901234567890123456789012345678901
  private static final String TEXT = "Hej, jag heter Sara Lind och bor i Gävle. Ring 1177.";
  private static final GoldSpan NAME = new GoldSpan(15, 24, "NAME");
  private static final GoldSpan PLACE = new GoldSpan(35, 40, "PLACE");
  private static final KeepItem HELPLINE = new KeepItem(47, 51, "helpline");

  private static AnnotatedText post() {
    return new AnnotatedText(TEXT, SpanAnnotatedReader.whitespaceTokens(TEXT), List.of(NAME, PLACE), List.of(HELPLINE));
  }

  private static Finding finding(int start, int end, EntityType type, double score) {
    return new Finding(start, end, type, score, "test");
  }

  @Test
  void postWithEveryEntityCoveredLeaksNothing() {
    PostScoreboard board = new PostScoreboard(false);

    board.add(post(), List.of(finding(15, 24, EntityType.NAME, 0.9), finding(35, 40, EntityType.PLACE, 0.9)), List.of());

    assertEquals(new Ratio(1, 1), board.noLeak());
    assertEquals(new Ratio(0, 1), board.leakedUnflagged());
  }

  @Test
  void surnameLeftReadableLeaksThePost() {
    PostScoreboard board = new PostScoreboard(true);

    board.add(post(), List.of(finding(15, 19, EntityType.NAME, 0.9), finding(35, 40, EntityType.PLACE, 0.9)), List.of());

    assertEquals(new Ratio(0, 1), board.noLeak());
    assertEquals(new Ratio(1, 1), board.leakedUnflagged());
    assertEquals(new Ratio(0, 1), board.coverage().get("NAME"));
    assertEquals(1, board.leaks().size());
    assertEquals(NAME, board.leaks().get(0).entity());
  }

  @Test
  void findingOfAnotherTypeStillCoversTheEntity() {
    PostScoreboard board = new PostScoreboard(false);

    board.add(post(), List.of(finding(15, 24, EntityType.PLACE, 0.9), finding(35, 40, EntityType.NAME, 0.9)), List.of());

    assertEquals(new Ratio(1, 1), board.noLeak());
  }

  @Test
  void onlyLettersAndDigitsMustBeCovered() {
    String text = "Hon heter Eva-Li.";
    AnnotatedText post = new AnnotatedText(text, SpanAnnotatedReader.whitespaceTokens(text),
        List.of(new GoldSpan(10, 17, "NAME")), List.of());

    assertTrue(PostScoreboard.leaks(text, post.gold().get(0), List.of(finding(10, 13, EntityType.NAME, 0.9))));
    assertTrue(!PostScoreboard.leaks(text, post.gold().get(0),
        List.of(finding(10, 13, EntityType.NAME, 0.9), finding(14, 16, EntityType.NAME, 0.9))));
  }

  @Test
  void leakingPostWithAReviewFindingIsFlaggedNotUnflagged() {
    PostScoreboard board = new PostScoreboard(false);

    board.add(post(), List.of(finding(35, 40, EntityType.PLACE, 0.9)), List.of(finding(20, 24, EntityType.NAME, 0.35)));

    assertEquals(new Ratio(1, 1), board.flagged());
    assertEquals(new Ratio(0, 1), board.leakedUnflagged());
    assertEquals(new Ratio(1, 1), board.leakingFlagged());
  }

  @Test
  void redactedHelplineCountsAsKeepItemRedacted() {
    PostScoreboard board = new PostScoreboard(true);

    board.add(post(), List.of(finding(47, 51, EntityType.PHONE, 0.9)), List.of());

    assertEquals(new Ratio(1, 1), board.keepRedacted());
    assertEquals(new Ratio(1, 1), board.keepRedactedByWhat().get("helpline"));
    assertEquals(HELPLINE, board.lostKeeps().get(0).item());
  }

  @Test
  void calibrationCountsEachBandsPrecision() {
    PostScoreboard board = new PostScoreboard(false);

    board.add(post(), List.of(finding(15, 24, EntityType.NAME, 0.95), finding(0, 3, EntityType.NAME, 0.91)),
        List.of(finding(35, 40, EntityType.PLACE, 0.42)));

    assertEquals(new Ratio(1, 2), board.calibration().get(9));
    assertEquals(new Ratio(1, 1), board.calibration().get(4));
    assertEquals(2, board.calibration().size());
  }

  @Test
  void scoreOfOneFallsInTheTopBand() {
    assertEquals(9, PostScoreboard.band(1.0));
    assertEquals(0, PostScoreboard.band(0.0));
    assertEquals(3, PostScoreboard.band(0.35));
  }

  @Test
  void reviewFindingsAreMeasuredPerDetector() {
    PostScoreboard board = new PostScoreboard(false);
    Finding onThePlace = new Finding(35, 40, EntityType.PLACE, 0.4, "residual");
    Finding onAWord = new Finding(25, 28, EntityType.NAME, 0.4, "residual");
    Finding onTheName = new Finding(20, 24, EntityType.NAME, 0.45, "names");

    board.add(post(), List.of(finding(15, 19, EntityType.NAME, 0.9)), List.of(onThePlace, onAWord, onTheName));

    assertEquals(new Ratio(1, 2), board.reviewPrecisionByDetector().get("residual"));
    assertEquals(new Ratio(1, 1), board.reviewPrecisionByDetector().get("names"));
  }
}
