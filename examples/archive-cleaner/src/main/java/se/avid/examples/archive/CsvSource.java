package se.avid.examples.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Records of a CSV file with a header line (RFC 4180: quoted fields may hold commas, quotes
 * doubled, and line breaks). A record's payload is its fields; its line is the line it starts on.
 */
final class CsvSource implements RecordSource {

  /** RFC 4180, header read from the first record; empty lines are records (and rejected), not skipped. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(false)
      .get();

  private final CountingInputStream counted;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private final long size;
  private long nextLine;

  CsvSource(Path file) throws IOException, ArchiveException {
    this.size = Files.size(file);
    this.counted = new CountingInputStream(TextFiles.open(file));
    BufferedReader reader = TextFiles.strictUtf8(counted);
    try {
      reader.mark(1);
      if (reader.read() != '\uFEFF') { // a byte-order mark would otherwise stick to the first column's name
        reader.reset();
      }
      this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
    } catch (CharacterCodingException e) {
      reader.close();
      throw ArchiveException.input("the CSV header is not valid UTF-8");
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      reader.close();
      throw ArchiveException.input("cannot read the CSV header line: " + e.getClass().getSimpleName()
          + " (a header must name each column once)");
    }
    this.header = parser.getHeaderNames();
    if (header.isEmpty()) {
      throw ArchiveException.input("the CSV file has no header line");
    }
    this.records = parser.iterator();
    this.nextLine = parser.getCurrentLineNumber() + 1;
  }

  /** The column names of the header, in order. */
  List<String> header() {
    return header;
  }

  @Override
  public InputRecord next() throws IOException, ArchiveException {
    long line = nextLine;
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        return null;
      }
      record = records.next();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw ArchiveException.input("the CSV input is not valid UTF-8 in or shortly before the record starting at line " + line);
      }
      // Commons CSV reports an unterminated quoted field this way; the records after it cannot be told apart.
      throw ArchiveException.input("broken CSV in the record starting at line " + line
          + ": a quoted field is not closed (or a quote is misplaced)");
    } catch (IllegalStateException e) {
      throw ArchiveException.input("broken CSV in the record starting at line " + line
          + ": a quoted field is not closed (or a quote is misplaced)");
    }
    nextLine = parser.getCurrentLineNumber() + 1;
    String[] values = record.values();
    int chars = 0;
    for (String v : values) {
      chars += v.length();
    }
    return new InputRecord(record.getRecordNumber(), line, values, chars);
  }

  @Override
  public long bytesRead() {
    return counted.count();
  }

  @Override
  public long totalBytes() {
    return size;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
