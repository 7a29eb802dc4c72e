package se.avid.examples.spark;

import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import se.avid.Anonymizer;

/**
 * Cleans one partition: takes the JVM's anonymizer from {@link Anonymizers} (built on the first
 * partition an executor runs) and turns each input row into one cleaned row, lazily, so that a
 * partition is never held in memory whole.
 *
 * <p>A row is rejected, all its data dropped and only its id, file and a reason kept, when the
 * reader could not parse it or a chosen column could not be cleaned (a detector threw); never is
 * a row passed on unredacted. Counts go to the job's accumulators.
 *
 * <p>Serialised with the task: it holds the settings and the layout, never the anonymizer or the key.
 */
final class PartitionCleaner implements MapPartitionsFunction<Row, Row> {

  private final AnonymizerSettings settings;
  private final RowLayout layout;
  private final String formatName;
  private final CleanerCounters counters;

  PartitionCleaner(AnonymizerSettings settings, RowLayout layout, String formatName, CleanerCounters counters) {
    this.settings = settings;
    this.layout = layout;
    this.formatName = formatName;
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Anonymizer anonymizer = Anonymizers.get(settings);
    int split = TaskContext.getPartitionId();
    return new Iterator<>() {
      private long position;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return clean(rows.next(), split, position++, anonymizer);
      }
    };
  }

  private Row clean(Row in, int split, long position, Anonymizer anonymizer) {
    Object[] out = new Object[layout.width()];
    int bookkeeping = layout.outputWidth();
    out[bookkeeping] = layout.rowId(in, split, position);
    out[bookkeeping + 1] = layout.file(in);
    if (layout.broken(in)) {
      return reject(out, "broken record: not valid " + formatName);
    }
    RowFindings findings = new RowFindings();
    try {
      for (int i = 0; i < layout.dataWidth(); i++) {
        Object value = layout.inputValue(in, i);
        out[i] = layout.chosen(i)
            ? ValueCleaner.clean(value, layout.inputField(i).dataType(), anonymizer, findings)
            : value;
      }
    } catch (RuntimeException e) {
      // the class only: exception messages can quote the text
      return reject(out, "could not be cleaned (" + e.getClass().getSimpleName() + ")");
    }
    out[layout.dataWidth()] = findings.reviewMark();
    counters.cleaned.add(1);
    if (findings.any()) {
      counters.withFindings.add(1);
    }
    if (out[layout.dataWidth()] != null) {
      counters.flagged.add(1);
    }
    findings.redactedTypes().forEach(counters.redactedByType::add);
    findings.reviewTypes().forEach(counters.reviewByType::add);
    return RowFactory.create(out);
  }

  private Row reject(Object[] out, String reason) {
    for (int i = 0; i < layout.outputWidth(); i++) {
      out[i] = null; // nothing of a rejected row's text is kept, not even in Spark's cache
    }
    out[layout.outputWidth() + 2] = reason;
    counters.rejected.add(1);
    return RowFactory.create(out);
  }
}
