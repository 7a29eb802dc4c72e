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

/** The initials beside a found name are part of it ({@link NameInitials}); a lone capital elsewhere stays. */
class NameInitialsTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> initials() {
    return Stream.of(
        row("Kontakta A. Svensson där.", "NAME A", "NAME Svensson"),
        row("Min handläggare heter K-G Andersson.", "NAME K-G Andersson"),
        row("Jag pratade med Anna K. på soc.", "NAME Anna K"),
        row("Hälsningar\nLisa P", "NAME Lisa P"),
        // a lowercase letter too where the name signs the post and nothing follows
        row("vill helst inte att mamma dras in /linus e", "NAME linus e"),
        // two letters joined by a hyphen after the slash that opens a signature
        row("har inte sovit en hel natt sedan juni. /p-o niemi", "NAME p-o niemi"),
        // a lowercase letter with its dot before a found name
        row("tack för svaret. j. holmberg, haninge", "NAME j", "NAME holmberg", "PLACE haninge"),
        // a found initial with its dot goes on over the next initials to the name after them
        row("min mamma heter K. M. Somawathie och bor kvar", "NAME K", "NAME M", "NAME Somawathie"),
        row("Han heter A. B. Larsson.", "NAME A", "NAME B", "NAME Larsson"));
  }

  static Stream<Arguments> initialsEndingASentence() {
    return Stream.of(
        row("Jag heter K. Jag bor i Umeå.", "NAME K", "PLACE Umeå"),
        row("Mvh Anna K. Jag vill veta mer.", "NAME Anna K"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("initialsEndingASentence")
  void aWordAfterAnInitialAndItsDotThatIsNoNameOpensTheNextSentence(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> signedInitials() {
    return Stream.of(
        row("Jag skäms så mycket över allt. /M", "NAME M"),
        row("Tack för svaret!\nMvh JK", "NAME JK"),
        row("Vi har fått hjälp av BUP nu.\n/A", "NAME A"),
        // the initials of a double first name, joined by a hyphen
        row("Var finns hjälpen närmast? Jag har ingen bil på vintern. /P-O", "NAME P-O"),
        row("Jag pratar lite svenska. Skriv inte mitt namn. B.", "NAME B"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signedInitials")
  void capitalsThatSignThePostAreTheWritersInitials(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("initials")
  void anInitialBesideAFoundNameIsPartOfIt(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> capitals() {
    return Stream.of(
        // a grade before a preposition, a name further on
        row("Jag fick A i betyg av Lisa.", "NAME Lisa"),
        // a capital letter before a name's genitive that opens a sentence: the preposition "I"
        row("I Svenssons bok står det mycket.", "NAME Svenssons"),
        // capitals that end a post but sign nothing: an acronym in its sentence
        row("Vi har fått tid på BUP", new String[0]),
        row("Vi har fått hjälp nu. OK.", new String[0]),
        // a lone letter after a name in a sentence that goes on
        row("jag frågade lisa e hon hemma", "NAME lisa"),
        // the dot of an abbreviation, a letter that is a word
        row("vi var där bl.a. lisa och jag", "NAME lisa"),
        row("jag vet inte. i. lisa sa det", "NAME lisa"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("capitals")
  void aCapitalLetterAwayFromANameStays(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> signingLetters() {
    return Stream.of(
        row("svara här, inte via mejl. b.", "NAME b"),
        row("skriv inte mitt namn.\nB", "NAME B"),
        // a letter in its sentence, a word, the end of an abbreviation
        row("han fick betyget b.", new String[0]),
        row("vad ska jag göra? i.", new String[0]),
        row("vi ses kl 4-6 e.m.", new String[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signingLetters")
  void aLoneLetterThatIsTheLastSentenceSignsThePost(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
