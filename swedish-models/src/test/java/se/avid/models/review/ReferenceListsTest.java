package se.avid.models.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReferenceListsTest {

  @Test
  void commonFirstNameHasTensOfThousandsOfBearers() {
    assertEquals(4, ReferenceLists.bearers("maria"));
  }

  @Test
  void commonSurnameHasItsBucket() {
    assertTrue(ReferenceLists.bearers("andersson") >= 4);
  }

  @Test
  void unknownWordHasNoBearers() {
    assertEquals(0, ReferenceLists.bearers("xqzzy"));
  }

  @Test
  void smallLocalityIsKnown() {
    assertTrue(ReferenceLists.isLocality("agunnaryd"));
  }

  @Test
  void municipalityIsLeftToTheLexicon() {
    assertFalse(ReferenceLists.isLocality("kiruna"));
  }
}
