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
 * A full name typed in lowercase: a first name, even one that is also a word or that only the
 * counts of Statistics Sweden know, and then a surname that is no word at all, or a rare word
 * after a first name that is none.
 */
class LowercaseFullNameTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> fullNames() {
    return Stream.of(
        // a first name that is also a word, then no word at all
        row("matchen dömdes av mark clattenburg i söndags", "NAME mark clattenburg"),
        row("kartläsaren var tina thörner den gången", "NAME tina thörner"),
        row("regi av ben affleck och ingen annan", "NAME ben affleck"),
        // a first name only the counts know, then no word at all
        row("guldet tog oussama mellouli på fredagen", "NAME oussama mellouli"),
        row("ledningen gav joonas vikho laget", "NAME joonas vikho"),
        // a cue and a first name that is a word: the surname settles it
        row("hennes lärare sten åhlund är sträng", "NAME sten åhlund"),
        // a compound that ends in a role noun is a cue too
        row("det sa partiets gruppledare björn söder igår", "NAME björn söder"),
        // a first name that is no word, then a rare word: the surname
        row("grannen göran dal har klagat mest", "NAME göran dal"),
        // where a person stands, a counted surname that is also a word
        row("onchan hult är min handläggare", "NAME onchan hult"),
        row("jag har pratat med rubab kling på socialtjänsten", "NAME rubab kling"),
        row("psykologen i kalmar, hedda ranta, vill börja", "PLACE kalmar", "NAME hedda ranta"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fullNames")
  void aLowercaseFullNameIsOneName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> noFullNames() {
    return Stream.of(
        // a compound or a past tense the dictionary lacks whole is a word
        row("det blev minst 380 kronor per heltidslön"),
        row("en gul honungsdoft sprider sig i rummet"),
        row("medan den andre länsade butiken"),
        row("sex liv räddades med vaccinet"),
        // a rarely counted short word before an unknown one is no first name
        row("in the state of denmark"),
        // a pronoun or verb form is no first name
        row("han tog hans cykelhjälm"),
        // after a possessive or an article, a first name that is also a word is its adjective
        row("hon dansar i sin rosa hoodie hela dagarna"),
        row("han har köpt en rosa hoodie"),
        // after a first name that is no word, a frequent word or an inflected form is no surname
        row("grannen göran har klagat mest", "NAME göran"),
        row("min son elias cyklar hem", "NAME elias"),
        // nor is a person's verb in a form the dictionary lacks
        row("innan ella föds i juni", "NAME ella"),
        // nor a verb's form before a person as its object, though a rare word
        row("och hans fru anneli filmar oss med mobilen", "NAME anneli"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noFullNames")
  void wordsAfterAFirstNameOrAWordAreNoSurname(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
