package se.avid.tools.eval;

import java.util.List;

/**
 * A sentence annotated token by token, as in the SUC 3.0 named-entity corpus: one tag per token
 * ({@code O}, {@code PER}, {@code LOC}, {@code ORG}, …, no B-/I- prefix), where consecutive tokens
 * with the same tag form one entity. Immutable.
 *
 * @param tokens the tokens, none empty
 * @param tags one tag per token
 */
public record TaggedSentence(List<String> tokens, List<String> tags) {

  /** The tag of tokens outside every entity. */
  public static final String OUTSIDE = "O";

  public TaggedSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
    }
    for (String token : tokens) {
      if (token.isEmpty()) {
        throw new IllegalArgumentException("empty token");
      }
    }
  }

  /** The tokens as an array, the form the context model takes. */
  public String[] tokenArray() {
    return tokens.toArray(new String[0]);
  }

  /** The same sentence with every token lowercased, tags unchanged. */
  public TaggedSentence lowercased() {
    return new TaggedSentence(tokens.stream().map(AnnotatedText::lowercase).toList(), tags);
  }
}
