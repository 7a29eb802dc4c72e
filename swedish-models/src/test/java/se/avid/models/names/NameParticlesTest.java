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
 * The particles inside a person's name and the part after them belong to the name that a found
 * name begins ({@link NameParticles}); the same words elsewhere stay words.
 */
class NameParticlesTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        row("Min handläggare heter Maria de la Cruz.", "NAME Maria de la Cruz"),
        row("Jag har träffat Johan van der Berg.", "NAME Johan van der Berg"),
        row("Hon heter Sara af Klint.", "NAME Sara af Klint"),
        // a particle the rules alone took for a doubtful name
        row("Min granne Ahmed bin Salman kom hem.", "NAME Ahmed bin Salman"),
        row("min handläggare heter maria de la cruz", "NAME maria de la cruz"),
        // the Filipino particles
        row("hej! jag heter maricel dela cruz och är sjuksköterska", "NAME maricel dela cruz"),
        // the family name that goes first, before a found given name
        row("han har skrivit med nån lin mei på whatsapp i flera månader", "NAME lin mei"),
        row("Min kollega Nguyen Lan hjälper mig.", "NAME Nguyen Lan"),
        // the word that opens a kunya before a found name
        row("Finns det någon som pratar arabiska? Umm Yusuf", "NAME Umm Yusuf"),
        row("Min granne Abu Bakr har hjälpt oss.", "NAME Abu Bakr"),
        // a particle joined by a hyphen to the capitalised name after it
        row("Vi hade möte hos min farbror Kadhim al-Saadi på lördag.", "NAME Kadhim al-Saadi"),
        row("Min kusin Nour el-Khoury ringde.", "NAME Nour el-Khoury"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void particlesBetweenTheFoundPartsOfANameArePartOfIt(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        // a particle after a name, before no name: the word ("du" is "you")
        row("Jag pratade med Anna du vet", "NAME Anna"),
        row("Jag träffade Elias den dagen.", "NAME Elias"),
        row("Jag och Anna dela upp veckan.", "NAME Anna"),
        row("då sa han anna att vi skulle gå", "NAME anna"),
        // a hyphenated word after a name that is no particle and name: the word ("Anna e-postade")
        row("Jag frågade Anna om-igen.", "NAME Anna"),
        // "umm" before no name is the hesitation
        row("umm jag vet inte vad jag ska göra", new String[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void aParticleBeforeNoNameStaysAWord(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
