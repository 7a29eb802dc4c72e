package se.avid.redact;

import se.avid.Finding;

/**
 * Replaces each finding with its type's label in brackets: {@code [NAMN]}, {@code [TELEFON]}.
 * Immutable and thread-safe.
 */
public enum LabelStrategy implements RedactionStrategy {
  /** {@code [PERSONNUMMER]}, {@code [TELEFON]}, {@code [E-POST]}, … (the default). */
  SWEDISH {
    @Override
    public String replacement(Finding finding, String text) {
      return '[' + finding.type().swedishLabel() + ']';
    }
  },
  /** {@code [PERSONAL_ID_NUMBER]}, {@code [PHONE]}, {@code [EMAIL]}, … */
  ENGLISH {
    @Override
    public String replacement(Finding finding, String text) {
      return '[' + finding.type().englishLabel() + ']';
    }
  }
}
