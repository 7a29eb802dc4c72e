package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;

/**
 * Memory is linear in the text with a small constant: {@code redact} allocates at most
 * {@value #BYTES_PER_CHAR} bytes per input char on the inputs that once made it allocate 150–200
 * (a number start every few chars, each read far ahead). Allocation, counted by the JVM for this
 * thread, bounds the peak extra heap from above, and does not depend on the collector or the
 * machine's load, so the check is not flaky.
 */
class LinearMemoryTest {

  private static final int BYTES_PER_CHAR = 100;
  private static final int LENGTH = 2_000_000;
  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();
  private static com.sun.management.ThreadMXBean threads;

  @BeforeAll
  static void allocationCounting() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "a JVM that counts allocation");
    threads = (com.sun.management.ThreadMXBean) bean;
    Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported(), "a JVM that counts allocation");
    threads.setThreadAllocatedMemoryEnabled(true);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "07 ", "+46 ", "0", "1234567890 ", "850412-1230 ", "85 04 12-1234 ", "- ", "(0", "0\u200B", "1/", "12.",
      "0\u0001", "1<br>", "070-123 45 67, ", "1O", "0l-", "85O4l2+l234 ", "a ", "ig: x ", "\uD835\uDFD6 ",
      // spelled digits, flat numbers, post-office boxes, postal codes before a lowercase town
      "noll ", "noll sju ", "fyrtiofem, ", "sju streck ", "lgh 1102 ", "box 12, ", "123 45 lund, ", "snap x "})
  void aRepeatedUnitAllocatesLinearly(String unit) {
    assertLinear(unit.repeat(LENGTH / unit.length()));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void digitsAndSeparatorsAtRandomAllocateLinearly(long seed) {
    String alphabet = "0123456789 --+/._:,()@\n\u200B\u00A0O";
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(LENGTH);
    while (sb.length() < LENGTH) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    assertLinear(sb.toString());
  }

  private static void assertLinear(String text) {
    ANONYMIZER.redact(text.substring(0, 10_000)); // classes loaded, resources read
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    ANONYMIZER.redact(text);
    long perChar = (threads.getThreadAllocatedBytes(id) - before) / text.length();
    assertTrue(perChar <= BYTES_PER_CHAR, perChar + " bytes allocated per char");
  }
}
