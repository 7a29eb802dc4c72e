package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

/** The records every detector reads from the tokens are the word table's own, per text. */
class TokenLexemesTest {

  private static final SwedishLexicon LEXICON = SwedishLexicon.get();

  private static Lexeme fromTable(Tokens tokens, int t) {
    return LEXICON.lexeme(tokens.lower(), tokens.start(t), tokens.length(t));
  }

  /** Whether {@code x} is the record of the lowercase {@code word}. */
  private static boolean isRecordOf(Lexeme x, String word) {
    char[] chars = word.toCharArray();
    return x.is(chars, 0, chars.length, LexemeTable.key(chars, 0, chars.length));
  }

  @Test
  void aWordsRecordIsTheWordTablesRecordOfItsLowercaseForm() {
    Tokens tokens = Tokens.of(ScanText.of("Min dotter Alva bor i Kiruna"));
    for (int t = 0; t < tokens.size(); t++) {
      Lexeme x = tokens.lexeme(t, LEXICON);
      assertSame(fromTable(tokens, t), x);
      assertTrue(isRecordOf(x, tokens.original(t).toLowerCase(Locale.ROOT)));
      assertSame(x, tokens.lexeme(t, LEXICON), "asked again: the same record");
    }
  }

  @Test
  void aSecondTextOnTheSameThreadGetsItsOwnRecords() {
    Tokens first = Tokens.of(ScanText.of("Anna bor i Mora"));
    Tokens second = Tokens.of(ScanText.of("Björn har en hund"));
    assertTrue(isRecordOf(first.lexeme(0, LEXICON), "anna"));
    assertTrue(isRecordOf(second.lexeme(0, LEXICON), "björn"));
    // back to the first text, as when a finding sink analyses another text in the middle of a call
    assertTrue(isRecordOf(first.lexeme(0, LEXICON), "anna"));
    assertTrue(isRecordOf(first.lexeme(3, LEXICON), "mora"));
    assertTrue(isRecordOf(second.lexeme(3, LEXICON), "hund"));
  }

  @Test
  void aTextLongerThanTheKeptArraysIsServedWhole() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append(i % 2 == 0 ? "Lena " : "och ");
    }
    Tokens tokens = Tokens.of(ScanText.of(text.toString()));
    assertEquals(3000, tokens.size());
    assertTrue(isRecordOf(tokens.lexeme(2999, LEXICON), "och"));
    assertSame(fromTable(tokens, 2998), tokens.lexeme(2998, LEXICON));
  }

  @Test
  void lookingEveryWordUpAtOnceGivesTheRecordsOfLookingThemUpOneByOne() {
    Tokens tokens = Tokens.of(ScanText.of("Hej! Min dotter Alva-Li, 14 år, bor i Kiruna och heter Ljungström."));
    tokens.lexeme(3, LEXICON); // one word already asked for: kept, the rest found at once
    tokens.lookUpAll(LEXICON);
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.isWord(t)) {
        assertSame(fromTable(tokens, t), tokens.lexeme(t, LEXICON));
        assertTrue(isRecordOf(tokens.lexeme(t, LEXICON), tokens.original(t).toLowerCase(Locale.ROOT)));
      }
    }
  }

  @Test
  void wordsTooLongToKeepAreLookedUpAtOnceToo() {
    String longWord = "a".repeat(LexemeTable.MAX_KEPT_LENGTH + 5);
    Tokens tokens = Tokens.of(ScanText.of("ett " + longWord + " och ett " + longWord));
    tokens.lookUpAll(LEXICON);
    assertTrue(isRecordOf(tokens.lexeme(1, LEXICON), longWord));
    assertTrue(isRecordOf(tokens.lexeme(4, LEXICON), longWord));
  }

  @Test
  void anotherThreadGetsItsOwnRecordsOfTheSameTokens() throws InterruptedException {
    Tokens tokens = Tokens.of(ScanText.of("Anna bor i Mora"));
    tokens.lookUpAll(LEXICON);
    Lexeme[] seen = new Lexeme[1];
    Thread other = new Thread(() -> seen[0] = tokens.lexeme(3, LEXICON));
    other.start();
    other.join();
    assertTrue(isRecordOf(seen[0], "mora"));
    assertSame(fromTable(tokens, 0), tokens.lexeme(0, LEXICON));
  }
}
