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
 * With the bundled context model: a counted first name coordinated with a sure name is a name even
 * when the model alone read it as a doubtful place, and one coordinated with a kin noun is a name
 * at the end of its phrase; a word that nobody is called by is not.
 */
class CoordinatedNameTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> coordinated() {
    return Stream.of(
        row("våra barn eetu och venla har rätt till modersmål", "NAME eetu", "NAME venla"),
        // a relative clause of a person's verb about the pair
        row("jag är mamma till tvillingarna lilja och sol som föddes i november", "NAME lilja", "NAME sol"),
        row("jag kom hit med mina döttrar sofiia och dasha i mars", "NAME sofiia", "NAME dasha"),
        row("jag heter camilla och nås på telefon", "NAME camilla"),
        // beside a kin noun: a first name that a thousand or more bear, at the end of its phrase
        row("ett fotografi med farfar, farmor och stig, det måste vara gammalt", "NAME stig"),
        // beside a doubtful name, a word no list holds with a nickname's shape
        row("jonte o mojje kör också men dom har koll", "NAME jonte", "NAME mojje"),
        row("jonte o lampan kör också", "NAME jonte"),
        // between found names in a list, a word no list or dictionary knows
        row("vi har fyra barn: dolores, kenny, manolito och rosita.", "NAME dolores", "NAME kenny", "NAME manolito",
            "NAME rosita"),
        // but not an ordinary word
        row("hon träffade lisa, pelle, kaffet och saga", "NAME lisa", "NAME pelle"),
        row("kom ut idag!!! liv o tor stod bredvid mig", "NAME liv", "NAME tor"),
        // a genitive beside a name's genitive, whatever else it is (Livs is also a union)
        row("Pengarna skulle gå till Livs och Noahs framtid.", "NAME Livs", "NAME Noahs"),
        // a rare name with an age of its own, after a name with its age
        row("vi har två barn, ella som är 9 och ask som är 6.", "NAME ella", "NAME ask"),
        // a word no list or dictionary knows, before "och hans fru": a person, and so wherever it recurs
        row("två av dem, stoyan och hans fru petya, har blivit vänner. igår kom stoyan hit",
            "NAME stoyan", "NAME petya", "NAME stoyan"),
        // right after a noun of a person, before "o hans tjej": any word but a frequent one is the person's name
        row("kompisen stickan o hans tjej máret säger att jag ska ringa", "NAME stickan", "NAME máret"),
        row("min bror idag och hans fru kom hit"),
        // a pair that is the subject of the verb after it: hundreds of bearers do
        row("barnbarnen alice och vilja bor mest hos sin mamma", "NAME alice", "NAME vilja"),
        row("ett fejkkonto med mitt namn o mina bilder"),
        // a name's alternative
        row("vi kallar henne lina eller liv.", "NAME lina", "NAME liv"),
        // the other name a naming verb gives, a word no list holds
        row("han kallas alex eller alle, han bor hos pappa", "NAME alex", "NAME alle"),
        row("hon kallas lisa eller inget alls", "NAME lisa"),
        row("vi köpte pizzor och min sambo åt upp allt"),
        row("jag pratade med mamma och per telefon"),
        row("vi var hos mamma och åt middag"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coordinated")
  void aCountedFirstNameBesideASureNameIsAName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
