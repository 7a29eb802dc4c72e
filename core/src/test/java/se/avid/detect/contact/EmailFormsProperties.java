package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;
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
 * An e-mail address typed any of the ways people type one (the at-sign spelled, bracketed,
 * spaced, replaced by {@code #}, {@code &} or {@code *at*}, said as "på" before a provider, the
 * dots spelled out, in angle brackets, after {@code mailto:}, fullwidth, the at-sign doubled, the
 * dot left out) inside a Swedish sentence: through the public API no part of its local part
 * survives, nor the top-level domain after a dot typed wrong ({@code gmail,com}). Seeded and bounded.
 */
class EmailFormsProperties {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  /** Local parts as user names are made: a name part, a dot, underscore or dash, letters or digits. */
  private static final List<String> NAMES = List.of("lisa", "kalle", "mojjo", "ahmed", "tindra", "johan", "sara", "bosse");
  private static final List<String> TAILS = List.of("84", "b92", "77", "h", "k03", "e", "svensson");
  private static final List<String> JOINS = List.of(".", "_", "-", "");
  private static final List<String> DOMAINS = List.of(
      "gmail.com", "hotmail.se", "outlook.com", "live.se", "telia.com", "icloud.com", "yahoo.se");

  private static final List<String> FRAMES = List.of(
      "maila mig på %s", "min mejl: %s", "skriv till %s så svarar jag", "%s", "mejla %s!", "e-post %s, tack",
      "min adress är %s\nhälsningar", "(%s)");

  /** Each form: how the at-sign and dots of a local part and domain are typed. */
  private static final List<BinaryOperator<String>> FORMS = List.of(
      (l, d) -> l + "@" + d,
      (l, d) -> l + "#" + d,
      (l, d) -> l + " # " + d,
      (l, d) -> l + "&" + d,
      (l, d) -> l + "*at*" + d,
      (l, d) -> l + "(a)" + d,
      (l, d) -> l + "[at]" + d,
      (l, d) -> l + " (at) " + d,
      (l, d) -> l + " @ " + d,
      (l, d) -> l + "(at)" + d.replace(".", "(dot)"),
      (l, d) -> l + " at " + d.replace(".", " dot "),
      (l, d) -> l + " snabel-a " + d.replace(".", " punkt "),
      (l, d) -> l + " på " + d.substring(0, d.indexOf('.')),
      (l, d) -> "<" + l + "@" + d + ">",
      (l, d) -> "mailto:" + l + "@" + d,
      (l, d) -> l + "＠" + d,
      (l, d) -> (l + "@" + d + ".").toUpperCase(Locale.ROOT),
      (l, d) -> l + "@@" + d,
      (l, d) -> l + "@" + d.replace(".", ""));

  /** Dots typed wrong between a provider and its top-level domain. */
  private static final List<String> MISTYPED_DOTS = List.of(",", "..", " punkt ", " dot ", ".,");

  @Property(tries = 300, seed = "20261205", edgeCases = EdgeCasesMode.NONE)
  void theTopLevelDomainAfterAMistypedDotIsPartOfTheAddress(@ForAll("names") String name,
      @ForAll("domains") String domain, @ForAll("mistypedDots") String dot, @ForAll("frames") String frame) {
    String tld = domain.substring(domain.indexOf('.') + 1);
    String text = String.format(frame, name + "84@" + domain.replace(".", dot));
    String redacted = ANONYMIZER.redact(text).toLowerCase(Locale.ROOT);
    assertFalse(redacted.contains(name) || redacted.contains("]" + dot + tld), () -> text + " -> " + redacted);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of(NAMES);
  }

  @Provide
  Arbitrary<String> domains() {
    return Arbitraries.of(DOMAINS);
  }

  @Provide
  Arbitrary<String> mistypedDots() {
    return Arbitraries.of(MISTYPED_DOTS);
  }

  @Provide
  Arbitrary<String> frames() {
    return Arbitraries.of(FRAMES);
  }

  @Property(tries = 800, seed = "20261204", edgeCases = EdgeCasesMode.NONE)
  void noPartOfTheLocalPartSurvives(@ForAll("addresses") String[] address) {
    String name = address[0];
    String tail = address[1];
    String text = address[2];
    Statistics.label("form").collect(address[3]);
    String redacted = ANONYMIZER.redact(text).toLowerCase(Locale.ROOT);
    assertFalse(redacted.contains(name), () -> text + " -> " + redacted);
    assertFalse(tail.length() >= 2 && redacted.contains(tail), () -> text + " -> " + redacted);
  }

  @Provide
  Arbitrary<String[]> addresses() {
    return Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(TAILS), Arbitraries.of(JOINS), Arbitraries.of(DOMAINS),
        Arbitraries.integers().between(0, FORMS.size() - 1), Arbitraries.of(FRAMES)).as((name, tail, join, domain, form, frame) -> {
          // a local part "på" stands for needs the look of a user name: a digit or a joiner
          String local = name + (join.isEmpty() && !Character.isDigit(tail.charAt(0)) ? "." : join) + tail;
          String text = String.format(frame, FORMS.get(form).apply(local, domain));
          return new String[] {name, tail, text, "form " + form};
        });
  }
}
