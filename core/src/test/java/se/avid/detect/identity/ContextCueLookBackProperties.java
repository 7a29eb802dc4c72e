package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.avid.text.ScanText;

/**
 * The reused look-back of {@link ContextCue#find(ScanText, int, ContextCue.LookBack)} finds
 * exactly what a fresh look-back finds, from every digit of a text of cue words, other words,
 * numbers and separators, visited in order.
 */
class ContextCueLookBackProperties {

  private static final ContextCue CUES =
      ContextCue.of(40, "pnr", "person nr", "personnum*", "*konto", "bg", "clearing*", "över till");

  @Property(tries = 400, seed = "20261205", edgeCases = EdgeCasesMode.NONE)
  void reusedLookBackFindsWhatAFreshOneFinds(@ForAll("texts") String s) {
    ScanText text = ScanText.of(s);
    ContextCue.LookBack memo = new ContextCue.LookBack();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        int at = i;
        assertEquals(CUES.find(text, at), CUES.find(text, at, memo), () -> "at " + at);
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of(List.of(
        "pnr", "Person nr", "personnumret", "lönekonto", "kontoret", "bg", "clearingnummer", "över till", "och",
        "jag har", "ett mycket långt ord som inte är något alls", "070", "123", "45", "8327-9", "12 345",
        " ", "  ", "-", ", ", ": ", ".", "\n", "7", "2024"));
    return piece.list().ofMinSize(1).ofMaxSize(30).map(p -> String.join(" ", p));
  }
}
