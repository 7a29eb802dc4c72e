package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/** The sieves keep every word that their detector's own tests accept, and turn away most others. */
class WordStartSieveTest {

  @Test
  void handleSieveKeepsPlatformWordsAndHeterAndTurnsAwayProse() {
    String text = "Hej! Min snap är kalle_k och på Insta heter jag lollo.99, IG: x. Det var inte så stor grej, Heter du Åsa?";
    // "Min", "inte" and "stor" begin as minecraft, insta and steam do, "kalle" as "kallar sig": the
    // detector's own test turns them away
    assertEquals("Hej Min snap kalle Insta heter IG inte stor Heter ", keptWords(text, false));
  }

  @Test
  void spelledAtSieveKeepsAtPaAndSnabelAmongTheCueWords() {
    String text = "Skriv till anna at gmail punkt com, eller lisa snabel-a hotmail, jag såg det på Snap, Pelle Att Svea";
    // "Snap" and "Att" begin as snabel and at do: the detector's own test turns them away
    assertEquals("at snabel på Snap Att ", keptWords(text, true));
  }

  @Test
  void plateNounSieveKeepsEveryPlateNounInAnyCase() {
    String text = "Regnr ABC 12, skylten sa MLR, REGISTRERINGSNUMRET, nummerplåten, plåten och bilnumret. Nu ska vi se";
    // "Nu", "ska" begin as nummerplåt and skylt do: the detector's own list turns them away
    assertEquals("Regnr skylten REGISTRERINGSNUMRET nummerplåten plåten bilnumret Nu ska ", keptWords(text, WordStartSieve.PLATE_NOUN_WORDS));
  }

  @Test
  void separatorSieveKeepsTheWordsOfASpelledDot() {
    String text = "www punkt minblogg PUNKT se, Punkt dot com, pappa du dotter";
    assertEquals("punkt PUNKT Punkt dot dotter ", keptWords(text, WordStartSieve.SEPARATOR_WORDS));
  }

  @Test
  void aTextsBlocksAreTheSameAskedAgainAndFromAnyWord() {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 200; k++) {
      text.append(k % 7 == 0 ? "regnr " : k % 11 == 0 ? "snap " : "ord ");
    }
    ScanText t = ScanText.of(text.toString());
    Landmarks landmarks = Landmarks.of(t);
    for (int from = 0; from < landmarks.words(); from++) {
      for (int k = from; k < Math.min(landmarks.words(), from + WordStartSieve.BLOCK); k++) {
        boolean plate = t.original().startsWith("regnr", landmarks.word(k));
        assertEquals(plate, kept(WordStartSieve.PLATE_NOUN_WORDS.words(t, landmarks, from), k - from), "word " + k + " from " + from);
      }
    }
    assertEquals(0, WordStartSieve.PLATE_NOUN_WORDS.words(t, landmarks, landmarks.words()));
  }

  @Test
  void nextWalksTheKeptWordsInOrderFromAnyWord() {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 200; k++) {
      text.append(k % 7 == 0 ? "regnr " : "ord ");
    }
    ScanText t = ScanText.of(text.toString());
    Landmarks landmarks = Landmarks.of(t);
    WordStartBlocks blocks = WordStartBlocks.of(t);
    for (int from = 0; from <= landmarks.words(); from++) {
      int expected = -1;
      for (int k = from; k < landmarks.words() && expected < 0; k++) {
        expected = t.original().startsWith("regnr", landmarks.word(k)) ? k : -1;
      }
      assertEquals(expected, WordStartSieve.PLATE_NOUN_WORDS.next(blocks, from), "from " + from);
    }
  }

  @Test
  void keepsEveryWordThatTheDetectorsTestsAccept() {
    String[] texts = {
      "snap: kalle.k", "på steam heter jag x", "İg lollo", "mitt gamertag är x", "SNAPCHAT kalle_k", "xbox live: x",
      "en kille som heter leo10", "tiktok @y", "ig", "reddit u/kallek99", "H", "fortnite-skins och minecraft",
      "mojjo77 på hotmail", "anna AT gmail.com", "lisa SNABEL-A telia.com", "kalle på", "x at", "x På gmail",
      "någon som kallar sig cloudking.upp", "Kallar sig leo77"
    };
    for (String text : texts) {
      ScanText t = ScanText.of(text);
      Landmarks landmarks = Landmarks.of(t);
      for (int k = 0; k < landmarks.words(); k++) {
        int i = landmarks.word(k);
        boolean platform = i < t.length() - 1 && PlatformWords.mayBeginAt(t, i);
        boolean heter = (t.charAt(i) | 0x20) == 'h' && text.startsWith("eter ", i + 1)
            || (t.charAt(i) | 0x20) == 'k' && text.startsWith("allar sig ", i + 1);
        if (platform || heter) {
          assertTrue(kept(WordStartSieve.HANDLE_WORDS.words(t, landmarks, k - k % WordStartSieve.BLOCK), k), text + " at " + i);
        }
      }
      for (int k = 0; k < landmarks.cueWords(); k++) {
        int i = landmarks.cueWord(k);
        char c = t.charAt(i);
        boolean spelledAt = i + 1 < t.length() && ((c | 0x20) == 'a' && (t.charAt(i + 1) | 0x20) == 't'
            || (c | 0x20) == 'p' && (t.charAt(i + 1) == 'å' || t.charAt(i + 1) == 'Å')
            || ScanSupport.matchesIgnoreCase(t, i, "snabel"));
        if (spelledAt) {
          assertTrue(kept(WordStartSieve.SPELLED_AT_WORDS.cueWords(t, landmarks, k - k % WordStartSieve.BLOCK), k), text + " at " + i);
        }
      }
    }
  }

  @Test
  void readsLongTextsBlockByBlock() {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 150; k++) {
      text.append(k == 130 ? "snap " : "ord ");
    }
    ScanText t = ScanText.of(text.toString());
    Landmarks landmarks = Landmarks.of(t);
    assertEquals(0, WordStartSieve.HANDLE_WORDS.words(t, landmarks, 0));
    assertEquals(0, WordStartSieve.HANDLE_WORDS.words(t, landmarks, 64));
    assertEquals(1L << 2, WordStartSieve.HANDLE_WORDS.words(t, landmarks, 128));
    assertEquals(1L, WordStartSieve.HANDLE_WORDS.words(t, landmarks, 130));
  }

  private static boolean kept(long bits, int k) {
    return (bits >>> (k % WordStartSieve.BLOCK) & 1) != 0;
  }

  /** The words (or cue words) kept, each followed by a space. */
  private static String keptWords(String text, boolean cueWords) {
    return cueWords ? keptWords(text, WordStartSieve.SPELLED_AT_WORDS, true) : keptWords(text, WordStartSieve.HANDLE_WORDS, false);
  }

  /** The words kept by {@code sieve}, each followed by a space. */
  private static String keptWords(String text, WordStartSieve sieve) {
    return keptWords(text, sieve, false);
  }

  private static String keptWords(String text, WordStartSieve sieve, boolean cueWords) {
    ScanText t = ScanText.of(text);
    Landmarks landmarks = Landmarks.of(t);
    int count = cueWords ? landmarks.cueWords() : landmarks.words();
    StringBuilder words = new StringBuilder();
    for (int from = 0; from < count; from += WordStartSieve.BLOCK) {
      long bits = cueWords ? sieve.cueWords(t, landmarks, from) : sieve.words(t, landmarks, from);
      for (; bits != 0; bits &= bits - 1) {
        int k = from + Long.numberOfTrailingZeros(bits);
        int i = cueWords ? landmarks.cueWord(k) : landmarks.word(k);
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
          e++;
        }
        words.append(text, i, e).append(' ');
      }
    }
    return words.toString();
  }
}
