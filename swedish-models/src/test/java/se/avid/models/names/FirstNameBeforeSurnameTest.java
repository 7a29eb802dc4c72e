package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;

/**
 * The word right before a found surname is its first name when Statistics Sweden counts it as one
 * and it is no ordinary word: else the surname alone is redacted and a rare first name is left.
 */
class FirstNameBeforeSurnameTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> firstNames() {
    return Stream.of(
        row("mitt ex ardita lindqvist hotar mig", "NAME ardita lindqvist"),
        row("har pratat med zelal bergström på bup", "NAME zelal bergström"),
        row("Semira Holmgren är min nya granne", "NAME Semira Holmgren"),
        // capitalised, a first name too rare for the counts before a surname by its ending
        row("Sakvan Källgren är min handläggare.", "NAME Sakvan Källgren"),
        // at a sentence start, a first name that is also a word, in capitals before a listed surname
        row("Hon vägrar vård. Ask Lindgren heter hon.", "NAME Ask Lindgren"),
        // the same before a surname no list holds, by its ending or the counts
        row("Viking Bladh är min handläggare.", "NAME Viking Bladh"),
        row("Dana Bjurström är min handläggare.", "NAME Dana Bjurström"),
        // alone on the last line, the writer's signature: a first name that is also a word
        row("Vi pratar romani hemma men barnen kan svenska.\nRosa Dimitri", "NAME Rosa Dimitri"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("firstNames")
  void aCountedFirstNameBeforeAFoundSurnameIsPartOfTheName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> noFirstNames() {
    return Stream.of(
        // an ordinary word before the surname stays a word
        row("ringde igår lindqvist", "NAME lindqvist"),
        row("det var bergström som ringde", "NAME bergström"),
        row("Men Lindgren sa nej.", "NAME Lindgren"),
        row("Efter Bjurström kom ingen.", "NAME Bjurström"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noFirstNames")
  void anOrdinaryWordBeforeASurnameIsNoFirstName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
