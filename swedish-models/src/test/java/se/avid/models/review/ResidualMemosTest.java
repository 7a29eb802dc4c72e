package se.avid.models.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;

/** The kept answers of the residual-leak detector's word tests are the tests' own, at every request. */
class ResidualMemosTest {

  private static final SwedishLexicon LEXICON = SwedishLexicon.get();
  private static final ResidualWords WORDS = new ResidualWords(LEXICON);

  @Provide
  Arbitrary<String> words() {
    // compounds, places and words typed without å, ä, ö, genitives of kept terms, unknown words
    Arbitrary<String> listed = Arbitraries.of("anhörigstöd", "åtgärdsprogrammet", "nätcasino", "vasteras",
        "stavsnas", "timra", "nagot", "pa", "nar", "scanias", "ikeas", "näl", "hvitfeldtska", "kvällarna",
        "jaffar", "insta", "rfsl", "zarvina");
    Arbitrary<String> made = Arbitraries.strings().withChars("aeioulnrstkmå").ofMinLength(2).ofMaxLength(12);
    return Arbitraries.oneOf(listed, made);
  }

  @Property(tries = 300, seed = "15")
  void theKeptAnswersAreTheTestsAnswers(@ForAll("words") String word) {
    char[] c = word.toCharArray();
    int n = c.length;
    for (int ask = 0; ask < 2; ask++) { // found, then kept
      Lexeme x = LEXICON.lexeme(c, 0, n);
      assertEquals(WORDS.isCompound(c, 0, n, new char[n + 2]),
          ResidualMemos.isCompound(WORDS, x, c, 0, n, new char[n + 2]), word);
      assertEquals(WORDS.isNoWord(c, 0, n, new char[n + 2]), ResidualMemos.isNoWord(WORDS, x, c, 0, n, new char[n + 2]), word);
      assertEquals(WORDS.hasFoldedPlaceReading(c, 0, n), ResidualMemos.hasFoldedPlaceReading(WORDS, x, c, 0, n), word);
      assertEquals(WORDS.isTypedWord(c, 0, n), ResidualMemos.isTypedWord(WORDS, x, c, 0, n), word);
      assertEquals(WORDS.isKeptGenitive(c, 0, n), ResidualMemos.isKeptGenitive(WORDS, x, c, 0, n), word);
      assertEquals(WORDS.isInflectionOfWord(c, 0, n, new char[n + 2]),
          ResidualMemos.isInflectionOfWord(WORDS, x, c, 0, n, new char[n + 2]), word);
    }
  }
}
