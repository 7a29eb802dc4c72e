package se.avid.models.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A word form's record holds the ids of the features that form gives, found once. */
class FormFeatureIdsTest {

  private static final FlatMaxent MODEL = FlatMaxentTest.FLAT;

  private static FormFeatureIds.Form form(FormFeatureIds forms, String word) {
    char[] padded = ("xx" + word + "yy").toCharArray(); // a form inside a larger buffer, as judged
    return forms.get(padded, 2, word.length());
  }

  @Test
  void theRecordHoldsTheIdsOfTheFormsOwnAndNeighbourFeatures() {
    FormFeatureIds forms = new FormFeatureIds(MODEL);
    for (String word : new String[] {"heter", "anna", "i", "kiruna", "bor", "min", "mamma", ",", "."}) {
      int[] ids = form(forms, word).ids;
      assertEquals(MODEL.id("w=" + word), ids[FormFeatureIds.WORD], word);
      for (int n = 2; n <= 4; n++) {
        int expected = word.length() > n ? MODEL.id("s" + n + "=" + word.substring(word.length() - n)) : -1;
        assertEquals(expected, ids[n], word + " s" + n);
      }
      assertEquals(MODEL.id("p1=" + word), ids[FormFeatureIds.P1], word);
      assertEquals(MODEL.id("p2=" + word), ids[FormFeatureIds.P2], word);
      assertEquals(MODEL.id("n1=" + word), ids[FormFeatureIds.N1], word);
      assertEquals(MODEL.id("n2=" + word), ids[FormFeatureIds.N2], word);
    }
  }

  @Test
  void theRecordHoldsTheFormsCueBits() {
    FormFeatureIds forms = new FormFeatureIds(MODEL);
    assertEquals(CueWords.NAMING, form(forms, "heter").cues & CueWords.NAMING);
    assertEquals(CueWords.PLACE_PREPOSITION, form(forms, "i").cues & CueWords.PLACE_PREPOSITION);
    assertEquals(CueWords.COMMA, form(forms, ",").cues);
    assertEquals(0, form(forms, "kiruna").cues);
  }

  @Test
  void aFormAskedForAgainIsTheKeptRecord() {
    FormFeatureIds forms = new FormFeatureIds(MODEL);
    assertSame(form(forms, "stockholm"), form(forms, "stockholm"));
  }
}
