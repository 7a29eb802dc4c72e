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

/** A word that is also a name is the word where the text or the words before say so. */
class WordContextTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        // an article, a neuter possessive or a quantifier before a noun
        row("han sover som en björn på nätterna"),
        row("han har tagit över hela mitt liv"),
        // a quantity before "per"
        row("han tar metformin två gånger per dag"),
        row("det kostar 100 kr per månad"),
        // the infinitive marker or an auxiliary before a verb
        row("hon har svårt att klara av matten"),
        row("han ville bo kvar på lägerskolan"),
        // an adverb between the auxiliary and the verb, and the determiners of chat
        row("vi ska ju bo ihop i 30 år till"),
        row("min man bo dog i våras. jag vill gärna bo kvar i lägenheten", "NAME bo"),
        row("jag vill att han ska få bo kvar här"),
        // a noun repeated around a preposition is an idiom of the noun, whoever signs
        row("det blir svårare dag efter dag. mvh Dag", "NAME Dag"),
        // a surname that is a noun, after an article
        row("vi hade en sommarstuga på en holm i sjön"),
        row("farmor Liv säger att hon inte har ngt liv kvar", "NAME Liv"),
        // a name found elsewhere is not carried to the word
        row("Min man Per tar Metformin. Han tar den två gånger per dag.", "NAME Per"),
        // in a text written with capitals, a lowercase word is the word
        row("Vi vill bo kvar i huset. Det är vårt hem."),
        // a text written with capitals: a lowercase name without a cue is only flagged (a brand, a medicine)
        row("Får man sämre humör av yasmin? Jag har ätit den i tre månader."),
        // "max" before a number or a noun is the maximum
        row("jag sitter med spotify på max volym hela dagen"),
        row("han får spela max 3 timmar om dagen"),
        // after a noun, "max" and a number of years is a limit, not a boy's age
        row("för brottet döms man till fängelse max 3 år"),
        row("behandlingen pågår max 2 år och sen är det slut"),
        // after a verb of saying, "max" and a number is what was said: a limit
        row("vara sjukskriven längre? läkaren säger max 3 veckor till"),
        row("skolan skriver max 2 dagars frånvaro"),
        // between two numbers, before a unit of a count: a limit, not the next child of a list
        row("hon tar 2 och max 3 tabletter om dagen"),
        // a kin noun after an article or a determiner is the noun, as after a possessive
        row("han har en bror och en syster"),
        row("hon har ingen son och ingen dotter"),
        // a month in a date
        row("jag fick ingen tid förrän 15 jan"),
        row("det hände i Maj 2023 och sedan igen"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void theWordsBeforeOrTheTextSayItIsAWord(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  @org.junit.jupiter.api.Test
  void afterANamingVerbADeterminerOfChatIsAHedgeAndTheWordAfterItStaysInReview() {
    String text = "min handläggare heter nåt linda men hon har slutat";
    List<String> found = new java.util.ArrayList<>();
    DETECTOR.detect(se.avid.text.ScanText.of(text), (start, end, type, score) -> {
      if (score >= NameScores.CUE_WORD_FORM / 2) {
        found.add(text.substring(start, end));
      }
    });
    assertEquals(List.of("linda"), found);
  }

  static Stream<Arguments> names() {
    return Stream.of(
        // capitalised, a name whatever precedes it
        row("Vi träffade en Björn på festen. Han var trevlig.", "NAME Björn"),
        // a cue still names a lowercase word in a text with capitals
        row("Min son heter björn. Han är sju.", "NAME björn"),
        // "per" after no quantity is the name
        row("igår ringde per och sa att han kommer", "NAME per"),
        // in a text without capitals the same name is redacted
        row("får man sämre humör av yasmin? har ätit den i tre månader", "NAME yasmin"),
        // "max" before a verb, a conjunction or an age is the name
        row("max är sjuk idag", "NAME max"),
        row("barnen max 12 år och ella 8 år", "NAME max", "NAME ella"),
        row("barnen max 12 år och ella 8", "NAME max", "NAME ella"),
        row("min son max 3 år har feber", "NAME max"),
        // the next child of a list after the one before's age
        row("två barn, klara 12 och max 9, som undrar", "NAME klara", "NAME max"),
        row("max 3 år har feber sen igår", "NAME max"),
        // a verb of saying before "max" and no number: the one who spoke
        row("hej sa max och gick", "NAME max"),
        // capitalised inside a sentence after a verb of saying, the name
        row("Hej, sa Max 3 gånger.", "NAME Max"),
        // a kin noun that is also a first name, after a naming verb: the name
        row("min farfar heter bror och är sjuk", "NAME bror"),
        // a month name without a number is a name
        row("min kollega Jan kommer imorgon", "NAME Jan"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void namesStayNames(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> reviewBand() {
    return Stream.of(
        // a writer who uses capitals gives a name one: a lowercase word the lexicon reads is the word
        row("Min dotter är tre månader och jag ammar. Min svärmor säger emot."),
        row("Man ser revbenen på den bruna. Ägaren vet om det."),
        // a kin noun after a possessive and an adjective of kin
        row("Min yngre bror Patrik flyttade in hos henne.", "NAME Patrik"),
        // a lowercase name that is no word is still flagged
        row("Får man sämre humör av yasmin? Jag har ätit den i tre månader.", "NAME yasmin"),
        // the Social Services Act, not the name Sol
        row("Jag vill söka hjälp frivilligt enligt SoL, men jag är rädd."),
        row("jag vill söka hjälp frivilligt enligt sol, men jag är rädd."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reviewBand")
  void inACapitalisedTextOnlyALowercaseWordTheLexiconCannotReadIsFlagged(String text, List<String> expected) {
    // as the anonymizer asks: with the bundled context model, at the review threshold
    ProperNameDetector withModel = ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(withModel, text, 0.3));
  }
}
