package se.avid.detect.contact;

import se.avid.text.ScanText;
import se.avid.text.TextNormalizer;

/**
 * A mail domain read after an at-sign or an at-marker: its end, its number of labels and where
 * its labels are; dots may be spelled out ({@code gmail (dot) com}, {@code gmail punkt com}).
 * Split out of {@link EmailDetector}, which reads the local part and the at-sign. A mutable
 * result of one read, made per read.
 */
final class MailDomain {

  /** Top-level domains common in Swedish posts. */
  static final String[] COMMON_TOP_LEVEL = {
    "se", "com", "nu", "net", "org", "eu", "info", "io", "me", "fi", "no", "dk", "de", "uk", "ch", "pl", "tr", "ru",
    "so", "ir", "iq", "ba", "rs", "hr", "nl", "fr", "es", "it", "us", "ca", "biz"
  };

  /** Words people write for a dot. */
  static final String[] DOT_WORDS = {"dot", "punkt"};

  int end;
  int labels;
  int firstStart;
  int firstEnd;
  int lastStart;
  int prevStart;
  int prevEnd;
  boolean spelledDots;

  /**
   * Reads labels separated by dots, and with {@code spelled} also by {@code (dot)}, {@code [punkt]},
   * {@code " dot "}. Returns null when not even one label is there.
   */
  static MailDomain parse(ScanText t, int from, boolean spelled) {
    int n = t.length();
    int limit = Math.min(n, from + EmailDetector.MAX_PART);
    MailDomain d = null;
    int p = from;
    while (p < limit) {
      int labelStart = p;
      while (p < limit && isDomainChar(t.charAt(p))) {
        p++;
      }
      int labelEnd = p;
      while (labelEnd > labelStart && t.charAt(labelEnd - 1) == '-') {
        labelEnd--;
      }
      if (labelEnd == labelStart || !t.isWordChar(ScanSupport.skipIgnorable(t, labelStart))) {
        break;
      }
      if (d == null) {
        d = new MailDomain();
        d.firstStart = labelStart;
        d.firstEnd = labelEnd;
      }
      d.labels++;
      d.prevStart = d.lastStart;
      d.prevEnd = d.end;
      d.lastStart = labelStart;
      d.end = labelEnd;
      if (labelEnd < p) {
        break; // a label ending in '-' ends the domain
      }
      int next = dotEnd(t, p, spelled);
      if (next < 0) {
        break;
      }
      if (next > p + 1) {
        d.spelledDots = true;
      }
      p = next;
    }
    if (d != null && d.labels >= 2 && !topLevelShape(t, d.lastStart, d.end)) {
      // "x@gmail.com.2" or "x@gmail.c0m": the last label is no top-level domain, leave it out
      d.labels--;
      d.lastStart = d.prevStart;
      d.end = d.prevEnd;
      if (d.labels >= 2 && !topLevelShape(t, d.lastStart, d.end)) {
        d.labels = 1;
        d.end = d.firstEnd;
      }
    }
    return d;
  }

  /** The index after a dot (or spelled dot) at {@code p} that is followed by a label, else -1. */
  private static int dotEnd(ScanText t, int p, boolean spelled) {
    int n = t.length();
    if (p < n && t.charAt(p) == '.') {
      if (p + 1 < n && isDomainChar(t.charAt(p + 1))) {
        return p + 1;
      }
      // "anna.l@gmail. com": a space after the last dot, before a top-level domain
      return p + 2 < n && t.charAt(p + 1) == ' ' && looseTopLevel(t, p + 2) ? p + 2 : -1;
    }
    if (spelled && p + 2 < n && t.charAt(p) == ' ' && t.charAt(p + 1) == '.') {
      int q = ScanSupport.skipSpaces(t, p + 2, 1); // "gmail . com"
      return q < n && isDomainChar(t.charAt(q)) && t.isWordChar(q) ? q : -1;
    }
    if (!spelled || p >= n) {
      return -1;
    }
    char c = t.charAt(p);
    int q = ScanSupport.skipSpaces(t, p, 1);
    boolean bracket = q < n && (t.charAt(q) == '(' || t.charAt(q) == '[' || t.charAt(q) == '{');
    if (!bracket && (c != ' ' || q == p)) {
      return -1;
    }
    int w = bracket ? ScanSupport.skipSpaces(t, q + 1, 1) : q;
    int we = ScanSupport.wordEnd(t, w);
    if (!ScanSupport.wordIn(t, w, we, DOT_WORDS)) {
      return -1;
    }
    int after = we;
    if (bracket) {
      after = ScanSupport.skipSpaces(t, we, 1);
      if (after >= n || (t.charAt(after) != ')' && t.charAt(after) != ']' && t.charAt(after) != '}')) {
        return -1;
      }
      after++;
    } else if (after >= n || t.charAt(after) != ' ') {
      return -1;
    }
    after = ScanSupport.skipSpaces(t, after, 1);
    return after < n && isDomainChar(t.charAt(after)) && t.isWordChar(after) ? after : -1;
  }

  /**
   * A common top-level domain written apart from its dot: lowercase or all capitals ("com",
   * "SE"), never capitalised, since "gmail. Se till att" is a new sentence.
   */
  private static boolean looseTopLevel(ScanText t, int i) {
    int e = i;
    while (e < t.length() && e - i < 5 && ScanSupport.isAsciiLetter(t.charAt(e))) {
      e++;
    }
    if (e == i || t.isWordChar(e) || !ScanSupport.wordIn(t, i, e, COMMON_TOP_LEVEL)) {
      return false;
    }
    boolean upper0 = Character.isUpperCase(t.charAt(i));
    for (int k = i + 1; k < e; k++) {
      if (Character.isUpperCase(t.charAt(k)) != upper0) {
        return false;
      }
    }
    return true;
  }

  /** A top-level domain is two or more letters (zero-width chars skipped). */
  private static boolean topLevelShape(ScanText t, int start, int end) {
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (ScanSupport.isLetter(c)) {
        letters++;
      } else if (c != TextNormalizer.IGNORABLE) {
        return false;
      }
    }
    return letters >= 2;
  }

  /** The last label is a common top-level domain, or short enough to be one ("ax", "com"). */
  boolean plausibleTopLevel(ScanText t) {
    return end - lastStart <= 3 || ScanSupport.wordIn(t, lastStart, end, COMMON_TOP_LEVEL);
  }

  boolean firstLabelIn(ScanText t, String[] words) {
    return ScanSupport.wordIn(t, firstStart, firstEnd, words);
  }

  boolean topLevelIn(ScanText t, String[] words) {
    return ScanSupport.wordIn(t, lastStart, end, words);
  }

  static boolean isDomainChar(char c) {
    if (c < 0x80) {
      return ScanSupport.isAsciiLetter(c) || ScanSupport.isAsciiDigit(c) || c == '-';
    }
    return c == TextNormalizer.IGNORABLE || Character.isLetterOrDigit(c);
  }
}
