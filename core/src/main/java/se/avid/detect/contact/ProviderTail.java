package se.avid.detect.contact;

import se.avid.text.ScanText;

/**
 * The top-level domain after a mail provider's name when the dot before it is typed wrong or not
 * at all: {@code gmail,com}, {@code gmail..com}, {@code gmail punkt com}, {@code gmail com},
 * {@code gmailcom}. Asked only after an at-sign and a provider of {@link EmailDetector}, so that
 * the whole address is covered, not the provider alone. Stateless.
 */
final class ProviderTail {

  /** Top-level domains that Swedish users' mail providers use. */
  private static final String[] TOP_LEVEL = {"com", "se", "nu", "net", "org"};

  /** After a bare space only these: "se" and "nu" are Swedish words ("anna@gmail se till att"). */
  private static final String[] TOP_LEVEL_AFTER_SPACE = {"com", "net", "org"};

  /** Spelled-out dots between a provider and its top-level domain. */
  private static final String[] SPELLED_DOTS = {"punkt", "dot", "prick"};

  /** Most dots or commas typed for one dot ("gmail..com", "gmail.,com"). */
  private static final int MAX_MARKS = 3;

  private ProviderTail() {}

  /**
   * The end of a top-level domain typed after a provider that ends at {@code end}, or {@code end}
   * when none follows.
   *
   * @param t the text
   * @param end where the provider's name ends
   * @return the end of the address
   */
  static int end(ScanText t, int end) {
    int n = t.length();
    int i = end;
    while (i < n && i - end < MAX_MARKS && (t.charAt(i) == '.' || t.charAt(i) == ',')) {
      i++;
    }
    String[] allowed = TOP_LEVEL;
    if (i == end) {
      int w = ScanSupport.skipSpaces(t, end, 1);
      if (w == end) {
        return end;
      }
      int we = ScanSupport.wordEnd(t, w);
      if (ScanSupport.wordIn(t, w, we, SPELLED_DOTS)) {
        i = ScanSupport.skipSpaces(t, we, 1); // "gmail punkt com"
      } else {
        i = w; // "gmail com"
        allowed = TOP_LEVEL_AFTER_SPACE;
      }
    } else if (i - end == 1 && t.charAt(end) == '.') {
      return end; // one dot: the parser has read what follows it
    }
    int tldEnd = ScanSupport.wordEnd(t, i);
    return tldEnd > i && ScanSupport.wordIn(t, i, tldEnd, allowed) ? tldEnd : end;
  }

  /**
   * Whether the label {@code [start, end)} is a provider with its top-level domain glued on
   * ({@code gmailcom}, {@code hotmailse}).
   *
   * @param t the text
   * @param start where the label starts
   * @param end where it ends
   * @param providers the providers' names, lowercase
   * @return whether it is one
   */
  static boolean glued(ScanText t, int start, int end, String[] providers) {
    for (String p : providers) {
      int tld = start + p.length();
      if (tld < end && ScanSupport.matchesIgnoreCase(t, start, p) && ScanSupport.wordIn(t, tld, end, TOP_LEVEL)) {
        return true;
      }
    }
    return false;
  }
}
