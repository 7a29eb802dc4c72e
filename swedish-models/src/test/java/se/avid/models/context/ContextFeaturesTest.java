package se.avid.models.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextFeaturesTest {

  private static List<String> features(String sentence, int index) {
    return List.of(ContextFeatures.of(sentence.split(" "), index));
  }

  @ParameterizedTest(name = "{0} has shape {1}")
  @CsvSource({
      "Björn, Xx",
      "björn, x",
      "BRIS, XX",
      "I, X",
      "Anna-Karin, Xx",
      "070-1234567, d",
      "12b, d",
      "iPhone, m",
      "., p",
      "-, p",
  })
  void shapeOfToken(String token, String shape) {
    assertEquals(shape, ContextFeatures.shape(token));
  }

  @Test
  void wordAndNeighboursAreLowercased() {
    List<String> f = features("Min son Elias går i Skolan", 2);
    assertTrue(f.contains("w=elias"));
    assertTrue(f.contains("p1=son"));
    assertTrue(f.contains("p2=min"));
    assertTrue(f.contains("n1=går"));
    assertTrue(f.contains("n2=i"));
  }

  @Test
  void suffixesOfTwoToFourCharsShorterThanTheWord() {
    List<String> f = features("jag heter Lena", 2);
    assertTrue(f.contains("s2=na"));
    assertTrue(f.contains("s3=ena"));
    assertFalse(f.stream().anyMatch(s -> s.startsWith("s4=")), "no suffix as long as the word");
  }

  @Test
  void capitalisationIsKeptInTheShapeOnly() {
    List<String> cased = features("jag heter Björn", 2);
    List<String> lower = features("jag heter björn", 2);
    assertTrue(cased.contains("sh=Xx"));
    assertTrue(lower.contains("sh=x"));
    assertTrue(cased.contains("w=björn") && lower.contains("w=björn"));
  }

  @Test
  void capitalisedWordInsideSentenceDiffersFromOneAtItsStart() {
    assertTrue(features("Björn sov", 0).contains("ini&sh=Xx"));
    assertTrue(features("det var Björn", 2).contains("mid&sh=Xx"));
    assertTrue(features("Jag sov . Björn vaknade", 3).contains("ini&sh=Xx"), "after a full stop");
  }

  @Test
  void boundariesStandInForMissingNeighbours() {
    List<String> f = features("Anna", 0);
    assertTrue(f.contains("p1=" + ContextFeatures.BOUNDARY));
    assertTrue(f.contains("p2=" + ContextFeatures.BOUNDARY));
    assertTrue(f.contains("n1=" + ContextFeatures.BOUNDARY));
    assertTrue(f.contains("n1sh=" + ContextFeatures.BOUNDARY));
  }

  @Test
  void hyphenInsideWordIsMarked() {
    assertTrue(features("jag heter Anna-Karin", 2).contains("hyphen"));
    assertFalse(features("jag heter Anna", 2).contains("hyphen"));
  }

  @ParameterizedTest(name = "{0} [{1}] has {2}")
  @CsvSource(delimiter = '|', value = {
      "jag heter björn och bor här | 2 | cue=naming",
      "en kille som heter sten | 4 | cue=naming",
      "hej anna ! | 1 | cue=greeting",
      "mvh , peter | 2 | cue=greeting",
      "mvh peter | 1 | cue=greeting",
      "min son elias är 14 | 2 | cue=kin",
      "hennes man peter dricker | 2 | cue=kin",
      "handläggaren lena svarar aldrig | 1 | cue=kin",
      "vi pratade med doktor berg | 4 | cue=title",
      "jag bor i kiruna | 3 | cue=dwelling",
      "vi flyttade till sundsvall | 3 | cue=dwelling",
      "de kommer från gottsunda | 3 | cue=dwelling",
      "hon jobbar i luleå kommun | 3 | cue=place-follower",
      "det är malmö stad som beslutar | 2 | cue=place-follower",
  })
  void cuePhrase(String sentence, int index, String cue) {
    assertTrue(features(sentence, index).contains(cue));
  }

  @ParameterizedTest(name = "{0} [{1}] lacks {2}")
  @CsvSource(delimiter = '|', value = {
      "man kan inte veta | 1 | cue=kin",
      "en son till honom | 2 | cue=kin",
      "den sitter i skåpet | 3 | cue=dwelling",
      "jag heter björn | 0 | cue=naming",
      "hej där | 0 | cue=greeting",
  })
  void noCueWithoutItsPhrase(String sentence, int index, String cue) {
    assertFalse(features(sentence, index).contains(cue));
  }

  @Test
  void sameTokensGiveSameFeatures() {
    String[] tokens = {"jag", "heter", "Björn", "."};
    assertArrayEquals(ContextFeatures.of(tokens, 2), ContextFeatures.of(tokens.clone(), 2));
  }

  @Test
  void indexOutsideTheSentenceIsRejected() {
    String[] tokens = {"jag", "heter", "Björn"};
    assertThrows(IndexOutOfBoundsException.class, () -> ContextFeatures.of(tokens, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> ContextFeatures.of(tokens, -1));
  }

  /** The model was trained on exactly these features, in this order: any change needs a new model. */
  @Test
  void featuresOfANamedWordAreExactlyThoseTheModelWasTrainedOn() {
    assertArrayEquals(new String[] {"w=anna-karin", "s2=in", "s3=rin", "s4=arin", "sh=Xx", "mid&sh=Xx", "hyphen",
        "p1=heter", "p2=son", "n1=och", "n2=bor", "p1sh=x", "n1sh=x", "cue=naming"},
        ContextFeatures.of("hej ! min son heter Anna-Karin och bor i Kiruna kommun .".split(" "), 5));
  }

  @Test
  void featuresOfALoneWordHaveBoundariesForEveryNeighbour() {
    assertArrayEquals(new String[] {"w=björn", "s2=rn", "s3=örn", "s4=jörn", "sh=Xx", "ini&sh=Xx", "p1=<s>", "p2=<s>",
        "n1=<s>", "n2=<s>", "p1sh=<s>", "n1sh=<s>"}, ContextFeatures.of(new String[] {"Björn"}, 0));
  }

  @Test
  void aWordCanHaveSeveralCues() {
    // "fru" is a title and, after a possessive, a kinship noun; "kommun" follows a place
    String[] f = ContextFeatures.of("hej , min fru Kiruna kommun".split(" "), 4);
    assertEquals(List.of("cue=title", "cue=kin", "cue=place-follower"), List.of(f).subList(f.length - 3, f.length));
  }
}
