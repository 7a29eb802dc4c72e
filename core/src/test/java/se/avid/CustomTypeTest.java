package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.avid.redact.LabelStrategy;
import se.avid.redact.MaskStrategy;
import se.avid.rules.Rules;

/** Types an organisation declares itself, used by detectors, rules, thresholds and strategies. */
class CustomTypeTest {

  private static final EntityType DIARIENUMMER = EntityType.custom("DIARIENUMMER", "DIARIENUMMER", "CASE_NUMBER");
  private static final String POST = "Mitt ärende SOC-2023-1142 har legat i ett år.";

  private static Anonymizer.Builder finding(String word, double score) {
    return Anonymizer.builder().serviceLoading(false)
        .addDetector(WordsDetector.of("diarium", DIARIENUMMER, score, word));
  }

  @Test
  void aCustomDetectorsTypeIsReplacedByItsOwnLabel() {
    assertEquals("Mitt ärende [DIARIENUMMER] har legat i ett år.",
        finding("SOC-2023-1142", 0.9).build().redact(POST));
  }

  @Test
  void theEnglishLabelStrategyUsesTheCustomTypesEnglishLabel() {
    assertEquals("Mitt ärende [CASE_NUMBER] har legat i ett år.",
        finding("SOC-2023-1142", 0.9).strategy(LabelStrategy.ENGLISH).build().redact(POST));
  }

  @Test
  void aCustomTypeHasAStrategyOfItsOwn() {
    assertEquals("Mitt ärende XXX-XXXX-XXXX har legat i ett år.",
        finding("SOC-2023-1142", 0.9).strategy(DIARIENUMMER, MaskStrategy.SHAPE).build().redact(POST));
  }

  @Test
  void aCustomTypeHasThresholdsOfItsOwn() {
    Anonymizer a = finding("SOC-2023-1142", 0.6).thresholds(DIARIENUMMER, 0.5, 0.8).build();
    RedactionResult r = a.process(POST);
    assertEquals(POST, r.redactedText());
    assertTrue(r.needsReview());
    assertEquals(0.8, a.redactThreshold(DIARIENUMMER));
  }

  @Test
  void aCustomTypeIsOnByDefaultAndCanBeDisabled() {
    assertTrue(finding("SOC-2023-1142", 0.9).build().enabledTypes().contains(DIARIENUMMER));
    Anonymizer off = finding("SOC-2023-1142", 0.9).disable(DIARIENUMMER).build();
    assertEquals(POST, off.redact(POST));
    assertFalse(off.enabledTypes().contains(DIARIENUMMER));
  }

  @Test
  void aRulesFileDeclaresATypeAndAPatternReportsIt() {
    Rules rules = Rules.parse("kommun.txt", """
        [type ÄRENDENUMMER]
        label = ÄRENDE
        english = CASE

        [pattern ärende]
        type = ärendenummer
        shape = AAA-DDDD-DDDD
        score = 0.9
        """);
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(rules).build();
    assertEquals("Mitt ärende [ÄRENDE] har legat i ett år.", a.redact(POST));
  }

  @Test
  void aRulesFileSetsTheStrategyOfACustomType() {
    Rules rules = Rules.parse("kommun.txt", """
        [type DIARIENUMMER]
        label = DIARIENUMMER
        english = CASE_NUMBER
        strategy = remove

        [deny DIARIENUMMER]
        SOC-2023-1142
        """);
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(rules).build();
    assertEquals("Mitt ärende  har legat i ett år.", a.redact(POST));
  }
}
