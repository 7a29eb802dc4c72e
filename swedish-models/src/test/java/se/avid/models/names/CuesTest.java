package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words around a word that say it is a name or a place. */
class CuesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "jag heter Anna och bor här     | anna  | 1",
    "min son Elias går i skolan     | elias | 1",
    "handläggaren Lena ringde       | lena  | 1",
    "barnläkaren Lena ringde        | lena  | 1",
    "soc-handläggaren Lena ringde   | lena  | 1",
    "partiets gruppledare Björn     | björn | 1",
    "vi har många möjligheter Lena  | lena  | 0",
    "hej Anna, tack för svaret      | anna  | 2",
    "tack för svaret. mvh Peter     | peter | 2",
    "boende. Högaktningsfullt Gunnar Holm | gunnar | 2",
    "jag läste en bok om natten     | bok   | 0",
    "vi gick till affären sen       | affären | 0",
  })
  void nameCueIsStrongAfterNamingAndKinWordsAndVocativeAfterGreetings(String text, String word, int cue) {
    TextUnderTest t = new TextUnderTest(text.strip());
    assertEquals(cue, t.cues.nameCue(t.token(word)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "hon bor i Kiruna sen länge    | kiruna  | true",
    "vi flyttade från Malmö        | malmö   | true",
    "han gav den till Zarvina      | zarvina | false",
    "hon log mot Karin             | karin   | false",
  })
  void locativeCueIsAPrepositionOfPlaceButNotABareTillOrMot(String text, String word, boolean locative) {
    TextUnderTest t = new TextUnderTest(text.strip());
    assertEquals(locative, t.cues.places.locativeCue(t.token(word)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "två barn, lisa 5 år och theo  | lisa | true",
    "två barn, lisa (5) och theo   | lisa | true",
    "två barn, lisa, 7 år gammal   | lisa | true",
    "lisa 500 kronor i månaden     | lisa | false",
    "lisa 5 gånger om dagen        | lisa | false",
  })
  void anAgeRightAfterTheWordNamesIt(String text, String word, boolean age) {
    TextUnderTest t = new TextUnderTest(text.strip());
    assertEquals(age, t.cues.ages.ageAfter(t.token(word)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "vi bor på Gotland sen länge          | gotland | true",
    "han satsar på Kreta i sommar         | kreta | true",
    "han lyssnar på Mendelssohn varje dag | mendelssohn | false",
    "jag litar inte på Kassandra längre   | kassandra | false",
    "vi väntade på Lennart i en timme     | lennart | false",
  })
  void påPlacesAProperNounUnlessAVerbTakesAPersonWithIt(String text, String word, boolean placed) {
    TextUnderTest t = new TextUnderTest(text.strip());
    assertEquals(placed, t.cues.places.afterPå(t.token(word)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "vi var hos lisa igår       | lisa | true",
    "jag ringde mark i morse    | mark | true",
    "skickade sms till sten     | sten | true",
    "ring lisa om du vill prata | lisa | true",
    "kontakta klara på skolan   | klara | true",
    "smsa sten när du är framme | sten | true",
    "vi gick till sten och grus | sten | false",
  })
  void aPersonGovernorBeforeTheWord(String text, String word, boolean governed) {
    TextUnderTest t = new TextUnderTest(text.strip());
    assertEquals(governed, t.cues.personGovernor(t.token(word)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "mamma heter inga och pappa     | inga | true",
    "han heter hans.                | hans | true",
    "vad heter hans mamma           | hans | false",
  })
  void aWordFormAfterANamingVerbIsTheNameOnlyWhereItsPhraseEnds(String text, String word, boolean named) {
    TextUnderTest t = new TextUnderTest(text.strip());
    assertEquals(named, t.cues.naming.namedWordForm(t.token(word)));
  }

  @ParameterizedTest
  @CsvSource({"herr mitter kom, mitter", "doktor gren sa, gren"})
  void aTitleBeforeTheWord(String text, String word) {
    TextUnderTest t = new TextUnderTest(text);
    assertTrue(t.cues.afterTitle(t.token(word)));
  }

  @ParameterizedTest
  @CsvSource({"Region Skåne betalar, true", "region stockholm betalar, true", "regionen betalar, false"})
  void aRegionNamedAfterTheWordRegionIsThePublicBody(String text, boolean body) {
    TextUnderTest t = new TextUnderTest(text);
    assertEquals(body, t.tokens.is(0, "region") && t.cues.places.isRegionBody(0));
  }

  @ParameterizedTest
  @CsvSource({"en björn 5 år gammal, björn", "den dag vi kom, dag"})
  void anArticleBeforeTheWord(String text, String word) {
    TextUnderTest t = new TextUnderTest(text);
    assertTrue(t.cues.afterArticle(t.token(word)));
    assertFalse(new TextUnderTest("min " + word).cues.afterArticle(1));
  }
}
