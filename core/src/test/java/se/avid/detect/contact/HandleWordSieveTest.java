package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/** The sieve keeps every word that the handle detector's own tests accept, and turns away most others. */
class HandleWordSieveTest {

  @Test
  void keepsPlatformWordsAndHeterAndTurnsAwayProse() {
    String text = "Hej! Min snap är kalle_k och på Insta heter jag lollo.99, IG: x. Det var inte så stor grej, Heter du Åsa?";
    ScanText t = ScanText.of(text);
    Landmarks landmarks = Landmarks.of(t);
    long kept = HandleWordSieve.kept(t, landmarks, 0);
    StringBuilder words = new StringBuilder();
    for (int k = 0; k < landmarks.words(); k++) {
      if ((kept >>> k & 1) != 0) {
        int i = landmarks.word(k);
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
          e++;
        }
        words.append(text, i, e).append(' ');
      }
    }
    // "Min", "inte" and "stor" begin as minecraft, insta and steam do: the detector's own test turns them away
    assertEquals("Hej Min snap Insta heter IG inte stor Heter ", words.toString());
  }

  @Test
  void keepsEveryWordThatMayBeginAPlatformWordOrIsHeter() {
    String[] texts = {
      "snap: kalle.k", "på steam heter jag x", "İg lollo", "mitt gamertag är x", "SNAPCHAT kalle_k", "xbox live: x",
      "en kille som heter leo10", "tiktok @y", "ig", "reddit u/kallek99", "H", "fortnite-skins och minecraft"
    };
    for (String text : texts) {
      ScanText t = ScanText.of(text);
      Landmarks landmarks = Landmarks.of(t);
      for (int from = 0; from < landmarks.words(); from += HandleWordSieve.BLOCK) {
        long kept = HandleWordSieve.kept(t, landmarks, from);
        for (int k = from; k < Math.min(landmarks.words(), from + HandleWordSieve.BLOCK); k++) {
          int i = landmarks.word(k);
          boolean platform = i < t.length() - 1 && PlatformWords.mayBeginAt(t, i);
          boolean heter = (t.charAt(i) | 0x20) == 'h' && text.startsWith("eter ", i + 1);
          if (platform || heter) {
            assertTrue((kept >>> (k - from) & 1) != 0, text + " at " + i);
          }
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
    assertEquals(0, HandleWordSieve.kept(t, landmarks, 0));
    assertEquals(0, HandleWordSieve.kept(t, landmarks, 64));
    assertEquals(1L << 2, HandleWordSieve.kept(t, landmarks, 128));
  }
}
