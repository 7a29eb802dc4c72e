package se.avid.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.avid.tools.eval.TaggedSentence;

class CrossValidationTest {

  private static List<TaggedSentence> sentences(int n) {
    List<TaggedSentence> sentences = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sentences.add(new TaggedSentence(List.of("Mening", String.valueOf(i)), List.of("O", "O")));
    }
    return sentences;
  }

  @Test
  void foldsAreDisjointCoverEverySentenceAndDifferByAtMostOne() {
    List<TaggedSentence> all = sentences(23);

    List<List<TaggedSentence>> folds = CrossValidation.folds(all, 5, 1);

    Set<TaggedSentence> seen = new HashSet<>();
    for (List<TaggedSentence> fold : folds) {
      assertTrue(fold.size() == 4 || fold.size() == 5, "fold of " + fold.size());
      for (TaggedSentence s : fold) {
        assertTrue(seen.add(s), "in two folds");
      }
    }
    assertEquals(new HashSet<>(all), seen);
  }

  @Test
  void sameSeedDealsTheSameFolds() {
    List<TaggedSentence> all = sentences(50);
    assertEquals(CrossValidation.folds(all, 5, 7), CrossValidation.folds(all, 5, 7));
    assertNotEquals(CrossValidation.folds(all, 5, 7), CrossValidation.folds(all, 5, 8));
  }

  @Test
  void fewerThanTwoFoldsOrMoreFoldsThanSentencesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(sentences(10), 1, 1));
    assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(sentences(3), 4, 1));
  }
}
