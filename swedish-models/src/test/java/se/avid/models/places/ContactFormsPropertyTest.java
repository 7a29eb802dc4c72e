package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;

/**
 * Properties of the whole default pipeline (core and swedish-models): an e-mail address in
 * every broken-up or spelled-out form, a user name after a platform word and a street address
 * with its floor and flat, planted in a Swedish sentence, leave nothing of the local part, the
 * handle or the street and number in the redacted text. Seeded and bounded, so a run takes
 * seconds and always tries the same cases.
 */
class ContactFormsPropertyTest {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  /** Made-up name parts: syllables, so that no part is a Swedish word that the sentence holds. */
  private static Arbitrary<String> namePart() {
    Arbitrary<String> syllable = Arbitraries.of("ka", "lo", "mi", "re", "sa", "tu", "ni", "be", "jo", "fe", "da", "vi");
    return syllable.list().ofMinSize(2).ofMaxSize(3).map(s -> String.join("", s));
  }

  private static final List<String> PROVIDERS = List.of("gmail", "hotmail", "outlook", "telia", "icloud", "yahoo");
  private static final List<String> TOP_LEVEL = List.of("com", "se", "nu", "net");

  /** Every way the posts write an address: a function of local parts, provider and top-level domain. */
  private static final List<String> EMAIL_FORMS = List.of(
      "%s.%s@%s.%s", "%s punkt %s snabel-a %s punkt %s", "%s punkt %s snabel a %s punkt %s",
      "%s.%s (at) %s.%s", "%s.%s at %s dot %s", "%s . %s @ %s . %s", "%s.%s@%s. %s", "%s.%s [at] %s [dot] %s",
      "%s.%s{at}%s.%s", "%s.%s(a)%s.%s", "%s (punkt) %s (at) %s (punkt) %s", "%s.%s @ %s.%s", "%s_%s@%s.%s");

  private static final List<String> SENTENCES = List.of(
      "hej, du kan mejla mig på %s om du vill prata mer",
      "%s\n",
      "skriv till %s så svarar jag i kväll",
      "min mejl är %s. tack för att ni finns");

  @Provide
  Arbitrary<String[]> emails() {
    return Combinators.combine(namePart(), namePart(), Arbitraries.of(PROVIDERS), Arbitraries.of(TOP_LEVEL),
            Arbitraries.of(EMAIL_FORMS), Arbitraries.of(SENTENCES), Arbitraries.of(false, true))
        .as((a, b, provider, tld, form, sentence, upper) -> {
          String address = String.format(form, a, b, provider, tld);
          String text = String.format(sentence, upper ? address.toUpperCase(Locale.ROOT) : address);
          return new String[] {text, a, b};
        });
  }

  @Property(tries = 300, seed = "16")
  void noPartOfALocalPartSurvives(@ForAll("emails") String[] planted) {
    String redacted = ANONYMIZER.redact(planted[0]);
    for (int k = 1; k < planted.length; k++) {
      assertFalse(containsWord(redacted, planted[k]), () -> "leaked a local part: " + redacted);
    }
  }

  private static final List<String> HANDLE_FORMS = List.of(
      "lägg till mig på snap: %s", "snapchat %s", "min insta är insta %s", "ig: %s", "följ mig @%s",
      "på discord heter jag %s#4821", "på steam heter jag %s", "mitt gamertag är %s", "kik %s", "telegram: %s",
      "tiktok @%s", "Snap: %s");

  @Provide
  Arbitrary<String[]> handles() {
    Arbitrary<String> handle = Combinators.combine(namePart(), Arbitraries.of("_", ".", ""),
            Arbitraries.integers().between(1, 99))
        .as((name, joint, n) -> name + joint + n);
    return Combinators.combine(handle, Arbitraries.of(HANDLE_FORMS))
        .as((h, form) -> new String[] {"hej! " + String.format(form, h) + " om nån vill snacka", h});
  }

  @Property(tries = 200, seed = "16")
  void noHandleSurvives(@ForAll("handles") String[] planted) {
    String redacted = ANONYMIZER.redact(planted[0]);
    assertFalse(redacted.contains(planted[1]), () -> "leaked a handle: " + redacted);
  }

  private static final List<String> STREET_ENDINGS = List.of("gatan", "vägen", "stigen", "gränd", "allén");
  private static final List<String> DWELLING = List.of("", ", 3 tr", " 2 tr", ", lgh 1102", " lägenhet 1204", ", nb",
      " uppgång B", ", 4 tr, lgh 1001");
  private static final List<String> ADDRESS_SENTENCES = List.of(
      "jag bor på %s sedan i våras", "Adress: %s, 123 45 Ort", "hon bodde på %s med barnen", "%s, 123 45 Ort");

  @Provide
  Arbitrary<String[]> addresses() {
    Arbitrary<String> street = Combinators.combine(namePart(), Arbitraries.of(STREET_ENDINGS), Arbitraries.of(false, true))
        .as((name, ending, capital) -> capital ? Character.toUpperCase(name.charAt(0)) + name.substring(1) + ending
            : name + ending);
    return Combinators.combine(street, Arbitraries.integers().between(1, 199), Arbitraries.of(DWELLING),
            Arbitraries.of(ADDRESS_SENTENCES))
        .as((s, number, dwelling, sentence) -> {
          String address = s + " " + number + dwelling;
          return new String[] {String.format(sentence, address), s, s + " " + number, dwelling.strip()};
        });
  }

  @Property(tries = 200, seed = "16")
  void noStreetNumberOrFlatSurvives(@ForAll("addresses") String[] planted) {
    String redacted = ANONYMIZER.redact(planted[0]);
    assertFalse(containsWord(redacted, planted[1]), () -> "leaked a street: " + redacted);
    for (String part : planted[3].split("[ ,]+")) {
      if (!part.isEmpty() && Character.isDigit(part.charAt(0))) {
        assertFalse(containsWord(redacted, part), () -> "leaked a floor or flat: " + redacted);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "vi tar det vid punkt 3 på mötet i morgon",
    "at the end of the day är det ditt val",
    "ses @ 14:00 vid stationen",
    "det kostade 1 299 kr @ st",
    "vi körde på motorvägen i 40 minuter",
    "han tog E4 norrut i natt",
    "jag har snap men inte insta",
    "det var dag 123 av karantänen",
    "ring 1177 eller BRIS 116 111",
  })
  void keepsOrdinarySwedish(String text) {
    assertEquals(text, ANONYMIZER.redact(text));
  }

  private static boolean containsWord(String text, String word) {
    return Pattern.compile("(?iu)(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])").matcher(text).find();
  }
}
