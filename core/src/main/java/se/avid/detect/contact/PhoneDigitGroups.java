package se.avid.detect.contact;

import java.util.Arrays;
import se.avid.text.DigitLinks;
import se.avid.text.Reusable;
import se.avid.text.ScanText;
import se.avid.text.TextNormalizer;

/**
 * The digit groups of one phone-number candidate: digits split by separators, read once from the
 * candidate's start with a bounded look-ahead, with the separator after each group, so that
 * {@link PhoneNumberDetector}'s named rules can judge the grouping. Lent by the call's workspace
 * ({@link ScanText#reusable}) and reused for every candidate: not thread-safe.
 */
final class PhoneDigitGroups implements Reusable {
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
   *
   * <p>Digits are joined as {@link DigitLinks#link} joins them, the one reading of numbers that
   * every number detector shares (zero-width chars, {@code <br>}, a double dash, a dot or comma
   * that ends a sentence); which of its separators a phone number may have is decided here.
   */
  boolean scan(ScanText t, int p, boolean closeParen, boolean trunkParen) {
    return scan(t, p, closeParen, trunkParen, false);
  }

  /**
   * Reads the groups of a national number whose trunk 0 was typed as a letter right before the
   * digit at {@code p} ({@code O70-123 45 67}): the 0 is put first, as if typed.
   */
  boolean scanAfterTrunk(ScanText t, int p) {
    return scan(t, p, false, false, true);
  }

  private boolean scan(ScanText t, int p, boolean closeParen, boolean trunkParen, boolean trunkTyped) {
    count = 0;
    overflow = false;
    trunkParenAfter = -1;
    areaCodeParens = trunkParen;
    int total = 0;
    int digit = p;
    if (trunkTyped) {
      buf[total++] = '0';
    }
    while (true) {
      int digits = count == 0 ? total : 0;
      while (true) {
        if (total == PhoneNumberDetector.MAX_DIGITS) {
          overflow = true;
          return count > 0;
        }
        buf[total++] = t.charAt(digit);
        digits++;
        long link = DigitLinks.link(t, digit);
        if (link < 0 || DigitLinks.linkMask(link) != 0) {
          break;
        }
        digit = DigitLinks.linkTarget(link);
      }
      int groupEnd = digit + 1;
      end[count] = groupEnd;
      digitCount[count] = digits;
      sep[count] = '\0';
      count++;
      int next;
      if (count == 1 && closeParen) {
        if (digits < 2 || digits > 4 || ScanSupport.charFrom(t, groupEnd) != ')') {
          return false;
        }
        next = separatorEnd(t, ScanSupport.skipIgnorable(t, groupEnd) + 1, 0, false, total, false);
      } else {
        next = nextGroup(t, digit, count - 1, trunkParen && trunkParenAfter < 0 && count < PhoneNumberDetector.MAX_GROUPS,
            total);
      }
      if (count == PhoneNumberDetector.MAX_GROUPS) {
        overflow = next >= 0;
        return true;
      }
      if (next < 0) {
        return true;
      }
      digit = next;
    }
  }

  /**
   * The first digit of the group after group {@code g}, whose last digit is at {@code last}, or
   * -1 when the number ends there: across a separator that {@link DigitLinks#link} reads and a
   * phone number may have, or, after a country code, across parentheses.
   */
  private int nextGroup(ScanText t, int last, int g, boolean allowTrunkParen, int total) {
    long link = DigitLinks.link(t, last);
    if (link >= 0) {
      int next = DigitLinks.linkTarget(link);
      char s = phoneSeparator(t, last + 1, next, DigitLinks.linkMask(link));
      if (s == '\0') {
        return -1;
      }
      sep[g] = s;
      return next;
    }
    return areaCodeParens ? separatorEnd(t, last + 1, g, allowTrunkParen, total, true) : -1;
  }

  /**
   * The separator between {@code from} and {@code to} as the phone rules name it ({@code - / . _},
   * a line break or a space), or {@code '\0'} when a phone number is not grouped so: up to three
   * spaces, one line break, one of {@code - / . _} (a double dash is one), a dot only without
   * spaces, as a dot before a space ends a sentence.
   */
  private static char phoneSeparator(ScanText t, int from, int to, int mask) {
    if ((mask & DigitLinks.PLUS) != 0) {
      return '\0';
    }
    int spaces = 0;
    int newlines = 0;
    char punct = '\0';
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == ' ') {
        spaces++;
      } else if (c == '\n') {
        newlines++;
      } else if (c == '<') {
        int br = DigitLinks.lineBreakTagEnd(t, i);
        int tagEnd = br > 0 ? br : DigitLinks.inlineTagEnd(t, i);
        if (tagEnd < 0) {
          return '\0';
        }
        if (br > 0) {
          newlines++; // "<br>" counts as a line break; an inline tag ("<b>") separates nothing
        }
        i = tagEnd - 1;
      } else if (c == '-' || c == '/' || c == '.' || c == '_') {
        punct = c;
      } else if (c != TextNormalizer.IGNORABLE) {
        return '\0'; // , : = ~ *
      }
    }
    if (spaces > 3 || newlines > 1 || (punct == '.' && (spaces > 0 || newlines > 0))) {
      return '\0';
    }
    return punct != '\0' ? punct : newlines > 0 ? '\n' : ' ';
  }

  /**
   * Reads the separator at {@code p} after group {@code g} where it holds parentheses, which
   * {@link DigitLinks#link} does not join across, and returns the index of the next group's first
   * digit, or -1 when the number ends here. Accepted: up to three spaces, at most one of
   * {@code - / _} or a double dash, after a country code one parenthesis
   * ({@code +46 (70) 123}) or a trunk {@code (0)}, one line break, and zero-width chars anywhere.
   * With {@code parenRequired}, a separator without parentheses is not read (the link read it).
   */
  private int separatorEnd(ScanText t, int p, int g, boolean allowTrunkParen, int total, boolean parenRequired) {
    int n = t.length();
    int spaces = 0;
    int newlines = 0;
    int parens = 0;
    boolean trunk = false;
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
        trunk = true;
        p += 3;
      } else if ((c == '(' || c == ')') && areaCodeParens && ++parens == 1) {
        p++; // "+46 (70) 123 45 67": the area code set apart after the country code
      } else {
        return -1;
      }
      previous = c;
    }
    if (p >= n || (parenRequired && parens == 0 && !trunk)) {
      return -1;
    }
    if (punct == '.' && (spaces > 0 || newlines > 0)) {
      return -1;
    }
    sep[g] = punct != '\0' ? punct : newlines > 0 ? '\n' : ' ';
    return p;
  }

  /** Overwrites the digits read from the call's text; the other fields are set anew by every read. */
  @Override
  public void clear() {
    Arrays.fill(buf, '\0');
    count = 0;
  }
}
