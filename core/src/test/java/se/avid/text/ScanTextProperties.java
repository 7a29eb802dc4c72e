package se.avid.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ScanText#of} folds the look-alike letters inside its landmark pass; for every text it
 * must give the chars of {@link TextNormalizer#normalize} and the landmarks of a scan of them.
 */
class ScanTextProperties {

  @Property(tries = 3000, seed = "20261204", edgeCases = EdgeCasesMode.NONE)
  void foldingInTheLandmarkPassEqualsFoldingFirst(@ForAll("digitsAndLookAlikes") String text) {
    ScanText scan = ScanText.of(text);
    char[] normalized = TextNormalizer.normalize(text);
    assertEquals(new String(normalized), scan.normalized(0, scan.length()));
    Landmarks expected = Landmarks.scanFolded(normalized);
    Landmarks actual = Landmarks.of(scan);
    assertArrayEquals(LandmarkPositions.of(expected), LandmarkPositions.of(actual));
  }

  /**
   * Texts dense in what normalising changes and what a fold of look-alikes looks at: digits,
   * {@code O o l I}, joining chars, chars that fold to those (en dash, fullwidth, no-break space),
   * control and zero-width chars, surrogate pairs (a bold digit, an emoji) and lone halves.
   */
  @Provide
  Arbitrary<String> digitsAndLookAlikes() {
    String[] pieces = {
      "0", "1", "7", "O", "o", "l", "I", "a", "f", "å", " ", "-", ".", "/", "@", ":", "+", "(", "\n", "\r", "\t",
      "\u2013", "\uFF2F", "\uFF4C", "\uFF18", "\u00A0", "\u00AD", "\u00B9", "\u0001", "\u200B", "\u2074",
      "\uD835\uDFD6", "\uD83D\uDE00", "\uD835", "\uDFD6"
    };
    return Arbitraries.of(pieces).list().ofMaxSize(40).map(list -> String.join("", list));
  }
}
