package se.avid.redact;

import java.util.Objects;

/**
 * The state that one redaction call hands to its strategies: the {@link PseudonymScope} in which
 * pseudonyms are numbered. {@code Anonymizer.process(text)} makes a fresh scope per post;
 * {@code Anonymizer.process(text, scope)} uses the caller's scope, so that a person keeps one
 * pseudonym over all the posts of a thread.
 *
 * <p>Immutable; thread-safe as far as its scope is (and {@link PseudonymScope} is).
 */
public final class RedactionContext {

  private final PseudonymScope pseudonyms;

  /**
   * The context of one call.
   *
   * @param pseudonyms the scope pseudonyms are numbered in
   */
  public RedactionContext(PseudonymScope pseudonyms) {
    this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
  }

  /**
   * The scope in which consistent pseudonyms are numbered.
   *
   * @return the scope
   */
  public PseudonymScope pseudonyms() {
    return pseudonyms;
  }

  @Override
  public String toString() {
    return "RedactionContext[" + pseudonyms + "]";
  }
}
