package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import se.avid.Anonymizer;

/**
 * Identifiers typed every way people type them, planted in generated Swedish sentences next to
 * numbers a post must keep: through the public API with the core detectors, no digit of the
 * identifier is left, and every kept number (helplines, amounts, years, dates of events, ages)
 * is left as it was. Seeded and bounded, so a run takes seconds and fails the same way twice.
 */
class NumberFormsProperties {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  /** Separators people put between the groups of a number. */
  private static final List<String> SEPARATORS = List.of(
      " ", "-", "/", ".", "_", ":", ",", "=", "~", "*", "--", " - ", "\u00A0", "\u2009", "\u202F", "\u2013", "\u2014",
      "\n", "<br>", "-\n");

  /** Group lengths of a ten-digit personnummer ({@code YYMMDDNNNC}), from the textbook form to every digit apart. */
  private static final List<int[]> TEN_DIGIT_GROUPS = List.of(
      new int[] {6, 4}, new int[] {2, 2, 2, 4}, new int[] {4, 2, 4}, new int[] {6, 2, 2}, new int[] {3, 3, 4},
      new int[] {2, 2, 2, 2, 2}, new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1});

  /** Group lengths of a twelve-digit one ({@code YYYYMMDDNNNC}). */
  private static final List<int[]> TWELVE_DIGIT_GROUPS = List.of(
      new int[] {8, 4}, new int[] {4, 4, 4}, new int[] {4, 2, 2, 4}, new int[] {2, 6, 4},
      new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});

  /** Numbers a post keeps, each in a clause of its own. */
  private static final List<String> KEPT = List.of(
      "ring Kvinnofridslinjen på 020-50 50 50", "BRIS svarar på 116 111", "fråga 1177", "ring 112 om det brinner",
      "ring 113 13 vid kris", "sms:a Mind på 90101", "soffan kostade 1 299 kr", "skulden är 13 400 kr",
      "det hände år 2019", "mötet var 2023-05-03", "sonen är 14 år", "vi träffades den 3 maj", "det tar 20 minuter");

  private static final List<String> OPENINGS = List.of(
      "Hej, här kommer det:", "jag skickar", "här är numret", "min dotter har", "skriv till mig,",
      "handläggaren ville ha", "du når mig på", "Tack för svar!", "kan ni kolla");

  private static final List<String> CLOSINGS = List.of(
      "om det behövs.", "så hör av er", "tack på förhand", "mvh Kim", "", "ifall ni undrar", "och jag väntar");

  @Property(tries = 2000, seed = "20261204", edgeCases = EdgeCasesMode.NONE)
  void noDigitOfAPlantedIdentifierSurvivesAndKeptNumbersDo(@ForAll("posts") Post post) {
    Statistics.label("kind").collect(post.kind);
    String redacted = ANONYMIZER.redact(post.text);
    assertTrue(redacted.contains(post.kept), () -> "kept number lost: " + post.kept + " in " + redacted);
    // "850412-1234-12": the personnummer goes, the digits after it are not part of it
    String rest = redacted.replace(post.kept, "").replace(post.after.isEmpty() ? post.kept : post.after, "");
    assertEquals(-1, firstDigit(rest), () -> post.kind + " leaked: " + visible(post.identifier) + " -> " + visible(rest));
  }

  @Property(tries = 500, seed = "20261204", edgeCases = EdgeCasesMode.NONE)
  void aPersonnummerWithLookAlikeDigitsIsRedactedToo(@ForAll("lookAlikes") String typed) {
    Statistics.label("kind").collect("personnummer with look-alike digits");
    String redacted = ANONYMIZER.redact("jag skickar " + typed + " om det behövs");
    assertEquals("jag skickar [PERSONNUMMER] om det behövs", redacted, () -> visible(typed));
  }

  /**
   * A valid personnummer with look-alikes for some digits: letters {@code O o l I} inside the
   * run, superscript, circled or fullwidth digits.
   */
  @Provide
  Arbitrary<String> lookAlikes() {
    return Combinators.combine(dates(), serials(), Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(1, 8)).as((date, serial, style, at) -> {
          String digits = number(date, date.getDayOfMonth(), serial, true, false);
          StringBuilder sb = new StringBuilder(digits.substring(0, 6) + "-" + digits.substring(6));
          for (int i = 1; i < sb.length(); i += at) { // the last digit too: "850412-123l"
            char c = sb.charAt(i);
            if (c >= '0' && c <= '9') {
              sb.setCharAt(i, lookAlike(c, style));
            }
          }
          return sb.toString();
        });
  }

  @Property(tries = 300, seed = "20261205", edgeCases = EdgeCasesMode.NONE)
  void aPhoneNumberOrPostalCodeWithItsLastDigitTypedAsALetterIsRedacted(@ForAll("lastDigitLookAlikes") String[] typed) {
    Statistics.label("kind").collect(typed[0]);
    String redacted = ANONYMIZER.redact(typed[1]);
    assertEquals(typed[2], redacted, () -> visible(typed[1]));
  }

  /** A mobile number or a postal code after a cue, its last digit 0 or 1 typed as {@code O o l I}. */
  @Provide
  Arbitrary<String[]> lastDigitLookAlikes() {
    return Combinators.combine(Arbitraries.of('0', '2', '3', '6', '9'), Arbitraries.strings().numeric().ofLength(6),
        Arbitraries.of("O", "o", "l", "I"), Arbitraries.of(true, false)).as((third, s, letters, phone) -> {
          if (phone) {
            String number = "07" + third + "-" + s.substring(0, 3) + " " + s.substring(3, 5) + " " + s.charAt(5) + letters;
            return new String[] {"phone", "ring mig på " + number + " efter fem", "ring mig på [TELEFON] efter fem"};
          }
          String code = (100 + Integer.parseInt(s.substring(0, 3)) % 885) + " " + s.charAt(3) + letters; // 100 0x .. 984 9x
          return new String[] {"postal code", "postnr " + code + ", tack", "postnr [POSTNUMMER], tack"};
        });
  }

  @Property(tries = 300, seed = "20261205", edgeCases = EdgeCasesMode.NONE)
  void aNumberCalledAPersonnummerIsRedactedWhateverItsSlip(@ForAll("calledPersonnummer") String typed) {
    Statistics.label("kind").collect(typed.contains("X") || typed.contains("*") ? "masked" : "slip after a cue");
    String redacted = ANONYMIZER.redact(typed);
    assertEquals(-1, firstDigit(redacted), () -> visible(typed) + " -> " + visible(redacted));
  }

  /**
   * A personnummer after a cue with a slip: a date that does not exist, a digit too many, an odd
   * grouping; or with its serial masked ({@code 850412-XXXX}), with or without a cue.
   */
  @Provide
  Arbitrary<String> calledPersonnummer() {
    return Combinators.combine(dates(), serials(), Arbitraries.integers().between(0, 4), Arbitraries.of(OPENINGS),
        Arbitraries.of(CLOSINGS)).as((date, serial, form, opening, closing) -> {
          String digits = number(date, date.getDayOfMonth(), serial, true, false);
          String[] forms = {
            "pnr " + digits.substring(0, 2) + (13 + serial % 7) + digits.substring(4, 6) + "-" + digits.substring(6),
            "personnummer " + digits.substring(0, 6) + "-" + digits.substring(6) + serial % 10,
            "pnr: " + digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8),
            digits.substring(0, 6) + "-XXXX",
            (date.getYear() + digits.substring(2, 6)) + "-****",
          };
          return opening + " " + forms[form] + (closing.isEmpty() ? "" : " " + closing);
        });
  }

  private static char lookAlike(char digit, int style) {
    int d = digit - '0';
    switch (style) {
      case 0:
        return d == 0 ? 'O' : d == 1 ? 'l' : digit;
      case 1:
        return d == 0 ? 'o' : d == 1 ? 'I' : digit;
      case 2:
        return "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(d);
      case 3:
        return d == 0 ? '⓪' : (char) ('①' + d - 1);
      default:
        return (char) ('０' + d);
    }
  }

  private static int firstDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER) {
        return i;
      }
    }
    return -1;
  }

  private static String visible(String s) {
    return s.replace("\n", "\\n").replace("\u00A0", "<nbsp>").replace("\u2009", "<thin>").replace("\u202F", "<nnbsp>");
  }

  @Provide
  Arbitrary<Post> posts() {
    Arbitrary<String[]> identifiers = Arbitraries.oneOf(personnummer(), samordningsnummer(), phoneNumbers(),
        postalCodes());
    return Combinators.combine(identifiers, Arbitraries.of(OPENINGS), Arbitraries.of(CLOSINGS), Arbitraries.of(KEPT),
        Arbitraries.of(true, false)).as((id, opening, closing, kept, keptFirst) -> {
          String identifier = id[1];
          String clause = opening + " " + identifier + (closing.isEmpty() ? "" : " " + closing);
          String keptAsTyped = keptFirst ? capitalised(kept) : kept;
          String text = keptFirst ? keptAsTyped + ". " + clause : clause + " Och " + kept + ".";
          return new Post(id[0], identifier, id.length > 2 ? id[2] : "", keptAsTyped, text);
        });
  }

  /** A personnummer, its check digit right or wrong, grouped and separated at random, sometimes with more digits after. */
  private Arbitrary<String[]> personnummer() {
    return Combinators.combine(dates(), serials(), Arbitraries.of(true, false), Arbitraries.of(true, false),
        groupings(), Arbitraries.of(SEPARATORS), Arbitraries.of(SEPARATORS), Arbitraries.of("", "", "", "-12"))
        .as((date, serial, valid, twelve, groups, separator, beforeSerial, after) -> {
          String digits = number(date, date.getDayOfMonth(), serial, valid, twelve);
          int[] lengths = (twelve ? TWELVE_DIGIT_GROUPS : TEN_DIGIT_GROUPS).get(groups % (twelve ? 5 : 7));
          String kind = "personnummer " + (valid ? "valid" : "invalid") + (lengths.length == 2 ? " textbook" : " grouped");
          return new String[] {kind, grouped(digits, lengths, separator, beforeSerial) + after, after};
        });
  }

  /** A samordningsnummer (60 added to the day), in the same forms. */
  private Arbitrary<String[]> samordningsnummer() {
    return Combinators.combine(dates(), serials(), Arbitraries.of(true, false), groupings(),
        Arbitraries.of(SEPARATORS)).as((date, serial, valid, groups, separator) -> {
          String digits = number(date, date.getDayOfMonth() + 60, serial, valid, false);
          String kind = "samordningsnummer " + (valid ? "valid" : "invalid");
          return new String[] {kind, grouped(digits, TEN_DIGIT_GROUPS.get(groups % 7), separator, "-")};
        });
  }

  /** A mobile or Stockholm number in the forms of issue 16. */
  private Arbitrary<String[]> phoneNumbers() {
    Arbitrary<String> subscriber = Arbitraries.strings().numeric().ofLength(7);
    return Combinators.combine(Arbitraries.of('0', '2', '3', '6', '9'), subscriber, Arbitraries.integers().between(0, 17),
        Arbitraries.of(" ", "\u00A0", "\u2009", "\u202F")).as((third, s, form, space) -> {
          String m = "7" + third; // the mobile prefix without its trunk 0
          String a = s.substring(0, 3);
          String b = s.substring(3, 5);
          String c = s.substring(5, 7);
          String[] forms = {
            "0" + m + "-" + a + " " + b + " " + c, "0" + m + a + b + c, "0" + m + " " + a + " " + b + " " + c,
            "0" + m + "/" + a + " " + b + " " + c, "0" + m + "." + a + "." + b + "." + c,
            "0" + m + "_" + a + "_" + b + "_" + c, "+46 " + m + " " + a + " " + b + " " + c,
            "+46 (0)" + m + "-" + a + " " + b + " " + c, "+46 (" + m + ") " + a + " " + b + " " + c,
            "0046 " + m + " " + a + " " + b + " " + c, "46" + m + a + b + c, spaced("0" + m + a + b + c),
            "0" + m + a.charAt(0) + " " + a.substring(1) + " " + b + " " + c, "0" + m + "--" + a + " " + b + " " + c,
            "0" + m + " - " + a + " " + b + " " + c, "ring " + m + " " + a + " " + b + " " + c,
            "08-" + a + " " + s.substring(3, 6) + " " + s.substring(5, 7), "0" + m + "-" + a + "\n" + b + " " + c,
          };
          return new String[] {"phone form " + form, forms[form].replace(" ", space)};
        });
  }

  /**
   * A postal code after {@code SE-}, a cue, a verb of living, alone on an address line, or grouped
   * with a dash before its town.
   */
  private Arbitrary<String[]> postalCodes() {
    return Combinators.combine(Arbitraries.integers().between(100, 984), Arbitraries.integers().between(0, 99),
        Arbitraries.integers().between(0, 8)).as((head, tail, form) -> {
          String code = head + " " + String.format("%02d", tail);
          String[] forms = {
            "SE-" + code + " Stockholm", "se-" + code + " Malmö", "c/o Berg\n" + code + "\nUmeå",
            "postnr " + code.replace(" ", ""), "postadress: " + code + " Lund", "vi bor i " + code + " göteborg sedan",
            "hon flyttade till " + code.replace(" ", ""), "Åsvägen 7, " + code.replace(' ', '-') + " Uppsala",
            "postnr " + code.replace(' ', '-'),
          };
          return new String[] {"postal code form " + form, forms[form]};
        });
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1930, 1, 1).toEpochDay(), LocalDate.of(2015, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<Integer> serials() {
    return Arbitraries.integers().between(0, 999);
  }

  private static Arbitrary<Integer> groupings() {
    return Arbitraries.integers().between(0, 69);
  }

  /** The digits of a personnummer: date (day as given), serial, and a right or a wrong check digit. */
  private static String number(LocalDate date, int day, int serial, boolean valid, boolean twelve) {
    String nine = String.format("%02d%02d%02d%03d", date.getYear() % 100, date.getMonthValue(), day, serial);
    int check = luhnCheckDigit(nine);
    String ten = nine + (valid ? check : (check + 1 + serial % 9) % 10);
    return twelve ? (date.getYear() / 100) + ten : ten;
  }

  private static int luhnCheckDigit(String nine) {
    int sum = 0;
    for (int i = 0; i < nine.length(); i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }

  /** {@code digits} split into groups of {@code lengths}, the last group set apart by {@code beforeLast}. */
  private static String grouped(String digits, int[] lengths, String separator, String beforeLast) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int g = 0; g < lengths.length; g++) {
      if (g > 0) {
        sb.append(g == lengths.length - 1 && lengths[g] == 4 ? beforeLast : separator);
      }
      sb.append(digits, at, at + lengths[g]);
      at += lengths[g];
    }
    return sb.toString();
  }

  private static String spaced(String digits) {
    List<String> out = new ArrayList<>();
    for (char c : digits.toCharArray()) {
      out.add(String.valueOf(c));
    }
    return String.join(" ", out);
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A generated post and what was planted in it. */
  static final class Post {
    final String kind;
    final String identifier;
    /** Digits typed after the identifier, which may be left. */
    final String after;
    final String kept;
    final String text;

    Post(String kind, String identifier, String after, String kept, String text) {
      this.kind = kind;
      this.identifier = identifier;
      this.after = after;
      this.kept = kept;
      this.text = text;
    }

    @Override
    public String toString() {
      return visible(text);
    }
  }
}
