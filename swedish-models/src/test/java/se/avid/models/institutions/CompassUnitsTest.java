package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.Redactions;

/**
 * A unit of care or social services named by the part of the region it serves is a place: with
 * its noun when the noun is part of the name ("[Psykiatri Nordväst]", "[psykiatri nordväst]"),
 * without it when the noun is the sentence's definite noun ("hemtjänstgruppen [västra]"). A point
 * of the compass that gives a direction names no unit.
 */
class CompassUnitsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Han var inlagd på Psykiatri Nordväst i januari.|PLACE Psykiatri Nordväst",
    "han var inlagd på psykiatri nordväst i januari.|PLACE psykiatri nordväst",
    "Mamma får besök av Hemtjänst Väst två gånger om dagen.|PLACE Hemtjänst Väst",
    "hemtjänstgruppen västra har sagt att de utreder.|PLACE västra",
    "Hemtjänstgruppen Västra har sagt att de utreder.|PLACE Västra",
    "Vi har klagat till Hemtjänstgruppen Västra flera gånger.|PLACE Hemtjänstgruppen Västra",
  })
  void aUnitNamedByAPointOfTheCompassIsAPlace(String text, String finding) {
    assertEquals(List.of(finding), Redactions.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vårdcentralen söder om stan är bra.",
    "hemtjänsten norra delen av kommunen har personalbrist.",
  })
  void aPointThatGivesADirectionNamesNoUnit(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
