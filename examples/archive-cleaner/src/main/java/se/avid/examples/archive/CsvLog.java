package se.avid.examples.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A list of records as CSV, one line per record, header first: the reject file (number, line, why)
 * and the review list (number, where, the types of the findings to check). Never a record's text:
 * these files may be read by anyone who runs the job. Not thread-safe: the writer thread's.
 */
final class CsvLog implements AutoCloseable {

  /** The reject file's columns. */
  static final String[] REJECTS = {"record", "line", "reason"};

  private final FileChannel channel;
  private final CSVPrinter printer;

  /**
   * @param position the committed length of an interrupted run's file, or -1 to start a new file with {@code header}
   */
  CsvLog(Path partial, long position, String... header) throws IOException {
    this.channel = TextFiles.openAt(partial, position);
    CSVFormat.Builder format = CSVFormat.RFC4180.builder().setRecordSeparator('\n');
    if (position < 0) {
      format.setHeader(header);
    }
    this.printer = new CSVPrinter(TextFiles.utf8Writer(channel), format.get());
  }

  void add(Object... values) throws IOException {
    printer.printRecord(values);
  }

  long commit() throws IOException {
    printer.flush();
    channel.force(false);
    return channel.position();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
