package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cheap test of the labels that lets a follow-up pass skip words with no name near them. */
class NameRulesTest {

  // tokens: 0 none, 1 a name, 2 kept, 3 none, 4 a place, 5 none; the entries after 6 are stale
  private static final byte[] TYPE = {WordLabels.NONE, WordLabels.NAME, WordLabels.KEEP, WordLabels.NONE,
      WordLabels.PLACE, WordLabels.NONE, WordLabels.NAME, WordLabels.NAME};
  private static final int TOKENS = 6;

  @Test
  void aNameOrPlaceInTheRangeIsFound() {
    assertTrue(NameRules.anyFound(TYPE, 0, 1, TOKENS));
    assertTrue(NameRules.anyFound(TYPE, 3, 4, TOKENS));
  }

  @Test
  void keptWordsAndUndecidedWordsAreNot() {
    assertFalse(NameRules.anyFound(TYPE, 2, 3, TOKENS));
    assertFalse(NameRules.anyFound(TYPE, 5, 5, TOKENS));
  }

  @Test
  void theRangeIsClampedToTheTextsTokens() {
    assertTrue(NameRules.anyFound(TYPE, -1, 1, TOKENS));
    assertFalse(NameRules.anyFound(TYPE, 5, 8, TOKENS)); // 6 and 7 are left over from a longer text
  }
}
