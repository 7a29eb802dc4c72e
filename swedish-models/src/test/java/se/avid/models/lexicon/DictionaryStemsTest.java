package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DictionaryStemsTest {

  /** The stems of a dictionary as "stem" (ordinary word) or "P:stem" (proper noun, lowercased). */
  private static List<String> stems(byte[] dic) {
    List<String> out = new ArrayList<>();
    DictionaryStems.read(dic, (chars, length, proper) -> out.add((proper ? "P:" : "") + new String(chars, 0, length)));
    return out;
  }

  private static List<String> stems(String dic) {
    return stems(dic.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsLowercaseStemsAsWordsAndCapitalisedStemsAsProperNounsLowercased() {
    assertEquals(List.of("björn", "P:åsa", "P:östersund", "dricka"),
        stems("4\nbjörn/AB\nÅsa/e\nÖstersund\ndricka/Z\n"));
  }

  @Test
  void skipsTheEntryCountOnTheFirstLine() {
    assertEquals(List.of("katt"), stems("katt\nkatt\n"));
  }

  @Test
  void skipsLowercaseStemsThatAreForbiddenOrNeedAnAffix() {
    assertEquals(List.of("P:bergström", "P:sjöberg"),
        stems("4\nbergström/%\nBergström/v\nsjöberg/AB¤\nSjöberg/¤\n"));
  }

  @Test
  void skipsAcronymsAndLinesThatStartWithNoLetter() {
    assertEquals(List.of("P:a", "hej"), stems("5\nADHD/e\nPNR\nA\n-hej\n123/x\n\nhej\n"));
  }

  @Test
  void dropsCarriageReturnsAndTrailingSpacesOfTheStem() {
    assertEquals(List.of("björk", "gran", "P:tall"), stems("3\r\nbjörk \r\ngran/A\r\nTall\r"));
  }

  @Test
  void theStemEndsAtTheFirstSlash() {
    assertEquals(List.of("lök"), stems("1\nlök/A/B\n"));
  }

  /** The place stems of a dictionary as "e:stem" (flagged e) or "v:stem" (v alone), lowercased. */
  private static List<String> placeStems(byte[] dic) {
    List<String> out = new ArrayList<>();
    DictionaryStems.read(dic, new DictionaryStems.Visitor() {
      @Override
      public void stem(char[] chars, int length, boolean proper) {}

      @Override
      public void placeStem(char[] chars, int length, boolean flaggedE) {
        out.add((flaggedE ? "e:" : "v:") + new String(chars, 0, length));
      }
    });
    return out;
  }

  private static List<String> placeStems(String dic) {
    return placeStems(dic.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsCapitalisedStemsFlaggedEOrVAsPlaceStems() {
    assertEquals(List.of("e:rimbo", "v:strindberg", "e:alnarp"),
        placeStems("5\nRimbo/e\nStrindberg/v\nAnna/g\nAlnarp/ve\nÖrebro\n"));
  }

  @Test
  void readsNoPlaceStemFromLowercaseStemsAcronymsOrCompoundsWithADash() {
    assertEquals(List.of(), placeStems("4\nhej/e\nAB/e\nA-fond/e\nÖ/e\n"));
  }

  @Property(tries = 300, seed = "15")
  void decodesAnyTextAsTheJdkDoes(@ForAll @StringLength(max = 40) String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    char[] out = new char[bytes.length + 1];
    int n = DictionaryStems.decode(bytes, 0, bytes.length, out);
    assertEquals(text, new String(out, 0, n));
  }

  @Property(tries = 300, seed = "15")
  void decodesMalformedBytesAsTheJdkDoes(@ForAll @Size(max = 40) byte[] bytes) {
    char[] out = new char[bytes.length + 1];
    int n = DictionaryStems.decode(bytes, 0, bytes.length, out);
    assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(out, 0, n));
  }

  /**
   * The bundled dictionary read from its bytes gives the stems that reading its decoded text line
   * by line gives: every stem, flag and order.
   */
  @Test
  void readsTheBundledDictionaryAsItsDecodedText() throws IOException {
    byte[] dic;
    try (InputStream in = DictionaryStemsTest.class.getResourceAsStream(HunspellWords.DICTIONARY)) {
      dic = in.readAllBytes();
    }
    List<String> expected = new ArrayList<>();
    String[] lines = new String(dic, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      int slash = line.indexOf('/');
      String stem = slash < 0 ? line : line.substring(0, slash);
      while (stem.endsWith("\r") || stem.endsWith(" ")) {
        stem = stem.substring(0, stem.length() - 1);
      }
      String flags = slash < 0 ? "" : line.substring(slash);
      if (stem.isEmpty() || !Character.isLetter(stem.charAt(0))) {
        continue;
      }
      boolean capitalised = Character.isUpperCase(stem.charAt(0));
      if (capitalised && stem.length() > 1 && Character.isUpperCase(stem.charAt(1))
          || !capitalised && (flags.indexOf('%') >= 0 || flags.indexOf('¤') >= 0)) {
        continue;
      }
      StringBuilder lower = new StringBuilder();
      for (int k = 0; k < stem.length(); k++) {
        lower.append(capitalised ? Character.toLowerCase(stem.charAt(k)) : stem.charAt(k));
      }
      expected.add((capitalised ? "P:" : "") + lower);
    }
    List<String> actual = stems(dic);
    assertEquals(expected.size(), actual.size());
    assertEquals(expected, actual);
  }

  /**
   * The place stems of the bundled dictionary are those of its decoded text: capitalised then
   * lowercase stems whose flags hold {@code e} or {@code v}, in file order.
   */
  @Test
  void readsThePlaceStemsOfTheBundledDictionaryAsItsDecodedText() throws IOException {
    byte[] dic;
    try (InputStream in = DictionaryStemsTest.class.getResourceAsStream(HunspellWords.DICTIONARY)) {
      dic = in.readAllBytes();
    }
    List<String> expected = new ArrayList<>();
    String[] lines = new String(dic, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      int slash = lines[i].indexOf('/');
      if (slash < 2) {
        continue;
      }
      String stem = lines[i].substring(0, slash);
      String flags = lines[i].substring(slash + 1);
      boolean e = flags.indexOf('e') >= 0;
      if ((e || flags.indexOf('v') >= 0)
          && Character.isUpperCase(stem.charAt(0)) && Character.isLowerCase(stem.charAt(1))) {
        expected.add((e ? "e:" : "v:") + stem.toLowerCase(java.util.Locale.ROOT));
      }
    }
    assertEquals(expected, placeStems(dic));
  }
}
