package se.avid.detect.contact;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.DigitLinks;
import se.avid.text.DigitRun;
import se.avid.text.NumberEdges;
import se.avid.text.NumberStarts;
import se.avid.text.ScanText;

/**
 * Finds Swedish postal codes, {@code 123 45} or {@code 12345}, in the range {@code 100 00} to
 * {@code 984 99}, and reports the code only (a town after it is left to the place detector); also
 * the four-digit codes of Norway and Denmark between a street line and a town
 * ({@code Storgata 15, 9008 Tromsø}).
 *
 * <p>Five digits are also prices, counts and the middle of phone numbers, so the score comes from
 * context: {@code SE-123 45}, a cue word ({@code postnummer}, {@code postnr}), a town after it
 * ({@code 123 45 STOCKHOLM}, {@code 123 45 Stockholm}, grouped also {@code 123 45 borås,}), a street address before it
 * ({@code Storgatan 12, 123 45}) or a verb of living ({@code bor i 413 19}) make it sure, and so does a line of its own ({@code 123 45} on
 * the line before the town); a code with none of these is reported with a score
 * under the default redact threshold. Grouped with a dash ({@code 123-45}), as clearing and case
 * numbers are too, a code is reported only with one of these. A number that goes on ({@code 070-123 45 67}) or is an
 * amount ({@code 123 45 kr}) is not reported. Immutable and thread-safe.
 */
public final class PostalCodeDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "postal-code";

  /** Score after {@code SE-}. */
  static final double COUNTRY_PREFIX = 0.95;
  /** Score after a cue word or before a town in capitals. */
  static final double CUE = 0.9;
  /** Score after a street address. */
  static final double AFTER_ADDRESS = 0.85;
  /** Score before a capitalised word ({@code 123 45 Stockholm}). */
  static final double BEFORE_CAPITALISED = 0.75;
  /**
   * Score of {@code 123 45} before a word in lowercase ({@code 123 45 borås}): the grouping is a
   * postal code's, and a lowercase post writes its town so; no amount or count is grouped 3 + 2.
   */
  static final double BEFORE_LOWERCASE = 0.6;
  /** Score of {@code 12345} on a line of its own: flagged for review where a review band is set. */
  static final double ALONE_ON_A_LINE_BARE = 0.45;
  /** Score of {@code 123 45} with no context: the grouping is that of a postal code. */
  static final double GROUPED_ALONE = 0.3;
  /** Score of {@code 12345} with no context. */
  static final double BARE_ALONE = 0.2;

  /** A postal code has five digits. */
  private static final int DIGITS = 5;
  /** A Norwegian or Danish postal code has four. */
  private static final int NORDIC_DIGITS = 4;
  /** Four-digit codes that read as years of the last and this century. */
  private static final int FIRST_YEAR_LIKE = 1900;
  private static final int LAST_YEAR_LIKE = 2099;

  /** The highest postal code in use (Kiruna area); the lowest is 100 00. */
  static final int MAX_CODE = 98499;

  private static final String[] CUES = {
    "postnummer", "postnumret", "postnr", "postadress", "postadressen", "adress", "adressen", "zip", "postkod"
  };

  /** Capitalised words after five digits that are not towns. */
  private static final String[] NOT_TOWNS = {
    "kr", "sek", "st", "eur", "usd", "kl", "tkr", "mkr", "och", "eller", "men", "år", "kronor"
  };

  /**
   * Words before a number that make it a phone number: {@code ring 114 14 Polisen} is not an
   * address, even before a capitalised word.
   */
  private static final String[] PHONE_CUES = {
    "ring", "ringa", "ringde", "ringt", "ringer", "tel", "telefon", "nummer", "numret", "sms", "smsa", "swish",
    "mobil", "mobilnummer", "telefonnummer"
  };

  /** {@link #CUES} and {@link #PHONE_CUES} grouped by first letter, for the look-back before every number. */
  private static final WordList CUE_LIST = new WordList(CUES);
  private static final WordList PHONE_CUE_LIST = new WordList(PHONE_CUES);

  /** Five-digit helplines that are also postal codes: only a town or {@code SE-} makes them a code. */
  private static final int[] HELPLINES = {90101, 11313, 11414};

  /** Verbs of living and moving before a place ({@code bor i}, {@code flyttade till}), see {@link #residenceBefore}. */
  private static final String[] RESIDENCE_VERBS = {
    "bor", "bodde", "bott", "boende", "flyttar", "flyttade", "flyttat", "flytta", "skriven", "folkbokförd"
  };

  /** The prepositions between a verb of {@link #RESIDENCE_VERBS} and its place. */
  private static final String[] RESIDENCE_PREPOSITIONS = {"i", "på", "till"};

  private static final PostalCodeDetector INSTANCE = new PostalCodeDetector();

  private PostalCodeDetector() {}

  /**
   * The detector (it has no settings).
   *
   * @return the one instance
   */
  public static PostalCodeDetector defaults() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.POSTAL_CODE);
  }

  @Override
  public void detect(ScanText t, FindingSink sink) {
    // A code starts a number with 1-9: not inside a run ("070123 45"), nor after a 0. The digits
    // are those every number detector reads (NumberStarts), across zero-width chars.
    NumberStarts starts = NumberStarts.of(t);
    DigitRun run = null;
    int next = 0;
    for (int k = 0, count = starts.count(); k < count; k++) {
      int i = starts.position(k);
      if (i < next || t.charAt(i) == '0' && starts.digitCount(k) != NORDIC_DIGITS) {
        continue; // a Swedish code starts with 1-9, a Norwegian one may start with 0 (Oslo's 0153)
      }
      if (run == null) {
        run = DigitRun.lent(t, PostalCodeDetector.class);
      }
      int end = matchAt(t, run.load(starts, k, DIGITS + 1), sink);
      next = end > i ? end : i + 1;
    }
  }

  private static int matchAt(ScanText t, DigitRun run, FindingSink sink) {
    int start = run.start();
    int prefix = countryPrefixStart(t, start);
    if (prefix < 0 && (ScanSupport.wordCharBefore(t, start) || ScanSupport.continuesNumberBefore(t, start))) {
      return -1;
    }
    if (prefix < 0 && run.count() == NORDIC_DIGITS) {
      return nordicCodeAt(t, run, sink);
    }
    // The digits first: most numbers are no code ("kl 9", "4500 kr"), and they need no look-back.
    if (!isCodeShaped(run) || !endsHere(t, run)) {
      return -1;
    }
    int value = (int) run.value(0, DIGITS);
    boolean dashed = run.separatorBefore(3) == DigitLinks.DASH;
    boolean grouped = run.separatorBefore(3) == DigitLinks.SPACE || dashed;
    int p = run.endOf(DIGITS - 1);
    if (value > MAX_CODE) {
      return -1;
    }
    boolean afterAddress = AddressLineBefore.streetAddressBefore(t, start, grouped);
    if (digitGroupBefore(t, start) && !afterAddress) {
      return -1; // "070 123 45", but "Storgatan 12 123 45" is an address
    }
    if (ScanSupport.followedByUnit(t, p)) {
      return p;
    }
    double score;
    int cue;
    if (prefix >= 0) {
      score = COUNTRY_PREFIX;
      start = prefix; // "SE-" is part of the code as written: the whole of "SE-123 45" is redacted
    } else if (isHelpline(value) && townAfter(t, p) == 0 && !afterAddress && nearestCue(t, start) != ADDRESS_CUE) {
      return p; // "sms:a Mind på 90101", "ring 113 13"
    } else if (afterAddress || residenceBefore(t, start) && !pluralAfter(t, p)) {
      // the nearest context, before any cue further back: "numret … vi bor i 123 45", "ring … Storgatan 1, 123 45"
      score = Math.max(townAfter(t, p), nearestCue(t, start) == ADDRESS_CUE ? CUE : AFTER_ADDRESS);
    } else if ((cue = nearestCue(t, start)) == ADDRESS_CUE) {
      score = CUE;
    } else if (cue == PHONE_CUE) {
      score = grouped && !dashed ? GROUPED_ALONE : BARE_ALONE;
    } else {
      score = Math.max(townAfter(t, p), dashed ? 0 : aloneOnALine(t, start, p, grouped));
      if (score == 0 && grouped && lowercaseTownAfter(t, p)) {
        score = BEFORE_LOWERCASE;
      }
      if (score == 0) {
        score = grouped && !dashed ? GROUPED_ALONE : BARE_ALONE;
      }
    }
    if (dashed && score < BEFORE_LOWERCASE) {
      return p; // "123-45" is also a clearing or case number: only a town, street or cue makes it a code
    }
    ScanSupport.report(sink, t, start, p, EntityType.POSTAL_CODE, score);
    return p;
  }

  /**
   * A Norwegian or Danish code of four digits between a street line and a town ({@code Storgata 15,
   * 9008 Tromsø}, {@code Vesterbrogade 112, 1620 København V}): four digits are years and amounts
   * too, so only that whole frame makes one a code, and a code that reads as a year of these
   * centuries needs a capitalised town ({@code Strandvej 4, 2000 Frederiksberg}).
   */
  private static int nordicCodeAt(ScanText t, DigitRun run, FindingSink sink) {
    for (int k = 1; k < NORDIC_DIGITS; k++) {
      if (run.separatorBefore(k) != 0) {
        return -1;
      }
    }
    int start = run.start();
    int p = run.endOf(NORDIC_DIGITS - 1);
    int after = run.separatorBefore(NORDIC_DIGITS);
    if (!(after == DigitLinks.END && NumberEdges.endsCleanly(t, p)) || !commaBefore(t, start)
        || !AddressLineBefore.streetAddressBefore(t, start, false)) {
      return -1;
    }
    int value = (int) run.value(0, NORDIC_DIGITS);
    boolean yearLike = value >= FIRST_YEAR_LIKE && value <= LAST_YEAR_LIKE;
    if (townAfter(t, p) > 0 || !yearLike && lowercaseTownAfter(t, p)) {
      ScanSupport.report(sink, t, start, p, EntityType.POSTAL_CODE, AFTER_ADDRESS);
    }
    return p;
  }

  /** A comma and one space or none right before {@code start}, as between a street line and its code. */
  private static boolean commaBefore(ScanText t, int start) {
    int j = ScanSupport.prevVisible(t, start);
    if (j >= 0 && t.charAt(j) == ' ') {
      j = ScanSupport.prevVisible(t, j);
    }
    return j >= 0 && t.charAt(j) == ',';
  }

  /**
   * Five digits together or as {@code 123 45} or {@code 123-45}: one space or one dash, the only
   * separator, after the third ({@link DigitLinks#SPACE} without {@link DigitLinks#WIDE} is one space).
   */
  private static boolean isCodeShaped(DigitRun run) {
    if (run.count() < DIGITS) {
      return false;
    }
    for (int k = 1; k < DIGITS; k++) {
      int s = run.separatorBefore(k);
      if (s != 0 && !(k == 3 && (s == DigitLinks.SPACE || s == DigitLinks.DASH))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The code must end here: not in a longer number ({@code 123 45 67}, {@code 12345-6},
   * {@code 12345,50}: a digit joined by one separator char goes on) nor glued to a word; a digit
   * on the next line or after a wide separator is another number.
   */
  private static boolean endsHere(ScanText t, DigitRun run) {
    int s = run.separatorBefore(DIGITS);
    if (s == DigitLinks.END) {
      int q = NumberEdges.nextVisible(t, run.endOf(DIGITS - 1));
      return q < 0 || !t.isWordChar(q);
    }
    return (s & (DigitLinks.NEWLINE | DigitLinks.WIDE)) != 0;
  }

  private static boolean isHelpline(int value) {
    for (int helpline : HELPLINES) {
      if (value == helpline) {
        return true;
      }
    }
    return false;
  }

  private static final int ADDRESS_CUE = 1;
  private static final int PHONE_CUE = 2;

  /**
   * Which kind of cue is nearest before {@code start} within the context window: {@link
   * #ADDRESS_CUE}, {@link #PHONE_CUE}, or 0. The nearest decides, so that {@code "postadress: 101
   * 72 Lund och ring 113 13"} keeps the helpline and {@code "numret, postnr 123 45"} finds the code.
   */
  private static int nearestCue(ScanText t, int start) {
    int limit = Math.max(0, start - ScanSupport.CONTEXT_WINDOW);
    int j = start - 1;
    boolean sentenceEnd = false;
    while (j >= limit && t.charAt(j) != '\n') {
      if (!ScanSupport.isLetter(t.charAt(j))) {
        sentenceEnd |= isSentenceEnd(t, j);
        j--;
        continue;
      }
      int end = j + 1;
      while (j >= limit && ScanSupport.isLetter(t.charAt(j))) {
        j--;
      }
      if (j >= 0 && j < limit && ScanSupport.isLetter(t.charAt(j))) {
        return 0; // the word is cut by the window
      }
      if (CUE_LIST.contains(t, j + 1, end)) {
        return ADDRESS_CUE;
      }
      if (POST_WORD_NUMBERS.contains(t, j + 1, end) && postBefore(t, j, limit)) {
        return ADDRESS_CUE; // "post nr: 903 25", "post nummer 90325"
      }
      if (PHONE_CUE_LIST.contains(t, j + 1, end)) {
        return PHONE_CUE;
      }
      if (sentenceEnd) {
        return 0; // "Ring 113 13 vid kris. Jag bor i 123 45 Umeå": a cue speaks for its own sentence only
      }
    }
    return 0;
  }

  /** The word "post" ends at or before {@code j}, after a space: "post nr". */
  private static boolean postBefore(ScanText t, int j, int limit) {
    int e = skipSpacesBack(t, j, limit);
    int w = AddressLineBefore.wordStartBefore(t, e, limit);
    return w <= e && e - w + 1 == 4 && ScanSupport.matchesIgnoreCase(t, w, "post");
  }

  /** The words for a number after "post", written apart: "post nr", "post nummer". */
  private static final WordList POST_WORD_NUMBERS = new WordList(new String[] {"nr", "nummer"});

  /**
   * A full stop, question or exclamation mark before a space at {@code j}: the end of a sentence.
   * (The word right before it may still be a cue, abbreviated: {@code postnr. 123 45}.)
   */
  private static boolean isSentenceEnd(ScanText t, int j) {
    char c = t.charAt(j);
    return (c == '.' || c == '!' || c == '?') && j + 1 < t.length() && t.charAt(j + 1) == ' ';
  }

  /**
   * Whether a verb of living or moving and its preposition come right before the code, perhaps
   * with the town between ({@code bor i 413 19}, {@code flyttade till 75220 uppsala}, {@code bor i
   * umeå 90325}): what follows them is a place, and five digits there are its postal code, whatever
   * the case of the town.
   */
  static boolean residenceBefore(ScanText t, int start) {
    int limit = Math.max(0, start - ScanSupport.CONTEXT_WINDOW);
    int j = skipSpacesBack(t, start - 1, limit);
    int w = AddressLineBefore.wordStartBefore(t, j, limit);
    if (w <= j && w > limit && !ScanSupport.wordIn(t, w, j + 1, RESIDENCE_PREPOSITIONS)) {
      // "bor i umeå 90325": the town, then its code
      j = skipSpacesBack(t, w - 1, limit);
      w = AddressLineBefore.wordStartBefore(t, j, limit);
    }
    if (w > j || w <= limit || !ScanSupport.wordIn(t, w, j + 1, RESIDENCE_PREPOSITIONS)) {
      return false;
    }
    j = skipSpacesBack(t, w - 1, limit);
    int v = AddressLineBefore.wordStartBefore(t, j, limit);
    return v <= j && (v > limit || limit == 0) && ScanSupport.wordIn(t, v, j + 1, RESIDENCE_VERBS);
  }

  /** The index of the last char at or before {@code j} that is no space, or {@code limit - 1}. */
  private static int skipSpacesBack(ScanText t, int j, int limit) {
    while (j >= limit && (t.charAt(j) == ' ' || t.isIgnorable(j))) {
      j--;
    }
    return j;
  }

  /** Where the {@code SE-} or {@code S-} right before the code starts, in either case ({@code se-123 45}), or -1. */
  private static int countryPrefixStart(ScanText t, int start) {
    int j = ScanSupport.prevVisible(t, start);
    if (j < 1 || t.charAt(j) != '-') {
      return -1;
    }
    int k = ScanSupport.prevVisible(t, j); // zero-width chars inside "S\u200BE-" are skipped as absent
    if (k >= 0 && (t.charAt(k) | 0x20) == 'e') {
      k = ScanSupport.prevVisible(t, k);
    }
    if (k < 0 || (t.charAt(k) | 0x20) != 's' || ScanSupport.wordCharBefore(t, k)) {
      return -1;
    }
    return k;
  }

  /** A group of digits and a space right before: the code would be the tail of {@code 070 123 45}. */
  private static boolean digitGroupBefore(ScanText t, int start) {
    int j = ScanSupport.prevVisible(t, start);
    if (j < 0 || t.charAt(j) != ' ') {
      return false;
    }
    int k = ScanSupport.prevVisible(t, j);
    return k >= 0 && ScanSupport.isAsciiDigit(t.charAt(k));
  }

  /**
   * {@link #CUE} before a town in capitals ({@code STOCKHOLM}, {@code SKÖVDE}), {@link
   * #BEFORE_CAPITALISED} before a capitalised word ({@code Stockholm}), else 0.
   */
  private static double townAfter(ScanText t, int end) {
    int n = t.length();
    int i = end;
    int spaces = 0;
    boolean lineBreak = false;
    while (i < n && (t.charAt(i) == ' ' && spaces < 2 || t.charAt(i) == '\n' && !lineBreak)) {
      lineBreak |= t.charAt(i) == '\n';
      i++;
      spaces++;
    }
    if (spaces == 0 || i >= n || !Character.isUpperCase(t.charAt(i))) {
      return 0;
    }
    int s = i;
    boolean allCaps = true;
    while (i < n && (ScanSupport.isLetter(t.charAt(i)) || t.charAt(i) == '-')) {
      if (Character.isLowerCase(t.charAt(i))) {
        allCaps = false;
      }
      i++;
    }
    if (i - s < 2 || ScanSupport.wordIn(t, s, i, NOT_TOWNS)) {
      return 0;
    }
    return allCaps ? CUE : BEFORE_CAPITALISED;
  }

  /**
   * A word of at least three small letters after the code and one space, ending at a comma, a
   * full stop, a line break or the end ({@code 123 45 borås, }, {@code 123 45 malmö}): the town of
   * an address written in lowercase; units ({@code kr}, {@code minuter}) were ruled out before, and
   * a plural ({@code personer}) is a count.
   */
  private static boolean lowercaseTownAfter(ScanText t, int end) {
    int n = t.length();
    if (end + 1 >= n || t.charAt(end) != ' ' || !Character.isLowerCase(t.charAt(end + 1))) {
      return false;
    }
    int i = end + 1;
    while (i < n && (ScanSupport.isLetter(t.charAt(i)) || t.charAt(i) == '-')) {
      i++;
    }
    if (i - end - 1 < 3 || ScanSupport.wordIn(t, end + 1, i, NOT_TOWNS) || isPlural(t, i)) {
      return false;
    }
    return i == n || t.charAt(i) == ',' || t.charAt(i) == '.' || t.charAt(i) == '\n';
  }

  /** A lowercase plural after the number and one space: a count ({@code bor i sverige 20000 personer}). */
  private static boolean pluralAfter(ScanText t, int end) {
    int n = t.length();
    if (end + 1 >= n || t.charAt(end) != ' ' || !Character.isLowerCase(t.charAt(end + 1))) {
      return false;
    }
    int i = end + 1;
    while (i < n && ScanSupport.isLetter(t.charAt(i))) {
      i++;
    }
    return i - end - 1 >= 3 && isPlural(t, i);
  }

  /** A word ending at {@code end} in {@code -ar}, {@code -er}, {@code -or}: the plural of a count ({@code 123 45 personer}). */
  private static boolean isPlural(ScanText t, int end) {
    char vowel = t.charAt(end - 2);
    return t.charAt(end - 1) == 'r' && (vowel == 'a' || vowel == 'e' || vowel == 'o');
  }

  /**
   * ALONE_ON_A_LINE: a code on a line of its own, as in the last lines of an address
   * ({@code "c/o Berg\n123 45\n"}): {@link #AFTER_ADDRESS} when grouped like a postal code,
   * {@link #ALONE_ON_A_LINE_BARE} when five digits in a row, which other numbers are too; else 0.
   */
  private static double aloneOnALine(ScanText t, int start, int end, boolean grouped) {
    int j = start - 1;
    while (j >= 0 && (t.charAt(j) == ' ' || t.isIgnorable(j))) {
      j--;
    }
    if (j < 0 || t.charAt(j) != '\n') {
      return 0;
    }
    int i = end;
    while (i < t.length() && (t.charAt(i) == ' ' || t.isIgnorable(i))) {
      i++;
    }
    if (i < t.length() && t.charAt(i) != '\n') {
      return 0;
    }
    return grouped ? AFTER_ADDRESS : ALONE_ON_A_LINE_BARE;
  }

}
