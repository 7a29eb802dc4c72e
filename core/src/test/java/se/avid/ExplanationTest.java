package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.avid.rules.Rules;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/** Each finding can say why it was made, for a moderator, and never repeats what it found. */
class ExplanationTest {

  /** Reports a fixed span with a fixed explanation, as a detector that explains itself would. */
  private record ExplainingDetector(String word, EntityType type, String why) implements Detector {
    @Override
    public String name() {
      return "explaining";
    }

    @Override
    public Set<EntityType> types() {
      return Set.of(type);
    }

    @Override
    public void detect(ScanText text, FindingSink sink) {
      int at = text.original().indexOf(word);
      if (at >= 0) {
        sink.add(at, at + word.length(), type, 0.9, why);
      }
    }
  }

  private static final CallOptions EXPLAIN = CallOptions.builder().explain(true).build();

  private static Anonymizer.Builder with(Detector d) {
    return Anonymizer.builder().serviceLoading(false).addDetector(d);
  }

  @Test
  void aDetectorsExplanationReachesTheFindingWhenAskedFor() {
    Anonymizer a = with(new ExplainingDetector("0701234567", EntityType.PHONE, "after the cue 'ring'")).build();
    Finding f = a.assess("ring 0701234567 i kväll", EXPLAIN).redacted().get(0);
    assertEquals("after the cue 'ring'", f.explanation());
  }

  @Test
  void explanationsAreLeftOutUnlessAskedFor() {
    Anonymizer a = with(new ExplainingDetector("0701234567", EntityType.PHONE, "after the cue 'ring'")).build();
    assertEquals("", a.analyze("ring 0701234567 i kväll").get(0).explanation());
  }

  @Test
  void theBuilderCanAskForExplanationsInEveryCall() {
    Anonymizer a = with(new ExplainingDetector("0701234567", EntityType.PHONE, "after the cue 'ring'"))
        .explanations(true).build();
    assertEquals("after the cue 'ring'", a.analyze("ring 0701234567 i kväll").get(0).explanation());
  }

  @Test
  void anExplanationThatRepeatsTheFoundValueIsReplaced() {
    Anonymizer a = with(new ExplainingDetector("Lena Holm", EntityType.NAME, "the name lena holm is common")).build();
    String why = a.assess("Jag heter Lena Holm.", EXPLAIN).redacted().get(0).explanation();
    assertFalse(why.toLowerCase().contains("lena holm"), why);
    assertEquals("found by 'explaining' with score 0.90", why);
  }

  @Test
  void aFindingWithoutAnExplanationGetsItsDetectorAndScore() {
    Anonymizer a = with(WordsDetector.of("names", EntityType.NAME, 0.62, "Anna")).build();
    assertEquals("found by 'names' with score 0.62",
        a.assess("Anna sa att det var lugnt.", EXPLAIN).redacted().get(0).explanation());
  }

  @Test
  void aPersonnummerWithAValidCheckDigitSaysSo() {
    Anonymizer a = with(WordsDetector.of("personnummer", EntityType.PERSONNUMMER, 0.97, "811218-9876")).build();
    String why = a.assess("Mitt pnr är 811218-9876.", EXPLAIN).redacted().get(0).explanation();
    assertTrue(why.startsWith("Luhn check digit holds"), why);
  }

  @Test
  void aPersonnummerWithAWrongCheckDigitSaysItIsRedactedAllTheSame() {
    Anonymizer a = with(WordsDetector.of("personnummer", EntityType.PERSONNUMMER, 0.7, "811218-9875")).build();
    String why = a.assess("Mitt pnr är 811218-9875.", EXPLAIN).redacted().get(0).explanation();
    assertTrue(why.startsWith("Luhn check digit does not hold (redacted all the same"), why);
  }

  @Test
  void aDenyListFindingNamesTheListItCameFrom() {
    Rules rules = Rules.parse("malmo-regler.txt", "[deny NAME]\nLena Holm\n");
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(rules).build();
    assertEquals("on the deny list of rules:malmo-regler.txt",
        a.assess("Fråga Lena Holm.", EXPLAIN).redacted().get(0).explanation());
  }

  @Test
  void aPatternFindingNamesThePatternAndTheCueThatRaisedIt() {
    Rules rules = Rules.parse("malmo-regler.txt", """
        [pattern dnr]
        type = OTHER
        shape = AAA-DDDD-DDDD
        score = 0.4
        raise = ärende, diarienummer
        raise-by = 0.5
        """);
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(rules).build();
    assertEquals("matches the shape of pattern 'dnr', raised by the cue 'ärende' of rules:malmo-regler.txt",
        a.assess("Mitt ärende SOC-2023-1142 är stängt.", EXPLAIN).redacted().get(0).explanation());
  }

  @Test
  void noExplanationContainsTheValueItExplains() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false)
        .rules(Rules.parse("r.txt", "[deny NAME]\nLena Holm\n[deny PLACE]\nRosengård\n"))
        .addDetector(WordsDetector.of("pnr", EntityType.PERSONNUMMER, 0.97, "811218-9876"))
        .addDetector(new ExplainingDetector("0701234567", EntityType.PHONE, "0701234567 looks like a phone"))
        .build();
    String text = "Lena Holm i Rosengård, 811218-9876, ring 0701234567.";
    List<Finding> findings = a.assess(text, EXPLAIN).redacted();
    assertEquals(4, findings.size());
    for (Finding f : findings) {
      assertFalse(f.explanation().isEmpty(), f.toString());
      assertFalse(f.explanation().contains(f.valueIn(text)), f.toString());
    }
  }

  @Test
  void aFindingsToStringShowsNeitherValueNorExplanation() {
    Finding f = new Finding(10, 19, EntityType.NAME, 0.9, "names", "after the cue 'heter'");
    assertEquals("Finding[NAME 10..19 score=0.90 by names]", f.toString());
  }

  @Test
  void aSinkWrittenBeforeExplanationsStillReceivesExplainedFindings() {
    StringBuilder seen = new StringBuilder();
    FindingSink old = (start, end, type, score) -> seen.append(type).append(' ').append(start).append("..").append(end);
    assertFalse(old.explaining());
    old.add(3, 9, EntityType.NAME, 0.8, "after the cue 'heter'");
    assertEquals("NAME 3..9", seen.toString());
  }
}
