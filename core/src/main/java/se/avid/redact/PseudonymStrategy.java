package se.avid.redact;

import se.avid.Finding;

/**
 * Replaces each finding with a numbered label that stays the same for every mention of the same
 * value within a {@link PseudonymScope}: {@code "Anna ringde Peter, sen ringde Annas mamma"} becomes
 * {@code "[NAMN 1] ringde [NAMN 2], sen ringde [NAMN 1] mamma"}. Readers can follow who is who
 * without learning who anyone is. Immutable and thread-safe.
 *
 * <p>The numbers are only meaningful within one scope (a post, or a thread when the caller passes
 * the same scope for all its posts). For pseudonyms stable across a whole archive use
 * {@link KeyedPseudonymStrategy}.
 */
public enum PseudonymStrategy implements RedactionStrategy {
  /** {@code [NAMN 1]}, {@code [TELEFON 2]}, … */
  SWEDISH {
    @Override
    String label(Finding finding) {
      return finding.type().swedishLabel();
    }
  },
  /** {@code [NAME 1]}, {@code [PHONE 2]}, … */
  ENGLISH {
    @Override
    String label(Finding finding) {
      return finding.type().englishLabel();
    }
  };

  abstract String label(Finding finding);

  @Override
  public String replacement(Finding finding, String text, RedactionContext context) {
    int n = context.pseudonyms().number(finding.type(), text.subSequence(finding.start(), finding.end()));
    return "[" + label(finding) + " " + n + "]";
  }

  /**
   * Always throws: a pseudonym needs a scope. The {@link se.avid.Anonymizer} calls
   * {@link #replacement(Finding, String, RedactionContext)} instead.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public String replacement(Finding finding, String text) {
    throw new UnsupportedOperationException("a pseudonym needs a RedactionContext with a PseudonymScope");
  }
}
