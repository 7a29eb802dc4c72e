package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Detections;
import se.avid.models.context.MaxentContextScorer;

/**
 * The kin nouns, greetings and closings of the languages of Sweden's communities (cues.txt) and the
 * languages Swedish names without -iska (kept-terms.txt): a kin noun names the word after it, a
 * greeting or a closing is no name, a language is kept.
 */
class CommunityWordsTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> kinNouns() {
    return Stream.of(
        row("äiti raili e 91 o ligger på äldreboendet", "NAME raili"),
        row("hooyo halimo har diabetes", "NAME halimo"),
        row("Jag ringde babcia Zofia i går.", "NAME Zofia"));
  }

  static Stream<Arguments> titles() {
    return Stream.of(
        row("Min pappa har lovat prästen, abouna Yakub, att jag ska gifta mig.", "NAME Yakub"),
        row("Läraren, som barnen kallar shejk Abdullahi, slår dem på händerna.", "NAME Abdullahi"),
        row("Hon går på mässan med ksiądz Marek varje söndag.", "NAME Marek"),
        row("jag har lånat pengar av chị lan", "NAME lan"),
        row("min sponsor kjelle tycker att jag ska ta bort kontot", "NAME kjelle"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void aReligiousOrCourtesyTitleNamesTheWordAfterItAndIsNoName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, 0.3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinNouns")
  void aKinNounOfAnotherLanguageNamesTheWordAfterIt(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> greetings() {
    return Stream.of(
        row("Hola. Jag är farfar och kom från Chile för tre år sedan."),
        row("Kiitos. Marjut", "NAME Marjut"),
        row("Kan socialnämnden hjälpa? Saludos Rodrigo", "NAME Rodrigo"),
        row("Dzień dobry. Jag heter Marek och jag bor i Sverige.", "NAME Marek"),
        row("Poštovani, min mamma är 79 och bor ensam."),
        // a greeting that is a first name too, opening the post, is the greeting; later, the name
        row("Selam. Jag heter Semhar och min dotter är sjuk.", "NAME Semhar"),
        row("slaw, min dotter e 17 och vill flytta"),
        row("Jag träffade Selam igår.", "NAME Selam"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Dobar dan. Jag är 67 och bor ensam.", "jag vill inte att han tappar språket. terveisin"})
  void aGreetingOrClosingIsNotEvenFlagged(String text) {
    assertEquals(List.of(), Detections.of(DETECTOR, text, 0.3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("greetings")
  void aGreetingOrClosingIsNoName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> languages() {
    return Stream.of(
        row("Dom bokade tolk på Kurmanji men jag pratar Sorani."),
        row("kan jag få papper på dari?"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void aLanguageIsKept(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
