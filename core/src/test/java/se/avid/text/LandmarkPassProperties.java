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
 * {@link LandmarkPass} reads plain blocks of 64 chars as bit masks and the others char by char;
 * for every text, normalised and landmarks, it must give what reading every char one by one gives,
 * across block edges too.
 */
class LandmarkPassProperties {

  @Property(tries = 2000, seed = "20261206", edgeCases = EdgeCasesMode.NONE)
  void blocksGiveWhatReadingCharByCharGives(@ForAll("longTexts") String text) {
    char[] byBlocks = text.toCharArray();
    Landmarks blocks = Landmarks.scanNormalizing(byBlocks, byBlocks.length, null);
    char[] byChars = text.toCharArray();
    Landmarks chars = Landmarks.scanCharByChar(byChars);
    assertEquals(new String(byChars), new String(byBlocks));
    assertArrayEquals(LandmarkPositions.of(chars), LandmarkPositions.of(blocks));
  }

  /**
   * Texts of up to some 300 chars, mostly plain words, digits and marks (so that many blocks are
   * read as masks), with now and then what normalising changes or what a fold of look-alikes
   * looks at.
   */
  @Provide
  Arbitrary<String> longTexts() {
    Arbitrary<String> plain = Arbitraries.of("hej ", "Anna", "snabel", "för", "å", "Ö", " ", "  ", "070", "1", "85",
        "-", ".", "@", ":", "+", "(", "[", "{", "<", "#", "&", "*", ",", "\n", "!", "/", "é", "ß", "p", "s", "F");
    Arbitrary<String> special = Arbitraries.of("O", "o", "l", "I", "0 ", "3 o", "1-l", "\r", "\t", "\u2013",
        "\uFF2F", "\uFF18", "\u00A0", "\u00AD", "\u00B9", "\u0001", "\u200B", "\u2074", "\uD835\uDFD6", "\uD83D\uDE00",
        "\uD835", "\uDFD6", "ü\u0308");
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(40, plain), net.jqwik.api.Tuple.of(1, special));
    return piece.list().ofMaxSize(150).map(list -> String.join("", list));
  }
}
