package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;
import se.avid.text.ScanText;

/** Lowercase proper parts of institutions that are ordinary compounds ending like a name ({@link NameElements}). */
class InstitutionNameElementsTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(InstitutionDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  /** Every finding of the detector, with its score, below the redact threshold too. */
  private static List<String> scored(String text) {
    List<String> found = new ArrayList<>();
    InstitutionDetector.create().detect(ScanText.of(text), (start, end, type, score) -> found.add(text.substring(start, end) + " " + score));
    return found;
  }

  @ParameterizedTest
  @CsvSource({"min son går på solrosens förskola, solrosens", "hon är listad på granbackens vårdcentral, granbackens",
      "pappa bor på lindängens demensboende, lindängens", "pappa bor pa lindangens demensboende, lindangens",
      "vi fick plats på ekhagens gruppboende, ekhagens"})
  void aGenitiveCompoundEndingLikeANameBeforeAnInstitutionNounIsItsProperPart(String text, String proper) {
    assertEquals(List.of("PLACE " + proper), places(text));
  }

  @Test
  void anOwnersGenitiveBeforeAnInstitutionNounStays() {
    assertEquals(List.of(), places("kommunens förskola, barnens skola, stadens vårdcentral och grannens förskola"));
  }

  @ParameterizedTest
  @CsvSource({"mamma bor på vårsol äldreboende, vårsol", "han går på ekbacken förskola, ekbacken",
      "han gar pa solgarden skola, solgarden", "pappa sitter på anstalten vårsol, vårsol"})
  void aCompoundEndingLikeANameNextToAnInstitutionNounIsItsProperPart(String text, String proper) {
    assertEquals(List.of("PLACE " + proper), places(text));
  }

  @Test
  void anAdjectiveBeforeAnInstitutionNounStays() {
    assertEquals(List.of(), places("han går på en ny förskola och hon på en privat vårdcentral"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hassellundsgymnasiet", "solbackaskolan", "ekhagakliniken", "granbackamottagningen",
      "furulundgarden", "ekdalsforskolan"})
  void aLowercaseCompoundOfANameShapedPartAndAnInstitutionEndingIsAPlace(String word) {
    assertEquals(List.of("PLACE " + word), places("min son var på " + word + " i går"));
  }

  @Test
  void aLowercaseHospitalOfAWordTheDictionaryLacksIsRedacted() {
    assertEquals(List.of("parksjukhuset " + InstitutionDetector.LOWERCASE_WORD_COMPOUND_SCORE),
        scored("hon fick åka till parksjukhuset"));
  }

  @Test
  void aLowercaseUpperSchoolOfAWordIsFlaggedNotRedacted() {
    double flag = InstitutionDetector.RARE_DICTIONARY_COMPOUND_SCORE;
    assertEquals(List.of("nobelgymnasiet " + flag, "estetgymnasiet " + flag),
        scored("nobelgymnasiet har öppet hus, hon var på estetgymnasiet"));
    // a kind of upper school, of a sport or a trade, is neither
    assertEquals(List.of(), scored("hockeygymnasiet har öppet hus, hon var på yrkesgymnasiet"));
  }

  @Test
  void aLowercaseUpperSchoolOfAWordIsRedactedWhereSomeoneGoesToIt() {
    assertEquals(List.of("nobelgymnasiet " + InstitutionDetector.LOWERCASE_WORD_COMPOUND_SCORE),
        scored("min son går på nobelgymnasiet sedan i höstas"));
  }

  @Test
  void aLowercaseUpperSchoolIsRedactedWhereSomeoneStudiesAProgrammeAtIt() {
    assertEquals(List.of("täljegymnasiet " + InstitutionDetector.LOWERCASE_WORD_COMPOUND_SCORE),
        scored("jag e 18 o pluggar el på täljegymnasiet"));
  }

  @Test
  void aClinicOrReceptionOfAnOrdinaryWordStays() {
    assertEquals(List.of(), places("hon var på tandkliniken, barnkliniken, ungdomsmottagningen och bup-mottagningen"));
    assertEquals(List.of(), places("hon var på BUP-mottagningen i går"));
  }

  @ParameterizedTest
  @CsvSource({"hon ligger på lärkans vårdcentral, lärkans", "vi har plats på kastanjens gruppboende, kastanjens",
      "jag jobbar på linden daglig verksamhet, linden", "jag jobbar pa lindens gruppboende, lindens"})
  void aWordOfNatureAloneNextToAnInstitutionNounIsItsName(String text, String proper) {
    assertEquals(List.of("PLACE " + proper), places(text));
  }

  @Test
  void aWordOfNatureAwayFromAnInstitutionNounStays() {
    assertEquals(List.of(), places("barnen lekte under eken och tittade på lärkan vid förskolan"));
  }
}
