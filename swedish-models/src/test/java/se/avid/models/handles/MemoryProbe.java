package se.avid.models.handles;

import java.lang.management.ManagementFactory;
import se.avid.Anonymizer;

/**
 * A measuring tool, not a test: bytes allocated per input char by {@code redact} of the full
 * default pipeline (core and Swedish models) on long repeated inputs, the upper bound of the
 * peak extra heap that issue 16 limits to 100 bytes a char. Run with the test class path:
 * {@code java -cp … se.avid.models.handles.MemoryProbe [chars]}.
 */
public final class MemoryProbe {

  private MemoryProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the input length in chars (default 2,000,000)
   */
  public static void main(String[] args) {
    int length = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    threads.setThreadAllocatedMemoryEnabled(true);
    Anonymizer anonymizer = Anonymizer.builder().build();
    String[] units = {"07 ", "+46 ", "0", "850412-1230 ", "noll sju ", "snap x ", "snap ninjakatten ", "lgh 1102 ",
      "box 12, ", "123 45 lund, ", "a ", "Anna ", "Storgatan 12, ", "anna.l snabel-a gmail punkt com "};
    long id = Thread.currentThread().getId();
    for (String unit : units) {
      String text = unit.repeat(length / unit.length());
      anonymizer.redact(text.substring(0, 10_000));
      long before = threads.getThreadAllocatedBytes(id);
      long t0 = System.nanoTime();
      anonymizer.redact(text);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long perChar = (threads.getThreadAllocatedBytes(id) - before) / text.length();
      System.out.printf("%-36s %5d bytes/char  %6d ms%n", "\"" + unit + "\"", perChar, ms);
    }
  }
}
