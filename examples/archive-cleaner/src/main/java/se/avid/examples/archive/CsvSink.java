package se.avid.examples.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV records as RFC 4180 (quoting only where needed, CRLF between records), header first,
 * with or without the review column.
 */
final class CsvSink implements RecordSink {

  private final FileChannel channel;
  private final CSVPrinter printer;
  private final int width;

  /**
   * @param reviewColumn whether the output has the column {@link RecordCleaner#REVIEW_MARK} after the input's columns
   */
  CsvSink(Path partial, long position, List<String> header, boolean reviewColumn) throws IOException {
    this.channel = TextFiles.openAt(partial, position);
    this.width = header.size() + (reviewColumn ? 1 : 0);
    CSVFormat.Builder format = CSVFormat.RFC4180.builder();
    if (position < 0) {
      List<String> columns = new ArrayList<>(header);
      if (reviewColumn) {
        columns.add(RecordCleaner.REVIEW_MARK);
      }
      format.setHeader(columns.toArray(String[]::new));
    }
    this.printer = new CSVPrinter(TextFiles.utf8Writer(channel), format.get());
  }

  /** Writes the record's values, with its review mark (its last value) only when the output has that column. */
  @Override
  public void write(Object payload) throws IOException {
    Object[] values = (Object[]) payload;
    printer.printRecord(values.length == width ? values : Arrays.copyOf(values, width));
  }

  @Override
  public long commit() throws IOException {
    printer.flush();
    channel.force(false);
    return channel.position();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
