package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
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
 * Bank accounts typed the ways people type them (clearing and account number in any grouping,
 * joined by a hyphen, a spaced dash, a dot, a line break or nothing, Swedbank's five-digit
 * clearing number, a comma between the two, IBAN with or without spaces or hyphens,
 * bankgiro, plusgiro, a business's Swish number), with a cue before, a bank's name after, or,
 * for the clearing-and-account layout, no cue at all: through the public API no digit of the
 * account is left, and the amount in the same post is kept as it was. Seeded and bounded.
 */
class BankAccountFormsProperties {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  private static final List<String> CUES_BEFORE = List.of(
      "kontonummer", "mitt konto", "kto", "bankkonto:", "lönekontot", "Swedbank", "mitt konto hos Nordea", "clearing");

  private static final List<String> BANKS_AFTER = List.of(
      "(Handelsbanken)", "hos SEB", "i ICA Banken", "(Swedbank)", "på Länsförsäkringar");

  /** How a four-digit clearing number is joined to the account without a cue: a hyphen, typed however. */
  private static final List<String> HYPHENS = List.of("-", " - ", "-\n", "–");

  /** How it is joined after a cue: anything people put between groups. */
  private static final List<String> JOINTS = List.of(" ", ".", "\n", " - ", "", "-");

  private static final List<String> AMOUNTS = List.of(
      "5 000 kr", "1 234,50 kr", "150 000 kronor", "2 500:-", "12 %", "800 euro");

  @Property(tries = 1500, seed = "20261204", edgeCases = EdgeCasesMode.NONE)
  void noDigitOfAnAccountSurvivesAndTheAmountDoes(@ForAll("posts") String[] post) {
    String kind = post[0];
    String account = post[1];
    String amount = post[2];
    String text = post[3];
    Statistics.label("kind").collect(kind);
    String redacted = ANONYMIZER.redact(text);
    assertTrue(redacted.contains(amount), () -> "amount lost: " + amount + " in " + redacted);
    String rest = redacted.replace(amount, "");
    for (int i = 0; i < rest.length(); i++) {
      int at = i;
      assertTrue(!Character.isDigit(rest.charAt(i)), () -> kind + " leaked at " + at + ": " + account + " -> " + rest);
    }
  }

  @Property(tries = 300, seed = "20261204", edgeCases = EdgeCasesMode.NONE)
  void anAmountNextToAnAccountCueIsKept(@ForAll("amountsNearCues") String text) {
    assertEquals(text, ANONYMIZER.redact(text));
  }

  @Provide
  Arbitrary<String> amountsNearCues() {
    return Combinators.combine(Arbitraries.of(AMOUNTS), Arbitraries.of("på kontot", "hos Swedbank", "till Nordea"),
        Arbitraries.of(true, false)).as((amount, cue, before) -> before
            ? "Jag har " + amount + " " + cue + " just nu."
            : "Det står " + cue + " att jag har " + amount + " kvar.");
  }

  @Provide
  Arbitrary<String[]> posts() {
    Arbitrary<String[]> accounts = Arbitraries.oneOf(clearingAndAccount(), iban(), giro(), swish());
    return Combinators.combine(accounts, Arbitraries.of(AMOUNTS), Arbitraries.of(true, false))
        .as((account, amount, amountFirst) -> {
          String clause = account[1];
          String text = amountFirst
              ? "Jag är skyldig " + amount + ". Betala till " + clause + " tack."
              : "Sätt in det på " + clause + ", det är " + amount + " totalt.";
          return new String[] {account[0], clause, amount, text};
        });
  }

  /** A clearing number (four digits, or Swedbank's {@code 8NNN-N}) and an account number of seven to ten digits. */
  private Arbitrary<String[]> clearingAndAccount() {
    Arbitrary<String> clearing = Arbitraries.oneOf(
        Arbitraries.integers().between(1100, 9999).map(String::valueOf),
        Arbitraries.integers().between(8000, 8999).flatMap(c -> Arbitraries.integers().between(0, 9)
            .map(check -> c + "-" + check)));
    Arbitrary<String> account = Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(10)
        .filter(a -> a.charAt(0) != '0');
    return Combinators.combine(clearing, account, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2),
        Arbitraries.of(CUES_BEFORE), Arbitraries.of(BANKS_AFTER), Arbitraries.of(HYPHENS), Arbitraries.of(JOINTS))
        .as((c, a, grouping, cueing, before, after, hyphen, joint) -> {
          String swedbankJoint = new String[] {" ", ", ", " ", "-", "\n"}[(grouping + a.length()) % 5];
          String number = (c.contains("-") ? c + swedbankJoint : c + hyphen) + group(a, grouping);
          String[] forms = {number, before + " " + number, number + " " + after};
          // Without a cue only the hyphenated layout is a bank account; with one any separator is.
          String cued = cueing == 0 ? forms[0]
              : forms[cueing].replaceFirst("(\\d{4})" + java.util.regex.Pattern.quote(hyphen) + "(\\d{3})", "$1" + joint + "$2");
          return new String[] {"account " + (cueing == 0 ? "layout" : cueing == 1 ? "cue before" : "bank after"),
              cueing == 0 ? number : cued};
        });
  }

  /** Account digits grouped as people type them: together, in threes, in pairs, or with a check digit apart. */
  private static String group(String digits, int grouping) {
    switch (grouping) {
      case 1:
        return digits.replaceAll("(\\d{3})(?=\\d)", "$1 ");
      case 2:
        return digits.replaceAll("(\\d{2})(?=\\d)", "$1 ");
      case 3:
        return digits.substring(0, digits.length() - 1).replaceAll("(\\d{3})(?=\\d)", "$1 ") + "-"
            + digits.charAt(digits.length() - 1);
      default:
        return digits;
    }
  }

  /** A Swedish IBAN with a right checksum, in groups of four or together, in either case. */
  private Arbitrary<String[]> iban() {
    return Combinators.combine(Arbitraries.strings().numeric().ofLength(20), Arbitraries.of("", " ", "-"),
        Arbitraries.of("SE", "se")).as((bban, group, country) -> {
          int check = 98 - new BigInteger(bban + "281400").mod(BigInteger.valueOf(97)).intValue();
          String iban = country + String.format("%02d", check) + bban;
          return new String[] {"iban", iban.replaceAll("(.{4})(?=.)", "$1" + group)};
        });
  }

  /** A bankgiro or plusgiro number after its cue. */
  private Arbitrary<String[]> giro() {
    return Combinators.combine(Arbitraries.integers().between(100, 9999), Arbitraries.integers().between(0, 9999),
        Arbitraries.integers().between(0, 3)).as((head, tail, form) -> {
          String[] forms = {
            "bankgiro " + head + "-" + String.format("%04d", tail), "bg " + head + String.format("%04d", tail),
            "plusgiro " + (head % 100) + " " + String.format("%02d", tail / 100) + " " + String.format("%02d", tail % 100)
                + "-" + (tail % 10),
            "bankgiro " + head + " " + String.format("%04d", tail),
          };
          return new String[] {"giro form " + form, forms[form]};
        });
  }

  /** A business's Swish number after {@code swish}. */
  private Arbitrary<String[]> swish() {
    return Arbitraries.strings().numeric().ofLength(7).map(s -> new String[] {"swish",
        "swish " + "123 " + s.substring(0, 3) + " " + s.substring(3, 5) + " " + s.substring(5)});
  }
}
