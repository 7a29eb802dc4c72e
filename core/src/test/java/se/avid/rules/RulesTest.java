package se.avid.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.avid.AnalysisResult;
import se.avid.Anonymizer;
import se.avid.EntityType;
import se.avid.Finding;
import se.avid.RedactionResult;
import se.avid.WordsDetector;

/** A rules file applied through the builder, as an organisation would use it. */
class RulesTest {

  private static final Rules FORUM = Rules.fromClasspath("se/avid/rules/forum-rules.txt");

  private static Anonymizer withRules(WordsDetector... detectors) {
    Anonymizer.Builder b = Anonymizer.builder().serviceLoading(false).rules(FORUM);
    for (WordsDetector d : detectors) {
      b.addDetector(d);
    }
    return b.build();
  }

  @Test
  void loadsFromTheClasspathWithCounts() {
    assertEquals("Rules[se/avid/rules/forum-rules.txt: 4 deny terms, 3 allow terms, 2 patterns, 1 type settings]",
        FORUM.toString());
    assertEquals("rules:forum-rules.txt", FORUM.detector().orElseThrow().name());
  }

  @Test
  void deniedStaffNamesAndPlacesAreAlwaysRedacted() {
    Anonymizer a = withRules();
    assertEquals("vår handläggare [NAMN] svarar aldrig, [NAMN] tog över",
        a.redact("vår handläggare lena holm svarar aldrig, KARIN ÅBERG tog över"));
    assertEquals("min son går på [PLATS] och vi ses vid [PLATS]",
        a.redact("min son går på Rosengårdsskolan och vi ses vid Lilla torg"));
  }

  @Test
  void aDeniedTermInsideAnotherWordIsLeftAlone() {
    assertEquals("Lena Holmberg är inte [NAMN] kusin", withRules().redact("Lena Holmberg är inte Lena Holms kusin"));
  }

  @Test
  void allowListedTermsAreNeverRedactedWhicheverDetectorFoundThem() {
    Anonymizer a = withRules(
        WordsDetector.of("places", EntityType.PLACE, 0.9, "Exempelstaden", "Exempelstadens", "Kiruna"),
        WordsDetector.of("names", EntityType.NAME, 0.9, "BRIS", "Anna"));
    assertEquals("Exempelstadens kurator och BRIS hjälpte [NAMN] i [PLATS]",
        a.redact("Exempelstadens kurator och BRIS hjälpte Anna i Kiruna"));
  }

  @Test
  void aFindingInsideAnAllowedTermStaysButTheSameWordElsewhereIsRedacted() {
    Anonymizer a = withRules(WordsDetector.of("places", EntityType.PLACE, 0.9, "Exempelstad"),
        WordsDetector.of("names", EntityType.NAME, 0.9, "Anna BRIS"));
    assertEquals("Exempelstaden sa att [PLATS] är liten. [NAMN] ringde",
        a.redact("Exempelstaden sa att Exempelstad är liten. Anna BRIS ringde"));
  }

  @Test
  void aCaseNumberPatternIsRedactedAsOther() {
    assertEquals("mitt ärende [UPPGIFT] har legat i månader",
        withRules().redact("mitt ärende SN-2024-12345 har legat i månader"));
  }

  @Test
  void contextWordsRaiseAndLowerAPatternsScore() {
    Anonymizer a = withRules();
    AnalysisResult raised = a.assess("mitt kundnummer är 123456");
    assertEquals(List.of(new Finding(19, 25, EntityType.OTHER, 0.85, "rules:forum-rules.txt")), raised.redacted());
    AnalysisResult plain = a.assess("koden 123456 funkar inte");
    assertTrue(plain.redacted().isEmpty());
    assertTrue(a.assess("det kostade 123456 kr").redacted().isEmpty());
  }

  @Test
  void contextWordsFarAwayDoNotCount() {
    assertTrue(withRules().assess("kundnummer fick jag aldrig men 123456").redacted().isEmpty());
  }

  @Test
  void theRulesPerTypeThresholdsOpenAReviewBand() {
    Anonymizer a = withRules(WordsDetector.of("places", EntityType.PLACE, 0.45, "Gottsunda"));
    RedactionResult r = a.process("vi bor i Gottsunda");
    assertEquals("vi bor i Gottsunda", r.redactedText());
    assertTrue(r.needsReview());
    assertEquals(0.3, a.reviewThreshold(EntityType.PLACE));
    assertEquals(0.6, a.redactThreshold(EntityType.PLACE));
  }

  @Test
  void aTypeSwitchedOffByTheRulesIsNotRedacted() {
    Rules off = Rules.parse("off.txt", "[type PHONE]\nenabled = false\n");
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(off)
        .addDetector(WordsDetector.of("phones", EntityType.PHONE, 0.9, "112")).build();
    assertFalse(a.enabledTypes().contains(EntityType.PHONE));
    assertEquals("ring 112", a.redact("ring 112"));
  }

  @Test
  void laterBuilderCallsOverrideTheRules() {
    Rules off = Rules.parse("off.txt", "[type ORGANISATIONSNUMMER]\nenabled = true\n");
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(off).disable(EntityType.ORGANISATIONSNUMMER).build();
    assertFalse(a.enabledTypes().contains(EntityType.ORGANISATIONSNUMMER));
  }

  @Test
  void loadsFromAPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("kommun-regler.txt");
    Files.writeString(file, "[deny NAME]\nSiv Öberg\n", StandardCharsets.UTF_8);
    Rules r = Rules.load(file);
    assertEquals(file.toString(), r.source());
    assertEquals("hej [NAMN]", Anonymizer.builder().serviceLoading(false).rules(r).build().redact("hej Siv Öberg"));
  }

  @Test
  void aFileThatIsNotUtf8FailsWithItsNameAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "# Malmö\n[deny NAME]\nSiv Öberg\n".getBytes(StandardCharsets.ISO_8859_1));
    RulesException e = assertThrows(RulesException.class, () -> Rules.load(file));
    assertEquals(1, e.line());
    assertEquals(file + ":1: not valid UTF-8 (save the file as UTF-8)", e.getMessage());
  }

  @Test
  void aMissingClasspathResourceFailsWithItsName() {
    RulesException e = assertThrows(RulesException.class, () -> Rules.fromClasspath("/saknas/regler.txt"));
    assertEquals("saknas/regler.txt: no such resource on the classpath", e.getMessage());
  }

  @Test
  void twoRulesFilesAddUp() {
    Rules more = Rules.parse("more.txt", "[allow]\nAnna\n[deny NAME]\nSten Berg\n");
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(FORUM).rules(more)
        .addDetector(WordsDetector.of("names", EntityType.NAME, 0.9, "Anna")).build();
    assertEquals("[NAMN], [NAMN] och Anna", a.redact("Lena Holm, Sten Berg och Anna"));
    assertEquals(List.of("rules:forum-rules.txt", "rules:more.txt", "names"), a.detectorNames());
  }
}
