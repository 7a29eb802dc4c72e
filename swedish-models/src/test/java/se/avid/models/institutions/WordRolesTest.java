package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.text.ScanText;

/** The roles the institution detector's gate reads of a word, found once and kept in the word's record. */
class WordRolesTest {

  private static final SwedishLexicon LEXICON = SwedishLexicon.get();

  private static int roles(String text, int t) {
    Tokens tokens = Tokens.of(ScanText.of(text));
    tokens.lookUpAll(LEXICON);
    return WordRoles.of(tokens, t, LEXICON);
  }

  private static boolean has(String word, int role) {
    return (roles(word, 0) & role) != 0;
  }

  @Test
  void anInstitutionNounIsOneANameFollowsAndPrecedes() {
    assertEquals(WordRoles.NOUN | WordRoles.NOUN_BEFORE_NAME | WordRoles.NOUN_AFTER_NAME,
        roles("äldreboende", 0) & (WordRoles.NOUN | WordRoles.NOUN_BEFORE_NAME | WordRoles.NOUN_AFTER_NAME));
    assertEquals(WordRoles.NOUN, roles("omsorgsboende", 0) & WordRoles.NOUN); // a compound of a head
  }

  @ParameterizedTest
  @ValueSource(strings = {"pizzeria", "Café", "bageriet"})
  void aVenuesNounIsOneANameFollowsAndPrecedes(String word) {
    assertEquals(WordRoles.NOUN_BEFORE_NAME | WordRoles.NOUN_AFTER_NAME,
        roles(word, 0) & (WordRoles.NOUN_BEFORE_NAME | WordRoles.NOUN_AFTER_NAME), word);
  }

  @Test
  void aNounOfDailyActivityIsOneANameFollows() {
    assertEquals(WordRoles.NOUN_BEFORE_NAME, roles("verksamheten", 0) & (WordRoles.NOUN_BEFORE_NAME | WordRoles.NOUN_AFTER_NAME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Solrosskolan", "rosengårdsskolan", "högskolan", "karolinska"})
  void anInstitutionsEndingOrAUniversitysFirstWordMayEndAName(String word) {
    assertNotEquals(0, roles(word, 0) & WordRoles.NAME_ENDING, word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"på", "Till", "fran", "anstalten"})
  void aPrepositionOfPlaceOrAPrisonsNounOpensASlot(String word) {
    assertNotEquals(0, roles(word, 0) & WordRoles.SLOT, word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sus", "KS", "Karolinska", "hvitfeldtska", "hall", "Hinseberg"})
  void aHospitalsOrPrisonsNameIsOne(String word) {
    assertNotEquals(0, roles(word, 0) & WordRoles.HOSPITAL_OR_PRISON, word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"och", "mamma", "ringde", "igår", "bilen"})
  void mostWordsHaveNoRole(String word) {
    assertEquals(0, roles(word, 0), word);
  }

  @Test
  void aPunctuationCharANumberAndAnIndexOutOfRangeHaveNone() {
    assertEquals(0, roles("bor på , 12", 2));
    assertEquals(0, roles("bor på , 12", 3));
    assertEquals(0, roles("bor på", -1));
    assertEquals(0, roles("bor på", 2));
  }

  @Test
  void theKeptRolesAreTheDerivedOnes() {
    String text = "Mamma bor på Lindgårdens äldreboende och går till förskolan Blåklockan";
    Tokens tokens = Tokens.of(ScanText.of(text));
    tokens.lookUpAll(LEXICON);
    for (int pass = 0; pass < 2; pass++) { // the second pass reads what the first kept
      for (int t = 0; t < tokens.size(); t++) {
        assertEquals(WordRoles.derive(tokens, t), WordRoles.of(tokens, t, LEXICON), tokens.original(t));
      }
    }
  }

  @Test
  void theNotesOfOtherRulesAreCarriedOver() {
    Tokens tokens = Tokens.of(ScanText.of("zqrollskolan")); // a word no other test looks up
    tokens.lookUpAll(LEXICON);
    Lexeme word = tokens.lexeme(0, LEXICON);
    long others = (1L << 20) - 1; // the name rules' and the review detector's bits
    word.keepNotes(word.notes() | others);
    int roles = WordRoles.of(tokens, 0, LEXICON);
    assertNotEquals(0, roles & WordRoles.NAME_ENDING);
    assertEquals(others, word.notes() & others);
    assertEquals(roles, WordRoles.of(tokens, 0, LEXICON));
  }
}
