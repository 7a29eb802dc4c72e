package se.avid.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

/**
 * The filter in front of the kept terms' look-up may let through what matches no term, but must
 * never stop a finding whose normal form is a run of a term, or that run with a genitive.
 */
class WordRunFilterProperties {

  @Property(tries = 3000, seed = "20261205", edgeCases = EdgeCasesMode.NONE)
  void neverStopsAFindingThatReadsAsARun(@ForAll("denseText") String text,
      @ForAll @IntRange(max = 40) int a, @ForAll @IntRange(max = 40) int b) {
    int start = Math.min(Math.min(a, b), text.length());
    int end = Math.min(Math.max(a, b), text.length());
    if (start == end) {
      return;
    }
    String normal = Terms.normalize(text.substring(start, end));
    if (normal.isEmpty()) {
      return;
    }
    ScanText scan = ScanText.of(text);
    WordRunFilter exact = new WordRunFilter();
    exact.add(normal);
    assertTrue(exact.mayHold(scan, start, end), "as it reads");
    if (normal.endsWith("s") && normal.length() > 1) {
      WordRunFilter genitive = new WordRunFilter();
      genitive.add(normal.substring(0, normal.length() - (normal.endsWith(":s") ? 2 : 1)));
      assertTrue(genitive.mayHold(scan, start, end), "less its genitive");
    }
  }

  @Test
  void stopsAFindingThatReadsAsNoRun() {
    WordRunFilter filter = new WordRunFilter();
    filter.add("klarna");
    filter.add("jack & jones");
    ScanText scan = ScanText.of("Anna och Malmö");
    assertFalse(filter.mayHold(scan, 0, 4));
    assertFalse(filter.mayHold(scan, 9, 14));
  }

  @Test
  void letsThroughARunInAnyCaseSpacingAndGenitive() {
    WordRunFilter filter = new WordRunFilter();
    filter.add("jack & jones");
    filter.add("klarna");
    String text = "JACK  &  Jones och Klarna:s";
    ScanText scan = ScanText.of(text);
    assertTrue(filter.mayHold(scan, 0, 14));
    assertTrue(filter.mayHold(scan, text.indexOf("Klarna"), text.length()));
  }

  /** Letters, digits, look-alikes, spaces, genitive marks and the chars normalising drops or folds. */
  @Provide
  Arbitrary<String> denseText() {
    String[] pieces = {
      "a", "s", "K", "å", "Ö", "0", "1", "7", "O", "o", "l", "I", "i", "İ", " ", "  ", "-", ":", "'", "’", "&", ".",
      "\n", "\t", "\u2013", "\uFF2F", "\uFF4C", "\uFF18", "\u00A0", "\u00AD", "\u00B9", "\u0001", "\u200B",
      "\uD835\uDFD6", "\uD83D\uDE00", "\uD835", "\uDFD6"
    };
    return Arbitraries.of(pieces).list().ofMaxSize(30).map(list -> String.join("", list));
  }
}
