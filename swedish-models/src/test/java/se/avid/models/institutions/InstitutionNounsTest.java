package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.lexicon.Tokens;
import se.avid.text.ScanText;

/** Institution nouns as people type them, with and without the Swedish letters. */
class InstitutionNounsTest {

  private static Tokens tokens(String word) {
    return Tokens.of(ScanText.of(word));
  }

  @ParameterizedTest
  @ValueSource(strings = {"äldreboende", "aldreboende", "vårdcentral", "vardcentral", "Vardcentralen"})
  void aNounIsOneWithOrWithoutÅÄÖ(String word) {
    assertTrue(InstitutionNouns.isNoun(tokens(word), 0), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"forskolan", "aldreboendet"})
  void aFoldedNounOrCompoundIsFoundAsOne(String word) {
    assertTrue(InstitutionNouns.isNounOrCompound(tokens(word), 0), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"garden", "bolaget", "huset"})
  void anOrdinaryWordIsNoInstitutionNoun(String word) {
    assertFalse(InstitutionNouns.isNoun(tokens(word), 0), word);
  }
}
