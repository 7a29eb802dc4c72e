package se.avid.examples.archive;

import java.io.Closeable;
import java.io.IOException;

/** Reads the records of an archive one at a time, in order. Not thread-safe: one reader thread. */
interface RecordSource extends Closeable {

  /**
   * The next record, or null at the end.
   *
   * @throws ArchiveException (input) when the archive is broken past the point where records can be told apart
   */
  InputRecord next() throws IOException, ArchiveException;

  /** Bytes of the archive read so far; may be read from any thread. */
  long bytesRead();

  /** The archive's size in bytes, or -1 when not known. */
  long totalBytes();
}
