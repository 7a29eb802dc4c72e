package se.avid.detect.contact;

import se.avid.text.ScanText;
import se.avid.text.TextNormalizer;

/**
 * The local part of an e-mail address, read backwards from where its at-sign (or the word said
 * for it) stands: runs of local-part chars, joined by dots that may be spelled out ({@code anna
 * punkt l}, {@code sven.erik (dot) aberg}, {@code anna . l}), with a name written apart before a
 * tail of digits ({@code lisa 62 snabel-a}); and the tests that tell a user name from a word.
 * Stateless.
 */
final class LocalParts {

  private LocalParts() {}

  /** Words before a spelled-out address that are never part of its local part. */
  static final String[] NOT_LOCAL = {
    "mejla", "maila", "mejl", "mail", "mailen", "mejlen", "mig", "till", "på", "är", "adress", "adressen", "min",
    "mitt", "epost", "post", "skriv", "skicka", "kontakta", "via", "och", "eller", "nås", "at", "hej", "tack", "det"
  };

  /**
   * {@code lisa 62 snabel-a}, {@code lisa k63 snabel-a}: a local part written apart, a name and
   * then digits; when the part before the at-word is digits, or a letter and digits, or two chars
   * at most, the word of letters one space before it is its first half. Returns the start of the
   * whole local part.
   */
  static int withNameBeforeTail(ScanText t, int start, int end) {
    int letters = start;
    while (letters < end && ScanSupport.isLetter(t.charAt(letters)) && letters - start < 1) {
      letters++;
    }
    boolean tail = end - start <= 2;
    if (!tail) {
      tail = true;
      for (int i = letters; i < end; i++) {
        tail &= ScanSupport.isAsciiDigit(t.charAt(i));
      }
    }
    if (!tail || start < 3 || t.charAt(start - 1) != ' ') {
      return start;
    }
    int ws = start - 1;
    while (ws > 0 && start - 1 - ws < EmailDetector.MAX_PART && ScanSupport.isLetter(t.charAt(ws - 1))) {
      ws--;
    }
    if (start - 1 - ws < 2 || ws > 0 && t.isWordChar(ws - 1) || ScanSupport.wordIn(t, ws, start - 1, NOT_LOCAL)) {
      return start;
    }
    return ws;
  }

  /** A local part of at least three chars with a letter in it: {@code johan-e}, {@code mojjo77}, not {@code 3}. */
  static boolean looksLikeUserName(ScanText t, int start, int end) {
    if (end - start < 3) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (ScanSupport.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A local part with a digit, one of {@code _ . -} or a spelled-out dot in it: a user name, not a word. */
  static boolean looksLikeLocalPart(ScanText t, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      if (ScanSupport.isAsciiDigit(c) || c == '_' || c == '.' || c == '-' || c == ' ') { // a space: dots spelled out
        return true;
      }
    }
    return false;
  }

  /**
   * The start of the local part that ends right before {@code end}, or -1 when there is none.
   * Leading dots and dashes are not part of it ({@code "-anna@x.se"}).
   */
  static int start(ScanText t, int end) {
    int start = localChunkStart(t, end);
    // "anna punkt l", "sven.erik (dot) aberg", "anna . l": chunks joined by spelled-out dots
    for (int k = 0; start >= 0 && k < MAX_SPELLED_DOTS; k++) {
      int before = spelledDotBefore(t, start);
      int chunk = before < 0 ? -1 : localChunkStart(t, before);
      if (chunk < 0 || end - chunk > EmailDetector.MAX_PART) {
        break;
      }
      start = chunk;
    }
    return start;
  }

  /** At most this many spelled-out dots are read in a local part. */
  private static final int MAX_SPELLED_DOTS = 3;

  /**
   * Where the local-part chunk before a spelled-out dot ends, when one ends right before {@code
   * start} ({@code " punkt "}, {@code " dot "}, {@code "(punkt)"}, {@code " . "}), else -1.
   */
  private static int spelledDotBefore(ScanText t, int start) {
    int p = ScanSupport.skipSpacesBack(t, start, 1);
    if (p == 0) {
      return -1;
    }
    char c = t.charAt(p - 1);
    int wordStart;
    if (c == '.') {
      if (p == start) {
        return -1; // "a.b" is read as one chunk already
      }
      wordStart = p - 1;
    } else if (c == ')' || c == ']' || c == '}') {
      int we = ScanSupport.skipSpacesBack(t, p - 1, 1);
      int ws = we;
      while (ws > 0 && ws > we - 6 && ScanSupport.isLetter(t.charAt(ws - 1))) {
        ws--;
      }
      int open = ScanSupport.skipSpacesBack(t, ws, 1);
      if (!ScanSupport.wordIn(t, ws, we, MailDomain.DOT_WORDS) || open == 0 || "([{".indexOf(t.charAt(open - 1)) < 0) {
        return -1;
      }
      wordStart = open - 1;
    } else {
      if (p == start) {
        return -1; // a dot word needs spaces around it
      }
      int ws = p;
      while (ws > 0 && ws > p - 6 && ScanSupport.isLetter(t.charAt(ws - 1))) {
        ws--;
      }
      if (!ScanSupport.wordIn(t, ws, p, MailDomain.DOT_WORDS) || ws == 0 || t.charAt(ws - 1) != ' ') {
        return -1;
      }
      wordStart = ws;
    }
    int localEnd = ScanSupport.skipSpacesBack(t, wordStart, 1);
    // a bare dot needs a space before it too: "kul. anna@x.se" ends a sentence
    boolean bracketed = c == ')' || c == ']' || c == '}';
    return localEnd > 0 && (localEnd < wordStart || bracketed) ? localEnd : -1;
  }

  /** The start of the run of local-part chars that ends right before {@code end}, or -1. */
  private static int localChunkStart(ScanText t, int end) {
    int limit = Math.max(0, end - EmailDetector.MAX_PART);
    int s = end;
    while (s > limit && isLocalChar(t.charAt(s - 1))) {
      s--;
    }
    while (s < end && !t.isWordChar(s)) {
      s++;
    }
    return s < end ? s : -1;
  }

  private static boolean isLocalChar(char c) {
    if (c < 0x80) {
      return ScanSupport.isAsciiLetter(c) || ScanSupport.isAsciiDigit(c) || c == '.' || c == '_' || c == '-'
          || c == '+' || c == '%' || c == '\'';
    }
    return c == TextNormalizer.IGNORABLE || Character.isLetterOrDigit(c);
  }
}
