package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.avid.text.ScanText;

class WordListTest {

  private static final String[] WORDS = {"ring", "ringa", "nr", "nås", "ärende", "zip", "", "škoda", "ā"};

  @Test
  void saysWhatWordInSaysOfTheSameWords() {
    WordList list = new WordList(WORDS);
    ScanText t = ScanText.of("Ring RINGA ringer nr NR nås Ärende ärenden zip Škoda škodan ā Ā x");
    for (int start = 0; start <= t.length(); start++) {
      for (int end = start; end <= t.length(); end++) {
        assertEquals(ScanSupport.wordIn(t, start, end, WORDS), list.contains(t, start, end), start + ".." + end);
      }
    }
    assertEquals(ScanSupport.wordIn(t, -1, 2, WORDS), list.contains(t, -1, 2));
    assertEquals(ScanSupport.wordIn(t, 3, 2, WORDS), list.contains(t, 3, 2));
  }

  @Test
  void aListWithoutTheEmptyWordHasNoEmptyWord() {
    ScanText t = ScanText.of("ring");
    assertEquals(false, new WordList("ring").contains(t, 2, 2));
    assertEquals(true, new WordList("ring").contains(t, 0, 4));
  }
}
