package se.avid.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import se.avid.EntityType;

/** Every mistake fails the load, naming the file, the line and the problem. */
class RulesParserTest {

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of("Lena Holm\n", 1,
            "a rule outside any section: start with [deny TYPE], [allow], [pattern NAME] or [type TYPE]"),
        Arguments.of("# personal\n[deny NAMNE]\nLena Holm\n", 2, "unknown type 'NAMNE': expected one of [PERSONNUMMER,"),
        Arguments.of("[deny]\n", 1, "the section header must be [deny TYPE]"),
        Arguments.of("[allow BRIS]\n", 1, "the section header must be [allow]"),
        Arguments.of("[deny NAME\nLena\n", 1, "a section header must end with ']'"),
        Arguments.of("[block NAME]\n", 1, "unknown section '[block]'"),
        Arguments.of("[deny NAME]\n---\n", 2, "a term must hold at least one letter or digit"),
        Arguments.of("[deny NAME]\n" + "x".repeat(201) + "\n", 2, "a term longer than 200 chars"),
        Arguments.of("[deny NAME]\nLena Holm\n\n[allow]\nlena  holm\n", 5,
            "a term is both denied (line 2) and allowed (line 5)"),
        Arguments.of("[pattern dnr]\ntype = OTHER\nshape = (D+)+\nscore = 0.9\n", 3,
            "bad shape: column 1: '(' is not allowed"),
        Arguments.of("[pattern dnr]\ntype = OTHER\nscore = 0.9\n", 1, "pattern 'dnr' has no 'shape'"),
        Arguments.of("[pattern dnr]\nshape = DDD\nscore = 0.9\n[allow]\nBRIS\n", 1, "pattern 'dnr' has no 'type'"),
        Arguments.of("[pattern dnr]\ntype = OTHER\nshape = DDDD\n", 1, "pattern 'dnr' has no 'score'"),
        Arguments.of("[pattern dnr]\ntype = OTHER\nshape = DDDD\nscore = hög\n", 4, "not a number: 'hög'"),
        Arguments.of("[pattern dnr]\ntype = OTHER\nshape = DDDD\nscore = 1.5\n", 4, "must be from 0 to 1: 1.5"),
        Arguments.of("[pattern dnr]\ntype = OTHER\nshape = DDDD\nscore = 0.5\nregex = \\d+\n", 5,
            "unknown key 'regex': expected one of [lower, lower-by, raise, raise-by, score, shape, type, window]"),
        Arguments.of("[pattern dnr]\ntype = OTHER\ntype = NAME\n", 3, "'type' is given twice (first on line 2)"),
        Arguments.of("[pattern dnr]\ntype OTHER\n", 2, "expected 'key = value' in a [pattern] section"),
        Arguments.of("[pattern dnr]\ntype =\n", 2, "'type' has no value"),
        Arguments.of("[pattern dnr]\ntype = OTHER\nshape = DDDD\nscore = 0.5\nraise-by = 0.2\n", 5,
            "'raise-by' without 'raise' words"),
        Arguments.of("[pattern dnr]\ntype = OTHER\nshape = DDDD\nscore = 0.5\nraise = dnr,,ärende\n", 5,
            "an empty context word"),
        Arguments.of("[pattern dnr]\ntype = OTHER\nshape = DDDD\nscore = 0.5\nraise = diarie nummer\n", 5,
            "context words are single words"),
        Arguments.of("[pattern dnr]\ntype = OTHER\nshape = DDDD\nscore = 0.5\nraise = dnr\nwindow = 50\n", 6,
            "window must be a whole number of words from 1 to 20"),
        Arguments.of("[pattern dnr]\ntype = OTHER\nshape = DDDD\nscore = 0.5\n[pattern dnr]\n", 5,
            "a second pattern named 'dnr' (the first is on line 1)"),
        Arguments.of("[pattern ärende nr]\n", 1, "the section header must be [pattern NAME]"),
        Arguments.of("[pattern a/b]\n", 1, "a pattern name is 1 to 64 letters"),
        Arguments.of("[type NAME]\nenabled = ja\n", 2, "enabled must be true or false"),
        Arguments.of("[type NAME]\nredact = 0.4\nreview = 0.6\n", 3, "review threshold 0.6 is above the redact threshold 0.4"),
        Arguments.of("[type NAME]\n", 1, "an empty [type NAME] section: give enabled, review, redact, strategy or (for a new type) label"),
        Arguments.of("[type NAME]\nreview = 0.3\n[type NAMN]\nredact = 0.6\n", 3,
            "a second [type NAME] section (the first is on line 1)"),
        Arguments.of("[type NAME]\nthreshold = 0.3\n", 2, "unknown key 'threshold': expected one of [enabled, english, label, redact, review, strategy]"));
  }

  @ParameterizedTest(name = "line {1}: {2}")
  @MethodSource("brokenFiles")
  void aBrokenFileFailsWithItsNameTheLineAndTheProblem(String content, int line, String problem) {
    RulesException e = assertThrows(RulesException.class, () -> Rules.parse("forum-rules.txt", content));
    assertEquals("forum-rules.txt", e.source());
    assertEquals(line, e.line());
    String prefix = "forum-rules.txt:" + line + ": " + problem;
    assertEquals(prefix, e.getMessage().substring(0, Math.min(prefix.length(), e.getMessage().length())));
  }

  @Test
  void theMessageNeverQuotesATerm() {
    RulesException e = assertThrows(RulesException.class,
        () -> Rules.parse("r.txt", "[deny NAME]\nKarin Åberg\n[allow]\nKarin Åberg\n"));
    assertFalse(e.getMessage().contains("Karin"), e.getMessage());
  }

  @Test
  void commentsBlankLinesIndentationCarriageReturnsAndAByteOrderMarkAreAccepted() {
    Rules r = Rules.parse("r.txt", "\uFEFF# kommentar\r\n\r\n  [deny NAMN]  \r\n   Lena Holm  \r\n  # Karin Åberg\r\n");
    assertEquals(1, r.denyTermCount());
  }

  @Test
  void typesMayBeWrittenAsSwedishLabelsInAnyCase() {
    Rules r = Rules.parse("r.txt", "[deny plats]\nLilla Torg\n[type telefon]\nenabled = false\n");
    assertEquals(java.util.Set.of(EntityType.PLACE), r.detector().orElseThrow().types());
    assertEquals(new TypeRule(false, null, null), r.typeRules().get(EntityType.PHONE));
  }

  @Test
  void aFileWithOnlyAnAllowListHasNoDetector() {
    Rules r = Rules.parse("r.txt", "[allow]\nBRIS\n");
    assertFalse(r.detector().isPresent());
    assertEquals(1, r.allowList().size());
  }

  @Test
  void theSameTermUnderTwoTypesIsKeptForBoth() {
    Rules r = Rules.parse("r.txt", "[deny NAME]\nKlara\n[deny PLACE]\nKlara\n[deny NAME]\nklara\n");
    assertEquals(2, r.denyTermCount());
  }
}
