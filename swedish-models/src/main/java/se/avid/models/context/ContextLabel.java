package se.avid.models.context;

/**
 * The outcomes of the context model: what kind of name, if any, a token is part of.
 *
 * <p>Organisations and other proper names (titles of works, events, products) are outcomes of
 * their own so that the model learns that a capitalised word is not therefore a person or a place:
 * {@code Försäkringskassan} and {@code Aftonbladet} must not pull probability towards
 * {@link #PERSON}. Immutable and thread-safe.
 */
public enum ContextLabel {
  /** Part of the name of a person. */
  PERSON("PER"),
  /** Part of the name of a place. */
  PLACE("LOC"),
  /** Part of the name of an organisation. */
  ORGANISATION("ORG"),
  /** A proper name of another kind: a work, an event, a product. */
  OTHER_NAME("OTH"),
  /** Not part of a name (ordinary words, times, measures, punctuation). */
  NONE("O");

  private final String outcome;

  ContextLabel(String outcome) {
    this.outcome = outcome;
  }

  /**
   * The outcome string stored in the model.
   *
   * @return the outcome string
   */
  public String outcome() {
    return outcome;
  }
}
