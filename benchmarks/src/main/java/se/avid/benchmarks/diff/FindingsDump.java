package se.avid.benchmarks.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import se.avid.Anonymizer;
import se.avid.DecidedFinding;
import se.avid.EntityType;
import se.avid.Finding;
import se.avid.spi.Detector;
import se.avid.spi.DetectorProvider;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * Writes every finding of the default {@link Anonymizer} over a list of texts, one tab-separated
 * line each, never the text or the found value:
 *
 * <pre>
 * corpus  id  assess  start  end  TYPE  score-bits  detector  DECISION
 * corpus  id  raw     start  end  TYPE  score-bits  detector
 * </pre>
 *
 * <p>{@code assess} lines are what {@link Anonymizer#assess} decides (redacted or left for review,
 * after overlaps and allow-lists); {@code raw} lines are what each detector reports on its own, so
 * that a change hidden by the overlap resolution still shows. Scores are written as the bits of
 * the double: equal means identical. A {@code #} line per corpus gives its size.
 */
final class FindingsDump {

  private final Anonymizer anonymizer = Anonymizer.builder().build();
  private final Map<String, Detector> detectors = discovered();

  /**
   * Dumps the findings in {@code texts} to {@code out}.
   *
   * @param texts the texts, in dump order
   * @param out where the lines go
   * @return the number of finding lines written
   * @throws IOException if writing fails
   */
  long write(List<DiffText> texts, Writer out) throws IOException {
    Map<String, long[]> sizes = new LinkedHashMap<>();
    for (DiffText t : texts) {
      long[] size = sizes.computeIfAbsent(t.corpus(), c -> new long[2]);
      size[0]++;
      size[1] += t.text().length();
    }
    for (Map.Entry<String, long[]> e : sizes.entrySet()) {
      out.write("# " + e.getKey() + " texts=" + e.getValue()[0] + " chars=" + e.getValue()[1] + "\n");
    }
    long lines = 0;
    StringBuilder line = new StringBuilder(128);
    for (DiffText t : texts) {
      for (DecidedFinding d : anonymizer.assess(t.text()).findings()) {
        line.setLength(0);
        describe(line, t, "assess", d.finding()).append('\t').append(d.decision()).append('\n');
        out.append(line);
        lines++;
      }
      ScanText scan = ScanText.of(t.text());
      for (Detector detector : detectors.values()) {
        RawLines raw = new RawLines(t, detector.name(), out);
        detector.detect(scan, raw);
        lines += raw.count;
      }
    }
    return lines;
  }

  private static StringBuilder describe(StringBuilder line, DiffText t, String stage, Finding f) {
    return line.append(t.corpus()).append('\t').append(t.id()).append('\t').append(stage).append('\t')
        .append(f.start()).append('\t').append(f.end()).append('\t').append(f.type()).append('\t')
        .append(Long.toHexString(Double.doubleToLongBits(f.score()))).append('\t').append(f.detector());
  }

  /** Every detector of every {@link DetectorProvider} on the class path, as the anonymizer finds them. */
  private static Map<String, Detector> discovered() {
    Map<String, Detector> byName = new LinkedHashMap<>();
    for (DetectorProvider provider : ServiceLoader.load(DetectorProvider.class)) {
      for (Detector d : provider.detectors()) {
        byName.put(d.name(), d);
      }
    }
    return byName;
  }

  /** Writes one detector's own findings in one text as {@code raw} lines. */
  private static final class RawLines implements FindingSink {
    private final DiffText text;
    private final String detector;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);
    private long count;

    RawLines(DiffText text, String detector, Writer out) {
      this.text = text;
      this.detector = detector;
      this.out = out;
    }

    @Override
    public void add(int start, int end, EntityType type, double score) {
      line.setLength(0);
      describe(line, text, "raw", new Finding(start, end, type, score, detector)).append('\n');
      try {
        out.append(line);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      count++;
    }
  }
}
