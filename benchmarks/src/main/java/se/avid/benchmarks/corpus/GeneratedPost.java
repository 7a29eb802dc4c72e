package se.avid.benchmarks.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A generated post and the identifiers in it, sorted by start. Immutable and thread-safe. */
public record GeneratedPost(String text, List<Identifier> identifiers) {

  /**
   * Copies the identifiers and checks that each ends inside the text.
   *
   * @param text the post
   * @param identifiers where its identifiers are
   * @throws IllegalArgumentException if one ends past the text
   */
  public GeneratedPost {
    identifiers = List.copyOf(identifiers);
    for (Identifier id : identifiers) {
      if (id.end() > text.length()) {
        throw new IllegalArgumentException("identifier ends at " + id.end() + " past " + text.length());
      }
    }
  }

  /**
   * The length of the text in UTF-8, the unit of every MB/s figure.
   *
   * @return the size in bytes
   */
  public int utf8Bytes() {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
