package se.avid.models.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.AnalysisResult;
import se.avid.Anonymizer;
import se.avid.Finding;

/**
 * The weaker signals of a lowercased post: a word that is no word in a position where people are
 * named, and the weak evidence that adds up to a post's risk. Each test names the signal a word
 * gives, and whether the post is flagged in a service that reviews from 0.3.
 */
class WeakSlotsTest {

  /** The review signal alone, every finding under the redact threshold left for review. */
  private static final Anonymizer EVERY = Anonymizer.builder().serviceLoading(false).explanations(true)
      .addDetector(ResidualLeakDetector.builder().build()).reviewThreshold(0).build();

  /** The review signal alone, in a service that reviews from 0.3. */
  private static final Anonymizer MODERATED = Anonymizer.builder().serviceLoading(false)
      .addDetector(ResidualLeakDetector.builder().build()).reviewThreshold(0.3).build();

  /** Each finding as its signal and the word it stands on. */
  private static List<String> signals(String text) {
    return EVERY.assess(text).forReview().stream().map(f -> signalOf(f) + " " + f.valueIn(text)).toList();
  }

  private static String signalOf(Finding f) {
    for (ResidualSignal s : ResidualSignal.values()) {
      if (s.explanation().equals(f.explanation())) {
        return s.name();
      }
    }
    return f.explanation();
  }

  private static boolean flags(String text) {
    return MODERATED.assess(text).needsReview();
  }

  @Test
  void aWordThatIsNoWordAfterHosIsAName() {
    String text = "min mamma kastade ut mig. sover hos jannick nu";
    assertEquals(List.of("UNKNOWN_AFTER_PERSON_PREPOSITION jannick"), signals(text));
    assertTrue(flags(text));
  }

  @Test
  void anOrdinaryWordAfterHosIsNothing() {
    assertEquals(List.of(), signals("min mamma kastade ut mig. sover hos mormor nu"));
  }

  @Test
  void aWordThatIsNoWordBeforeAnAgeIsAName() {
    assertEquals(List.of("UNKNOWN_BEFORE_AGE_OR_PHONE qwilma"), signals("jag ville bara säga tack. qwilma, 12"));
  }

  @Test
  void aWordThatIsNoWordBeforeAPhoneNumberIsAName() {
    assertTrue(signals("är det en bluff? ring donnis 0611-22 314").contains("UNKNOWN_BEFORE_AGE_OR_PHONE donnis"));
  }

  @Test
  void aWordThatIsNoWordBeforeAMeasureIsNoAgedName() {
    assertEquals(List.of("UNKNOWN_WORD zorbu"), signals("han tog zorbu 12 kg"));
  }

  @Test
  void aWordThatIsNoWordBeforeAVerbOfAPersonIsASubject() {
    String text = "hur får vi hjälp? noria blir arg när vi tar upp det";
    assertEquals(List.of("UNKNOWN_SUBJECT noria"), signals(text));
    assertTrue(flags(text));
  }

  @Test
  void aPronounBeforeAVerbIsNothing() {
    assertEquals(List.of(), signals("hur får vi hjälp? jag blir arg när vi tar upp det"));
  }

  @Test
  void aWordThatIsNoWordInANicknamesShapeIsAName() {
    assertEquals(List.of("UNKNOWN_NICKNAME kimmis"), signals("tack till rådgivningen och särskilt kimmis. ni räddade mig"));
  }

  @Test
  void aVerbsPastWithADoubledDIsNoNickname() {
    assertEquals(List.of(), signals("de smidde vapen och sköldar"));
  }

  @Test
  void aWordFormInANicknamesShapeIsWeakEvidenceOnly() {
    String text = "min son går i femman på skolan";
    assertEquals(List.of("NICKNAME_SHAPE femman"), signals(text));
    assertFalse(flags(text));
  }

  @Test
  void theNameOfAWebSiteIsNoPlace() {
    assertEquals(List.of(), signals("på gotland.se står det om ansökan om hemtjänst"));
  }

  @Test
  void theNeuterOfAnAdjectiveAtTheEndOfAPostIsNothing() {
    assertEquals(List.of(), signals("han bor med hunden. polisen säger civilrättsligt."));
  }

  @Test
  void anUnlistedFormAfterANameCueIsWeakEvidenceOnly() {
    String text = "min kille talle i skolan"; // before a verb of a person it is its subject: CUED_FORM_BEFORE_VERB
    assertEquals(List.of("CUED_RARE_FORM talle"), signals(text));
    assertFalse(flags(text));
  }

  @Test
  void aCountedNameOutsideAPositionOfAPersonIsWeakEvidenceOnly() {
    String text = "sen ringde jaffar igen";
    assertEquals(List.of("COUNTED_NAME jaffar"), signals(text));
    assertFalse(flags(text));
  }

  @Test
  void weakSignalsOfOnePostAddUpToARiskHeldAtItsMeasuredReliability() {
    // unknown words: their risk stands on the first, above each alone, held at what such risk findings measured
    String text = "vi har sett zorbu, qwilma och trebbox på stan";
    List<Finding> review = EVERY.assess(text).forReview();
    Finding risk = review.get(0);
    assertEquals(ResidualSignal.POST_RISK.explanation() + PostRisk.STRONGEST + "unknown word", risk.explanation());
    assertTrue(risk.score() > ResidualSignal.UNKNOWN_WORD.score() && risk.score() <= ResidualSignal.POST_RISK.score(),
        review.toString());
    assertFalse(flags(text));
  }

  @Test
  void aRiskNoHigherThanTheStrongestWeakSignalIsNotReported() {
    String text = "sen ringde jaffar igen. min kille talle i skolan";
    assertEquals(List.of("COUNTED_NAME jaffar", "CUED_RARE_FORM talle"), signals(text));
  }

  @Test
  void aWordAfterHeterSaidOfSomeoneIsANameWhateverListHoldsIt() {
    String text = "min kille heter sotte och är snäll";
    assertEquals(List.of("NAMED_WORD sotte"), signals(text));
    assertTrue(flags(text));
  }

  @Test
  void aWordAfterHeterSaidOfAThingIsNothing() {
    assertEquals(List.of(), signals("finns det något som heter anhörigstöd på distans"));
  }

  @Test
  void theWordAfterANameACueIntroducesMayBeItsSurname() {
    assertEquals(List.of("CUED_NAME ask", "SURNAME_AFTER_FIRST_NAME zorbu"), signals("min son ask zorbu har adhd"));
    assertEquals(List.of("CUED_NAME ask"), signals("min son ask har adhd"));
  }

  @Test
  void anUnknownWordAfterAVerbOfResidenceIsAPlace() {
    String text = "vi flyttade till zorbu i somras";
    assertEquals(List.of("RESIDENCE_PLACE zorbu"), signals(text));
    assertTrue(flags(text));
  }
}
