package se.avid.examples.rules;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * Finds the diarienummer (case register number) of a municipal case after its cue word:
 * {@code dnr 2024/1234}, {@code Dnr: SOF 2024-123}, {@code diarienummer 12/2024}. A case number
 * leads straight to the family's file, so it is redacted; the cue word stays, so the reader still
 * sees that a case was named ({@code dnr [DIARIENUMMER]}).
 *
 * <p>It reports a type of its own, {@link #TYPE}, rather than {@link EntityType#OTHER}: the reader
 * sees what was removed, and thresholds, strategies and rules files can name it
 * ({@code [type DIARIENUMMER]}). {@code malmo-rules.txt} declares it with the same labels, so
 * whichever is loaded first declares it and both mean the same type.
 *
 * <p>Why code rather than a rules-file pattern: the number is recognised only after a cue, the
 * year must be plausible (1990–2099), and two orders (year first or last) and an optional
 * department code are allowed; a shape would either miss forms or match dates and fractions.
 *
 * <p>Scans the text once; after each cue it looks at most a bounded number of chars ahead, so the
 * time is linear. Stateless, immutable and thread-safe.
 */
public final class DiarienummerDetector implements Detector {

  /** The detector's name. */
  public static final String NAME = "diarienummer";

  /** A municipal case number, replaced by {@code [DIARIENUMMER]} ({@code [CASE_NUMBER]} in English). */
  public static final EntityType TYPE = EntityType.custom("DIARIENUMMER", "DIARIENUMMER", "CASE_NUMBER");

  static final double SCORE = 0.9;

  private static final Set<String> CUES = Set.of("dnr", "diarienr", "diarienummer", "ärendenr", "ärendenummer");
  private static final int LONGEST_CUE = 12;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(TYPE);
  }

  @Override
  public void detect(ScanText text, FindingSink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!text.isWordChar(i)) {
        i++;
        continue;
      }
      int wordEnd = i;
      while (wordEnd < n && text.isWordChar(wordEnd)) {
        wordEnd++;
      }
      if (wordEnd - i <= LONGEST_CUE && CUES.contains(text.normalized(i, wordEnd).toLowerCase(java.util.Locale.ROOT))) {
        number(text, wordEnd, sink);
      }
      i = wordEnd;
    }
  }

  /** Looks for a case number just after a cue that ends at {@code from}. */
  private static void number(ScanText text, int from, FindingSink sink) {
    int n = text.length();
    int p = from;
    // "dnr:", "dnr.", "dnr nr" spacing: at most three separators
    for (int k = 0; k < 3 && p < n && (text.charAt(p) == ' ' || text.charAt(p) == ':' || text.charAt(p) == '.'); k++) {
      p++;
    }
    int start = p;
    int letters = run(text, p, true, 5);
    if (letters >= 2 && letters <= 4 && p + letters < n
        && (text.charAt(p + letters) == ' ' || text.charAt(p + letters) == '-')) {
      p += letters + 1; // a department code: "SOF 2024/123"
    } else if (letters > 0) {
      return;
    }
    int first = run(text, p, false, 7);
    int sep = p + first;
    if (first == 0 || sep >= n || (text.charAt(sep) != '/' && text.charAt(sep) != '-')) {
      return;
    }
    int second = run(text, sep + 1, false, 7);
    int end = sep + 1 + second;
    boolean yearFirst = first == 4 && isYear(text, p) && second >= 1 && second <= 6;
    boolean yearLast = second == 4 && isYear(text, sep + 1) && first >= 1 && first <= 6;
    if ((yearFirst || yearLast) && !text.isWordChar(end)) {
      sink.add(start, end, TYPE, SCORE);
    }
  }

  /** The length of the run of letters (or digits) at {@code p}, counting at most {@code max}. */
  private static int run(ScanText text, int p, boolean letters, int max) {
    int k = 0;
    while (k < max && p + k < text.length()
        && (letters ? Character.isLetter(text.charAt(p + k)) : text.isDigit(p + k))) {
      k++;
    }
    return k;
  }

  private static boolean isYear(ScanText text, int p) {
    int year = (text.charAt(p) - '0') * 1000 + (text.charAt(p + 1) - '0') * 100 + (text.charAt(p + 2) - '0') * 10
        + (text.charAt(p + 3) - '0');
    return year >= 1990 && year <= 2099;
  }
}
