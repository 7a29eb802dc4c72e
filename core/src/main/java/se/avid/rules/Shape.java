package se.avid.rules;

import java.util.ArrayList;
import java.util.List;
import se.avid.text.ScanText;

/**
 * A compiled <em>shape</em>: the restricted pattern language of rules files, made so that no
 * pattern can make redaction slower than linear in the text.
 *
 * <p>Syntax (one atom after another, nothing else):
 * <ul>
 *   <li>{@code D} a digit, {@code L} a letter, {@code A} a letter or a digit, a space one space;</li>
 *   <li>a lowercase letter, a digit or a punctuation mark stands for itself; letters match either
 *       case ({@code dnr} matches {@code Dnr} and {@code DNR}); a {@code -} matches every dash;</li>
 *   <li>{@code \} makes the next reserved char literal: {@code \. \( \) \[ \] \{ \} \| \* \+ \? \^ \$ \\},
 *       and {@code \D \L \A} (or any uppercase letter) for a literal uppercase letter;</li>
 *   <li>an atom may be followed by one repeat: {@code {n}}, {@code {n,m}} (at most
 *       {@value #MAX_REPEAT}) or {@code ?} (= {@code {0,1}}).</li>
 * </ul>
 * Refused with a message saying why: groups, alternation, {@code * + .} and unbounded repeats,
 * regex escapes such as {@code \d}, uppercase letters other than {@code D L A} (they would be
 * ambiguous), repeats of repeats, shapes that can match nothing and shapes longer than
 * {@value #MAX_SLOTS} chars.
 *
 * <p>Example: {@code sn-DDDD-D{5}} matches {@code SN-2024-12345}; {@code dnr D{1,4}/DDDD} matches
 * {@code Dnr 12/2024}.
 *
 * <p>A match must not start or end inside a word. Matching is a Thompson simulation of the
 * shape's small NFA, with every start position run at once and the earliest start kept per state,
 * so one pass costs O(text length × shape length) whatever the text. Immutable and thread-safe.
 */
final class Shape {

  /** The largest {@code m} of {@code {n,m}}. */
  static final int MAX_REPEAT = 64;
  /** The longest text a shape may match, in chars. */
  static final int MAX_SLOTS = 256;

  private static final byte DIGIT = 0;
  private static final byte LETTER = 1;
  private static final byte ALNUM = 2;
  private static final byte SPACE = 3;
  private static final byte LITERAL = 4;

  private static final String RESERVED = ".()[]{}|*+?^$\\";

  /** Per slot (one char of the match): what it accepts, and for optional slots where skipping leads. */
  private final byte[] kind;
  private final char[] literal;
  private final boolean[] optional;
  private final int[] skipTo;
  private final int accept;

  private Shape(byte[] kind, char[] literal, boolean[] optional, int[] skipTo) {
    this.kind = kind;
    this.literal = literal;
    this.optional = optional;
    this.skipTo = skipTo;
    this.accept = kind.length;
  }

  /** Receives the matches of a shape, in increasing order of end. */
  @FunctionalInterface
  interface MatchSink {
    void match(int start, int end);
  }

  /**
   * Compiles {@code source}.
   *
   * @throws IllegalArgumentException with a message that names the problem and its column (from 1)
   */
  static Shape compile(String source) {
    List<byte[]> kinds = new ArrayList<>();
    List<Character> literals = new ArrayList<>();
    List<int[]> repeats = new ArrayList<>(); // {min, max} per atom
    int i = 0;
    int n = source.length();
    if (n == 0) {
      throw new IllegalArgumentException("the shape is empty");
    }
    while (i < n) {
      char c = source.charAt(i);
      int column = i + 1;
      byte k;
      char lit = 0;
      if (c == 'D') {
        k = DIGIT;
      } else if (c == 'L') {
        k = LETTER;
      } else if (c == 'A') {
        k = ALNUM;
      } else if (c == ' ') {
        k = SPACE;
      } else if (c == '\\') {
        if (i + 1 >= n) {
          throw error(column, "'\\' at the end: nothing to escape");
        }
        char e = source.charAt(i + 1);
        if (RESERVED.indexOf(e) >= 0 || (Character.isUpperCase(e))) {
          k = LITERAL;
          lit = Character.toLowerCase(e);
          i++;
        } else if ("dwsbnt".indexOf(e) >= 0 || "DWSB".indexOf(e) >= 0) {
          throw error(column, "regex escape '\\" + e + "' is not supported: use D (digit), L (letter), A (letter or digit)");
        } else {
          throw error(column, "unknown escape '\\" + e + "': only reserved chars and uppercase letters can be escaped");
        }
      } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == '|') {
        throw error(column, "'" + c + "' is not allowed: shapes have no groups, sets or alternation (write \\" + c
            + " for the char itself)");
      } else if (c == '*' || c == '+') {
        throw error(column, "'" + c + "' is not allowed: repeats must be bounded, use {n,m} (write \\" + c
            + " for the char itself)");
      } else if (c == '.') {
        throw error(column, "'.' is reserved: use A for any letter or digit, or \\. for a dot");
      } else if (c == '^' || c == '$') {
        throw error(column, "'" + c + "' is not needed: matches never start or end inside a word (write \\" + c
            + " for the char itself)");
      } else if (c == '{' || c == '}' || c == '?') {
        throw error(column, "'" + c + "' must follow a single char or class");
      } else if (Character.isUpperCase(c)) {
        throw error(column, "uppercase '" + c + "' is reserved (D, L, A are classes): write literal letters in "
            + "lowercase, they match either case");
      } else if (Character.isISOControl(c)) {
        throw error(column, "control char U+" + String.format("%04X", (int) c) + " is not allowed");
      } else {
        k = LITERAL;
        lit = Character.toLowerCase(literalOf(c));
      }
      i++;
      int min = 1;
      int max = 1;
      if (i < n && source.charAt(i) == '?') {
        min = 0;
        i++;
      } else if (i < n && source.charAt(i) == '{') {
        int close = source.indexOf('}', i);
        if (close < 0) {
          throw error(i + 1, "'{' without '}'");
        }
        String body = source.substring(i + 1, close);
        int comma = body.indexOf(',');
        try {
          if (comma < 0) {
            min = max = Integer.parseInt(body.trim());
          } else {
            String hi = body.substring(comma + 1).trim();
            if (hi.isEmpty()) {
              throw error(i + 1, "unbounded repeat {n,}: give a maximum, at most " + MAX_REPEAT);
            }
            min = Integer.parseInt(body.substring(0, comma).trim());
            max = Integer.parseInt(hi);
          }
        } catch (NumberFormatException e) {
          throw error(i + 1, "a repeat must be {n} or {n,m} with whole numbers");
        }
        if (min < 0 || max < 1 || min > max) {
          throw error(i + 1, "bad repeat {" + body + "}: need 0 <= n <= m and m >= 1");
        }
        if (max > MAX_REPEAT) {
          throw error(i + 1, "repeat of " + max + " is too long, at most " + MAX_REPEAT);
        }
        i = close + 1;
      }
      if (i < n && (source.charAt(i) == '{' || source.charAt(i) == '?')) {
        throw error(i + 1, "a repeat must follow a single char or class, not another repeat");
      }
      kinds.add(new byte[] {k});
      literals.add(lit);
      repeats.add(new int[] {min, max});
    }
    int slots = 0;
    int required = 0;
    for (int[] r : repeats) {
      slots += r[1];
      required += r[0];
    }
    if (slots > MAX_SLOTS) {
      throw new IllegalArgumentException("the shape matches up to " + slots + " chars, at most " + MAX_SLOTS);
    }
    if (required == 0) {
      throw new IllegalArgumentException("the shape can match an empty text: at least one char must be required");
    }
    byte[] kind = new byte[slots];
    char[] literal = new char[slots];
    boolean[] optional = new boolean[slots];
    int[] skipTo = new int[slots];
    int s = 0;
    for (int a = 0; a < repeats.size(); a++) {
      int min = repeats.get(a)[0];
      int max = repeats.get(a)[1];
      int blockEnd = s + max;
      for (int r = 0; r < max; r++, s++) {
        kind[s] = kinds.get(a)[0];
        literal[s] = literals.get(a);
        optional[s] = r >= min;
        skipTo[s] = blockEnd;
      }
    }
    return new Shape(kind, literal, optional, skipTo);
  }

  private static char literalOf(char c) {
    // A '-' in a shape stands for every dash, as the normaliser folds them all to '-'.
    return se.avid.text.TextNormalizer.normalize(String.valueOf(c))[0];
  }

  private static IllegalArgumentException error(int column, String problem) {
    return new IllegalArgumentException("column " + column + ": " + problem);
  }

  /** Reports every match in {@code text}: for each earliest start, the longest end, not inside a word. */
  void find(ScanText text, MatchSink sink) {
    int n = text.length();
    int states = accept + 1;
    int[] curStart = new int[states];
    int[] nextStart = new int[states];
    java.util.Arrays.fill(curStart, -1);
    java.util.Arrays.fill(nextStart, -1);
    int[] curList = new int[states];
    int[] nextList = new int[states];
    int curSize = 0;
    int pendingStart = -1;
    int pendingEnd = -1;
    int lastChar = -1;
    for (int i = 0; i <= n; i++) {
      if (i < n && text.isIgnorable(i)) {
        continue; // zero-width chars are invisible to shapes
      }
      // 1. a thread that has reached the accept state ends a match before i
      if (curSize > 0 && curStart[accept] >= 0 && !(text.isWordChar(lastChar) && i < n && text.isWordChar(i))) {
        int start = curStart[accept];
        if (start != pendingStart) {
          if (pendingStart >= 0) {
            sink.match(pendingStart, pendingEnd);
          }
          pendingStart = start;
        }
        pendingEnd = lastChar + 1;
      }
      if (i == n) {
        break;
      }
      // 2. a new thread may start at i unless that is inside a word
      if (!(text.isWordChar(i) && text.isWordChar(lastChar))) {
        curSize = add(curStart, curList, curSize, 0, i);
      }
      // 3. every thread consumes char i
      char c = text.charAt(i);
      int nextSize = 0;
      for (int j = 0; j < curSize; j++) {
        int p = curList[j];
        if (p < accept && accepts(p, c)) {
          nextSize = add(nextStart, nextList, nextSize, p + 1, curStart[p]);
        }
      }
      for (int j = 0; j < curSize; j++) {
        curStart[curList[j]] = -1;
      }
      int[] t = curStart;
      curStart = nextStart;
      nextStart = t;
      t = curList;
      curList = nextList;
      nextList = t;
      curSize = nextSize;
      lastChar = i;
    }
    if (pendingStart >= 0) {
      sink.match(pendingStart, pendingEnd);
    }
  }

  /** Puts state {@code p} with thread start {@code s} and the states reachable by skipping optional slots. */
  private int add(int[] startOf, int[] list, int size, int p, int s) {
    while (true) {
      int known = startOf[p];
      if (known < 0) {
        startOf[p] = s;
        list[size++] = p;
      } else if (s < known) {
        startOf[p] = s;
      } else {
        return size; // already there with an earlier start, and so is everything it skips to
      }
      if (p < accept && optional[p]) {
        p = skipTo[p];
      } else {
        return size;
      }
    }
  }

  private boolean accepts(int slot, char c) {
    switch (kind[slot]) {
      case DIGIT:
        return c >= '0' && c <= '9';
      case LETTER:
        return Character.isLetter(c);
      case ALNUM:
        return (c >= '0' && c <= '9') || Character.isLetter(c);
      case SPACE:
        return c == ' ';
      default:
        return Character.toLowerCase(c) == literal[slot];
    }
  }

  /** The number of chars the longest match can have. */
  int maxLength() {
    return accept;
  }
}
