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
 * A lowercase word that is no word at all, where only a person can stand (greeted, with the
 * writer, the subject opening a clause or after its verb, a cleft), is a name when its letters
 * read like one or Statistics Sweden counts it, even with an ending that ordinary words have
 * ("sridhar", "bihter"); a greeting or kin noun names any such word; a rare first name before one
 * of the commonest surnames is one. Words with the letters of no name, or a definite ending, stay.
 */
class StrongSlotNameTest {

  /** With the bundled context model, which would keep most of these words on its own. */
  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        row("elhad tycker att jag överreagerar", "NAME elhad"),
        row("det var sridhar som ringde polisen", "NAME sridhar"),
        row("hej, jag och bihter undrar över bidraget", "NAME bihter"),
        row("hej sridhar! tack för svaret", "NAME sridhar"),
        row("min kille dijar dricker varje helg", "NAME dijar"),
        // a kin noun as a title, without a possessive, names a word that is no word at all
        row("då ringer pappa yemer en kväll och frågar", "NAME yemer"),
        row("min sambo heter nizhar och jobbar natt", "NAME nizhar"),
        // a name that SCB counts, which the compound test would split ("man|sur") or read as a word
        row("mansur sa att han inte orkar längre", "NAME mansur"),
        row("sen dess har charbel inte sagt något", "NAME charbel"),
        row("liana sa att hon inte orkar längre", "NAME liana"),
        // a rare given name (SCB: fewer than 50 called by it) that the compound test splits
        row("jag och maxamad bråkar hela tiden", "NAME maxamad"),
        // a split into two short words ("dit|ana") does not make a word of a subject opening its clause
        row("Ditana vill inte gå till skolan.", "NAME Ditana"),
        // a name too rare to count, before one of the commonest surnames
        row("jag har pratat med apik hagman på socialtjänsten", "NAME apik hagman"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void anUnknownWordWhereOnlyAPersonStands(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        row("men omvänt blir det svårare"),
        row("hängivna skulle de vara"),
        row("när lesionen börjar växa blir det värre"),
        row("hej allihopa! tack för svaret"),
        row("min kille fattar ingenting"),
        row("pappa jobbar natt och mamma sover"),
        row("sen dess har pengar inte räckt"),
        row("en lavin kom ner i natt"),
        row("min mamma skurade golvet"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void wordsThatReadLikeNoNameStay(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
