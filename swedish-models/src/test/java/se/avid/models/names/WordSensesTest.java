package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Detections;

/**
 * A word that is also a name stays where the text uses it as a word: "max" or "per" before a
 * number, a fixed phrase ("berg och dal", "rut och rot"), a short weekday in a list of days ("tis
 * o tor"), the predicate of a plural ("uppgifterna är inte sanna"); where the text names a person
 * with it (a cue before, an age after, a capital inside a sentence, "mig och max") it is still found.
 */
class WordSensesTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "Max två veckor till sen får vi besked",
    "hon tar max en tablett om dagen",
    "det kostar 200 kr per tio minuter",
    "Det har varit berg och dal med honom hela hösten",
    "Vi har fått rut och rot på fakturan",
    "Jag har gjort RUT-avdrag för städningen",
    "han har tid hos kuratorn tis o tor men går inte dit",
    "han får vara där max i tre veckor",
    "dosen blir 2 och max 3 åt gången",
    "chefen säger att han får vara kvar max en månad utan kort",
    "väntetiden till neurolog är max ett år",
    "och får man max ett besök i veckan eller hur funkar det",
    "vill bara veta om det är max några veckor kvar nu",
    "finns det något max för försörjningsstöd?",
    "Väntetiden är lång. Max fyra månader, sa de.",
    "Max budget är 5 000 kr i månaden.",
    "hur många timmar max kan man få avlösarservice i månaden",
    "vem pratar man med om max restid för små barn?",
    "bror jag hyr ett rum i stan av en snubbe som tar cash",
    "min kompis dog förra året, vila i frid bror.",
    "vi har träning mån, ons och fre",
    "har tre prov på tor och ett på fre och jag har inte börjat plugga",
    "Klara sig själv kan han inte, inte ens tvätta.",
    "hon kommer inte klara sig om det här går åt skogen",
    "de uppgifterna är inte sanna",
    "jag vet inte vilka historier som är sanna längre"})
  void aWordUsedAsAWordIsKept(String text) {
    assertEquals(expect(text), Detections.of(DETECTOR, text, THRESHOLD));
    assertEquals(expect(text), Detections.of(DETECTOR, text.toLowerCase(Locale.ROOT), THRESHOLD));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "Vår son föddes i vecka 29 och ligger på neo nu",
    "Min fru har legat på IVA i snart fyra veckor",
    "hon jobbar natt på BB och sover på dagarna",
    "när det e sol så går vi ut",
    "det har inte varit sol på länge",
    "han sover hela dan och är ute hela natten"})
  void aHospitalUnitTheWeatherOrTheDayIsNotEvenFlagged(String text) {
    assertEquals(expect(text), Detections.of(DETECTOR, text, 0.3));
  }

  static Stream<Arguments> persons() {
    return Stream.of(
        row("Max 8 år har adhd och vi väntar på utredning", "NAME Max"),
        row("Min son Max två år har feber", "NAME Max"),
        row("Jag träffade Max två gånger förra veckan", "NAME Max"),
        row("Hej, jag heter Max och är 15", "NAME Max"),
        row("Min man Per tre år äldre än mig dricker", "NAME Per"),
        row("min kusin har sett mig och max på stan", "NAME max"),
        row("det skrämmer mig lite. max i korridoren säger att jag är töntig", "NAME max"),
        row("Tor och Fre kom hem sent", "NAME Tor", "NAME Fre"),
        row("jag ska träffa tor på fredag", "NAME tor"),
        row("vi ska till tor på fredag", "NAME tor"),
        row("Klara sa att hon inte orkar klara sig själv", "NAME Klara"),
        // a subject after its verb, before a reflexive or an object pronoun
        row("sen satte Klara sig ner och grät", "NAME Klara"),
        row("När jag tog upp det drog Sten mig i armen", "NAME Sten"),
        row("hej det är sanna igen", "NAME sanna"),
        row("döttrarna är saga och liv", "NAME saga", "NAME liv"),
        // the next child of a list with ages, before the list's verb
        row("barnen wilma 13 och max 10 bor växelvis", "NAME wilma", "NAME max"),
        row("Bror jag tror att du har fel", "NAME Bror"),
        row("bror kom hem igår och var full", "NAME bror"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("persons")
  void theSameWordNamingAPersonIsFound(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
