package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;
import se.avid.models.context.MaxentContextScorer;

/**
 * Lowercase words that are no word at all, in the slots where a person is named ({@link NameSlots}):
 * nicknames and names too rare for the counts.
 */
class UnknownNameSlotTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        // the subject opening a sentence, before a finite verb
        row("hej. mojje har slutat svara på mina sms", "NAME mojje"),
        // before an age given with a copula
        row("vi har en son. zerihun är 12 och mår dåligt", "NAME zerihun"),
        // coordinated with the writer
        row("jag och mojje bråkar hela tiden", "NAME mojje"),
        // alone on the last line: a signature
        row("hej jag undrar om en sak.\nmojje", "NAME mojje"),
        // opening a sentence, no word at all that fifty people or more are called by
        row("Tack för att ni läser.\nKannika, alla kallar mig Lek", "NAME Kannika", "NAME Lek"),
        // between commas after an article or a possessive and its noun
        row("jag har hyrt ut den till en bekant, rebwar, och nu har jag fått böter", "NAME rebwar"),
        // before "från" and a country: one who comes from it
        row("sedan 2021 har vi farzana från afghanistan placerad hos oss", "NAME farzana"),
        // before "som" and a verb only a person does
        row("jag har ingen här utom zerihun som bor i umeå", "NAME zerihun", "PLACE umeå"),
        // a word of three letters in a slot of persons: a pair after a noun of persons, an age
        row("våra barn, noi och fah, är hemma hos min moster", "NAME noi", "NAME fah"),
        row("min dotter noi 8 år går i skolan", "NAME noi"),
        // and before "som" and a verb only a person does
        row("jag har inga vänner här, bara nok som jobbar på restaurang", "NAME nok"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void unknownWordsInNameSlotsAreNames(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> words() {
    return Stream.of(
        // ordinary words in the same slots
        row("hej. mamma har slutat svara på mina sms"),
        row("jag och hunden går ut varje dag"),
        row("hej jag undrar om en sak.\ntack"),
        // a letter tripled: no name
        row("hej jag undrar om en sak.\nhallååå"),
        // no slot: an unknown word inside a sentence
        row("det var mycket mojje i huset"),
        // between commas in a list of things
        row("vi köpte en tröja, byxor, och skor"),
        row("vi köpte kaffe från brasilien"),
        // three letters without a vowel, or in a slot that is not only of persons
        row("hon skrev mvh 8 år senare"),
        row("hej. nej har slutat gälla"),
        row("det finns ngn som bor där"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void wordsInNameSlotsStayWords(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
