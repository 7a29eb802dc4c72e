package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;

class InstitutionDetectorTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(InstitutionDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @Test
  void genitiveBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE Lindgårdens"), places("Mamma bor på Lindgårdens äldreboende i Ljungby."));
  }

  @Test
  void genitiveBeforeDailyActivitiesIsThePlace() {
    assertEquals(List.of("PLACE Tallbackens"), places("Han går på Tallbackens dagliga verksamhet."));
  }

  @Test
  void nameAfterAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE Solrosen"), places("Hon går på förskolan Solrosen sedan i höstas."));
  }

  @Test
  void capitalisedCompoundEndingInAnInstitutionIsAPlace() {
    assertEquals(List.of("PLACE Mälarsjukhuset"), places("Jag låg en vecka på Mälarsjukhuset i våras."));
  }

  @Test
  void lowercaseCompoundWithANameAsFirstPartIsAPlace() {
    assertEquals(List.of("PLACE falkenbergsskolan"), places("vi bor i kalmar och skolan heter falkenbergsskolan"));
  }

  @Test
  void lowercaseCompoundOfOrdinaryWordsIsNot() {
    assertEquals(List.of(), places("han går i grundskolan och bor i familjehemmet"));
  }

  @Test
  void aRareSchoolCompoundOfTheDictionaryIsFlaggedForReview() {
    List<String> found = new java.util.ArrayList<>();
    String text = "min dotter går på katedralskolan i lund";
    InstitutionDetector.create().detect(se.avid.text.ScanText.of(text),
        (start, end, type, score) -> found.add(text.substring(start, end) + " " + score));
    List<String> scores = found;
    assertEquals(List.of("katedralskolan " + InstitutionDetector.RARE_DICTIONARY_COMPOUND_SCORE), scores);
  }

  @Test
  void aFrequentSchoolWordIsNotFlagged() {
    assertEquals(List.of(), ALONE.analyze("hon går i grundskolan och sedan på gymnasiet"));
  }

  @Test
  void theWholeProperPartBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE Drottning Silvias"), places("Hon låg fem dagar på Drottning Silvias barnsjukhus."));
    assertEquals(List.of("PLACE S:t Görans"), places("Kan jag ringa akuten på S:t Görans sjukhus?"));
    assertEquals(List.of("PLACE De la Gardiegymnasiet"), places("Han går första året på De la Gardiegymnasiet i Lidköping."));
  }

  @Test
  void aSentencesFirstOrdinaryWordIsNoPartOfTheName() {
    assertEquals(List.of("PLACE Lindgårdens"), places("På Lindgårdens äldreboende är det lugnt."));
  }

  @Test
  void hospitalShortFormInCapitalsIsAPlace() {
    assertEquals(List.of("PLACE KS"), places("Hon ligger på KS sedan i går."));
  }

  @Test
  void hospitalShortFormInLowercaseIsNot() {
    assertEquals(List.of(), places("det är ks och us som gäller"));
  }

  @Test
  void hospitalNameAfterAPrepositionIsAPlace() {
    assertEquals(List.of("PLACE sahlgrenska"), places("pappa opererades på sahlgrenska i fredags"));
  }

  @Test
  void possessiveBeforeAnInstitutionNounIsNot() {
    assertEquals(List.of(), places("Hans vårdcentral och kommunens äldreboende har inte svarat."));
  }

  @Test
  void publicBodyStays() {
    assertEquals(List.of(), places("Jag har pratat med Försäkringskassan och skolan."));
  }

  @Test
  void lowercaseGenitiveShapedLikeAPlaceBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE lindgårdens", "PLACE ekdalens"),
        places("mamma bor på lindgårdens äldreboende och pappa på ekdalens demensboende"));
  }

  @Test
  void lowercaseGenitiveOfAListedPlaceBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE handens"), places("hon jobbar på handens vårdcentral"));
  }

  @Test
  void lowercaseGenitiveOfAPersonOrAnOrdinaryNounIsTheOwner() {
    assertEquals(List.of(), places("annas förskola, mammas vårdcentral och kommunens äldreboende"));
  }

  @Test
  void lowercaseDefiniteNounAfterADefiniteInstitutionNounIsItsName() {
    assertEquals(List.of("PLACE blåklockan"), places("jag jobbar på förskolan blåklockan i uddevalla"));
  }

  @Test
  void verbsAdverbsAndPrepositionsAfterAnInstitutionNounAreNoName() {
    assertEquals(List.of(), places("förskolan ringde igen och sedan var skolan stängd, förskolan sen"));
  }

  @Test
  void lowercaseCompoundOfAWordAndAnInstitutionEndingTheDictionaryLacksIsAPlace() {
    assertEquals(List.of("PLACE parkskolan"), places("jag är lärare på parkskolan i vännäs"));
  }
}
