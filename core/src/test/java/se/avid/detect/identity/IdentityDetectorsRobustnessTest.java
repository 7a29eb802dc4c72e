package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.text.ScanText;

/**
 * Random and adversarial input: the detectors must never throw, must stay inside the text, must
 * report only scores that get redacted, and must finish long inputs in linear time. Timeouts
 * here only guard against hangs; speed is measured with JMH, not asserted.
 */
class IdentityDetectorsRobustnessTest {

  private static final List<Detector> DETECTORS = IdentityDetectors.defaults();

  /** Pieces that random text is built from: everything the scanners branch on. */
  private static final String[] PIECES = {
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "85", "0412", "1230", "19", "20", "16",
    " ", "  ", "-", "+", "\n", "\r\n", "\u200B", "\u2013", "/", ".", ",", ":", "'", "\u2019",
    "a", "T", "TF", "R", "SE", "se", "f", "f. ", "född ", "pnr ", "personnummer ", "bankgiro ",
    "bg ", "pg ", "konto ", "clearing ", "kr", "mars ", "den ", "12/3", "\uD835\uDFD6", "８", "ö", "🙏",
    "<b>", "</b>", "<br>", "<span class=\"x\">", "<", ">"
  };

  @Test
  void randomTextNeverBreaksAnyDetector() {
    Random random = new Random(20261123L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int p = 0; p < pieces; p++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      for (Detector detector : DETECTORS) {
        List<Detections.Hit> first = Detections.find(detector, text);
        for (Detections.Hit h : first) {
          assertTrue(h.score() > 0.0 && h.score() <= 1.0, detector.name() + " scored " + h.score());
          assertTrue(!Character.isWhitespace(text.charAt(h.start())) && !Character.isWhitespace(text.charAt(h.end() - 1)),
              detector.name() + " finding has whitespace at an edge");
        }
        assertEquals(first, Detections.find(detector, text), detector.name() + " is not deterministic");
      }
    }
  }

  @Test
  void everyRandomValidPersonnummerIsFoundExactlyInAnyFormatting() {
    Random random = new Random(42L);
    PersonnummerDetector detector = new PersonnummerDetector();
    String[] separators = {"-", "", " ", "\u2013", " - ", "-\n", "\u200B-"};
    for (int round = 0; round < 2000; round++) {
      int year = 1900 + random.nextInt(125);
      int month = 1 + random.nextInt(12);
      int day = 1 + random.nextInt(28);
      boolean coordination = random.nextInt(4) == 0;
      String date = String.format("%02d%02d%02d", year % 100, month, day + (coordination ? 60 : 0));
      String serial = String.format("%03d", random.nextInt(1000));
      String tenDigits = date + serial + checkDigit(date + serial);
      boolean twelve = random.nextBoolean();
      String number = (twelve ? String.valueOf(year / 100) : "")
          + tenDigits.substring(0, 6) + separators[random.nextInt(separators.length)] + tenDigits.substring(6);
      String marked = "hej, pnr ⟦" + number + "⟧ tack";
      boolean phoneLike = !twelve && tenDigits.charAt(0) == '0' && tenDigits.charAt(1) != '0';
      Detections.assertFinds(detector, marked,
          coordination ? EntityType.SAMORDNINGSNUMMER : EntityType.PERSONNUMMER,
          phoneLike ? PersonnummerDetector.CUED : PersonnummerDetector.VALID, 1.0);
    }
  }

  private static char checkDigit(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  private static final int MEGABYTE = 1 << 20;

  /** Repeated units that maximise the work per char: long runs, many run starts, many cues. */
  static Stream<Arguments> adversarialInputs() {
    return Stream.of(
        Arguments.of("digits", "1"),
        Arguments.of("digits and spaces", "1 "),
        Arguments.of("digits and hyphens", "1-"),
        Arguments.of("pairs and spaces", "12 "),
        Arguments.of("glued personnummer", "8504121230"),
        Arguments.of("hyphen-chained personnummer", "850412-1230-"),
        Arguments.of("listed personnummer", "850412-1230 "),
        Arguments.of("card groups", "4111 "),
        Arguments.of("iban starts", "SE45 "),
        Arguments.of("account cues", "konto 1 "),
        Arguments.of("birth cues", "född "),
        Arguments.of("birth dates", "född 12 mars "),
        Arguments.of("zero-width between digits", "\u200B1"),
        Arguments.of("random digits and separators", null));
  }

  static String adversarialInput(String unit) {
    if (unit == null) {
      Random random = new Random(7L);
      StringBuilder sb = new StringBuilder(MEGABYTE);
      String alphabet = "0123456789 -+\n/.";
      while (sb.length() < MEGABYTE) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return sb.toString();
    }
    return unit.repeat(MEGABYTE / unit.length());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarialInputs")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aMegabyteOfAdversarialInputCompletes(String description, String unit) {
    String input = adversarialInput(unit);
    ScanText text = ScanText.of(input);
    for (Detector detector : DETECTORS) {
      detector.detect(text, (start, end, type, score) -> {
        if (start < 0 || end <= start || end > input.length()) {
          throw new AssertionError(detector.name() + " reported a bad span on " + description);
        }
      });
    }
  }

  @Test
  void theLongLetterRunDoesNotHideALaterPersonnummer() {
    String text = "a".repeat(100_000) + " pnr 850412-1230";
    List<Detections.Hit> hits = Detections.find(new PersonnummerDetector(), text);
    assertEquals(1, hits.size());
    assertEquals(text.length() - 11, hits.get(0).start());
  }

  @Test
  void defaultsHaveUniqueNamesAndDeclareTheirTypes() {
    Set<String> names = new HashSet<>();
    Set<EntityType> types = new HashSet<>();
    for (Detector d : DETECTORS) {
      assertTrue(names.add(d.name()), "duplicate name " + d.name());
      types.addAll(d.types());
    }
    assertEquals(Set.of(EntityType.PERSONNUMMER, EntityType.SAMORDNINGSNUMMER, EntityType.ORGANISATIONSNUMMER,
        EntityType.PAYMENT_CARD, EntityType.BANK_ACCOUNT, EntityType.DATE_OF_BIRTH,
        EntityType.PHONE), types); // a phone number spelled out in words
  }
}
