package se.avid.examples.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The archive layouts the cleaner reads and writes back in the same layout. */
enum ArchiveFormat {

  /** One JSON object per line; chosen fields are cleaned. */
  JSONL {
    @Override
    RecordSource openSource(Path input) throws IOException {
      return new LineSource(input);
    }

    @Override
    RecordCleaner cleaner(List<String> fields, boolean allowMissing, RecordSource source) throws ArchiveException {
      requireFields(fields);
      try {
        return new JsonLineCleaner(fields, allowMissing);
      } catch (IllegalArgumentException e) {
        throw ArchiveException.usage(e.getMessage());
      }
    }

    @Override
    RecordSink openSink(Path partial, long position, long records, RecordSource source, boolean reviewColumn)
        throws IOException {
      return new LineSink(partial, position);
    }
  },

  /** CSV with a header line; chosen columns are cleaned. */
  CSV {
    @Override
    RecordSource openSource(Path input) throws IOException, ArchiveException {
      return new CsvSource(input);
    }

    @Override
    RecordCleaner cleaner(List<String> fields, boolean allowMissing, RecordSource source) throws ArchiveException {
      requireFields(fields);
      return new CsvCleaner(fields, ((CsvSource) source).header());
    }

    @Override
    RecordSink openSink(Path partial, long position, long records, RecordSource source, boolean reviewColumn)
        throws IOException {
      return new CsvSink(partial, position, ((CsvSource) source).header(), reviewColumn);
    }
  },

  /** Plain text, one post per line. */
  LINES {
    @Override
    RecordSource openSource(Path input) throws IOException {
      return new LineSource(input);
    }

    @Override
    RecordCleaner cleaner(List<String> fields, boolean allowMissing, RecordSource source) throws ArchiveException {
      noFields(fields, this);
      return new TextCleaner();
    }

    @Override
    RecordSink openSink(Path partial, long position, long records, RecordSource source, boolean reviewColumn)
        throws IOException {
      return new LineSink(partial, position);
    }
  },

  /** Plain text, one post per file in a directory; written to a directory with the same file names. */
  DIRECTORY {
    @Override
    RecordSource openSource(Path input) throws IOException {
      return new DirectorySource(input);
    }

    @Override
    RecordCleaner cleaner(List<String> fields, boolean allowMissing, RecordSource source) throws ArchiveException {
      noFields(fields, this);
      return new TextCleaner();
    }

    @Override
    RecordSink openSink(Path partial, long position, long records, RecordSource source, boolean reviewColumn)
        throws IOException {
      return new DirectorySink(partial, position < 0 ? -1 : records, ((DirectorySource) source).names());
    }
  };

  abstract RecordSource openSource(Path input) throws IOException, ArchiveException;

  abstract RecordCleaner cleaner(List<String> fields, boolean allowMissing, RecordSource source)
      throws ArchiveException;

  /**
   * Opens a partial output: fresh when {@code position} is -1, else cut back to the committed
   * {@code position} (after {@code records} input records) of an interrupted run.
   *
   * @param reviewColumn whether a CSV output has the review column; other formats have no columns
   */
  abstract RecordSink openSink(Path partial, long position, long records, RecordSource source, boolean reviewColumn)
      throws IOException;

  /** What the review list calls where a record is: the file of a directory archive, else the line it starts on. */
  String locationColumn() {
    return this == DIRECTORY ? "file" : "line";
  }

  /** The name used on the command line. */
  String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named on the command line, or guessed from the input: a directory, .jsonl/.ndjson, .csv, else lines. */
  static ArchiveFormat of(String name, Path input) throws ArchiveException {
    if (name != null) {
      for (ArchiveFormat f : values()) {
        if (f.optionName().equals(name.toLowerCase(Locale.ROOT))) {
          return f;
        }
      }
      throw ArchiveException.usage("unknown format '" + name + "' (use jsonl, csv, lines or directory)");
    }
    if (Files.isDirectory(input)) {
      return DIRECTORY;
    }
    String file = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".jsonl") || file.endsWith(".ndjson")) {
      return JSONL;
    }
    if (file.endsWith(".csv")) {
      return CSV;
    }
    return LINES;
  }

  private static void requireFields(List<String> fields) throws ArchiveException {
    if (fields.isEmpty()) {
      throw ArchiveException.usage("say which fields to clean with --fields NAME[,NAME...]");
    }
  }

  private static void noFields(List<String> fields, ArchiveFormat format) throws ArchiveException {
    if (!fields.isEmpty()) {
      throw ArchiveException.usage("--fields does not apply to the " + format.optionName() + " format: the whole post is cleaned");
    }
  }
}
