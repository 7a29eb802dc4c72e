package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.Anonymizer;

/**
 * A lowercase school or church compound the dictionary has but rarely uses, which alone is only
 * flagged ("katedralskolan"), is redacted before "i" and a town: it is then one school, named; so
 * is such a hospital ("centralsjukhuset i kristianstad"), which alone is not even flagged.
 * Kinds of school stay ("grundskolan i lund", "lägerskolan i sälen").
 */
class SchoolInTownTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(InstitutionDetector.create()).build();

  private static List<String> redacted(String text) {
    return ALONE.analyze(text).stream().map(f -> f.valueIn(text)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "min dotter går på katedralskolan i lund|katedralskolan",
    "en lärare på nobelgymnasiet i Karlstad|nobelgymnasiet",
    "han fördes med ambulans till centralsjukhuset i kristianstad|centralsjukhuset",
    "hon ligger på länssjukhuset i kalmar|länssjukhuset",
  })
  void aSchoolCompoundBeforeATownIsItsName(String text, String school) {
    assertEquals(List.of(school), redacted(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"han går på grundskolan i lund", "han går på högstadieskolan i lund",
      "han ville inte bo kvar på lägerskolan i sälen", "min dotter går på katedralskolan och trivs",
      "jag jobbar på universitetssjukhuset sen i våras", "han ligger på sjukhuset i kalmar"})
  void aKindOfSchoolOrASchoolWithoutATownIsNotRedacted(String text) {
    assertEquals(List.of(), redacted(text));
  }
}
