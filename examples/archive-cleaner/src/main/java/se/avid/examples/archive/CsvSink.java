package se.avid.examples.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes CSV records as RFC 4180 (quoting only where needed, CRLF between records), header first. */
final class CsvSink implements RecordSink {

  private final FileChannel channel;
  private final CSVPrinter printer;

  CsvSink(Path partial, long position, List<String> header) throws IOException {
    this.channel = TextFiles.openAt(partial, position);
    CSVFormat.Builder format = CSVFormat.RFC4180.builder();
    if (position < 0) {
      format.setHeader(header.toArray(String[]::new));
    }
    this.printer = new CSVPrinter(TextFiles.utf8Writer(channel), format.get());
  }

  @Override
  public void write(Object payload) throws IOException {
    printer.printRecord((Object[]) payload);
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
