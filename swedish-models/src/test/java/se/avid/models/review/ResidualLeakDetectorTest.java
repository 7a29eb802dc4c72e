package se.avid.models.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.AnalysisResult;
import se.avid.Anonymizer;
import se.avid.EntityType;
import se.avid.Finding;

class ResidualLeakDetectorTest {

  /** The review signal alone, in a service that reviews from 0.3 and redacts from 0.5. */
  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidualLeakDetector.builder().build()).reviewThreshold(0.3).build();

  /** Every detector, as a moderated service runs them. */
  private static final Anonymizer MODERATED = Anonymizer.builder().reviewThreshold(0.3).build();

  private static List<String> flagged(String text) {
    return ALONE.assess(text).forReview().stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @Test
  void capitalisedUnknownWordInsideASentenceIsFlagged() {
    assertEquals(List.of("NAME Xiomara"), flagged("Jag träffade Xiomara igår på stan."));
  }

  @Test
  void aTownAbroadWhereSomeoneLivesIsFlaggedByItsLettersOrAsAName() {
    assertEquals(List.of("PLACE đà nẵng"), flagged("ex-man flyttade till đà nẵng och han betalar inte"));
    assertEquals(List.of("PLACE santiago"), flagged("dottern bor i santiago och säger att jag ska flytta dit"));
  }

  @Test
  void greetingsAndClosingsOfOtherLanguagesAreNot() {
    assertEquals(List.of(), flagged("Chào, jag skriver för min mamma. Un abrazo, och tack"));
    assertEquals(List.of(), flagged("Jag vill inte att han tappar språket. Tack.\nterveisin"));
    assertEquals(List.of(), flagged("En liten pension från Bosnien och Hercegovina, 1 100 kr i månaden."));
  }

  @Test
  void anOrganisationNamedByACompoundIsNot() {
    assertEquals(List.of(), flagged("Ska jag vända mig till föreningens styrelse eller Riksidrottsförbundet?"));
  }

  @Test
  void aReligiousOrCourtesyTitleBeforeANameIsNot() {
    assertEquals(List.of(), MODERATED.assess("Min pappa har lovat prästen, abouna Yakub, att jag ska gifta mig.").forReview());
    assertEquals(List.of(), MODERATED.assess("Läraren, som barnen kallar shejk Abdullahi, slår dem.").forReview());
  }

  @Test
  void capitalisedWordAtSentenceStartIsNot() {
    assertEquals(List.of(), flagged("Xiomara ringde igår. Hon var ledsen."));
  }

  @Test
  void ordinaryWordsPublicBodiesAndMedicinesAreNot() {
    assertEquals(List.of(), flagged("Jag har ringt Försäkringskassan och fått Sertralin av läkaren."));
  }

  @Test
  void acronymsAndHyphenatedNounsAreNot() {
    assertEquals(List.of(), flagged("Vi har varit på BUP för en ADHD-utredning och ett SIP-möte."));
  }

  @Test
  void capitalisedWordAfterANamingCueIsFlaggedEvenIfItIsAWord() {
    assertEquals(List.of("NAME Ros"), flagged("Min dotter heter Ros och är fem år."));
  }

  @Test
  void aFirstNameThatIsAWordBeforeAnAgeIsFlagged() {
    assertEquals(List.of("NAME ask"), flagged("en elev, ask, 8 år, berättade idag att pappa slår"));
    assertEquals(List.of("NAME vilja"), flagged("vi har ett barn med funktionsvariation, vilja 9 år, och behöver hjälp"));
  }

  @Test
  void aWordBeforeAnAgeInsideASentenceIsNot() {
    assertEquals(List.of(), flagged("domen blir max 3 år och han får vänta minst 2 år"));
  }

  @Test
  void properPartBeforeAnInstitutionNounIsFlagged() {
    assertEquals(List.of("PLACE lindgårdens"), flagged("mamma bor på lindgårdens äldreboende sedan i maj."));
  }

  @Test
  void possessiveBeforeAnInstitutionNounIsNot() {
    assertEquals(List.of(), flagged("mamma bor på kommunens äldreboende och hans vårdcentral är nära."));
  }

  @Test
  void aShortWeekdayAfterAPlacePrepositionIsNot() {
    assertEquals(List.of(), flagged("har tre prov på tor och ett på fre och jag har inte börjat plugga"));
  }

  @Test
  void aKinNounsGenitiveAfterAPossessiveBeforeAnInstitutionNounIsNot() {
    assertEquals(List.of(), flagged("fritids på min sons skola öppnar 06.30."));
    assertEquals(List.of(), flagged("en i personalen på hennes dotters förskola skrev om oss."));
  }

  @Test
  void aKinNounsGenitiveWithoutAPossessiveBeforeAnInstitutionNounIsNot() {
    assertEquals(List.of(), flagged("mammas äldreboende är dåligt och pappas vårdcentral är bättre."));
  }

  @Test
  void theWordAfterAFirstNamesGenitiveIsNoSurname() {
    assertFalse(flagged("han gjorde en omprövning av vår dotter ronjas assistansersättning förra året.")
        .contains("NAME assistansersättning"));
  }

  @Test
  void anAdverbInVisBeforeAnInstitutionNounIsNot() {
    assertEquals(List.of(), flagged("vi har gemensam vårdnad och växelvis boende i kiruna."));
  }

  @Test
  void aRoleNounAfterANamingVerbIsNotButTheNameAfterItIs() {
    assertEquals(List.of("NAME andreas", "NAME falk"), flagged("en polis som sa att han hette kommissarie andreas falk ringde."));
  }

  @Test
  void capitalisedCompoundEndingInAnInstitutionIsFlagged() {
    assertEquals(List.of("PLACE Katedralskolan"), flagged("Min son går på Katedralskolan och trivs."));
  }

  @Test
  void lowercaseCompoundOfOrdinaryWordsIsNot() {
    assertEquals(List.of(), flagged("hon går i grundskolan och bor i familjehemmet."));
  }

  @Test
  void placeTypedWithoutSwedishLettersIsFlagged() {
    assertEquals(List.of("PLACE vasteras"), flagged("jag bor i vasteras med mamma."));
  }

  @Test
  void smallLocalityAfterAPlacePrepositionIsFlagged() {
    assertEquals(List.of("PLACE agunnaryd"), flagged("vi flyttade till agunnaryd i somras."));
  }

  @Test
  void aRareWordWhereSomeoneLivesOrAnInstitutionStandsIsFlagged() {
    assertEquals(List.of("PLACE fäladen"), flagged("min kompis bor på fäladen med sin mamma"));
    assertEquals(List.of("PLACE forsa"), flagged("jag har pratat med en kurator på vårdcentralen i forsa men"));
  }

  @Test
  void aRareDefiniteNounWhereAHomesStaffWorkIsFlagged() {
    assertEquals(List.of("PLACE lövet"), flagged("hon har inga vänner utom personalen på lövet"));
  }

  @Test
  void aRareDefiniteNounWhereSomeoneGoesOrWorksIsNot() {
    assertEquals(List.of(), flagged("han går på träningen varje dag"));
    assertEquals(List.of(), flagged("hon jobbar på pappersbruket sen i våras"));
  }

  @Test
  void aFrequentWordWhereSomeoneLivesIsNot() {
    assertEquals(List.of(), flagged("han bor i huset med sin mamma och har ont i magen"));
    assertEquals(List.of(), flagged("hon har gått på skolan i två år och trivs"));
    assertEquals(List.of(), flagged("jag bor på elevhem i veckorna och åker hem på fredagar"));
    assertEquals(List.of(), flagged("hon sa att blåmärket kom från handbollen i tisdags"));
    assertEquals(List.of(), flagged("hon låg inne på sjukhus i vintras"));
  }

  @Test
  void aKindOfPlaceOrATimeWhereSomeoneLivesOrAUnitStandsIsNoPlace() {
    assertEquals(List.of(), flagged("hon ska börja gymnasiet i höst och vi bor kvar"));
    assertEquals(List.of(), flagged("jag bor på internatet och det kostar mycket"));
    assertEquals(List.of(), flagged("när jag pratade med enhetschefen på måndagen visste hon inget"));
    assertEquals(List.of(), flagged("chefen på bageriet säger att jag kan jobba"));
  }

  @Test
  void aSchoolYearAfterAnInstitutionAndIIsNoPlace() {
    assertEquals(List.of(), flagged("han går på skolan i trean och trivs"));
    assertEquals(List.of(), flagged("dottern började på förskolan i femman"));
  }

  @Test
  void wordTypedWithoutSwedishLettersIsNot() {
    assertEquals(List.of(), flagged("jag vet inte vad jag ska gora nar han slar mig."));
  }

  @Test
  void longDigitRunIsFlagged() {
    assertEquals(List.of("OTHER 913 260 471-1"), flagged("pengarna gick till kontot 913 260 471-1 i fredags."));
  }

  @Test
  void amountsAndServiceNumbersAreNot() {
    assertEquals(List.of(), flagged("lånet är 1 250 000 kr och jag ringde 020-50 50 50 i går."));
    // a number the phone detector keeps, though not of a service prefix
    assertEquals(List.of(), flagged("vi har ringt Giftinformationscentralen 010-456 67 00 men det tutar upptaget."));
  }

  @Test
  void shortSignatureAfterTheLastSentenceIsFlagged() {
    assertEquals(List.of("NAME xiomara"), flagged("vad ska jag göra? /xiomara"));
  }

  @Test
  void whatAnotherDetectorRedactsDoesNotFlagThePost() {
    String text = "Min syster Xiomara Lindqvist bor i Kiruna.";
    AnalysisResult result = MODERATED.assess(text);
    assertTrue(result.redacted().stream().anyMatch(f -> f.valueIn(text).contains("Xiomara")), result.toString());
    assertFalse(result.needsReview(), result.toString());
  }

  @Test
  void everySignalScoresUnderTheRedactThreshold() {
    for (ResidualSignal signal : ResidualSignal.values()) {
      assertTrue(signal.score() > 0 && signal.score() < Anonymizer.DEFAULT_REDACT_THRESHOLD, signal.name());
    }
  }

  @Test
  void aFindingScoresItsSignalsReliabilityAndNamesItsSignal() {
    Anonymizer explaining = Anonymizer.builder().serviceLoading(false).explanations(true)
        .addDetector(ResidualLeakDetector.builder().build()).reviewThreshold(0.3).build();
    List<Finding> review = explaining.assess("pengarna gick till kontot 913 260 471-1 i fredags.").forReview();
    assertEquals(1, review.size());
    assertEquals(ResidualSignal.DIGIT_RUN.score(), review.get(0).score());
    assertEquals(ResidualSignal.DIGIT_RUN.explanation(), review.get(0).explanation());
  }

  @Test
  void aScoreSetOnTheBuilderReplacesEverySignalsOwn() {
    Anonymizer uniform = Anonymizer.builder().serviceLoading(false)
        .addDetector(ResidualLeakDetector.builder().score(0.35).build()).reviewThreshold(0.3).build();
    for (Finding f : uniform.assess("Jag träffade Xiomara på Katedralskolan, konto 913 260 471-1.").forReview()) {
      assertEquals(0.35, f.score());
    }
  }

  @Test
  void withoutAReviewBandNothingIsReportedOrRedacted() {
    Anonymizer plain = Anonymizer.builder().serviceLoading(false).addDetector(ResidualLeakDetector.builder().build()).build();
    AnalysisResult result = plain.assess("Jag träffade Xiomara på Katedralskolan.");
    assertEquals(List.of(), result.redacted());
    assertFalse(result.needsReview());
  }

  @Test
  void scoreOutsideZeroToOneIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> ResidualLeakDetector.builder().score(1.5));
  }

  @Test
  void reportsItsTypes() {
    assertEquals(java.util.Set.of(EntityType.NAME, EntityType.PLACE, EntityType.OTHER),
        ResidualLeakDetector.builder().build().types());
  }

  @Test
  void aFrequentWordThatHundredsAreCalledByRightAfterAKinNounIsFlagged() {
    assertEquals(List.of("NAME vilja"), flagged("min dotter vilja är 22 och mår dåligt"));
  }

  @Test
  void aVerbAfterAKinNounIsNot() {
    assertEquals(List.of(), flagged("min dotter vill inte gå till skolan"));
  }

  @Test
  void aCountedFirstNameCoordinatedWithAFirstNameIsFlagged() {
    assertEquals(List.of("NAME venla"), flagged("barnen ellen och venla har rätt till modersmål"));
  }

  @Test
  void aCountedFirstNameBeforeAFirstNameIsFlaggedToo() {
    assertEquals(List.of("NAME ask"), flagged("vi har ask och liv varannan vecka"));
  }

  @Test
  void anOrdinaryWordCoordinatedWithAFirstNameIsNot() {
    assertEquals(List.of(), flagged("barnen ellen och hunden leker ute"));
  }

  @Test
  void aWordTypedWithoutItsLettersIsNotFlagged() {
    assertEquals(List.of(), flagged("jag har skuld till en kille pa skolan"));
  }

  @Test
  void aPronounThatIsANameIsFlaggedRightAfterACueOnly() {
    // and the word after it, which may be the surname the name detector leaves
    assertEquals(List.of("NAME hans", "NAME berg"), flagged("min grannes sambo hans berg hotade mig"));
    assertEquals(List.of(), flagged("det var hans bil och inga andra"));
  }

  @Test
  void aLocalityTypedWithoutSwedishLettersAfterAPlacePrepositionIsFlagged() {
    assertEquals(List.of("PLACE stavsnas"), flagged("vi har stått i kö till förskola i stavsnas sedan mars"));
    assertEquals(List.of("PLACE timra"), flagged("vi bor i timra med barnen"));
  }

  @Test
  void aFrequentWordAfterAPlacePrepositionIsNotAPlaceByItsFoldedReading() {
    assertEquals(List.of(), flagged("jag var bara i skolan idag"));
  }

  @Test
  void aRoleNamedByACompoundCuesTheNameAfterIt() {
    assertEquals(List.of("NAME zelimkhan"), flagged("butikschefen zelimkhan sa att det inte funkade"));
  }

  @Test
  void aCompoundThatEndsInNoCueCuesNothing() {
    assertEquals(List.of(), flagged("personalen sa att det inte funkade"));
  }

  @Test
  void aWordNoListKnowsThatFiftyPeopleAreCalledByIsFlaggedAnywhere() {
    assertEquals(List.of("NAME jaffar"), flagged("vill att de bor hos mig. jaffar är 7 och går i skolan"));
  }

  @Test
  void aWordTypedWithoutSwedishLettersIsNoNameAnywhere() {
    assertEquals(List.of(), flagged("har kollat bilder pa nätet o det ser ut sa"));
  }

  @Test
  void chatAbbreviationsWithoutAVowelAreNoSignature() {
    assertEquals(List.of(), flagged("kan jag gå dit utan att mamma får veta? svara snabbt pls"));
    assertEquals(List.of("NAME kalle"), flagged("han tittar på mig varje rast. heter kalle btw"));
  }

  @Test
  void aPronounAfterACueIsANameOnlyBeforeASurnameOrAtTheEnd() {
    assertEquals(List.of(), flagged("han svarar inte o när jag ringer säger hans fru att han e borta"));
    assertEquals(List.of("NAME hans", "NAME berg"), flagged("min grannes sambo hans berg hotade mig igår"));
  }

  @Test
  void aFrequentWordThatIsAFirstNameIsFlaggedInTheSubjectSlotAfterACue() {
    assertEquals(List.of("NAME bo"), flagged("min son bo gråter varje kväll"));
  }

  @Test
  void anAdverbInTheSubjectSlotAfterACueIsNot() {
    assertEquals(List.of(), flagged("min son bara gråter varje kväll"));
    assertEquals(List.of(), flagged("min mamma också säger det"));
  }

  @Test
  void anAdjectiveBetweenPossessiveAndRelationKeepsTheCue() {
    assertEquals(List.of("NAME ask"), flagged("min nya kille ask har slagit mig"));
    assertEquals(List.of(), flagged("min bästa vän ville inte"));
  }

  @Test
  void aPronounThatIsANameIsFlaggedBeforeAVerbAfterACue() {
    assertEquals(List.of("NAME hans"), flagged("min morfar hans är sjuk"));
  }

  @Test
  void aRelationNounAndTillCueTheName() {
    assertEquals(List.of("NAME ask"), flagged("jag är mamma till ask som är 4"));
    assertEquals(List.of(), flagged("jag åkte till mamma till jul"));
  }

  @Test
  void whatAPersonIsCalledIsFlagged() {
    assertEquals(List.of("NAME lillen"), flagged("hon kallas lillen av alla"));
    assertEquals(List.of("NAME zigge"), flagged("vi kallar honom zigge"));
  }

  @Test
  void aFunctionWordTypedWithoutItsLettersIsNoFirstNameBeforeASurname() {
    assertEquals(List.of(), flagged("finns det nan dansklubb eller nat i hudiksvall for aldre"));
  }

  @Test
  void whatAConceptIsCalledIsNot() {
    assertEquals(List.of(), flagged("ett tillstånd som kallas schizofreni"));
  }

  @Test
  void aDoubleFirstNameCoordinatedWithANameIsFlagged() {
    // and the name before it, which the name detector, not run here, would take
    assertEquals(List.of("NAME robin", "NAME anna-lena"), flagged("idag kom robin o anna-lena hit"));
    assertEquals(List.of(), flagged("vi har en max-gräns"));
  }

  @Test
  void aGenitiveBeforeAnAdjectiveAndAnInstitutionNounIsFlagged() {
    assertEquals(List.of("PLACE solbackens"), flagged("mormor bor på solbackens särskilda boende"));
    assertEquals(List.of(), flagged("han flyttade till hans nya boende"));
    // a verb's passive in -s is no genitive
    assertEquals(List.of(), flagged("jag undrar om det finns samiska familjehem i norrbotten"));
  }

  @Test
  void aFrequentDefiniteNounBesideAnInstitutionNounIsNoName() {
    assertEquals(List.of(), flagged("kan han se vilken skola barnen går i om vi har gemensam vårdnad"));
    assertEquals(List.of("PLACE trollskogen"), flagged("hon går på förskola trollskogen sedan i höstas"));
  }

  @Test
  void aLanguageAfterPåIsNoPlace() {
    assertEquals(List.of(), flagged("jag har bett om tolk på kalo för min mamma"));
    assertEquals(List.of(), flagged("kan jag få papper på sorani?"));
    // after "litar på" an unknown word may be a person: still flagged
    assertEquals(List.of("PLACE nazrin"), flagged("jag litar inte på nazrin längre"));
  }

  @Test
  void aQuantityWordBeforeANumberAndAUnitIsNoNameAfterACue() {
    assertEquals(List.of(), flagged("läkaren säger max 3 veckor till"));
  }

  @Test
  void theSocialServicesActIsNoName() {
    assertEquals(List.of(), flagged("jag vill söka hjälp frivilligt enligt sol, men jag är rädd"));
    assertEquals(List.of(), flagged("Jag vill söka hjälp frivilligt enligt SoL, men jag är rädd."));
  }

  @Test
  void maxBeforeANumberOrANumeralIsALimitWithOrWithoutItsUnit() {
    assertEquals(List.of(), flagged("alla i klassen spelar minst 8 timmar. jag sa max 3"));
    assertEquals(List.of(), flagged("vi vill hälsa på men personalen säger max en timme"));
  }
}
