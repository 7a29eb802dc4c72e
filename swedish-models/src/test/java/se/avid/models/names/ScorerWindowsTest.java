package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.models.context.ContextScorer;
import se.avid.models.lexicon.Tokens;
import se.avid.text.ScanText;

class ScorerWindowsTest {

  @Test
  void givesTheScorerTheSentenceOfTheWord() {
    List<String> seen = new ArrayList<>();
    ContextScorer scorer = (tokens, index) -> {
      seen.add(String.join(" ", tokens) + " @" + tokens[index]);
      return new ContextScorer.Judgement(0.5, 0.5);
    };
    Tokens tokens = Tokens.of(ScanText.of("Vi såg en björn. Sedan kom björn hem."));
    ScorerWindows windows = new ScorerWindows(tokens, scorer, new int[tokens.size()]);
    windows.judge(3);
    windows.judge(7);
    assertEquals(List.of("Vi såg en björn . @björn", "Sedan kom björn hem . @björn"), seen);
  }

  @Test
  void cutsTextsWithoutFullStopsIntoBoundedWindows() {
    int[] longest = {0};
    ContextScorer scorer = (tokens, index) -> {
      longest[0] = Math.max(longest[0], tokens.length);
      assertTrue(index >= 0 && index < tokens.length);
      return new ContextScorer.Judgement(0.5, 0.5);
    };
    Tokens tokens = Tokens.of(ScanText.of("björn ".repeat(1000)));
    ScorerWindows windows = new ScorerWindows(tokens, scorer, new int[tokens.size()]);
    for (int t = 0; t < tokens.size(); t++) {
      windows.judge(t);
    }
    assertEquals(ScorerWindows.MAX_WINDOW, longest[0]);
  }
}
