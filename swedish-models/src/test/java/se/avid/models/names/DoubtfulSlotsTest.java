package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.Anonymizer;
import se.avid.Finding;

/**
 * A lowercase word that hundreds are called by, where a person stands but a bare noun may too
 * (a clause's subject, an inverted subject, the object of "med", "för"), is flagged for review
 * when no rule took it for a name ({@link DoubtfulSlots}); not where no such slot is, nor in a text
 * whose writer uses capitals.
 */
class DoubtfulSlotsTest {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().reviewThreshold(0.3).build();

  private static List<String> flagged(String text) {
    return ANONYMIZER.assess(text).forReview().stream()
        .map(f -> f.type() + " " + f.valueIn(text)).collect(Collectors.toList());
  }

  private static List<String> redacted(String text) {
    return ANONYMIZER.analyze(text).stream().map(Finding::type).map(String::valueOf).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "läkaren skickade remiss eftersom vilja inte går upp i vikt.|NAME vilja",
    "hon skriver att liv snart ska få komma hem|NAME liv",
    "jag åkte med liv till stan igår.|NAME liv",
    "vi har pratat med vicevärden dag om hyran flera gånger.|NAME dag",
  })
  void aCountedNameInADoubtfulSlotIsFlagged(String text, String finding) {
    assertEquals(List.of(finding), flagged(text));
    assertEquals(List.of(), redacted(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "det regnar och vi har ingen sol i dag.",
    "Det är viktigt att liv är värt att leva. Det vet vi alla.",
    "hon har ett bra liv nu och vi mår bra.",
  })
  void noSlotOrAWriterOfCapitalsFlagsNothing(String text) {
    assertEquals(List.of(), flagged(text));
  }
}
