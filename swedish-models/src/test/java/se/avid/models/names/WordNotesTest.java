package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * What the rules keep in a word's record ({@link WordNotes}, asked through {@link WordFacts}) is
 * what they would find at every occurrence: the SCB counts, the reading without å, ä, ö, the
 * small-locality test, the place a word begins with and the membership of the rules' word sets,
 * asked first, asked again from the notes, and in any order. Seeded and bounded.
 */
class WordNotesTest {

  private static final SwedishLexicon LEXICON = SwedishLexicon.get();
  private static final CharArraySet TITLES = WordFacts.words("herr", "fru", "doktor");

  private static final List<String> WORDS = List.of(
      "anna", "vide", "tuva", "sten", "strand", "lindqvist", "andersson", "gavle", "vasteras", "kavlinge",
      "gora", "nagot", "fran", "sommen", "agunnaryd", "göteborgstrakten", "kirunagruvan", "nacka", "herr",
      "doktor", "jag", "och", "xqzt", "maj-lis", "anna-karin", "annas", "skolan", "tarkovskij");

  @Provide
  Arbitrary<List<String>> wordOrders() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(20);
  }

  @Property(tries = 200, seed = "15")
  void everyKeptAnswerIsTheAnswerFoundAnew(@ForAll("wordOrders") List<String> words) {
    TextUnderTest t = new TextUnderTest(String.join(" ", words));
    for (int w = 0; w < t.tokens.size(); w++) {
      if (!t.tokens.isWord(w)) {
        continue;
      }
      char[] lower = t.tokens.lower();
      int s = t.tokens.start(w);
      int len = t.tokens.length(w);
      for (int asked = 0; asked < 2; asked++) { // the first time derived, the second read from the notes
        assertEquals(NameCounts.firstName(lower, s, len), t.words.firstNameBearers(w));
        assertEquals(NameCounts.surname(lower, s, len), t.words.surnameBearers(w));
        assertEquals(AsciiFolding.read(LEXICON, lower, s, len, ProperNameDetector.SWEDISH_PLACE), t.words.foldedPlace(w));
        assertEquals(Localities.contains(lower, s, len), t.words.isLocality(w));
        assertEquals((int) (LEXICON.words().cursor().longestPrefix(lower, s, len, ProperNameDetector.SWEDISH_PLACE) >>> 32),
            t.words.placePrefixLength(w));
        assertEquals(TITLES.contains(lower, s, len), t.words.inSet(TITLES, w));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vide", "gavle", "herr", "xqzt"})
  void aWordsNotesAreKeptInItsRecord(String word) {
    TextUnderTest t = new TextUnderTest(word);
    t.words.firstNameBearers(0);
    t.words.foldedPlace(0);
    t.words.inSet(TITLES, 0);
    Lexeme x = t.words.lexeme(0);
    assertNotEquals(0L, x.notes());
    assertEquals(x, LEXICON.lexeme(word.toCharArray(), 0, word.length())); // the same record serves the next text
  }

  @Test
  void theCountsOfAFirstNameAndItsFoldedReadingAreNotMixedUp() {
    TextUnderTest t = new TextUnderTest("gavle vide");
    assertEquals(AsciiFolding.Reading.NAME_OR_PLACE, t.words.foldedPlace(0)); // Gävle
    int bearers = t.words.firstNameBearers(1);
    assertEquals(NameCounts.firstName("vide".toCharArray(), 0, 4), bearers);
    assertEquals(AsciiFolding.read(LEXICON, "vide".toCharArray(), 0, 4, ProperNameDetector.SWEDISH_PLACE),
        t.words.foldedPlace(1));
    assertEquals(bearers, t.words.firstNameBearers(1));
  }

  @Test
  void theRulesWordSetsCannotBeChanged() {
    assertThrows(UnsupportedOperationException.class, () -> TITLES.add("fröken"));
    assertThrows(UnsupportedOperationException.class, TITLES::clear);
  }
}
