package se.avid.examples.forum;

/** Escaping for HTML text and attribute values. Stateless and thread-safe. */
final class Html {

  private Html() {}

  /**
   * Escapes {@code & < > " '} and writes {@code \r} as {@code &#13;}: a literal CR would be turned
   * into a line feed by the browser's parser, and the text in the page would then no longer have
   * the offsets of the stored text that moderators select spans in.
   */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      String rep = switch (s.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        case '\r' -> "&#13;";
        default -> null;
      };
      if (rep != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(rep);
      } else if (b != null) {
        b.append(s.charAt(i));
      }
    }
    return b == null ? s : b.toString();
  }
}
