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
 * A word in no list whose letters read like a first name, before a surname, is a full name
 * ({@link FullNames#letteredPair}).
 */
class LetteredFullNameTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        row("Nawzat Bladh är min handläggare", "NAME Nawzat Bladh"),
        row("jag har pratat med abdeldjalil rundgren på socialtjänsten", "NAME abdeldjalil rundgren"),
        // a surname shaped like one
        row("mitt ex jawahir abdullahsson hotar mig", "NAME jawahir abdullahsson"),
        // a word that Statistics Sweden counts as a first name, before a surname that is no word
        row("jag har pratat med blanka hagman på socialtjänsten", "NAME blanka hagman"),
        // but not a pronoun or other closed-class form
        row("det var hon hagman pratade om", "NAME hagman"),
        // a Swedish word typed wrong is no first name: the surname alone
        row("ocksa bladh sa det", "NAME bladh"),
        // old spelling before a two-letter surname that is also a word
        row("förrättadt hwar af man redan"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void aFirstNameByItsLettersBeforeASurnameIsAFullName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
