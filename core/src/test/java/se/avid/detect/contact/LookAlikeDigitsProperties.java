package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import se.avid.AnalysisResult;
import se.avid.Anonymizer;
import se.avid.DecidedFinding;

/**
 * A phone number or personnummer typed with the letters {@code O o} for 0 and {@code l I} for 1
 * inside its digits ({@code 07O-l23 45 67}, {@code 85O4l2-l234}) is at least flagged for review
 * through the public API with the core detectors: one finding, redacted or for review, covers
 * every char of it. Inside: not its first or last char, and not a whole group of letters
 * between spaces ({@code 3 lol 5}), which the normaliser leaves as words. Seeded and bounded.
 */
class LookAlikeDigitsProperties {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  /** Groupings of a Swedish mobile number {@code 07XXXXXXXX}, as digit counts and the separator between groups. */
  private static final List<String> PHONE_LAYOUTS = List.of(
      "3-3 2 2", "3 3 2 2", "10", "3-7", "4 2 2 2", "3 2 2 3");

  private static final List<String> OPENINGS = List.of(
      "ring mig på", "mitt nummer är", "du kan sms:a", "hon har", "Nummer:", "skriv till");

  private static final List<String> CLOSINGS = List.of("efter fem.", "tack!", "", "om du vill", "så svarar jag");

  @Property(tries = 600, seed = "20261204", edgeCases = EdgeCasesMode.NONE)
  void aPhoneNumberWithLetterDigitsIsAtLeastFlagged(@ForAll("phones") String typed, @ForAll("openings") String opening,
      @ForAll("closings") String closing) {
    Statistics.label("letters").collect(letters(typed));
    assertCovered(opening + " " + typed + " " + closing, opening.length() + 1, typed);
  }

  @Property(tries = 600, seed = "20261204", edgeCases = EdgeCasesMode.NONE)
  void aPersonnummerWithLetterDigitsIsAtLeastFlagged(@ForAll("personnummer") String typed,
      @ForAll("openings") String opening, @ForAll("closings") String closing) {
    Statistics.label("letters").collect(letters(typed));
    assertCovered(opening + " " + typed + " " + closing, opening.length() + 1, typed);
  }

  private static void assertCovered(String post, int start, String typed) {
    AnalysisResult result = ANONYMIZER.assess(post);
    int end = start + typed.length();
    boolean covered = false;
    for (DecidedFinding f : result.findings()) {
      covered |= f.start() <= start && f.end() >= end;
    }
    assertTrue(covered, () -> "not covered: '" + typed + "' in '" + post + "': " + result.findings());
  }

  /** A mobile number with some of its 0 and 1 digits, other than the first digit, typed as letters. */
  @Provide
  Arbitrary<String> phones() {
    Arbitrary<String> subscriber = Arbitraries.strings().withChars("0123456789").ofLength(7);
    Arbitrary<Character> third = Arbitraries.of('0', '2', '3', '6', '9');
    return Combinators.combine(third, subscriber, Arbitraries.of(PHONE_LAYOUTS), styles(), Arbitraries.longs())
        .as((t, rest, layout, style, pick) -> lettered(grouped("07" + t + rest, layout), style, pick))
        .filter(LookAlikeDigitsProperties::isTypedInside);
  }

  /** A personnummer that holds a 0 or a 1 after its first digit, some of them typed as letters. */
  @Provide
  Arbitrary<String> personnummer() {
    Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(0, 99),
        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
        .as((y, m, d) -> String.format("%02d%02d%02d", y, m, d));
    Arbitrary<String> serial = Arbitraries.strings().withChars("0123456789").ofLength(4);
    Arbitrary<String> separator = Arbitraries.of("-", "", " ", "+");
    return Combinators.combine(date, separator, serial, styles(), Arbitraries.longs())
        .as((d, sep, s, style, pick) -> lettered(d + sep + s, style, pick))
        .filter(LookAlikeDigitsProperties::isTypedInside);
  }

  @Provide
  Arbitrary<String> openings() {
    return Arbitraries.of(OPENINGS);
  }

  @Provide
  Arbitrary<String> closings() {
    return Arbitraries.of(CLOSINGS);
  }

  /** 0: O and l, 1: o and I, 2: O and I, 3: o and l. */
  private static Arbitrary<Integer> styles() {
    return Arbitraries.integers().between(0, 3);
  }

  private static String grouped(String digits, String layout) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (String part : layout.split("(?<=\\d)(?=[ -])|(?<=[ -])(?=\\d)")) {
      if (part.equals(" ") || part.equals("-")) {
        sb.append(part);
      } else {
        int n = Integer.parseInt(part);
        sb.append(digits, at, at + n);
        at += n;
      }
    }
    return sb.toString();
  }

  /**
   * Types the digits 0 and 1 between the first and the last digit as letters where a bit of
   * {@code pick} says so, at least one of them.
   */
  private static String lettered(String number, int style, long pick) {
    char zero = style % 2 == 0 ? 'O' : 'o';
    char one = style == 0 || style == 3 ? 'l' : 'I';
    char[] chars = number.toCharArray();
    int changed = 0;
    int last = -1;
    for (int i = 1; i < chars.length - 1; i++) {
      if (chars[i] == '0' || chars[i] == '1') {
        last = i;
        if ((pick >>> i & 1) != 0) {
          chars[i] = chars[i] == '0' ? zero : one;
          changed++;
        }
      }
    }
    if (changed == 0 && last > 0) {
      chars[last] = chars[last] == '0' ? zero : one;
    }
    return new String(chars);
  }

  /** At least one letter, and a digit in every group between separators. */
  private static boolean isTypedInside(String s) {
    if (letters(s) == 0) {
      return false;
    }
    for (String group : s.split("[ +-]")) {
      if (!group.isEmpty() && letters(group) == group.length()) {
        return false;
      }
    }
    return true;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isLetter(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
