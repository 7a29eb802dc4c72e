package se.avid.rules;

/**
 * A rules file could not be loaded: it is missing, not UTF-8, or breaks the format. The message
 * names the file, the line (from 1) and the problem, e.g.
 * {@code malmo-rules.txt:14: unknown type 'NAMNE'}; it never quotes a deny-list or allow-list term
 * (they are often staff names) and never any post text. Immutable once thrown.
 */
public final class RulesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file name or resource. */
  private final String source;
  /** The line number, from 1; 0 for the whole file. */
  private final int line;

  RulesException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  RulesException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
    this.source = source;
    this.line = 0;
  }

  /**
   * The file or classpath resource.
   *
   * @return the file name or resource
   */
  public String source() {
    return source;
  }

  /**
   * The line of the problem, from 1; 0 when the problem is with the file as a whole.
   *
   * @return the line number, from 1
   */
  public int line() {
    return line;
  }
}
