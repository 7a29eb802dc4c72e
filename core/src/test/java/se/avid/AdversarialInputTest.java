package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The default pipeline over hostile posts: long runs of digits and separators that look like the
 * start of every identifier at once. The timeout only guards against a hang (a super-linear scan
 * takes minutes on 10 MB); speed itself is measured in the benchmarks.
 */
class AdversarialInputTest {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  private static String hostile(int length, long seed) {
    String alphabet = "0123456789 --+/.()@\n\u200B";
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabytesOfDigitsAndSeparatorsAreRedactedInOnePass() {
    String text = hostile(10_000_000, 42);
    String redacted = ANONYMIZER.redact(text);
    assertFalse(redacted.isEmpty());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabytesOfOneDigitAreNotAnIdentifier() {
    String text = "1".repeat(10_000_000);
    assertEquals(text, ANONYMIZER.redact(text));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aMegabyteOfRepeatedPersonnummerIsRedactedWhole() {
    String post = "pnr 850412-1230, ";
    String text = post.repeat(1_000_000 / post.length());
    String redacted = ANONYMIZER.redact(text);
    assertFalse(redacted.contains("850412"));
  }
}
