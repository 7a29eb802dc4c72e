package se.avid.redact;

import se.avid.Finding;

/**
 * Removes each finding without a trace: {@code "ring mig på 070-123 45 67 tack"} becomes
 * {@code "ring mig på  tack"}. When the finding sits between two letters or digits
 * ({@code "jag heterAnnaoch"}) it is replaced by one space so that the words on either side
 * do not glue into one. The surrounding spaces are left as they are (a double space can remain):
 * a strategy replaces only the finding. Stateless and thread-safe.
 */
public enum RemovalStrategy implements RedactionStrategy {
  /** The one instance. */
  INSTANCE;

  @Override
  public String replacement(Finding finding, String text) {
    boolean wordBefore = finding.start() > 0 && Character.isLetterOrDigit(text.codePointBefore(finding.start()));
    boolean wordAfter = finding.end() < text.length() && Character.isLetterOrDigit(text.codePointAt(finding.end()));
    return wordBefore && wordAfter ? " " : "";
  }
}
