package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

class WordEndingsTest {

  private static final SwedishLexicon LEXICON = SwedishLexicon.get();

  @Test
  void givesEachWordItsLongestListedEnding() {
    ScanText text = ScanText.of("Vi bor på Storgatan 12, nära Rosengårdsskolan och Lindström!");
    Tokens tokens = Tokens.of(text);
    WordEndings endings = WordEndings.of(text, LEXICON);
    Lexicon.Cursor suffixes = LEXICON.suffixes().cursor();
    for (int t = 0; t < tokens.size(); t++) {
      long expected = tokens.isWord(t) ? suffixes.longestSuffix(tokens.lower(), tokens.start(t), tokens.length(t)) : 0;
      assertEquals(expected, endings.of(t), tokens.original(t));
    }
    int storgatan = 3;
    assertTrue(Category.STREET_SUFFIX.in(endings.of(storgatan)), "gatan");
    assertEquals(5, (int) (endings.of(storgatan) >>> 32), "gatan has five letters");
    assertEquals(0, endings.of(4), "12 is no word");
  }

  @Test
  void isMadeOncePerTextForEveryDetector() {
    ScanText text = ScanText.of("Storgatan 12");
    assertSame(WordEndings.of(text, LEXICON), WordEndings.of(text, LEXICON));
  }
}
