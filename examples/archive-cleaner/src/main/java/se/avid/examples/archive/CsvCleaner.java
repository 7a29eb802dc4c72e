package se.avid.examples.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.avid.examples.review.ReviewingRedactor;

/**
 * Cleans chosen columns of CSV records and leaves the others as they were. Each cleaned record
 * carries one value more than the header: the types of its findings in the review band (see
 * {@link RecordCleaner#REVIEW_MARK}), or empty.
 */
final class CsvCleaner implements RecordCleaner {

  private final int[] columns;
  private final int width;

  /**
   * @throws ArchiveException (usage) when a column is not in the header
   */
  CsvCleaner(List<String> chosen, List<String> header) throws ArchiveException {
    this.width = header.size();
    this.columns = new int[chosen.size()];
    for (int i = 0; i < chosen.size(); i++) {
      int at = header.indexOf(chosen.get(i));
      if (at < 0) {
        throw ArchiveException.usage("column '" + chosen.get(i) + "' is not in the CSV header (its columns: "
            + String.join(", ", header) + ")");
      }
      columns[i] = at;
    }
  }

  @Override
  public boolean checkFields(InputRecord record) {
    return true;
  }

  @Override
  public Cleaned clean(Object payload, ReviewingRedactor redactor) throws RejectedRecordException {
    String[] record = (String[]) payload;
    if (record.length != width) {
      throw new RejectedRecordException("has " + record.length + " fields, the header has " + width);
    }
    // One value more than the header: the review mark, which the sink writes only to an output
    // that has the column (the review output, or the clean output with --review inline).
    String[] values = Arrays.copyOf(record, width + 1);
    List<ReviewingRedactor.Result> results = new ArrayList<>(columns.length);
    for (int c : columns) {
      ReviewingRedactor.Result r = redactor.clean(values[c]);
      results.add(r);
      values[c] = r.text();
    }
    values[width] = String.join(" ", RecordCleaner.reviewTypes(results));
    return new Cleaned(values, results);
  }
}
