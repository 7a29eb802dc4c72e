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
 * A lowercase first name and surname of which both are also words: two of three pieces of
 * evidence (the counts say the first word is a name, the second is a surname and no frequent word,
 * the pair stands where a person is named) make the name; the word readings stay where the words
 * before say so.
 */
class HomographPairTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        // a first name thousands are called by, and a surname that is a rare word
        row("jag träffade anna ek i går", "NAME anna ek"),
        row("socialsekreteraren heter lena ceder", "NAME lena ceder"),
        // a surname that is a frequent word, in a person's slot
        row("det blir bra, tycker björn söder.", "NAME björn söder"),
        row("jag och maria berg har bråkat", "NAME maria berg"),
        // a pronoun or verb form that is a name: a rare surname and a slot
        row("hans mellinger får vänta på beskedet", "NAME hans mellinger"),
        row("det var bo ceder som ringde", "NAME bo ceder"),
        row("vi såg bo ceder och staffan med barnen", "NAME bo ceder", "NAME staffan"),
        // a surname ending after a first name that is a word
        row("handläggaren sa att björn lindgrenberg ringer", "NAME björn lindgrenberg"),
        row("per-olof berg ringde i morse", "NAME per-olof berg"),
        // a name cue weighs double: a pronoun that is a name and a surname that is a frequent word
        row("min grannes sambo hans berg hotade mig", "NAME hans berg"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void twoPiecesOfEvidenceMakeTheName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        row("det kostar 100 kr per månad"),
        row("jag vill bo hemma hos pappa"),
        row("hon kan klara sig själv nu"),
        row("hans bror slog mig igen"),
        row("han sålde sina aktier i fjol"),
        row("vi såg en björn berg upp i skogen"),
        row("jag kan bo ek i sommar"),
        // a pronoun before a rare word that is no surname
        row("hans tvåtaktsmotor är trasig"),
        // a surname that is a frequent word, and no slot
        row("sen gick per berg och dal"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void theWordReadingsStay(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
