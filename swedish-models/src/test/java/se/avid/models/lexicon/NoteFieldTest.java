package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

/** A field of a word record's notes is unknown until kept, keeps its value, and leaves every other bit as it was. */
class NoteFieldTest {

  private static final SwedishLexicon LEXICON = SwedishLexicon.get();

  private static Lexeme record(String word) {
    Tokens tokens = Tokens.of(ScanText.of(word));
    tokens.lookUpAll(LEXICON);
    return tokens.lexeme(0, LEXICON);
  }

  @Test
  void aFieldIsUnknownUntilKept() {
    assertEquals(-1, NoteField.PLACE_ROLES.get(record("zqnotfältettom")));
  }

  @Test
  void aKeptValueIsReadBack() {
    Lexeme word = record("zqnotfältettre");
    assertEquals(5, NoteField.PLACE_ROLES.keep(word, 5));
    assertEquals(5, NoteField.PLACE_ROLES.get(word));
  }

  @Test
  void theTwoGatesFieldsAndTheOtherRulesBitsStayApart() {
    Lexeme word = record("zqnotfältfyra");
    long others = (1L << 20) - 1;
    word.keepNotes(word.notes() | others);
    NoteField.PLACE_ROLES.keep(word, 7);
    NoteField.INSTITUTION_ROLES.keep(word, 63);
    assertEquals(others, word.notes() & others);
    assertEquals(7, NoteField.PLACE_ROLES.get(word));
    assertEquals(63, NoteField.INSTITUTION_ROLES.get(word));
  }

  @Test
  void aValueZeroIsKnown() {
    Lexeme word = record("zqnotfältfem");
    NoteField.INSTITUTION_ROLES.keep(word, 0);
    assertEquals(0, NoteField.INSTITUTION_ROLES.get(word));
  }
}
