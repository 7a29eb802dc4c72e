package se.avid.examples.archive;

/**
 * Why a run stopped, with the exit code that tells a script what kind of trouble it was. The
 * message names files, record numbers and settings, never the text of a record.
 */
final class ArchiveException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The kinds of failure, each with its exit code (see {@link ArchiveCleanerCommand}). */
  enum Kind {
    USAGE(2), INPUT(3), OUTPUT(4), INTERNAL(5);

    final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }
  }

  private final Kind kind;

  ArchiveException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  ArchiveException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  static ArchiveException usage(String message) {
    return new ArchiveException(Kind.USAGE, message);
  }

  static ArchiveException input(String message) {
    return new ArchiveException(Kind.INPUT, message);
  }

  Kind kind() {
    return kind;
  }
}
