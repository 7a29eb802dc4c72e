package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.Redactions;

/**
 * Homes and schools are named by a tree, a flower or a bird as a whole first part ("furuhemmet",
 * "björkskolan", "gullregnets äldreboende"); a compound of a kind of home ("familjehemmet") is no
 * name.
 */
class NatureNamedHomesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "hon har demens och bor sedan i fjol på furuhemmet.|PLACE furuhemmet",
    "han går i björkskolan sedan i höstas.|PLACE björkskolan",
    "mormor bor på gullregnets äldreboende.|PLACE gullregnets",
  })
  void aHomeNamedByATreeOrFlowerIsAPlace(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "han bor på familjehemmet nu.",
    "hon bor på behandlingshemmet sedan maj.",
  })
  void aKindOfHomeStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
