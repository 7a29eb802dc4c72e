package se.avid.models.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;

/** The positions that name a place or a person in a lowercased post, flagged in the review band. */
class ResidualSlotsTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidualLeakDetector.builder().build()).reviewThreshold(0.3).build();

  private static List<String> flagged(String text) {
    return ALONE.assess(text).forReview().stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @Test
  void anUnknownWordAfterAPlacePrepositionIsFlagged() {
    assertEquals(List.of("PLACE zorbu"), flagged("han ligger inne på zorbu sedan i fredags"));
  }

  @Test
  void aShortFormOfAKeptNameAfterAPrepositionIsNot() {
    assertEquals(List.of(), flagged("han skrev till mig på insta igår"));
  }

  @Test
  void compoundsPluralsAndParticiplesAfterAPrepositionAreNot() {
    assertEquals(List.of(), flagged("vi sov på natthärbärget och var ute på kvällarna med ärvda kläder"));
  }

  @Test
  void aLowercaseAcronymAfterAPrepositionIsNot() {
    assertEquals(List.of(), flagged("jag har pratat med någon på rfsl om det"));
  }

  @Test
  void aListedDistrictThatIsAlsoAWordIsFlaggedAfterAPreposition() {
    assertEquals(List.of("PLACE kista"), flagged("pappa bor i kista och jag hos mamma"));
  }

  @Test
  void anUnknownCompoundWithAPlaceEndingAfterAPrepositionIsFlagged() {
    assertEquals(List.of("PLACE lönnängen"), flagged("vi träffades vid lönnängen efter skolan"));
  }

  @Test
  void aDefiniteNounBeforeAnIndefiniteInstitutionNounIsFlagged() {
    assertEquals(List.of("PLACE björkgården"), flagged("mormor bor på björkgården äldreboende nu"));
  }

  @Test
  void aDefiniteNounAfterAnIndefiniteInstitutionNounIsFlagged() {
    assertEquals(List.of("PLACE myrstacken"), flagged("vår förskola myrstacken har stängt köket"));
  }

  @Test
  void anOrdinaryWordAfterADefiniteInstitutionNounIsNot() {
    assertEquals(List.of(), flagged("vad gör skolan egentligen åt det"));
  }

  @Test
  void aListedPlaceAfterAnInstitutionNounIsFlagged() {
    assertEquals(List.of("PLACE lund"), flagged("jag går till en vårdcentral lund har flera"));
  }

  @Test
  void theWordsBeforeANamingVerbAndAPronounAreFlagged() {
    assertEquals(List.of("NAME ask"), flagged("hon är 19. ask heter hon och bor hemma"));
  }

  @Test
  void aQuestionWordBeforeANamingVerbIsNot() {
    assertEquals(List.of(), flagged("vad heter hon egentligen"));
  }

  @Test
  void aPrepositionBeforeANamingVerbIsNot() {
    assertEquals(List.of(), flagged("på insta heter hon något annat"));
  }

  @Test
  void aRarerFirstNameRightAfterAKinNounIsFlagged() {
    assertEquals(List.of("NAME ask"), flagged("min son ask har svårt i skolan"));
  }

  @Test
  void aFrequentWordAfterTheGenericManIsNot() {
    assertEquals(List.of(), flagged("hur ska man klara sig på det"));
  }

  @Test
  void aRelationNounAfterAPossessiveIsACue() {
    assertEquals(List.of("NAME ask"), flagged("min man ask har druckit igen"));
  }

  @Test
  void anUnlistedFormAfterACueBeforeAVerbOfAPersonIsFlagged() {
    assertEquals(List.of("NAME atte"), flagged("min kompis atte tar xanax som hon köper"));
    assertEquals(List.of("NAME ligge"), flagged("min tjej ligge skär sig"));
  }

  @Test
  void anUnlistedFormAfterACueBeforeAPrepositionIsNot() {
    assertEquals(List.of(), flagged("min tjej ligge på sjukhus")); // a typed "ligger"
  }

  @Test
  void anUnlistedFormGreetedOrInACleftIsFlagged() {
    assertEquals(List.of("NAME nejdet"), flagged("hej nejdet! tack för svaret."));
    assertEquals(List.of("NAME gospava"), flagged("det var gospava som ringde polisen i går."));
  }

  @Test
  void aFrequentWordGreetedOrInACleftIsNot() {
    assertEquals(List.of(), flagged("hej igen! tack för svaret."));
    assertEquals(List.of(), flagged("det var pappa som ringde polisen i går."));
  }

  @Test
  void aShortDigitRunAfterANumberCueIsFlagged() {
    assertEquals(List.of("OTHER 45 81"), flagged("ring mig, tel 45 81 efter fem"));
  }

  @Test
  void aShortNumberWithoutACueIsNot() {
    assertEquals(List.of(), flagged("vi har bott här i 4581 dagar"));
  }
}
