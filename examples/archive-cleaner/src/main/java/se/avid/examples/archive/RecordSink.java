package se.avid.examples.archive;

import java.io.Closeable;
import java.io.IOException;

/** Writes cleaned records to the partial output, in order. Not thread-safe: one writer thread. */
interface RecordSink extends Closeable {

  /** Writes one cleaned record (the payload a {@link RecordCleaner} returned). */
  void write(Object payload) throws IOException;

  /**
   * Makes everything written so far durable and returns the position to come back to on resume
   * (bytes of a file, or files of a directory).
   */
  long commit() throws IOException;
}
