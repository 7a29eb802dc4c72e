package se.avid.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;
import se.avid.Decision;
import se.avid.DecidedFinding;
import se.avid.EntityType;
import se.avid.RedactionResult;
import se.avid.rules.Rules;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/** The municipality's detector and rules file at work on an invented post. */
class CustomRulesExampleTest {

  private static final Rules MALMO = Rules.fromClasspath("malmo-rules.txt");

  /** Stands in for a place detector that finds the city's name and an organisation's as places. */
  private static final Detector PLACES = new Detector() {
    @Override
    public String name() {
      return "places";
    }

    @Override
    public Set<EntityType> types() {
      return Set.of(EntityType.PLACE);
    }

    @Override
    public void detect(ScanText text, FindingSink sink) {
      for (String place : List.of("Malmö stad", "Stadsmissionen", "Lund")) {
        for (int i = text.original().indexOf(place); i >= 0; i = text.original().indexOf(place, i + 1)) {
          sink.add(i, i + place.length(), EntityType.PLACE, 0.8);
        }
      }
    }
  };

  @Test
  void theDetectorIsFoundThroughServiceLoader() {
    Anonymizer a = Anonymizer.builder().build();
    assertTrue(a.detectorNames().contains(DiarienummerDetector.NAME), a.detectorNames().toString());
    String redacted = a.redact("jag fick ett brev med dnr 2024/1234 igår");
    assertTrue(redacted.contains("dnr [DIARIENUMMER]"), redacted);
    assertFalse(redacted.contains("2024/1234"), redacted);
  }

  @Test
  void theRulesFileLoadsFromTheClasspath() {
    assertEquals("Rules[malmo-rules.txt: 5 deny terms, 3 allow terms, 2 patterns, 3 type settings]", MALMO.toString());
  }

  @Test
  void theRulesAndTheDetectorRedactTheSamplePost() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false)
        .addDetector(new DiarienummerDetector())
        .addDetector(PLACES)
        .rules(MALMO)
        .build();
    RedactionResult r = a.process(CustomRulesExample.SAMPLE_POST);
    assertEquals("hej! min handläggare [NAMN] på Malmö stad har inte svarat på mitt ärende "
        + "[DIARIENUMMER] (dnr [DIARIENUMMER]). vi bor nära [ADRESS] och min son går på [PLATS]. "
        + "[NAMN] kollega sa att jag skulle ringa Stadsmissionen, mitt klientnummer är [UPPGIFT]. "
        + "koden till porten är 771204.", r.redactedText());
  }

  @Test
  void theDetectorAndTheRulesFileReportOneCustomTypeWithItsOwnLabels() {
    assertSame(DiarienummerDetector.TYPE, EntityType.valueOf("DIARIENUMMER"));
    assertFalse(DiarienummerDetector.TYPE.isBuiltIn());
    assertEquals("DIARIENUMMER", DiarienummerDetector.TYPE.swedishLabel());
    assertEquals("CASE_NUMBER", DiarienummerDetector.TYPE.englishLabel());
    Anonymizer a = Anonymizer.builder().serviceLoading(false).addDetector(new DiarienummerDetector()).rules(MALMO)
        .build();
    assertEquals(List.of(DiarienummerDetector.TYPE, DiarienummerDetector.TYPE),
        a.analyze("ärende SN-2024-12345, dnr 2024/1234").stream().map(se.avid.Finding::type).toList());
  }

  @Test
  void theCustomTypeTakesItsOwnStrategyLikeABuiltInOne() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false).addDetector(new DiarienummerDetector())
        .strategy(DiarienummerDetector.TYPE, se.avid.redact.LabelStrategy.ENGLISH)
        .build();
    assertEquals("dnr [CASE_NUMBER] gäller", a.redact("dnr 2024/1234 gäller"));
  }

  @Test
  void aSixDigitNumberWithoutItsCueIsLeftForAModerator() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(MALMO).build();
    RedactionResult r = a.process("koden till porten är 771204.");
    assertTrue(r.needsReview());
    assertEquals(List.of(new DecidedFinding(new se.avid.Finding(21, 27, EntityType.OTHER, 0.4, "rules:malmo-rules.txt"),
        Decision.REVIEW)), r.findings());
  }

  @Test
  void anAmountInKronorIsNotEvenReviewed() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(MALMO).build();
    assertFalse(a.process("hyran är 120000 kr om året").needsReview());
  }

  @Test
  void allowListedNamesStayEvenWhenADetectorFindsThem() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false).addDetector(PLACES).rules(MALMO).build();
    assertEquals("Malmö stad och Stadsmissionen, inte [PLATS]", a.redact("Malmö stad och Stadsmissionen, inte Lund"));
  }
}
