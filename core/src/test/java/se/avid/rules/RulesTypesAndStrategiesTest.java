package se.avid.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;
import se.avid.EntityType;
import se.avid.redact.MaskStrategy;
import se.avid.redact.PseudonymStrategy;

/** The rules file declares types and chooses strategies; every mistake names its line. */
class RulesTypesAndStrategiesTest {

  private static String problem(String content) {
    return assertThrows(RulesException.class, () -> Rules.parse("kommun.txt", content)).getMessage();
  }

  @Test
  void anUnknownTypeWithoutALabelFailsWithItsLine() {
    String message = problem("# regler\n\n[type SKOSTORLEK]\nredact = 0.5\n");
    assertEquals("kommun.txt:3: unknown type 'SKOSTORLEK'", message.substring(0, message.indexOf(':', 15)));
  }

  @Test
  void aPatternOfAnUndeclaredTypeFailsWithTheLineOfItsType() {
    String message = problem("[pattern dnr]\nshape = DDDD\ntype = DIARIENR\nscore = 0.9\n");
    assertEquals("kommun.txt:3: unknown type 'DIARIENR'", message.substring(0, message.indexOf(':', 15)));
  }

  @Test
  void aDenySectionOfAnUnknownTypeFailsWithItsLine() {
    String message = problem("[allow]\nMalmö stad\n[deny PERSONAL]\nLena Holm\n");
    assertEquals("kommun.txt:3: unknown type 'PERSONAL'", message.substring(0, message.indexOf(':', 15)));
  }

  @Test
  void anUnknownStrategyFailsWithItsLineAndTheChoices() {
    assertEquals("kommun.txt:3: unknown strategy 'stjärnor': expected one of [label, english-label, pseudonym,"
        + " english-pseudonym, mask, remove]", problem("[type PHONE]\nredact = 0.5\nstrategy = stjärnor\n"));
  }

  @Test
  void aBuiltInTypeCannotBeRelabelled() {
    assertEquals("kommun.txt:2: the built-in type NAME has its label already",
        problem("[type NAMN]\nlabel = PERSON\n"));
  }

  @Test
  void aLabelWithBracketsFailsWithItsLine() {
    assertEquals("kommun.txt:2: a label is 1 to 40 chars without brackets, control chars or surrounding space",
        problem("[type ANSTALLD]\nlabel = [ANSTÄLLD]\n"));
  }

  @Test
  void englishWithoutLabelFails() {
    assertEquals("kommun.txt:3: 'english' without 'label'", problem("[type NAME]\nredact = 0.6\nenglish = PERSON\n"));
  }

  @Test
  void aTypeSectionChoosesTheStrategyOfABuiltInType() {
    Rules rules = Rules.parse("kommun.txt", "[type NAMN]\nstrategy = pseudonym\n[type PHONE]\nstrategy = MASK\n");
    assertSame(PseudonymStrategy.SWEDISH, rules.typeRules().get(EntityType.NAME).strategy());
    assertSame(MaskStrategy.SHAPE, rules.typeRules().get(EntityType.PHONE).strategy());
  }

  @Test
  void theStrategiesOfARulesFileApplyToTheAnonymizer() {
    Rules rules = Rules.parse("kommun.txt", "[deny NAME]\nLena Holm\nPeter\n[type NAME]\nstrategy = pseudonym\n");
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(rules).build();
    assertEquals("[NAMN 1] ringde [NAMN 2], sedan ringde [NAMN 1] igen.",
        a.redact("Lena Holm ringde Peter, sedan ringde Lena Holm igen."));
  }

  @Test
  void aDeclaredTypeIsReportedByTheDenyListWithItsLabel() {
    Rules rules = Rules.parse("kommun.txt", "[type ANSTALLD]\nlabel = ANSTÄLLD\n[deny ANSTALLD]\nkurator Lena\n");
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(rules).build();
    assertEquals("Prata med [ANSTÄLLD] på mottagningen.", a.redact("Prata med kurator Lena på mottagningen."));
  }

  @Test
  void theExampleOfTheRulesJavadocRedactsACaseNumberWithItsOwnLabel() {
    Rules rules = Rules.parse("malmo-rules.txt", """
        [deny NAME]
        Lena Holm

        [allow]
        Malmö stad

        [pattern e-case]
        type  = OTHER
        shape = sn-DDDD-D{5}
        score = 0.9

        [type PLACE]
        review = 0.3
        redact = 0.6
        strategy = pseudonym

        [type DIARIENUMMER]
        label = DIARIENUMMER
        english = CASE_NUMBER

        [deny DIARIENUMMER]
        SOF 2024/1234
        """);
    Anonymizer a = Anonymizer.builder().serviceLoading(false).rules(rules).build();
    assertEquals("Ärendet [DIARIENUMMER] hos Malmö stad, handläggare [NAMN].",
        a.redact("Ärendet SOF 2024/1234 hos Malmö stad, handläggare Lena Holm."));
  }
}
