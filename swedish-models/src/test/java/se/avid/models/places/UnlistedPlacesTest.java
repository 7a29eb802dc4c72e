package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;
import se.avid.models.lexicon.SwedishLexicon;

class UnlistedPlacesTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidencePlaceDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  private static int shape(String word) {
    char[] chars = word.toCharArray();
    SwedishLexicon lexicon = SwedishLexicon.get();
    return UnlistedPlaces.shape(lexicon, chars, 0, chars.length, lexicon.facts(chars, 0, chars.length),
        lexicon.suffixes().cursor().longestSuffix(chars, 0, chars.length));
  }

  @Test
  void anUnknownWordOfNoWordAndAPlaceNameEndingIsANamedPlaceShape() {
    assertEquals(UnlistedPlaces.NAMED_HEAD, shape("ramstabacken"));
    assertEquals(UnlistedPlaces.NAMED_HEAD, shape("eksjöängen"));
  }

  @Test
  void anUnknownWordOfAWordAndAPlaceNameEndingIsAPlaceShapeOfAWord() {
    assertEquals(UnlistedPlaces.WORD_HEAD, shape("getängen"));
    assertEquals(UnlistedPlaces.WORD_HEAD, shape("busstorget"));
  }

  @Test
  void neighbourhoodsNamedAfterTheLandHavePlaceShapes() {
    assertEquals(UnlistedPlaces.NAMED_HEAD, shape("ramstavallen"));
    assertEquals(UnlistedPlaces.NAMED_HEAD, shape("ramstahöjden"));
    assertEquals(List.of("PLACE örnkroken"), places("vi flyttade till örnkroken i våras"));
    assertEquals(List.of("PLACE ramstavallen"), places("vi bor uppe på ramstavallen"));
  }

  @Test
  void anOrdinaryCompoundWithTheSameEndingIsNoPlaceShape() {
    assertEquals(UnlistedPlaces.NONE, shape("granskogen"));
    assertEquals(UnlistedPlaces.NONE, shape("skolgården"));
    assertEquals(UnlistedPlaces.NONE, shape("fotbollsplanen"));
  }

  @Test
  void aWordThatOnlyEndsInTheLettersOfAnEndingIsNoPlaceShape() {
    assertEquals(UnlistedPlaces.NONE, shape("fyrtioårsåldern"));
    assertEquals(UnlistedPlaces.NONE, shape("omhändertagandet"));
  }

  @Test
  void aGenitiveIsNoPlaceShape() {
    assertEquals(UnlistedPlaces.NONE, shape("hallbergs"));
  }

  @Test
  void aPlaceShapedWordOfNoWordAfterAPrepositionOfPlaceIsRedacted() {
    assertEquals(List.of("PLACE ramstabacken"), places("det hände bara några hundra meter från ramstabacken"));
  }

  @Test
  void aPlaceShapedWordOfAWordAfterAPrepositionOfPlaceIsOnlyFlagged() {
    List<Double> scores = new java.util.ArrayList<>();
    ResidencePlaceDetector.create().detect(se.avid.text.ScanText.of("han stod vid busshållplatsen vid kattängen klockan fem"),
        (start, end, type, score) -> scores.add(score));
    assertEquals(List.of(ResidencePlaceDetector.UNLISTED_WORD_HEAD_SCORE), scores);
  }

  @Test
  void aPlaceShapedWordOfAWordIsRedactedWhereSomeoneLivesOrWorksThere() {
    assertEquals(List.of("PLACE tallbacken"), places("mamma bor på tallbacken sedan i våras"));
    assertEquals(List.of("PLACE sjöbacken"), places("personalen på sjöbacken är snälla"));
    assertEquals(List.of("PLACE kattängen"), places("hon ska flytta till kattängen i maj"));
  }

  @Test
  void theOldEndingsOfVillagesMakeAPlaceShape() {
    assertEquals(List.of("PLACE grönlunda"), places("hon bor i grönlunda nu"));
  }

  @Test
  void aPlaceShapedWordWithoutAPrepositionOfPlaceStays() {
    assertEquals(List.of(), places("kattängen är fin på sommaren"));
  }

  @Property(tries = 40, seed = "14")
  void everyDictionaryCompoundOfAPlaceNameEndingStaysAWordAfterI(@ForAll("compounds") String word) {
    assertEquals(List.of(), places("vi var i " + word + " hela dagen"));
  }

  @Provide
  Arbitrary<String> compounds() {
    return Arbitraries.of("granskogen", "skolgården", "idrottsplatsen", "tallskogen", "badsjön", "stadsparken",
        "bondgården", "hemstaden", "badviken", "lekplatsen", "lekparken", "grusplanen");
  }
}
