package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.avid.redact.PseudonymStrategy;
import se.avid.redact.RedactionStrategy;

class RedactionResultTest {

  private static final String POST = "min man Peter ringer Lena, Peters nummer är 070-123 45 67";

  private static Anonymizer anonymizer(RedactionStrategy names) {
    return Anonymizer.builder().serviceLoading(false)
        .addDetector(WordsDetector.of("names", EntityType.NAME, 0.9, "Peter", "Peters", "Lena"))
        .addDetector(WordsDetector.of("phones", EntityType.PHONE, 0.95, "070-123 45 67"))
        .strategy(EntityType.NAME, names).build();
  }

  @Test
  void holdsTheRedactedTextAndTheFindingsWithTheirDecisions() {
    RedactionResult r = anonymizer(PseudonymStrategy.SWEDISH).process(POST);
    assertEquals("min man [NAMN 1] ringer [NAMN 2], [NAMN 1] nummer är [TELEFON]", r.redactedText());
    assertEquals(List.of(
        new DecidedFinding(new Finding(8, 13, EntityType.NAME, 0.9, "names"), Decision.REDACTED),
        new DecidedFinding(new Finding(21, 25, EntityType.NAME, 0.9, "names"), Decision.REDACTED),
        new DecidedFinding(new Finding(27, 33, EntityType.NAME, 0.9, "names"), Decision.REDACTED),
        new DecidedFinding(new Finding(44, 57, EntityType.PHONE, 0.95, "phones"), Decision.REDACTED)), r.findings());
    assertFalse(r.needsReview());
  }

  @Test
  void revealsWhichValuesEachPlaceholderStandsForOnlyWhenAsked() {
    Map<String, List<String>> mapping = anonymizer(PseudonymStrategy.SWEDISH).process(POST).revealMapping();
    assertEquals(Map.of(
        "[NAMN 1]", List.of("Peter", "Peters"),
        "[NAMN 2]", List.of("Lena"),
        "[TELEFON]", List.of("070-123 45 67")), mapping);
    assertEquals(List.of("[NAMN 1]", "[NAMN 2]", "[TELEFON]"), List.copyOf(mapping.keySet()));
  }

  @Test
  void aStrategyThatRedactsAnotherTextInTurnLeavesTheOuterTextWhole() {
    Anonymizer inner = anonymizer(PseudonymStrategy.SWEDISH);
    // the replacement is built by a second redaction on the same thread, in the middle of the first
    RedactionStrategy nested = (f, t) -> inner.redact("Lena").replace("[NAMN 1]", "[NAMN]");
    assertEquals("min man [NAMN] ringer [NAMN], [NAMN] nummer är [TELEFON]",
        anonymizer(nested).redact(POST));
  }

  @Test
  void aLongTextAfterAShortOneKeepsNothingOfTheShortOne() {
    Anonymizer a = anonymizer(PseudonymStrategy.SWEDISH);
    assertEquals("[NAMN 1]", a.redact("Peter"));
    String longer = POST.repeat(20);
    assertEquals("min man [NAMN 1] ringer [NAMN 2], [NAMN 1] nummer är [TELEFON]".repeat(20), a.redact(longer));
    assertEquals("[NAMN 1] och [NAMN 2]", a.redact("Lena och Peter"));
  }

  @Test
  void theMappingOfALabelStrategyListsEveryValueBehindTheLabel() {
    Map<String, List<String>> mapping = anonymizer((f, t) -> "[NAMN]").process(POST).revealMapping();
    assertEquals(List.of("Peter", "Lena", "Peters"), mapping.get("[NAMN]"));
  }

  @Test
  void theFindingsAndReplacementsCannotBeChanged() {
    RedactionResult r = anonymizer(PseudonymStrategy.SWEDISH).process(POST);
    assertFalse(r.replacements().isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> r.replacements().clear());
    assertThrows(UnsupportedOperationException.class, () -> r.analysis().redacted().clear());
    assertThrows(UnsupportedOperationException.class, () -> r.analysis().forReview().add(r.analysis().redacted().get(0)));
  }

  @Test
  void theMappingCannotBeChanged() {
    Map<String, List<String>> mapping = anonymizer(PseudonymStrategy.SWEDISH).process(POST).revealMapping();
    assertThrows(UnsupportedOperationException.class, () -> mapping.put("[NAMN 3]", List.of("x")));
    assertThrows(UnsupportedOperationException.class, () -> mapping.get("[NAMN 2]").add("x"));
  }

  @Test
  void toStringShowsCountsButNeverTheTextTheValuesOrTheMapping() {
    RedactionResult r = anonymizer(PseudonymStrategy.SWEDISH).process(POST);
    String shown = r.toString();
    assertEquals("RedactionResult[57 chars, 4 redacted, 0 for review]", shown);
    for (String secret : new String[] {"Peter", "Lena", "070", "NAMN 1"}) {
      assertFalse(shown.contains(secret), secret);
    }
    assertEquals("AnalysisResult[4 redacted, 0 for review]", r.analysis().toString());
  }

  @Test
  void aPostWithoutFindingsIsReturnedAsIsWithAnEmptyMapping() {
    String post = "har ringt 1177 och BRIS";
    RedactionResult r = anonymizer(PseudonymStrategy.SWEDISH).process(post);
    assertSame(post, r.redactedText());
    assertTrue(r.findings().isEmpty());
    assertTrue(r.revealMapping().isEmpty());
  }

  @Test
  void aStrategyThatFailsFailsClosedWithoutQuotingTheText() {
    Anonymizer a = anonymizer((f, t) -> {
      throw new IllegalStateException("cannot redact " + f.valueIn(t));
    });
    RedactionException e = assertThrows(RedactionException.class, () -> a.process(POST));
    assertEquals("redaction-strategy", e.detector());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains("Peter"));
    }
  }

  @Test
  void aStrategyReturningNullFailsClosed() {
    assertThrows(RedactionException.class, () -> anonymizer((f, t) -> null).process(POST));
  }
}
