package se.avid.examples.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The reject file: one CSV line per record that was not written, with its record number, the line
 * it starts on, and why. Never the record's text: the reject file may be read by anyone who runs
 * the job. Not thread-safe: the writer thread's.
 */
final class RejectLog implements AutoCloseable {

  static final String[] HEADER = {"record", "line", "reason"};

  private final FileChannel channel;
  private final CSVPrinter printer;

  RejectLog(Path partial, long position) throws IOException {
    this.channel = TextFiles.openAt(partial, position);
    CSVFormat.Builder format = CSVFormat.RFC4180.builder().setRecordSeparator('\n');
    if (position < 0) {
      format.setHeader(HEADER);
    }
    this.printer = new CSVPrinter(TextFiles.utf8Writer(channel), format.get());
  }

  void reject(long record, long line, String reason) throws IOException {
    printer.printRecord(record, line, reason);
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
