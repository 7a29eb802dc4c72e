package se.avid.detect.contact;

import java.util.Arrays;
import se.avid.EntityType;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * {@code ronjaa.lk04}, {@code lollo.x.07}, {@code cami.rojas.sings}, {@code dennis.b.o}, {@code n0va.sky}: a word of
 * at least three letters (digits may stand for some inside it), an inner dot and a digit, or three parts of letters joined by dots, is a user name
 * wherever it stands, as a word joined by an underscore is ({@link
 * HandleDetector}): Swedish prose joins no words so, and its dotted abbreviations ({@code kl.15},
 * {@code t.ex.}, {@code kap.3}) have fewer letters or are listed. Not a number ({@code 1.5}), a
 * link, an e-mail address's local part or a file name's extension ({@code bild1.jpg}, which the
 * dot ends). A handle that {@link HandleDetector} finds otherwise (after a platform word) is
 * reported once. Stateless.
 */
final class DottedHandles {

  private DottedHandles() {}

  /** Letters a user name opens with before its first dot. */
  private static final int MIN_LETTERS = 3;

  /** Dotted abbreviations of three letters or more that a number follows. */
  private static final String[] ABBREVIATIONS = {"kap", "sid", "tel", "ver", "vers", "avd", "bil", "ref", "art", "fig",
    "tab", "mob", "lgh", "tfn", "nr", "ca", "bl", "str", "uppl", "vol", "paragraf", "anm"};

  /** No dotted handle: most texts. */
  static final int[] NONE = new int[0];

  /** The dotted handles first made room for, and the reported starts remembered to report none twice. */
  private static final int MAX = 16;

  /**
   * The dotted handles of {@code t}, as {@code start, end} pairs, or {@link #NONE}.
   *
   * @param t the text
   * @return the spans, two ints each
   */
  static int[] find(ScanText t) {
    String s = t.original();
    int n = s.length();
    int[] spans = NONE;
    int count = 0;
    // the dots are landmark marks: their list is walked, not the whole text (normalising keeps
    // '.' as it is, and turns no other char into one but the fullwidth dot, which the original
    // text tells apart)
    Landmarks landmarks = Landmarks.of(t);
    int read = -1; // the dots up to here are read
    for (int k = 0, marks = landmarks.marks(); k < marks; k++) {
      int dot = landmarks.mark(k);
      if (dot <= read || s.charAt(dot) != '.') {
        continue;
      }
      read = dot;
      if (dot == 0 || dot + 1 >= n || !ScanSupport.isLetter(s.charAt(dot - 1)) || !ScanSupport.isLetterOrDigit(s.charAt(dot + 1))) {
        continue; // most dots end a sentence
      }
      int start = dot;
      while (start > 0 && dot - start < HandleShapes.MAX_HANDLE && HandleShapes.isHandleChar(s.charAt(start - 1))) {
        start--;
      }
      int end = dot + 1;
      while (end < n && end - start <= HandleShapes.MAX_HANDLE && HandleShapes.isHandleChar(s.charAt(end))) {
        end++;
      }
      while (end > dot + 1 && s.charAt(end - 1) == '.') {
        end--;
      }
      if (isHandle(s, start, dot, end)) {
        if (count == spans.length) {
          spans = Arrays.copyOf(spans, Math.max(2 * MAX, 2 * count)); // a long text may hold many
        }
        spans[count++] = start;
        spans[count++] = end;
      }
      read = Math.max(dot, end);
    }
    return count == 0 ? NONE : Arrays.copyOf(spans, count);
  }

  /** Reports the spans of {@link #find} that {@code reported} has not passed on already. */
  static void report(ScanText t, int[] spans, ReportedStarts reported, FindingSink sink) {
    for (int k = 0; k < spans.length; k += 2) {
      if (!reported.has(spans[k])) {
        ScanSupport.report(sink, t, spans[k], spans[k + 1], EntityType.URL, HandleDetector.PLAIN_WORD);
      }
    }
  }

  /** A sink that passes findings on and remembers where the first few start. One per call. */
  static final class ReportedStarts implements FindingSink {
    private final FindingSink sink;
    private final int[] starts = new int[MAX];
    private int count;

    ReportedStarts(FindingSink sink) {
      this.sink = sink;
    }

    @Override
    public void add(int start, int end, EntityType type, double score) {
      remember(start);
      sink.add(start, end, type, score);
    }

    @Override
    public void add(int start, int end, EntityType type, double score, String explanation) {
      remember(start);
      sink.add(start, end, type, score, explanation);
    }

    private void remember(int start) {
      if (count < starts.length) {
        starts[count++] = start;
      }
    }

    boolean has(int start) {
      for (int k = 0; k < count; k++) {
        if (starts[k] == start) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean isHandle(String s, int start, int dot, int end) {
    if (end - start > HandleShapes.MAX_HANDLE || start > 0 && isLinkMark(s.charAt(start - 1))
        || end < s.length() && (isLinkMark(s.charAt(end)) || s.charAt(end) == '@')) {
      return false; // "@lisa.98", a link's path, "kalle.k@…": the URL and e-mail detectors'
    }
    int letters = 0;
    while (start + letters < dot && ScanSupport.isLetter(s.charAt(start + letters))) {
      letters++;
    }
    boolean leet = letters > 0 && start + letters < dot && leetPart(s, start, dot);
    if (!leet && (letters < MIN_LETTERS || start + letters < dot && s.charAt(start + letters) != '_')) {
      return false; // "kl.15", "v1.2", "bild1.jpg": no user name opens so
    }
    boolean digit = leet;
    for (int i = dot + 1; i < end; i++) {
      digit |= ScanSupport.isAsciiDigit(s.charAt(i));
    }
    return (digit || threeWords(s, start, end)) && !abbreviation(s, start, dot);
  }

  /**
   * "n0va", "l1sa": letters with digits standing for letters inside them, as user names write
   * them, at least {@value #MIN_LETTERS} letters, opening and ending with one ("bild1" and "v1" end
   * with their digit, "kap3" too).
   */
  private static boolean leetPart(String s, int start, int end) {
    if (!ScanSupport.isLetter(s.charAt(end - 1))) {
      return false;
    }
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (ScanSupport.isLetter(c)) {
        letters++;
      } else if (!ScanSupport.isAsciiDigit(c)) {
        return false;
      }
    }
    return letters >= MIN_LETTERS;
  }

  /**
   * "cami.rojas.sings", "dennis.b.o": three parts or more of letters joined by dots, the first of
   * three letters or more and the others words or initials, the last no top-level domain
   * ("mail.google.com" is a host); Swedish abbreviations open with a shorter part ("t.ex.",
   * "o.s.v.", "p.g.a.", "fr.o.m.").
   */
  private static boolean threeWords(String s, int start, int end) {
    int parts = 0;
    int from = start;
    int last = start; // where the last part starts
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == '.') {
        if (i - from < (parts == 0 ? MIN_LETTERS : 1)) {
          return false;
        }
        parts++;
        last = from;
        from = i + 1;
      } else if (!ScanSupport.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return parts >= 3 && !isAnyOf(s, last, end, TOP_LEVEL);
  }

  private static boolean isAnyOf(String s, int start, int end, String[] words) {
    for (String w : words) {
      if (w.length() == end - start && s.regionMatches(true, start, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Top-level domains of three letters or more that end a host name. */
  private static final String[] TOP_LEVEL = {"com", "org", "net", "info", "edu", "gov", "biz", "nu", "se"};

  private static boolean abbreviation(String s, int start, int dot) {
    return isAnyOf(s, start, dot, ABBREVIATIONS);
  }

  private static boolean isLinkMark(char c) {
    return c == '@' || c == '/' || c == ':' || c == '#';
  }
}
