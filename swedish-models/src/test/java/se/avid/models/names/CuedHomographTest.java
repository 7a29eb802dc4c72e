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
 * Words that are names and something else, decided by the word before or after them: a country
 * that people are called by is the person after a cue that names one; a kin noun before its
 * possessive ("bror min") is the noun; "max" before a numeral after a verb of saying is a limit; a
 * first name that is also a word is the person between a kin noun and a finite verb or an age.
 */
class CuedHomographTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> countries() {
    return Stream.of(
        row("mamma heter Agnieszka och jag heter Kuba.", "NAME Agnieszka", "NAME Kuba"),
        row("min ex-fru har tagit vår son Kuba till Polen.", "NAME Kuba"),
        row("min son kuba är 8 år", "NAME kuba"),
        // once a person, every mention in the post
        row("Vår son Kuba är 8. Nu går Kuba på Vasaskolan.", "NAME Kuba", "NAME Kuba", "PLACE Vasaskolan"),
        // no cue: the country
        row("Vi åkte till Kuba i somras."),
        row("Hon kommer från Kenya och pratar swahili."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("countries")
  void aCountryThatPeopleAreCalledByIsThePersonAfterACue(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> cuedSubjects() {
    return Stream.of(
        row("pappa bo har bott på samma ställe i 40 år", "NAME bo"),
        row("hej, vår dotter vilja fyller 18 i maj", "NAME vilja"),
        row("farmor maj har erbjudit sig att hjälpa", "NAME maj"),
        // after a possessive's kin noun, before a preposition that ends its noun phrase
        row("hon har lånat pengar av hennes dotter vilja till spel", "NAME vilja"),
        // a kin noun said as a title, the name ending its phrase
        row("vi bor hos morfar stig i stigtomta sen i våras", "NAME stig", "PLACE stigtomta"),
        // a role or kin noun in its definite form as the title
        row("vi har pratat med vicevärden dag på kontoret", "NAME dag"),
        row("min dotter sol är 5 och går på förskolan", "NAME sol"),
        // a surname that is a word too, after a role noun, ending its phrase
        row("han visade det för sin mentor lind på skolan", "NAME lind"),
        row("jag pratade med handläggaren ek. hon sa nej", "NAME ek"),
        // a pronoun that is a name, after a kin noun, ending its sentence
        row("han har sagt saker som skrämde hans syster inga. läkaren ville skriva", "NAME inga"),
        // a baby, and being born, are a person's
        row("vår bebis ask e 4 mån o har fått eksem", "NAME ask"),
        row("innan vårt första barnbarn vilja föds i juni", "NAME vilja"),
        // a relative clause or a second person after it
        row("min dotter sol som är 5 vill inte gå till förskolan", "NAME sol"),
        row("jag och pappan till tvillingarna sol och theo har delad vårdnad", "NAME sol", "NAME theo"),
        // a pronoun that takes it up before its verb, and a count between the possessive and the kin noun
        row("min dotter rama hon är 14 år och skolan ringde", "NAME rama"),
        row("hon bor med våra två söner reber och zana nu", "NAME reber", "NAME zana"),
        // a definite kin noun, and an age as a bare number
        row("min fru och jag har barnbarnet bo 7 hos oss varannan helg", "NAME bo"),
        // the same name later in the post, but the word where an article, "egen" or an auxiliary says so
        row("min bästa vän vilja säger att hon hör röster. måste hon vilja själv?", "NAME vilja"),
        row("vår dotter vilja fyller 18. vi vill inte ta ifrån henne hennes egen vilja.", "NAME vilja"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cuedSubjects")
  void aNameThatIsAlsoAWordIsTheSubjectAfterAKinNoun(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> closedClassForms() {
    return Stream.of(
        // a verb's form before a second finite verb, a possessive before an age: no reading but the name
        row("mitt ex ville har satt en gps-sändare under min bil", "NAME ville"),
        row("min dotter mina är 4 och har downs syndrom", "NAME mina"),
        // and so again where no noun of its own follows it, but not before a noun or an adverb
        row("min dotter mina är 4. mina älskar att vara ute. mina barn är två.", "NAME mina", "NAME mina"),
        row("mitt ex ville har satt en gps. jag ville inte.", "NAME ville"),
        row("min son ville ha en cykel"),
        row("min man han är snäll mot barnen"),
        row("våra två söner bor hemma"),
        row("min pappa hans fru är snäll"),
        // a pronoun that thousands are called by, between a kin noun and its verb; not where it
        // recurs before a plural noun, which has a verb's shape ("papp|er")
        row("mamma inga har demens. de har inga papper på det.", "NAME inga"),
        row("vi gav mamma inga pengar"),
        // a kin noun's genitive before what it owns, though "Pappas" is a surname too
        row("Min syster och jag är osams om pappas pengar."),
        row("Mammas lägenhet är såld nu."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("closedClassForms")
  void aClosedClassFormAfterAKinNounIsThePersonWhereItsOwnReadingCannotStand(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> definiteKinNouns() {
    return Stream.of(
        row("han har tre barn och frun hibaaq gråter hela tiden", "NAME hibaaq"),
        row("frun i huset bestämmer allt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definiteKinNouns")
  void aDefiniteKinNounNamesTheWordAfterIt(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> relativeAges() {
    return Stream.of(
        row("hej, vi är föräldrar till klara som är 7 år och har diabetes", "NAME klara"),
        row("vi har ett hus som är 7 år gammalt"),
        row("vi har en hund som är 7 år"),
        // without a cue, at a sentence's start, before the main clause's verb
        row("Han far upp och skriker. Vilja som är 6 har börjat kissa i sängen igen.", "NAME Vilja"),
        row("han far upp och skriker. vilja som är 6 har börjat kissa i sängen igen.", "NAME vilja"),
        row("Min vilja som är stark hjälper mig."),
        row("Klassen som är 25 har fått en ny lärare."),
        // two words joined by "och", then an age each in one relative clause
        row("hemma är alve och juni som är 10 och 6 och de är tysta.", "NAME alve", "NAME juni"),
        row("vi har katt och hund som är 10 och 6 år gamla"),
        row("vi har sol och regn som är 10 och 6 grader"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("relativeAges")
  void anAgeInARelativeClauseNamesTheWordBeforeIt(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> pastTenses() {
    return Stream.of(
        // the past tense of a listed infinitive that the frequency lists lack is a verb, not a surname
        row("ali bråkade med sin pappa igen", "NAME ali"),
        row("min son ali bråkade i skolan", "NAME ali"),
        // and it makes the word before it a subject
        row("lisa kollapsade i skolan i fredags", "NAME lisa"),
        row("många liv räddades i går"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pastTenses")
  void aPastTenseInAdeIsTheVerbOfTheNameBeforeIt(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        row("bror min Baran har börjat med droger.", "NAME Baran"),
        row("Bror min har börjat röka."),
        row("vi vill hälsa på men personalen säger max en timme."),
        row("läkaren sa max två veckor till."),
        // a finite verb after a kin noun is no name ("Ville" is one too)
        row("min son ville inte gå till skolan"),
        // after a role noun too, before the infinitive the verb governs
        row("läkaren ville prata med mig om provsvaren"),
        // a number with a unit is a quantity, not an age
        row("pappa bo 3 dagar hos oss"),
        // a kin noun as the subject after an auxiliary: the word after it is its verb
        row("ska mamma bo i huset nu?"),
        row("ska handläggaren bo i huset?"),
        row("läraren svarade per telefon"),
        row("min mamma och pappa bråkar hela tiden"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void theWordReadingWhereTheNeighboursSaySo(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
