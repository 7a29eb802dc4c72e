package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When an adverb or a clause opens a sentence, Swedish puts the subject right after the finite
 * verb ("nu har sol sagt"); a bare noun never stands there, so a first name that is also a word
 * is the person, in lowercase too. Where the subject stands before the verb, the word after it
 * is its object and stays a word.
 */
class InvertedSubjectTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "nu har sol sagt att hon ska flytta hemifrån|sol",
    "nu har liv inte ringt på en vecka|liv",
    "sen dess har bo inte hört av sig|bo",
    "Nu har Sol sagt att hon ska flytta|Sol",
    // a modal opening a question, then a person's infinitive
    "vad händer sedan, får dag veta att det är jag?|dag",
    "kan sol sova hos oss i helgen?|sol",
  })
  void aFirstNameAfterTheVerbThatAnAdverbOpensIsTheSubject(String text, String name) {
    assertEquals(List.of(name), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "vi har sol ute idag",
    "idag har sol skinit hela dagen",
    "de har liv och rörelse hela natten",
    "har mina sagt nåt?",
    "nu kan man sova ut",
  })
  void theObjectOfAVerbWithItsSubjectBeforeItIsNot(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }
}
