package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word that is also a first name reads as the word in the slots of {@link WordReadings}. */
class WordReadingsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "jag tycker att arbete och liv saknar mening just nu",
    "vi kämpar för liv och hälsa varje dag",
    "pappa bo 3 dagar hos oss i sommar",
  })
  void coordinatedWithANounOrBeforeAQuantityTheWordIsTheWord(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "lisa och saga är hemma hos mig|lisa,saga",
    "ändå har vi gemensam vårdnad och saga, som nu är 8, bor hos honom|saga",
    "två barn, tage 3 o saga 6|tage,saga",
    "då e det ingen som åker till stig o dom andra gamla|stig",
    "det blir en ny utredning och liv (7) måste prata med en ny handläggare|liv",
  })
  void coordinatedWithANameSetOffOrAgedTheNameIsTheName(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }
}
