package se.avid;

/**
 * Thrown by {@link Anonymizer} when the text could not be fully analysed, so that no partially
 * redacted text is ever returned: the caller must not publish the post.
 *
 * <p>The message names the failing detector and the input length, never the text. The original
 * exception is not chained, because exception messages of the JDK and of libraries often quote
 * their input (e.g. {@code NumberFormatException: For input string: "8504121234"}); its class and
 * stack trace are kept in a {@link SanitizedCause} instead.
 */
public final class RedactionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The detector, or the pipeline step, that failed. */
  private final String detector;

  /**
   * A failure of one step on one text; the message names the step and the text length only.
   *
   * @param detector the detector, or the pipeline step, that failed
   * @param inputLength the length of the text
   * @param cause what was thrown
   */
  public RedactionException(String detector, int inputLength, Throwable cause) {
    super("avid could not analyse a text of " + inputLength + " chars: detector '" + detector
        + "' failed with " + cause.getClass().getName() + "; the text must not be published");
    this.detector = detector;
    initCause(new SanitizedCause(cause));
  }

  /**
   * The name of the detector (or pipeline stage) that failed.
   *
   * @return the detector name, or the pipeline step
   */
  public String detector() {
    return detector;
  }

  /** Keeps the failure's class and stack trace, drops its message. */
  public static final class SanitizedCause extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SanitizedCause(Throwable original) {
      super(original.getClass().getName() + " (message withheld: it may quote the text)");
      setStackTrace(original.getStackTrace());
      if (original.getCause() != null && original.getCause() != original) {
        initCause(new SanitizedCause(original.getCause()));
      }
    }
  }
}
