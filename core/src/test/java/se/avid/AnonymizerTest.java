package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.avid.redact.LabelStrategy;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

class AnonymizerTest {

  /** Reports every occurrence of a fixed word, as a user's own detector would. */
  private record WordDetector(String name, String word, EntityType type, double score) implements Detector {
    @Override
    public Set<EntityType> types() {
      return Set.of(type);
    }

    @Override
    public void detect(ScanText text, FindingSink sink) {
      String s = text.original();
      for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
        sink.add(i, i + word.length(), type, score);
      }
    }
  }

  private static Anonymizer only(Detector... detectors) {
    Anonymizer.Builder b = Anonymizer.builder().serviceLoading(false);
    for (Detector d : detectors) {
      b.addDetector(d);
    }
    return b.build();
  }

  @Test
  void replacesEachFindingWithItsSwedishLabel() {
    Anonymizer a = only(new WordDetector("names", "Lena", EntityType.NAME, 0.9));
    assertEquals("vår handläggare [NAMN] svarar aldrig, [NAMN] vet", a.redact("vår handläggare Lena svarar aldrig, Lena vet"));
  }

  @Test
  void englishLabelsOnRequest() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false)
        .addDetector(new WordDetector("names", "Lena", EntityType.NAME, 0.9))
        .strategy(LabelStrategy.ENGLISH).build();
    assertEquals("hej [NAME]", a.redact("hej Lena"));
  }

  @Test
  void textWithoutFindingsIsReturnedAsIs() {
    Anonymizer a = only(new WordDetector("names", "Lena", EntityType.NAME, 0.9));
    String text = "har ringt 1177 och BRIS";
    assertSame(text, a.redact(text));
    assertEquals("", a.redact(""));
  }

  @Test
  void offsetsStayRightAfterEmoji() {
    Anonymizer a = only(new WordDetector("names", "Lena", EntityType.NAME, 0.9));
    String text = "tack 🙏🏼 Lena ❤️";
    List<Finding> findings = a.analyze(text);
    assertEquals(1, findings.size());
    assertEquals("Lena", findings.get(0).valueIn(text));
    assertEquals("tack 🙏🏼 [NAMN] ❤️", a.redact(text));
  }

  @Test
  void overlappingFindingsAreRedactedAsTheirUnionUnderTheLongerType() {
    Anonymizer a = only(
        new WordDetector("names", "Anna Storgatan", EntityType.NAME, 0.6),
        new WordDetector("streets", "Storgatan 12", EntityType.ADDRESS, 0.9));
    List<Finding> findings = a.analyze("bor Anna Storgatan 12 nu");
    assertEquals(1, findings.size());
    assertEquals(4, findings.get(0).start());
    assertEquals(21, findings.get(0).end());
    assertEquals(EntityType.NAME, findings.get(0).type());
    assertEquals("bor [NAMN] nu", a.redact("bor Anna Storgatan 12 nu"));
  }

  @Test
  void findingsUnderTheThresholdAreNotRedacted() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false)
        .addDetector(new WordDetector("names", "sten", EntityType.NAME, 0.3)).build();
    assertEquals("en sten i skon", a.redact("en sten i skon"));
    Anonymizer low = Anonymizer.builder().serviceLoading(false).redactThreshold(0.2)
        .addDetector(new WordDetector("names", "sten", EntityType.NAME, 0.3)).build();
    assertEquals("en [NAMN] i skon", low.redact("en sten i skon"));
  }

  @Test
  void disabledTypesAreNeitherReportedNorRedacted() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false)
        .addDetector(new WordDetector("places", "Kiruna", EntityType.PLACE, 0.9))
        .disable(EntityType.PLACE).build();
    assertTrue(a.analyze("bor i Kiruna").isEmpty());
    assertFalse(a.enabledTypes().contains(EntityType.PLACE));
  }

  @Test
  void organisationsnummerIsNotRedactedByDefault() {
    assertFalse(Anonymizer.builder().serviceLoading(false).build().enabledTypes()
        .contains(EntityType.ORGANISATIONSNUMMER));
  }

  @Test
  void aDetectorAddedWithTheNameOfAnotherReplacesIt() {
    Anonymizer a = Anonymizer.builder().serviceLoading(false)
        .addDetector(new WordDetector("names", "Lena", EntityType.NAME, 0.9))
        .addDetector(new WordDetector("names", "Peter", EntityType.NAME, 0.9)).build();
    assertEquals(List.of("names"), a.detectorNames());
    assertEquals("Lena och [NAMN]", a.redact("Lena och Peter"));
  }

  @Test
  void aFailingDetectorFailsClosedWithoutQuotingTheText() {
    Detector broken = new Detector() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public Set<EntityType> types() {
        return Set.of(EntityType.PERSONNUMMER);
      }

      @Override
      public void detect(ScanText text, FindingSink sink) {
        Long.parseLong(text.original()); // NumberFormatException quotes its input
      }
    };
    Anonymizer a = only(new WordDetector("names", "Lena", EntityType.NAME, 0.9), broken);
    String secret = "Lena 850412-1234";
    RedactionException e = assertThrows(RedactionException.class, () -> a.redact(secret));
    assertEquals("broken", e.detector());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains("850412"), "message must not quote the text");
      assertFalse(String.valueOf(t.getMessage()).contains("Lena"), "message must not quote the text");
    }
  }

  @Test
  void aFindingPastTheEndOfTheTextIsADetectorBugAndFailsClosed() {
    Anonymizer a = only(new Detector() {
      @Override
      public String name() {
        return "overreaching";
      }

      @Override
      public Set<EntityType> types() {
        return Set.of(EntityType.NAME);
      }

      @Override
      public void detect(ScanText text, FindingSink sink) {
        sink.add(0, text.length() + 1, EntityType.NAME, 1.0);
      }
    });
    assertThrows(RedactionException.class, () -> a.redact("hej"));
  }

  @Test
  void builderRejectsAThresholdOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> Anonymizer.builder().redactThreshold(1.5));
    assertThrows(IllegalArgumentException.class, () -> Anonymizer.builder().redactThreshold(Double.NaN));
  }

  @Test
  void findingToStringNeverHoldsTheValue() {
    Finding f = new Finding(3, 10, EntityType.PHONE, 0.95, "phone");
    assertEquals("Finding[PHONE 3..10 score=0.95 by phone]", f.toString());
  }
}
