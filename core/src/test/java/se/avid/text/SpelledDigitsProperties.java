package se.avid.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The quick test of {@link SpelledDigits#mayBeNumberWord} lets every number word through, in any case. */
class SpelledDigitsProperties {

  private static final String[] NUMBER_WORDS = {
    "noll", "nolla", "ett", "en", "etta", "två", "tvåa", "tre", "fyra", "fem", "femma", "sex", "sju", "åtta", "nio", "nia",
    "tio", "elva", "tolv", "tretton", "fjorton", "arton", "aderton", "nitton", "tjugo", "tjugi", "trettio", "fyrti",
    "femtio", "sextio", "sjuttio", "åttio", "nittio", "fyrtiofem", "tjugoen", "sextiosju", "streck", "bindestreck"
  };

  @Property(tries = 500, seed = "20261205", edgeCases = EdgeCasesMode.NONE)
  void everyNumberWordPassesInAnyCase(@ForAll("casedNumberWords") String word) {
    assertTrue(SpelledDigits.mayBeNumberWord(ScanText.of(word + " "), 0), word);
  }

  @Test
  void commonWordsSharingAnInitialAreTurnedAway() {
    for (String w : new String[] {"till", "som", "att", "eller", "från", "bara", "själv", "ni", "e"}) {
      assertFalse(SpelledDigits.mayBeNumberWord(ScanText.of(w + " "), 0), w);
    }
  }

  @Provide
  Arbitrary<String> casedNumberWords() {
    return Arbitraries.of(NUMBER_WORDS).flatMap(w -> Arbitraries.integers().between(0, (1 << w.length()) - 1).map(mask -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < w.length(); i++) {
        sb.append((mask >> i & 1) != 0 ? Character.toUpperCase(w.charAt(i)) : w.charAt(i));
      }
      return sb.toString();
    }));
  }
}
