package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.redact.PseudonymStrategy;

/** A person's chosen spans are replaced by the configured strategies, and their output offsets reported. */
class RedactSpansTest {

  private static final Anonymizer LABELS = Anonymizer.builder().serviceLoading(false).build();
  private static final String POST = "Jag heter Lena och bor i Rosengård, ring 070-123 45 67.";

  private static List<Finding> spans() {
    return List.of(Finding.marked(10, 14, EntityType.NAME), Finding.marked(25, 34, EntityType.PLACE),
        Finding.marked(41, 54, EntityType.PHONE));
  }

  @Test
  void theChosenSpansAreReplacedByTheirLabels() {
    assertEquals("Jag heter [NAMN] och bor i [PLATS], ring [TELEFON].", LABELS.redactSpans(POST, spans()).redactedText());
  }

  @Test
  void eachReplacementsOutputOffsetsHoldItsLabel() {
    RedactionResult r = LABELS.redactSpans(POST, spans());
    assertEquals(3, r.replacements().size());
    for (Replacement rep : r.replacements()) {
      assertEquals(rep.replacement(), r.redactedText().substring(rep.outputStart(), rep.outputEnd()));
    }
    assertEquals(List.of(10, 27, 41), r.replacements().stream().map(Replacement::outputStart).toList());
  }

  @Test
  void theTextBetweenReplacementsIsUnchanged() {
    RedactionResult r = LABELS.redactSpans(POST, spans());
    Replacement place = r.replacements().get(1);
    Replacement phone = r.replacements().get(2);
    assertEquals(POST.substring(place.finding().end(), phone.finding().start()),
        r.redactedText().substring(place.outputEnd(), phone.outputStart()));
  }

  @Test
  void spansMayComeInAnyOrder() {
    List<Finding> reversed = List.of(spans().get(2), spans().get(0), spans().get(1));
    assertEquals(LABELS.redactSpans(POST, spans()).redactedText(), LABELS.redactSpans(POST, reversed).redactedText());
  }

  @Test
  void aCustomTypesLongerLabelShiftsTheOffsetsThatFollow() {
    EntityType dnr = EntityType.custom("DIARIENUMMER", "DIARIENUMMER", "CASE_NUMBER");
    String text = "Ärende 2023/45 gäller Lena.";
    RedactionResult r = LABELS.redactSpans(text, List.of(Finding.marked(7, 14, dnr), Finding.marked(22, 26,
        EntityType.NAME)));
    assertEquals("Ärende [DIARIENUMMER] gäller [NAMN].", r.redactedText());
    assertEquals(29, r.replacements().get(1).outputStart());
    assertEquals(35, r.replacements().get(1).outputEnd());
  }

  @Test
  void theConfiguredStrategyOfTheTypeIsUsed() {
    Anonymizer pseudonyms = Anonymizer.builder().serviceLoading(false)
        .strategy(EntityType.NAME, PseudonymStrategy.SWEDISH).build();
    String text = "Lena ringde Per och sedan Lena igen.";
    List<Finding> names = List.of(Finding.marked(0, 4, EntityType.NAME), Finding.marked(12, 15, EntityType.NAME),
        Finding.marked(26, 30, EntityType.NAME));
    assertEquals("[NAMN 1] ringde [NAMN 2] och sedan [NAMN 1] igen.", pseudonyms.redactSpans(text, names).redactedText());
  }

  @Test
  void aDisabledTypeChosenByAPersonIsStillReplaced() {
    String text = "Föreningen har orgnr 802456-1234.";
    assertEquals("Föreningen har orgnr [ORGANISATIONSNUMMER].",
        LABELS.redactSpans(text, List.of(Finding.marked(21, 32, EntityType.ORGANISATIONSNUMMER))).redactedText());
  }

  @Test
  void overlappingSpansAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> LABELS.redactSpans(POST,
        List.of(Finding.marked(10, 14, EntityType.NAME), Finding.marked(12, 20, EntityType.PLACE))));
  }

  @Test
  void aSpanPastTheEndOfTheTextIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> LABELS.redactSpans("Hej Lena", List.of(Finding.marked(4, 9, EntityType.NAME))));
  }

  @Test
  void noSpansLeaveTheTextAsItIs() {
    RedactionResult r = LABELS.redactSpans(POST, List.of());
    assertEquals(POST, r.redactedText());
    assertEquals(List.of(), r.replacements());
  }

  @Test
  void processReportsWhereItsReplacementsLanded() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false)
        .addDetector(WordsDetector.of("names", EntityType.NAME, 0.9, "Lena")).build();
    RedactionResult r = a.process(POST);
    Replacement only = r.replacements().get(0);
    assertEquals("[NAMN]", r.redactedText().substring(only.outputStart(), only.outputEnd()));
  }
}
