package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.Anonymizer;
import se.avid.detect.contact.Marked.Found;
import se.avid.spi.Detector;

/**
 * Random and hostile input: every detector must keep its contract (spans inside the text and on
 * whole chars, declared types, scores in [0,1], the same answer twice) and finish in linear time.
 * The timeouts only guard against hangs; speed is measured in the benchmarks module.
 */
class ContactDetectorsRobustnessTest {

  /** Chars that start or continue candidates of every detector, and some that break them. */
  private static final String[] PIECES = {
    "0", "1", "4", "6", "7", "8", "9", "2", " ", " ", "-", "/", ".", ",", ":", "\n", "\u200B", "+", "(", ")", "(0)",
    "@", "a", "t", "at", " at ", "(at)", "dot", "A", "B", "C", "S", "E", "SE-", "w", "www.", "https://", ".se", ".com",
    "kr", "§", "–", "８", "\uD835\uDFCE", "😀", "å", "Ö", "ring ", "regnr ", "postnr ", "::", "f", "e", "_", "070",
    "+46", "0046", "\r\n", "\u00A0", "]", "[", "%", "<b>", "</b>", "<br>", "<span class=\"x\">", "<", ">"
  };

  private static final long SEED = 0x5EED_A71DL;

  private static Stream<Detector> detectors() {
    return ContactDetectors.defaults().stream();
  }

  @ParameterizedTest
  @MethodSource("detectors")
  void keepsItsContractOnRandomText(Detector detector) {
    Random random = new Random(SEED);
    for (int round = 0; round < 3000; round++) {
      String text = randomText(random, random.nextInt(120));
      List<Found> first = Marked.run(detector, text); // checks span, score and type
      for (Found f : first) {
        assertFalse(Character.isLowSurrogate(text.charAt(f.start())), "starts inside a surrogate pair");
        assertFalse(f.end() < text.length() && Character.isLowSurrogate(text.charAt(f.end())),
            "ends inside a surrogate pair");
        assertFalse(Character.isWhitespace(text.charAt(f.start())), "starts on a space");
        assertFalse(Character.isWhitespace(text.charAt(f.end() - 1)), "ends on a space");
      }
      assertEquals(first, Marked.run(detector, text), "same answer twice");
    }
  }

  @Test
  void anonymizerNeverFailsOnRandomText() {
    Anonymizer anonymizer = Anonymizer.builder().build();
    Random random = new Random(SEED + 1);
    for (int round = 0; round < 3000; round++) {
      String text = randomText(random, random.nextInt(200));
      String redacted = anonymizer.redact(text);
      assertTrue(text.isEmpty() || !redacted.isEmpty());
    }
  }

  static Stream<Arguments> findingsWithRoomForAZeroWidthChar() {
    return Stream.of(
        Arguments.of(PhoneNumberDetector.defaults(), "ring 070-123 45 67"),
        Arguments.of(PhoneNumberDetector.defaults(), "+46 8 123 456 78"),
        Arguments.of(EmailDetector.defaults(), "anna.l@gmail.com"),
        Arguments.of(PostalCodeDetector.defaults(), "SE-123 45"),
        Arguments.of(PostalCodeDetector.defaults(), "postnummer 12345"));
  }

  /** A zero-width char (pasted from a web page or a chat app) inside a finding must not split it. */
  @ParameterizedTest
  @MethodSource("findingsWithRoomForAZeroWidthChar")
  void zeroWidthCharInsideAFindingIsSkippedAsAbsent(Detector detector, String post) {
    List<Found> plain = Marked.run(detector, post);
    assertEquals(1, plain.size(), post);
    Found f = plain.get(0);
    for (int at = f.start() + 1; at < f.end(); at++) {
      String withZeroWidth = post.substring(0, at) + "\u200B" + post.substring(at);
      List<Found> found = Marked.run(detector, withZeroWidth);
      assertEquals(List.of(new Found(f.start(), f.end() + 1, f.type(), f.score())), found, "zero-width at " + at);
    }
  }

  static Stream<Arguments> hostileTexts() {
    int mb = 1 << 20;
    Random random = new Random(SEED + 2);
    StringBuilder digitsAndSeparators = new StringBuilder(mb);
    String separators = "0123456789 -/.\n\u200B+()";
    while (digitsAndSeparators.length() < mb) {
      digitsAndSeparators.append(separators.charAt(random.nextInt(separators.length())));
    }
    return Stream.of(
        Arguments.of("random digits and separators", digitsAndSeparators.toString()),
        Arguments.of("zeros", "0".repeat(mb)),
        Arguments.of("spaced zeros", "0 ".repeat(mb / 2)),
        Arguments.of("spaced pairs", "07 ".repeat(mb / 3)),
        Arguments.of("zeros between zero-width chars", "0\u200B".repeat(mb / 2)),
        Arguments.of("one zero then zero-width chars", "0" + "\u200B".repeat(mb)),
        Arguments.of("country codes", "+46 ".repeat(mb / 4)),
        Arguments.of("trunk parentheses", "+46 (0)(0)".repeat(mb / 10)),
        Arguments.of("at-signs", "@".repeat(mb)),
        Arguments.of("local parts", "a@".repeat(mb / 2)),
        Arguments.of("dotted labels", "a.".repeat(mb / 2) + "@"),
        Arguments.of("spelled markers", "x at ".repeat(mb / 5)),
        Arguments.of("bracketed markers", "a (at) ".repeat(mb / 7)),
        Arguments.of("postal shapes", "123 45 ".repeat(mb / 7)),
        Arguments.of("plates", "ABC 123 ".repeat(mb / 8)),
        Arguments.of("hex and colons", "a:".repeat(mb / 2)),
        Arguments.of("dotted numbers", "1.".repeat(mb / 2)),
        Arguments.of("links", "https://".repeat(mb / 8)),
        Arguments.of("long path", "https://x.se/" + "a".repeat(mb)),
        Arguments.of("domains", "a.se ".repeat(mb / 5)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileTexts")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void megabyteOfHostileInputCompletes(String name, String text) {
    for (Detector detector : ContactDetectors.defaults()) {
      int[] count = {0};
      detector.detect(se.avid.text.ScanText.of(text), (start, end, type, score) -> count[0]++);
      assertTrue(count[0] >= 0);
    }
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }
}
