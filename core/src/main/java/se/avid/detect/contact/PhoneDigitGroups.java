package se.avid.detect.contact;

import se.avid.text.ScanText;
import se.avid.text.TextNormalizer;

/**
 * The digit groups of one phone-number candidate: digits split by separators, read once from the
 * candidate's start with a bounded look-ahead, with the separator after each group, so that
 * {@link PhoneNumberDetector}'s named rules can judge the grouping. One per {@code detect} call,
 * reused for every candidate: not thread-safe.
 */
final class PhoneDigitGroups {
  final char[] buf = new char[PhoneNumberDetector.MAX_DIGITS + 1];
  final int[] end = new int[PhoneNumberDetector.MAX_GROUPS];
  final int[] digitCount = new int[PhoneNumberDetector.MAX_GROUPS];
  final char[] sep = new char[PhoneNumberDetector.MAX_GROUPS];
  int count;
  boolean overflow;
  /** Total digits before a {@code (0)}, or -1 when there is none. */
  int trunkParenAfter;
  /** Whether {@code (} and {@code )} may stand between groups, as after a country code. */
  boolean areaCodeParens;

  int digitsThrough(int k) {
    int sum = 0;
    for (int j = 0; j <= k; j++) {
      sum += digitCount[j];
    }
    return sum;
  }

  /**
   * Reads the groups from the digit at {@code p}. With {@code closeParen}, the first group must
   * be followed by {@code )}, as in {@code (031) 12 34 56}; with {@code trunkParen}, one
   * {@code (0)} may stand between groups, as in {@code +46 (0)70}. Returns false when nothing
   * usable was read.
   */
  boolean scan(ScanText t, int p, boolean closeParen, boolean trunkParen) {
    int n = t.length();
    count = 0;
    overflow = false;
    trunkParenAfter = -1;
    areaCodeParens = trunkParen;
    int total = 0;
    while (true) {
      int digits = 0;
      int groupEnd = p;
      while (p < n) {
        char c = t.charAt(p);
        if (ScanSupport.isAsciiDigit(c)) {
          if (total == PhoneNumberDetector.MAX_DIGITS) {
            overflow = true;
            return count > 0;
          }
          buf[total++] = c;
          digits++;
          groupEnd = ++p;
        } else if (c == TextNormalizer.IGNORABLE) {
          p++;
        } else {
          break;
        }
      }
      end[count] = groupEnd;
      digitCount[count] = digits;
      sep[count] = '\0';
      count++;
      if (count == 1 && closeParen) {
        if (digits < 2 || digits > 4 || ScanSupport.charFrom(t, groupEnd) != ')') {
          return false;
        }
        p = ScanSupport.skipIgnorable(t, groupEnd) + 1;
      }
      if (count == PhoneNumberDetector.MAX_GROUPS) {
        overflow = separatorEnd(t, p, count - 1, false, total) >= 0;
        return true;
      }
      int next = separatorEnd(t, p, count - 1, trunkParen && trunkParenAfter < 0, total);
      if (next < 0) {
        return true;
      }
      p = next;
    }
  }

  /**
   * Reads the separator at {@code p} after group {@code g} and returns the index of the next
   * group's first digit, or -1 when the number ends here. Accepted: up to three spaces, at most
   * one of {@code - / _} or a double dash (with spaces around it or not), after a country code
   * one parenthesis ({@code +46 (70) 123}), a dot with no spaces (a dot before a
   * space ends a sentence), one line break, and zero-width chars anywhere.
   */
  private int separatorEnd(ScanText t, int p, int g, boolean allowTrunkParen, int total) {
    int n = t.length();
    int spaces = 0;
    int newlines = 0;
    int parens = 0;
    char punct = '\0';
    char previous = '\0';
    while (p < n) {
      char c = t.charAt(p);
      if (ScanSupport.isAsciiDigit(c)) {
        break;
      } else if (c == TextNormalizer.IGNORABLE) {
        p++;
      } else if (c == ' ') {
        if (++spaces > 3) {
          return -1;
        }
        p++;
      } else if (c == '\n') {
        if (++newlines > 1) {
          return -1;
        }
        p++;
      } else if (c == '-' && previous == '-') {
        p++; // "070--123": a double dash is one
      } else if (c == '-' || c == '/' || c == '.' || c == '_') {
        if (punct != '\0') {
          return -1;
        }
        punct = c;
        p++;
      } else if (c == '(' && allowTrunkParen && p + 2 < n && t.charAt(p + 1) == '0' && t.charAt(p + 2) == ')') {
        trunkParenAfter = total;
        allowTrunkParen = false;
        p += 3;
      } else if ((c == '(' || c == ')') && areaCodeParens && ++parens == 1) {
        p++; // "+46 (70) 123 45 67": the area code set apart after the country code
      } else {
        return -1;
      }
      previous = c;
    }
    if (p >= n) {
      return -1;
    }
    if (punct == '.' && (spaces > 0 || newlines > 0)) {
      return -1;
    }
    sep[g] = punct != '\0' ? punct : newlines > 0 ? '\n' : ' ';
    return p;
  }
}
