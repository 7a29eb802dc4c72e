package se.avid.text;

/**
 * The quote marks a post sets around a name it gives ({@code kallar sig "nightwolf77"}, {@code
 * kallas «Jonte»}): straight, curly and angle quotes, single and double. One list for every
 * detector that reads a quoted name. Stateless.
 */
public final class QuoteMarks {

  private QuoteMarks() {}

  /**
   * Whether {@code c} is a quote mark: {@code "}, {@code '}, {@code “}, {@code ”}, {@code ‘},
   * {@code ’}, {@code «} or {@code »}.
   *
   * @param c a char
   * @return whether it is a quote mark
   */
  public static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u00AB'
        || c == '\u00BB';
  }
}
