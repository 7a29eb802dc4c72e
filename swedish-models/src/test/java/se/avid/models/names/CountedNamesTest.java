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
 * Names the lists lack, found in name slots by the counts of Statistics Sweden ({@link NameCounts}):
 * after a cue, before an age, coordinated with a name, alone on the last line.
 */
class CountedNamesTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        // after a kin noun or a naming verb, whatever the word's shape ("-or", "-et")
        row("hej. min mamma rigmor ska flytta", "NAME rigmor"),
        row("min fru heter meseret och är sjuk", "NAME meseret"),
        row("hej. mitt namn tesfalem ghebremedhin. jag kom 2022", "NAME tesfalem ghebremedhin"),
        // a word that is also a word only right after a naming verb
        row("min dotter heter sol och är fem", "NAME sol"),
        // capitalised inside a sentence, a word that is no frequent word and that hundreds are called by
        row("Vi åkte med Vide till stan igår.", "NAME Vide"),
        // a list of children with their ages
        row("yusuf 12, hamdi 9, ilhan 6 och sagal 2", "NAME yusuf", "NAME hamdi", "NAME ilhan", "NAME sagal"),
        // coordinated with a name: a word that is the first name of thousands
        row("hon saknar sina kompisar, tuva och wilma", "NAME tuva", "NAME wilma"),
        // a first name alone on the last line, a hyphen read through
        row("kan jag få ersättning?\nmaj-lis", "NAME maj-lis"),
        // the last words after a closing
        row("jag ska ringa och tjata. /robin kask", "NAME robin kask"),
        row("vänliga hälsningar gullan brodd (mormor)", "NAME gullan brodd"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void countedNamesInNameSlotsAreNames(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        // a kin noun before a frequent word that is also a rare name: the word
        row("min dotter vilja är stark"),
        // coordinated with a name, an ordinary word few are called by
        row("min son elias och hunden leker ute", "NAME elias"),
        // a number after a word that is no name is no age
        row("vecka 12, dag 3 och vecka 14 var svåra"),
        // the same word in lowercase, after an article
        row("vi gick förbi en vide vid ån"),
        // the last line, a frequent word
        row("tack för svaret\nhälsningar"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void wordsInNameSlotsStayWords(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
