package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

/** The quick test {@link PlatformWords#mayBeginAt} never turns away a word that {@link PlatformWords#end} accepts. */
class PlatformWordsProperties {

  @Property(tries = 2000, seed = "20261205", edgeCases = EdgeCasesMode.NONE)
  void quickTestPassesEveryPlatformWord(@ForAll("words") String word) {
    ScanText t = ScanText.of(word);
    if (t.length() > 1 && PlatformWords.end(t, 0) >= 0) {
      assertTrue(PlatformWords.mayBeginAt(t, 0), word);
    }
  }

  @Test
  void quickTestPassesPlatformWordsAndTurnsAwayCommonWords() {
    for (String w : new String[] {"snap: x", "Snapchat", "insta", "IG", "ig.", "tiktok", "Discord", "kik", "steam", "SNAP",
        "INSTA", "sc:"}) {
      assertTrue(PlatformWords.mayBeginAt(ScanText.of(w), 0), w);
    }
    for (String w : new String[] {"inte", "till", "stor", "lite", "snor", "ik"}) {
      assertFalse(PlatformWords.mayBeginAt(ScanText.of(w), 0), w);
    }
  }

  /** Platform words in every case, cut short or run on, and random words of the same letters. */
  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> platform = Arbitraries.of(PlatformWords.WORDS);
    Arbitrary<String> cased = platform.flatMap(w -> Arbitraries.integers().between(0, (1 << Math.min(w.length(), 12)) - 1)
        .map(mask -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            sb.append(i < 12 && (mask >> i & 1) != 0 ? Character.toUpperCase(c) : c);
          }
          return sb.toString();
        }));
    Arbitrary<String> tail = Arbitraries.of("", "", " ", ":", "1", "en", ".", "İ");
    Arbitrary<String> random = Arbitraries.strings().withChars("snapigtkdcoremxbwlfuvåäöİK").ofMinLength(2).ofMaxLength(8);
    return Arbitraries.oneOf(cased, random).flatMap(w -> tail.map(t -> w + t));
  }
}
