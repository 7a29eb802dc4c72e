package se.avid;

import java.util.Objects;

/**
 * Where one finding's replacement landed in the redacted text: {@code redacted.substring(outputStart,
 * outputEnd)} equals {@link #replacement()}. For a moderation screen that highlights the
 * placeholders of the published text, and for mapping positions between the two texts.
 * {@link #toString()} shows the type and offsets only. Immutable and thread-safe.
 *
 * @param finding the replaced span, offsets into the original text
 * @param replacement what the strategy put in its place, e.g. {@code [DIARIENUMMER]}
 * @param outputStart first char of the replacement in the redacted text
 * @param outputEnd one past its last char
 */
public record Replacement(Finding finding, String replacement, int outputStart, int outputEnd) {

  /**
   * Checks that the offsets fit the replacement.
   *
   * @param finding the finding
   * @param replacement the replacement
   * @param outputStart first char in the redacted text
   * @param outputEnd one past its last char
   * @throws IllegalArgumentException if {@code outputEnd - outputStart} is not the replacement's length
   */
  public Replacement {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(replacement, "replacement");
    if (outputStart < 0 || outputEnd - outputStart != replacement.length()) {
      throw new IllegalArgumentException("bad output span " + outputStart + ".." + outputEnd);
    }
  }

  @Override
  public String toString() {
    return "Replacement[" + finding.type() + " " + finding.start() + ".." + finding.end() + " -> " + outputStart + ".."
        + outputEnd + "]";
  }
}
