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
 * Capitalised inside a sentence where a place stands (after {@code i}, {@code på}, {@code från}):
 * a word no list knows that ends like a place name, also in the plural ({@code Jakobsgårdarna}),
 * a compass point ({@code på Söder}), a form the stemmer only reads as an inflection ({@code i
 * Levanger}) and a place typed without å, ä, ö ({@code vid rosengard}) are places; in lowercase,
 * or where no place stands, words.
 */
class CapitalisedPlaceSlotTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> places() {
    return Stream.of(
        row("han sitter hela dagen i en källare på Jakobsgårdarna.", "PLACE Jakobsgårdarna"),
        row("Vi bodde förut i Tallhagarna utanför stan.", "PLACE Tallhagarna"),
        // a compound the dictionary reads as a word, with a lake's or hill's ending, where a place stands
        row("Vi bor i Vitvattnet utanför stan och det är långt.", "PLACE Vitvattnet"),
        // lowercase too, where one lives: the context model reads the village (there are several)
        row("vi bor i vitvattnet utanför stan", "PLACE vitvattnet"),
        row("Han har korttids på Solgläntan varannan helg.", "PLACE Solgläntan"),
        row("Vi är uppe vid Sitojaure hela sommaren.", "PLACE Sitojaure"),
        row("annars sover jag i trapphus på Söder.", "PLACE Söder"),
        row("Hon har flyttat till en etta på Väster.", "PLACE Väster"),
        // a form no list holds that the stemmer reads only as another word's inflection
        row("Emil bor med sin mamma i Levanger och är hos oss varannan helg.", "NAME Emil", "PLACE Levanger"),
        row("Hon bor i egen lägenhet på Slätta med boendestöd.", "PLACE Slätta"),
        // typed without å, ä, ö where a place stands, though its letters also make a word
        row("han köper vape i en kiosk vid rosengard varje dag", "PLACE rosengard"),
        // in lowercase, such a form after a verb of living and its preposition
        row("vi bor i levanger sen två år", "PLACE levanger"),
        row("emil bor med sin mamma i levanger varannan vecka", "NAME emil", "PLACE levanger"),
        row("hon bor i egen lägenhet på slätta med boendestöd", "PLACE slätta"),
        // in lowercase, a compass point after "på" is the part of town too
        row("vi bor ihop på söder o jag har ingen annanstans", "PLACE söder"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void aPlaceShapedWordOrCompassPointWhereAPlaceStands(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        row("barnen springer på ängarna hela dagen"),
        row("vinden kommer från söder i dag"),
        row("huset ligger på söder om ån"),
        row("Söder om stan ligger skogen."),
        // a definite noun or a genitive names a body or a thing, not a place
        row("Jag har läst att man kan söka pengar från Majblomman."),
        row("om jag slutar gå i Rikets sal kommer de att kalla mig till samtal"),
        row("vi satt i baten hela dagen"),
        row("de bor i villor och radhus"),
        // a workplace, a hyphened compound or an adjective is no place
        row("Jag har fått jobb på Stegra och flyttar i januari."),
        row("Handläggaren på Kela sa att vi skulle fylla i en blankett."),
        row("Jag är 18 och har suttit på SiS-hem i två år."),
        row("Vi finns också i Eritreanska ortodoxa kyrkan på söndagar."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void theWordElsewhere(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
