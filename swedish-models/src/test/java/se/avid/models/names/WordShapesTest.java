package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the form of a word no list names says about it. */
class WordShapesTest {

  @ParameterizedTest
  @CsvSource({
    "Svensson, true, true", "svensson, false, true", "Wikman, true, true", "Sjölander, true, true",
    "man, true, false", "sson, true, false", "bok, true, false",
  })
  void surnameShapedEndsLikeASurnameAndIsLongerThanTheEnding(String word, boolean cased, boolean shaped) {
    TextUnderTest t = new TextUnderTest("det var " + word + " igen");
    assertEquals(shaped, t.shapes.surnameShaped(2, cased));
  }

  @ParameterizedTest
  @CsvSource({"Gruvberget, true", "Vindelälven, true", "berget, false", "bok, false"})
  void placeShapedEndsLikeAPlaceWithThreeLettersBeforeTheEnding(String word, boolean shaped) {
    TextUnderTest t = new TextUnderTest("vi bodde i " + word + " då");
    assertEquals(shaped, t.shapes.placeShaped(3));
  }

  @ParameterizedTest
  @CsvSource({"Storgatan, true", "Vasavägen, true", "gatan, false", "bok, false"})
  void aStreetEndsLikeAStreetAfterAtLeastOneLetter(String word, boolean street) {
    TextUnderTest t = new TextUnderTest("hon bor på " + word + " nu");
    assertEquals(street, t.shapes.isStreet(3));
  }

  @ParameterizedTest
  @CsvSource({"studien, true", "akvariet, true", "flickorna, true", "Malmö, false", "Sundsvall, false"})
  void aDefiniteEndingIsThatOfANoun(String word, boolean definite) {
    TextUnderTest t = new TextUnderTest("i " + word);
    assertEquals(definite, t.shapes.definiteEnding(1));
  }

  @ParameterizedTest
  @CsvSource({"Göteborgstrakten, true", "Kirunagruvan, true", "bokhyllan, false"})
  void aPlacePrefixIsASwedishPlaceOfThreeLettersOrMore(String word, boolean prefix) {
    TextUnderTest t = new TextUnderTest("i " + word);
    assertEquals(prefix, t.shapes.placePrefix(1));
  }

  @ParameterizedTest
  @CsvSource({"Rosengårdsskolan, true", "Sofiakyrkan, true", "skola, false"})
  void anInstitutionEndsLikeOneAndHasSevenLettersOrMore(String word, boolean institution) {
    TextUnderTest t = new TextUnderTest("på " + word);
    assertEquals(institution, t.shapes.endsInstitution(1));
  }
}
