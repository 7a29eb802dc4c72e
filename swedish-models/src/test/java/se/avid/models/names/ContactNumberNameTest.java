package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;
import se.avid.models.context.MaxentContextScorer;

/**
 * A word right before a telephone number names the one to call ({@link TelephoneNumbers#after}):
 * a first name that is also a word, and a word in no list whose letters read like a name. The
 * number itself is the phone detector's; only the name is asked of this detector.
 */
class ContactNumberNameTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> contacts() {
    return Stream.of(
        // a first name that is also a word ("lisa", "klara", "sten"), before a number with its area code
        row("lisa 070-123 45 67", "NAME lisa"),
        row("Klara 08-12 34 56", "NAME Klara"),
        row("tack för hjälpen\nsten 070 123 45 67", "NAME sten"),
        // an international number
        row("Lisa +46 70 123 45 67", "NAME Lisa"),
        // a nickname in no list, written together with its number
        row("mojje 0701234567", "NAME mojje"),
        // a signature on its own line, the number on the line after it
        row("vi har ju ingen annanstans\ntina\n0734567812", "NAME tina"),
        // an international number opens with a plus
        row("jag har svenskt medborgarskap sedan 2019.\nlama\n+46 73 551 20 84", "NAME lama"),
        row("ska vi bara flytta igen?\nSol\n073-456 78 12", "NAME Sol"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contacts")
  void aWordBeforeATelephoneNumberIsTheNameToCall(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> noContacts() {
    return Stream.of(
        // "per" before a number is a preposition
        row("kontakta oss per 08-123 45 67"),
        // too few digits, or no leading zero: an amount, a quantity
        row("min dotter vill klara 100 meter under 15 sekunder"),
        row("det blev ett sten 0,5 kilo tungt"),
        // an abbreviation that labels the number
        row("ring tel 070-123 45 67"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noContacts")
  void noTelephoneNumberNoName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
