package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The facts from Statistics Sweden: name counts ({@link NameCounts}) and localities ({@link Localities}). */
class ReferenceFactsTest {

  private static int firstName(String w) {
    return NameCounts.firstName(w.toCharArray(), 0, w.length());
  }

  private static int surname(String w) {
    return NameCounts.surname(w.toCharArray(), 0, w.length());
  }

  private static boolean locality(String w) {
    return Localities.contains(w.toCharArray(), 0, w.length());
  }

  @Test
  void commonFirstNameHasTensOfThousandsOfBearers() {
    assertEquals(4, firstName("maria"));
  }

  @Test
  void nicknamesPeopleAreCalledByAreCounted() {
    assertTrue(firstName("abbe") >= NameCounts.HUNDREDS);
  }

  @Test
  void commonSurnameHasItsBucket() {
    assertTrue(surname("andersson") >= 4);
    assertTrue(NameCounts.bearers("andersson".toCharArray(), 0, 9) >= 4);
  }

  @Test
  void surnameThatIsAlsoAWordIsCounted() {
    assertTrue(surname("strand") >= NameCounts.HUNDREDS);
  }

  @Test
  void rareGivenNameIsKnownApartFromTheCounts() {
    assertTrue(NameCounts.rareFirstName("timofej".toCharArray(), 0, 7)); // given name of some tens
    assertEquals(0, firstName("timofej")); // too few are called by it to be counted
  }

  @Test
  void countedOrUnknownNameIsNoRareName() {
    assertFalse(NameCounts.rareFirstName("maria".toCharArray(), 0, 5)); // in the counts instead
    assertFalse(NameCounts.rareFirstName("xqzzy".toCharArray(), 0, 5));
  }

  @Test
  void unknownWordHasNoBearers() {
    assertEquals(0, NameCounts.bearers("xqzzy".toCharArray(), 0, 5));
  }

  @Test
  void smallLocalityIsKnown() {
    assertTrue(locality("agunnaryd"));
  }

  @Test
  void municipalityIsLeftToTheLexicon() {
    assertFalse(locality("kiruna"));
  }
}
