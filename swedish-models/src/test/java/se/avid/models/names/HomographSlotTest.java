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
 * A lowercase first name that is also a word, in the places where a person stands (thanked, with
 * the writer, joined to a name, before an age written out), is the name when
 * the counts of Statistics Sweden say many are called so; the speaker of a report (", säger söder.")
 * when they count the word as a name at all.
 */
class HomographSlotTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        row("tack lisa för svaret", "NAME lisa"),
        row("tack björn!", "NAME björn"),
        row("hej, jag och tuva undrar en sak", "NAME tuva"),
        row("elias och lisa bråkar jämt", "NAME elias", "NAME lisa"),
        row("Ask är fem år och går i förskolan", "NAME Ask"),
        // the speaker of a report: a name that SCB counts, first name or surname
        row("det blir bra i år, säger söder.", "NAME söder"),
        row("palle hade lånat bilen igen", "NAME palle"),
        // a capitalised surname that is a rare word, as the subject; a surname after "familjen"
        row("Lind har envetet bearbetat arkiven.", "NAME Lind"),
        row("I filmen medverkar hela familjen Palme.", "NAME Palme"),
        // a first name alone as the last sentence: the writer signing on the same line
        row("kan de tvinga honom att vara inomhus? tina", "NAME tina"),
        // a first name and an age of one or two digits as the last sentence: a young writer signing
        row("kan man bygga om en volvo 240 till epa? har 8000 sparat. axel 14", "NAME axel"),
        row("vad kostar det? typ 15"),
        // two or three lowercase words ending the text after a slash or a sentence, the first and
        // last in no list: a full name signing it, a phone number after it or not
        row("räknas det som hatbrott? /biret inga kuhmunen", "NAME biret inga kuhmunen"),
        row("jag pratar burmesiska. zaw min htet 072-814 06 39", "NAME zaw min htet"),
        // after a closing, words that are no frequent ones, though the dictionary knows them ("labba")
        row("vi har levt så här i generationer. giitu, biret labba", "NAME biret labba"),
        row("vad gör jag nu. mvh orolig förälder"),
        // the word joining a signature's names or its place is neither; what follows "i" is where the writer lives,
        // and no "i" or "och" of the post is taken for the same name
        row("lampan i köket lyser. /kerstin i othem", "NAME kerstin", "PLACE othem"),
        row("han satt och frös bakom en container. /anna och jimmy", "NAME anna", "NAME jimmy"),
        // after a signed name and a comma, a definite noun or a word of no list is where the writer lives
        row("kan ni komma ut och prata med grupper? / hampus, gläntan", "NAME hampus", "PLACE gläntan"),
        row("han lyssnar inte. /lisa, förtvivlad", "NAME lisa"),
        // a word and a kin noun after a comma as the last sentence: the writer signing with who she is
        row("Han lyssnar inte på oss längre. Berîvan, mamma", "NAME Berîvan"),
        row("Vad ska jag göra? Hjälp, mamma"),
        row("vad gör jag nu? ring mig sen"),
        // an age set off by a comma; a kin noun and a verb after the word
        row("en elev, ask, 8 år, berättade om det", "NAME ask"),
        row("vi har ett barn med autism, vilja 9 år, som behöver stöd", "NAME vilja"),
        row("min son ask har adhd", "NAME ask"),
        // named so, the word is the name wherever the text does not use it as the word
        row("min son ask har adhd. ask har ingen assistent", "NAME ask", "NAME ask"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void aNameInAPersonsSlot(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        row("tack vare dig gick det bra"),
        row("här var kärlekens mark och jag älskade"),
        row("det var liv som gällde då"),
        row("min dotter alva och per månad får hon 500 kr", "NAME alva"),
        row("han kommer om fem minuter"),
        row("min kille fattar ingenting"),
        row("det är bra, sa ha ..."),
        row("han sa nej."),
        // a frequent word that is a surname stays to the scorer; "familjen" before a verb names no one
        row("Berg är svåra att bestiga."),
        row("hela familjen mår bra nu"),
        row("vad ska jag göra nu? hjälp"),
        row("min son bor hos mig"),
        row("min dotter vilja är stark"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void theWordReadingsStay(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
