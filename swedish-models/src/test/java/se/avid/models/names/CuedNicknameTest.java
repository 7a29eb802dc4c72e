package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.Redactions;

/**
 * Right after a kin noun and its possessive ("min son", "min bror"), a lowercase word with a
 * nickname's shape is the person's nickname even if the dictionary reads it as a rare word; a
 * verb there stays a verb.
 */
class CuedNicknameTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Min son samme är 16.|samme",
    "Min bror kosse hotar mig.|kosse",
    "Min ex gusse flyttade till Turkiet.|gusse",
    // a partner in a firm names a person as a colleague does
    "min kompanjon björn har flyttat och vi pratar inte|björn",
  })
  void aNicknameAfterAKinNounIsAName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "min son tappade mobilen igen",
    "min kille pillar på mobilen hela kvällen",
  })
  void aVerbAfterAKinNounIsNot(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Jag vet inte vad jag ska göra. /lemar|lemar",
  })
  void aWordThatEndsThePostAfterASlashIsTheSignature(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @Test
  void aSlashSignatureMayEndWithTheWritersAgeAndTown() {
    assertEquals("stig", RedactedWords.in("jag ser ingenting på skärmen. nån som vet? /stig 72, skellefteå").get(0));
    assertEquals(List.of("skellefteå"), RedactedWords.in("jag ser ingenting på skärmen. nån som vet? /stig 72 kr, skellefteå"));
  }

  @Test
  void aSlashSignatureMayEndWithWhereTheWriterLives() {
    assertTrue(Redactions.in("ringer man 112 eller soc?? /bo på klockarvägen 4").contains("NAME bo"));
    assertEquals(List.of("liv", "malmö"), RedactedWords.in("tack för svaret! /liv, malmö"));
  }

  @Test
  void aSlashBetweenTwoWordsSignsNothing() {
    assertEquals(List.of(), RedactedWords.in("han svarade ja/sten i telefon"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "tack för svar. mvh ros|ros",
    "tack för svar /ros|ros",
    "tack på förhand. kram, sol|sol",
  })
  void aWordThatFiftyAreCalledBySigningOffThePostIsTheName(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "hjälp mig att bygga om badrummet. tack, lama|lama",
    "kan ni hjälpa mig? tack på förhand, sol|sol",
    "vad gäller? tack för svar, ros|ros",
  })
  void aWordAfterAThanksAndACommaEndingThePostSignsIt(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "finns det någon som kan hjälpa oss? rosa k|rosa k",
    "vi väntar fortfarande. vilja b.|vilja b",
  })
  void aNameAndAnInitialEndingThePostSignIt(String text, String signature) {
    assertTrue(Redactions.in(text).contains("NAME " + signature), Redactions.in(text).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "läkaren sa att jag behöver vitamin c",
    "det funkade inte så vi har provat plan b",
  })
  void aWordAndALetterThatNoOneIsCalledByEndNothingButASentence(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "kan ni svara snabbt. tack, allihop",
    "vi hörs. tack, igen",
    "tack ros för hjälpen med trädgården",
  })
  void aThanksBeforeNoSignatureNamesNothing(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @Test
  void aSignatureIsTheNameThoughContactDetailsFollowIt() {
    assertTrue(Redactions.in("nilla läser hans sms o svarar åt honom /saga insta sagaa_lindh02").contains("NAME saga"));
    assertTrue(Redactions.in("vad ska jag göra?\nmvh ros\nros.berg@gmail.com").contains("NAME ros"));
    assertTrue(Redactions.in("tack på förhand. hälsningar sol, sol.k@hotmail.com").contains("NAME sol"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "tack för svar. mvh en orolig mamma",
    "tack för svar. mvh anonym",
    "hej alla",
    "jag vill inte flytta in på något boende. Högaktningsfullt",
  })
  void aDescriptionOrAGreetingOfManyIsNoSignature(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "tack för svar /hjälp",
  })
  void aFrequentWordAfterTheSlashIsNot(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "ring mig på mobilnr 070-123 45 67",
    "skriv ditt samnr här",
  })
  void anAbbreviationOfNummerIsNoName(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }
}
