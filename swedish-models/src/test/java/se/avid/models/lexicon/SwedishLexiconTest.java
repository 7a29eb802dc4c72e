package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishLexiconTest {

  private static final SwedishLexicon LEXICON = SwedishLexicon.get();

  private static long flags(String word) {
    char[] c = word.toCharArray();
    return LEXICON.words().cursor().get(c, 0, c.length);
  }

  private static boolean common(String word) {
    char[] c = word.toCharArray();
    return LEXICON.isCommonWord(c, 0, c.length, new char[c.length + 1]);
  }

  @Test
  void listsAll290Municipalities() {
    List<String> municipalities = SwedishLexicon.lines("municipalities.txt");
    assertEquals(290, municipalities.size());
    assertEquals(290, new HashSet<>(municipalities).size());
  }

  @Test
  void listsThe21RegionsAndTheRegionBodyOfJamtland() {
    List<String> regions = SwedishLexicon.lines("regions.txt");
    assertEquals(22, regions.size());
    assertTrue(regions.contains("Jämtland Härjedalen"));
  }

  @ParameterizedTest
  @CsvSource({
      "kiruna, MUNICIPALITY", "upplands väsby, MUNICIPALITY", "dals-ed, MUNICIPALITY",
      "norrbotten, REGION", "rosengård, DISTRICT", "hammarkullen, DISTRICT", "visby, TOWN",
      "anna, FIRST_NAME", "mohammed, FIRST_NAME", "zeynep, FIRST_NAME", "andersson, SURNAME",
      "hodžić, SURNAME", "syrien, COUNTRY", "europa, COUNTRY", "norrland, TOWN", "försäkringskassan, PUBLIC_BODY",
      "heter, CUE_NAME", "mvh, CUE_SIGNATURE", "kommun, CUE_PLACE_AFTER"})
  void knowsTheBundledFacts(String word, Category category) {
    assertTrue(category.in(flags(word)), word + " is " + category);
  }

  @ParameterizedTest
  @CsvSource({"björn, true", "dag, true", "per, true", "bo, true", "hans, true", "anna, false", "lena, false",
      "elias, false", "lindqvist, false", "kiruna, false", "vara, true", "handen, true", "nacka, false"})
  void marksNamesAndPlacesThatAreAlsoFrequentWords(String word, boolean expected) {
    assertEquals(expected, Category.COMMON_WORD.in(flags(word)), word);
  }

  @ParameterizedTest
  @CsvSource({"björnen, true", "skogen, true", "dricker, true", "först, true", "sök, true", "det, true",
      "bråkade, true", "separerade, true", "kollapsades, true", "förhållandet, true", "beteendet, true",
      "boendet, true", "lindqvist, false", "annat, true", "mojjet, false", "kiruna, false", "havel, false", "ade, false",
      "anpassad, true", "inackorderad, true", "stressad, true", "konrad, false", "ahmad, false", "nås, true", "slås, true",
      "sys, true", "anmälde, true", "anmält, true", "skyddat, true", "berit, false", "frode, false", "bengt, false",
      "ingrid, false", "albert, false", "dotters, true", "mats, false", "niklas, false"})
  void recognisesInflectedOrdinaryWords(String word, boolean expected) {
    assertEquals(expected, common(word), word);
  }

  @Test
  void knowsHunspellProperNounsButNotAcronyms() {
    char[] kiruna = "kiruna".toCharArray();
    assertTrue(LEXICON.isProperNoun(kiruna, 0, kiruna.length));
    char[] pnr = "pnr".toCharArray();
    assertFalse(LEXICON.isProperNoun(pnr, 0, pnr.length));
  }

  @Test
  void loadsOnce() {
    assertTrue(SwedishLexicon.get() == SwedishLexicon.get());
  }

  @ParameterizedTest
  @CsvSource({"först, true", "björn, true", "dag, true", "det, true", "anna, false", "xyzzy, false"})
  void frequentOrListedWordIsOneOfTheTwoExactlyAsWritten(String word, boolean expected) {
    char[] c = word.toCharArray();
    assertEquals(expected, LEXICON.isFrequentOrListedWord(c, 0, c.length), word);
    assertEquals(LEXICON.isFrequentWord(c, 0, c.length) || LEXICON.isListedWord(c, 0, c.length),
        LEXICON.isFrequentOrListedWord(c, 0, c.length), word);
  }

  /** One lookup of {@link SwedishLexicon#facts} tells what the trie and the Hunspell lookups tell one by one. */
  @Test
  void factsAgreeWithTheSeparateLookups() {
    List<String> words = new java.util.ArrayList<>(List.of("björn", "björnen", "dag", "anna", "peter", "först", "paris",
        "strindberg", "upplands", "upplands väsby", "kiruna", "heter", "mvh", "xyzzy", "", "hans", "vara"));
    for (String resource : List.of("first-names.txt", "surnames.txt", "municipalities.txt", "towns.txt", "districts.txt",
        "countries.txt", "public-bodies.txt", "common-word-forms.txt", "cues.txt")) {
      for (String line : SwedishLexicon.lines(resource)) {
        String w = Words.lower(line.split("\t")[0]);
        words.add(w);
        words.add(w + "s");
        words.add(w.substring(0, w.length() - 1));
      }
    }
    for (String w : words) {
      char[] c = w.toCharArray();
      long facts = LEXICON.facts(c, 0, c.length);
      assertEquals(flags(w), SwedishLexicon.categories(facts), w);
      assertEquals(LEXICON.isListedWord(c, 0, c.length), SwedishLexicon.isListedWord(facts), w);
      assertEquals(LEXICON.isFrequentWord(c, 0, c.length), SwedishLexicon.isFrequentWord(facts), w);
      assertEquals(LEXICON.isProperNoun(c, 0, c.length), SwedishLexicon.isProperNoun(facts), w);
      assertEquals(LEXICON.isFrequentOrListedWord(c, 0, c.length), SwedishLexicon.isFrequentOrListedWord(facts), w);
    }
  }
}
