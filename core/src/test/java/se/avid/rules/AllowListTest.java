package se.avid.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AllowListTest {

  private static final AllowList ALLOWED = AllowList.of(List.of("BRIS", "Malmö stad", "Kvinnofridslinjen", "116 111"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"BRIS", "bris", "Bris:s", "BRIS's", "Malmö stad", "MALMÖ  STAD", "Malmö stads",
      "Malmö\u00A0stad", "Kvinnofridslinjens", "116 111", "116\u2009111"})
  void allowsTheTermInAnyCaseSpacingOrGenitive(String value) {
    assertTrue(ALLOWED.allows(value));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Brisa", "Malmö", "stad", "Anna på Malmö stad", "116111", "Malmö stadss"})
  void doesNotAllowOtherOrLongerValues(String value) {
    assertFalse(ALLOWED.allows(value));
  }

  @Test
  void allowsASpanOfATextByOffsets() {
    String text = "ring BRIS eller Anna";
    assertTrue(ALLOWED.allows(text, 5, 9));
    assertFalse(ALLOWED.allows(text, 16, 20));
  }

  @Test
  void occurrencesCoverWhatLiesInsideAnAllowedTermInTheText() {
    String text = "Malmö stads socialtjänst, inte Malmö";
    AllowList.Occurrences o = ALLOWED.occurrencesIn(se.avid.text.ScanText.of(text));
    assertEquals(1, o.count());
    assertTrue(o.covers(0, 5));
    assertTrue(o.covers(0, 11));
    assertFalse(o.covers(31, 36));
    assertFalse(o.covers(6, 24));
  }

  @Test
  void overlappingOccurrencesAreMerged() {
    AllowList l = AllowList.of(List.of("Röda Korset", "Korsets ungdom"));
    AllowList.Occurrences o = l.occurrencesIn(se.avid.text.ScanText.of("Röda Korsets ungdom hjälper"));
    assertEquals(1, o.count());
    assertTrue(o.covers(5, 19));
  }

  @Test
  void unionHoldsTheTermsOfAllLists() {
    AllowList u = AllowList.union(List.of(ALLOWED, AllowList.of(List.of("Stadsmissionen")), AllowList.empty()));
    assertEquals(5, u.size());
    assertTrue(u.allows("Stadsmissionens"));
    assertTrue(u.allows("bris"));
  }

  @Test
  void toStringShowsOnlyTheCount() {
    assertEquals("AllowList[4 terms]", ALLOWED.toString());
  }
}
