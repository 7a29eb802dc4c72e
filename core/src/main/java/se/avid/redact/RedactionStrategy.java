package se.avid.redact;

import se.avid.Finding;

/**
 * Decides what replaces a finding in the redacted text. Implementations must be thread-safe and
 * must not return any part of the found value unless that is their documented purpose.
 */
@FunctionalInterface
public interface RedactionStrategy {

  /**
   * The replacement for {@code finding} in {@code text}.
   *
   * @param finding what was found
   * @param text the whole original text, for strategies that need the value (e.g. masking)
   */
  String replacement(Finding finding, String text);
}
