package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;

/** The kept answer of the residence detector's folded-place test is the test's own, at every request. */
class ResidenceMemosTest {

  private static final SwedishLexicon LEXICON = SwedishLexicon.get();
  private static final long PLACES = Category.bits(Category.MUNICIPALITY, Category.REGION, Category.TOWN,
      Category.DISTRICT);
  private static final long KEPT = Category.bits(Category.PUBLIC_BODY, Category.COUNTRY);

  @Provide
  Arbitrary<String> words() {
    // places typed without å, ä, ö ("vasteras"), words so typed ("varas": "våras"), others
    Arbitrary<String> listed = Arbitraries.of("vasteras", "varas", "boras", "stavsnas", "timra", "goteborg",
        "malmo", "ostersund", "skovde", "bil", "zarvina");
    Arbitrary<String> made = Arbitraries.strings().withChars("aeiouölnrstkm").ofMinLength(2).ofMaxLength(10);
    return Arbitraries.oneOf(listed, made);
  }

  @Property(tries = 300, seed = "15")
  void theKeptAnswerIsTheTestsAnswer(@ForAll("words") String word) {
    char[] c = word.toCharArray();
    boolean expected = FoldedPlaces.isPlaceAndNoWord(LEXICON, c, 0, c.length, PLACES, KEPT);
    for (int ask = 0; ask < 2; ask++) { // found, then kept
      Lexeme x = LEXICON.lexeme(c, 0, c.length);
      assertEquals(expected, ResidenceMemos.isPlaceAndNoWord(LEXICON, x, c, 0, c.length, PLACES, KEPT), word);
    }
  }
}
