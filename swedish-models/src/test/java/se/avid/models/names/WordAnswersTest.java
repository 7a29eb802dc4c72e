package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;

/** The kept per-word answers give what the tests they keep give, at every request. */
class WordAnswersTest {

  private static final SwedishLexicon LEXICON = SwedishLexicon.get();
  private static final long NAME_OR_PLACE = Category.bits(Category.FIRST_NAME, Category.SURNAME,
      Category.MUNICIPALITY, Category.TOWN);

  private static Lexeme record(char[] c) {
    return LEXICON.lexeme(c, 0, c.length);
  }

  @Provide
  Arbitrary<String> words() {
    // names, places typed without å, ä, ö, ordinary words so typed, and made-up words
    Arbitrary<String> listed = Arbitraries.of("anna", "jaffar", "vasteras", "goteborg", "nagot", "fran", "gora",
        "sara", "kavlinge", "andersson", "berg", "platen", "stavsnas", "bil", "och", "zarvina");
    Arbitrary<String> made = Arbitraries.strings().withChars("aeioulnrstkm").ofMinLength(2).ofMaxLength(10);
    return Arbitraries.oneOf(listed, made);
  }

  @Property(tries = 300, seed = "15")
  void theKeptAnswersAreTheTestsAnswers(@ForAll("words") String word) {
    char[] c = word.toCharArray();
    for (int ask = 0; ask < 2; ask++) { // found, then kept
      assertEquals(NameCounts.firstName(c, 0, c.length), WordAnswers.firstName(record(c), c, 0, c.length), word);
      assertEquals(NameCounts.bearers(c, 0, c.length), WordAnswers.bearers(record(c), c, 0, c.length), word);
      assertEquals(AsciiFolding.read(LEXICON, c, 0, c.length, NAME_OR_PLACE),
          WordAnswers.folded(record(c), LEXICON, c, 0, c.length, NAME_OR_PLACE), word);
      assertEquals(AsciiFolding.read(LEXICON, c, 0, c.length, ProperNameDetector.SWEDISH_PLACE),
          WordAnswers.folded(record(c), LEXICON, c, 0, c.length, ProperNameDetector.SWEDISH_PLACE), word);
    }
  }

  @Test
  void aPlaceTypedWithoutSwedishLettersReadsAsAPlaceAndAWordSoTypedAsAWord() {
    char[] place = "vasteras".toCharArray();
    char[] word = "nagot".toCharArray();
    assertEquals(AsciiFolding.Reading.NAME_OR_PLACE,
        WordAnswers.folded(record(place), LEXICON, place, 0, place.length, NAME_OR_PLACE));
    assertEquals(AsciiFolding.Reading.LISTED_WORD,
        WordAnswers.folded(record(word), LEXICON, word, 0, word.length, NAME_OR_PLACE));
  }
}
