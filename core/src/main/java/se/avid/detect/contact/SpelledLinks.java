package se.avid.detect.contact;

import java.util.Locale;
import se.avid.EntityType;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Web addresses with their dots spelled out or set apart by spaces ({@code minblogg punkt se},
 * {@code www punkt minblogg punkt se}, {@code www . minblogg . se}, {@code flashback dot org}):
 * written so to get past a filter, or by voice typing. A name of letters, digits or hyphens, then
 * {@code punkt} or {@code dot} or a lone full stop, then a top-level domain that ends the word; the
 * names before it joined the same way belong to it. A listed public body's site stays
 * ({@code 1177 punkt se}, {@link PublicDomains}). A part of {@link UrlDetector}; stateless.
 */
final class SpelledLinks {

  private SpelledLinks() {}

  /** Score of a web address with its dots spelled out: as sure as a bare domain with its dot. */
  static final double SPELLED = UrlDetector.BARE_DOMAIN;

  /** The top-level domains of most sites in Swedish posts; a spelled dot before another word is prose. */
  private static final String[] DOMAINS = {"se", "com", "nu", "net", "org", "fi", "no", "dk", "eu", "io", "info"};

  /** Words before a spelled dot that name no site ("på punkt", "en punkt"). */
  private static final String[] NOT_NAMES = {"på", "i", "en", "ett", "den", "det", "och", "som", "vid", "till", "för",
      "av", "med", "om", "sista", "första", "andra", "tredje", "nästa", "varje", "samma", "ena", "denna", "vilken",
      "min", "din", "sin", "vår", "er", "hans", "hennes", "deras", "sätta", "satte", "sätter", "sätt", "the", "a"};

  private static final int MAX_LABEL = 40;

  /** Reports every such address in the text. */
  static void report(ScanText t, FindingSink sink) {
    int[] separators = separators(t);
    if (separators.length == 0) {
      return; // nearly every text
    }
    String s = t.original();
    int n = s.length();
    int from = 0;
    for (int sep : separators) {
      if (sep < from) {
        continue;
      }
      int sepEnd = separatorEnd(s, sep);
      from = sepEnd;
      // the top-level domain after it, ending its word
      int tld = sepEnd + 1;
      int tldEnd = labelEnd(t, tld);
      if (tldEnd == tld || tldEnd < n && (t.isWordChar(tldEnd) || s.charAt(tldEnd) == '@')
          || !ScanSupport.wordIn(t, tld, tldEnd, DOMAINS)) {
        continue;
      }
      int start = labelBefore(t, sep);
      if (start < 0) {
        continue;
      }
      // "www punkt minblogg punkt se": names joined the same way before it
      for (int more = start; ; ) {
        int prevSep = separatorBefore(s, more);
        if (prevSep < 0) {
          break;
        }
        more = labelBefore(t, prevSep);
        if (more < 0) {
          break;
        }
        start = more;
      }
      if (!PublicDomains.covers(host(s, start, tldEnd))) {
        ScanSupport.report(sink, t, start, tldEnd, EntityType.URL, SPELLED);
      }
      from = tldEnd;
    }
  }

  private static final String[] SEPARATOR_WORDS = {"punkt", "dot", "."};
  private static final int[] NONE = new int[0];

  /**
   * Where each " punkt ", " PUNKT ", " Punkt ", " dot " or " . " of the text starts (its space
   * before), in text order: read from the text's {@link Landmarks}, its words that begin with p or
   * d and its full stops, not from every char.
   */
  private static int[] separators(ScanText t) {
    Landmarks landmarks = Landmarks.of(t);
    String s = t.original();
    int n = s.length();
    int[] found = NONE;
    int count = 0;
    // only the words whose first two letters begin a separator word
    WordStartBlocks blocks = WordStartBlocks.of(t);
    WordStartSieve sieve = WordStartSieve.SEPARATOR_WORDS;
    for (int k = sieve.next(blocks, 0); k >= 0; k = sieve.next(blocks, k + 1)) {
      int i = landmarks.word(k);
      char c = s.charAt(i);
      if ((c == 'p' || c == 'd' || c == 'P') && i > 0 && s.charAt(i - 1) == ' ' && isSeparatorAt(s, i, n)) {
        found = add(found, count++, i - 1);
      }
    }
    for (int k = 0, marks = landmarks.marks(); k < marks; k++) {
      int i = landmarks.mark(k);
      if (s.charAt(i) == '.' && i > 0 && s.charAt(i - 1) == ' ' && isSeparatorAt(s, i, n)) {
        found = add(found, count++, i - 1);
      }
    }
    if (count == 0) {
      return NONE;
    }
    int[] sorted = java.util.Arrays.copyOf(found, count);
    java.util.Arrays.sort(sorted); // words and full stops in text order
    return sorted;
  }

  /** {@code found} with {@code value} at {@code count}, grown when full. */
  private static int[] add(int[] found, int count, int value) {
    int[] out = count == found.length ? java.util.Arrays.copyOf(found, Math.max(4, count * 2)) : found;
    out[count] = value;
    return out;
  }

  /** "punkt", "PUNKT", "Punkt", "dot" or "." at {@code i}, a space after it. */
  private static boolean isSeparatorAt(String s, int i, int n) {
    char c = s.charAt(i);
    if (c == '.') {
      return i + 1 < n && s.charAt(i + 1) == ' ';
    }
    if (c == 'd') {
      return s.startsWith("dot ", i);
    }
    if (c == 'p') {
      return s.startsWith("punkt ", i);
    }
    return c == 'P' && (s.startsWith("PUNKT ", i) || s.startsWith("Punkt ", i));
  }

  /** The index of the space after the separator whose space before is at {@code sep}. */
  private static int separatorEnd(String s, int sep) {
    int i = sep + 1;
    while (i < s.length() && s.charAt(i) != ' ') {
      i++;
    }
    return i;
  }

  /**
   * The start of the name right before the separator whose space is at {@code sep}: letters,
   * digits and hyphens, no function word; -1 when none.
   */
  private static int labelBefore(ScanText t, int sep) {
    int e = sep;
    int b = e;
    while (b > 0 && e - b < MAX_LABEL && isLabelChar(t.charAt(b - 1))) {
      b--;
    }
    if (b == e || e - b < 2 || b > 0 && t.isWordChar(b - 1) || ScanSupport.wordIn(t, b, e, NOT_NAMES)) {
      return -1;
    }
    return b;
  }

  /** The space before a separator that ends right before the name at {@code start}, or -1. */
  private static int separatorBefore(String s, int start) {
    int sp = start - 1;
    if (sp < 1 || s.charAt(sp) != ' ') {
      return -1;
    }
    for (String word : SEPARATOR_WORDS) {
      int b = sp - word.length();
      if (b >= 1 && s.regionMatches(true, b, word, 0, word.length()) && s.charAt(b - 1) == ' ') {
        return b - 1;
      }
    }
    return -1;
  }

  /** The end of the name of letters, digits and hyphens from {@code i}. */
  private static int labelEnd(ScanText t, int i) {
    int e = i;
    while (e < t.length() && e - i < MAX_LABEL && isLabelChar(t.charAt(e))) {
      e++;
    }
    return e;
  }

  private static boolean isLabelChar(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '-');
  }

  /** The host the spelled address stands for, lowercase, with its dots: "www.minblogg.se". */
  private static String host(String s, int start, int end) {
    String[] parts = s.substring(start, end).toLowerCase(Locale.ROOT).split(" ");
    StringBuilder host = new StringBuilder();
    for (String p : parts) {
      if (p.isEmpty() || p.equals("punkt") || p.equals("dot") || p.equals(".")) {
        continue;
      }
      if (host.length() > 0) {
        host.append('.');
      }
      host.append(p);
    }
    return host.toString();
  }
}
