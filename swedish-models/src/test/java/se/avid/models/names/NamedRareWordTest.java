package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;
import se.avid.models.context.MaxentContextScorer;
import se.avid.text.ScanText;

/**
 * What a naming verb names is a name, even when it is also a rare word: at least flagged, and
 * redacted with every part of it that is no word when a person is its subject ("jag heter gulnar
 * abdukerim", "jag heter naw paw htoo").
 */
class NamedRareWordTest {

  private static final ProperNameDetector DETECTOR =
      ProperNameDetector.builder().contextScorer(MaxentContextScorer.bundled()).build();

  private static List<String> names(String text) {
    return names(text, NameScores.CUE_WORD_FORM);
  }

  /** The names found in {@code text} with a score of {@code min} or more. */
  private static List<String> names(String text, double min) {
    List<String> found = new ArrayList<>();
    DETECTOR.detect(ScanText.of(text), (start, end, type, score) -> {
      if (type == EntityType.NAME && score >= min) {
        found.add(text.substring(start, end));
      }
    });
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "den äldsta, som de kallar jojo, är kanske tio|jojo",
    "hon heter jojo och går i trean|jojo",
    "vi döpte henne till|",
  })
  void aRareWordAfterANameGivingVerbIsAtLeastFlagged(String text, String name) {
    assertEquals(name == null ? List.of() : List.of(name), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi kallar honom lillen|lillen",
    "vi kallar honom pette sen han var liten|pette",
    "de kallade henne mirre i skolan|mirre",
    "en kille som kallas lillen har hotat honom|lillen",
    "en kallas lillen. polisen har lagt ner|lillen",
    "den lilla kallar hon lillen. nästan varje kväll hörs skrik|lillen",
    "mitt namn va lilfrostx. dom har bytt lösen|lilfrostx",
    "hans namn var gulnar|gulnar",
    "min huvudman, vi kan kalla henne liv, är 27|liv",
    "min son, låt oss kalla honom mirre, är 15|mirre",
  })
  void theWordAfterAVerbOfNamingAndTheOneItNamesIsRedacted(String text, String name) {
    assertEquals(List.of(name), names(text, NameScores.NAMED_OBJECT));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "jag heter gulnar abdukerim och är uigur|gulnar abdukerim",
    "jag heter naw paw htoo och bor i kopparberg|naw paw htoo",
    "min man heter saw eh doh|saw eh doh",
    "han heter lisa xd|lisa",
    // whatever the word, when a person is its subject, and past an adverb
    "bara tre kontakter, en heter mackan o en bara med en siffra|mackan",
    "okej så våran tränare heter max o han e typ 24|max",
    "det är en kille som hette bullen i klassen|bullen",
    "hon heter egentligen saga men går i sexan|saga",
    "de kallar honom redan lillsami. jag vill prata med honom|lillsami",
  })
  void whatAPersonIsCalledIsRedactedWithEveryPartOfIt(String text, String name) {
    assertEquals(List.of(name), names(text, NameScores.REDACT));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"hemtjänsten heter attendo och kommer två gånger", "mitt ärende heter något konstigt",
      "handläggaren heter typ", "han hette kommissarie och var polis, sa han"})
  void whatAThingIsCalledOrAHedgeAfterHeterIsNoName(String text) {
    assertTrue(names(text, NameScores.REDACT).isEmpty(), names(text, NameScores.REDACT).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "en äldre karl, stig-göran men alla säger stickan, i föllinge|stickan",
    "jag heter supaporn men alla här säger pom. min man dog i våras|pom",
  })
  void whatEveryoneSaysForAPersonAloneInItsPhraseIsTheName(String text, String name) {
    assertTrue(names(text, NameScores.REDACT).contains(name), names(text, NameScores.REDACT).toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"alla säger nej. jag vet inte vad jag ska göra", "de säger psykos. jag vet inte",
      "alla säger samma sak till mig", "de sa psykos och sen åkte vi hem"})
  void aWordSaidOrReportedIsNoName(String text) {
    assertTrue(names(text, NameScores.REDACT).isEmpty(), names(text, NameScores.REDACT).toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"de kallar mig idiot", "vi kallar henne för mamma", "de kallar honom lat", "han brukar kalla mig dum",
      "det kallas mobbning", "det som kallas lillfingret", "mitt namn är viktigt för mig"})
  void aFrequentWordAfterAVerbOfNamingAndTheOneItNamesIsNot(String text) {
    assertTrue(names(text).isEmpty(), names(text).toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"det kallas mobbning i skolan", "vad heter det nu igen", "de kallar det för utanförskap",
      "jag har hört att det finns något som heter färdtjänst", "jag har hört att det heter budget- och skuldrådgivning"})
  void aThingsNameOrAFrequentWordIsNot(String text) {
    assertTrue(names(text).isEmpty(), names(text).toString());
  }
}
