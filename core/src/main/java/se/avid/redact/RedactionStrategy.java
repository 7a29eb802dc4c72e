package se.avid.redact;

import se.avid.Finding;

/**
 * Decides what replaces a finding in the redacted text. Implementations must be thread-safe and
 * must not return any part of the found value unless that is their documented purpose (as
 * {@link MaskStrategy} keeps separators and, on request, leading digits).
 *
 * <p>Strategies that need state beyond one finding (such as {@link PseudonymStrategy}, which
 * numbers the people of a thread) override the three-argument form: the {@link se.avid.Anonymizer}
 * always calls that one, with the {@link RedactionContext} of the call. Stateless strategies
 * implement only the two-argument form, so a lambda still works:
 *
 * <pre>{@code
 * RedactionStrategy stars = (finding, text) -> "***";
 * }</pre>
 */
@FunctionalInterface
public interface RedactionStrategy {

  /**
   * The replacement for {@code finding} in {@code text}.
   *
   * @param finding what was found
   * @param text the whole original text, for strategies that need the value (e.g. masking)
   * @return the replacement, never null
   */
  String replacement(Finding finding, String text);

  /**
   * The replacement for {@code finding} in {@code text}, with the state of the current call (the
   * pseudonym scope of the post or thread). The default ignores the context.
   *
   * @param finding what was found
   * @param text the whole original text
   * @param context the state shared by the findings of one call, or of one thread of posts
   * @return the replacement, never null
   */
  default String replacement(Finding finding, String text, RedactionContext context) {
    return replacement(finding, text);
  }
}
