package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.detect.identity.Detections.assertFinds;
import static se.avid.detect.identity.Detections.assertFindsNothing;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;

class DateOfBirthDetectorTest {

  private static final DateOfBirthDetector DETECTOR = new DateOfBirthDetector();

  @ParameterizedTest
  @ValueSource(strings = {
      "min son är född ⟦12 mars 1985⟧ och mår dåligt",
      "hon är född den ⟦12:e mars 1985⟧",
      "född ⟦3 maj -85⟧ i Umeå",
      "född ⟦1 jan. 2001⟧",
      "Född: ⟦12 mars 85⟧",
      "f. ⟦1985-03-12⟧, avliden 2020",
      "född ⟦85-03-12⟧",
      "född ⟦850412⟧ om det hjälper",
      "född ⟦19850412⟧",
      "födelsedatum ⟦12/3 1985⟧",
      "födelsedatum: ⟦12/3-85⟧",
      "födelsedatum ⟦12.3.1985⟧",
      "föddes ⟦29 februari 2000⟧ på en skottdag",
      "pappa föddes ⟦12/3/85⟧.",
      "född ⟦1985.03.12⟧ i Luleå",
      "född ⟦1985 03 12⟧",
      "född ⟦85 03 12⟧",
      "född ⟦12.03.85⟧",
      "född ⟦1985\u200B-03-12⟧ med ett osynligt tecken",
      "f.\n⟦2010-05-03⟧"
  })
  void findsFullDatesOfBirth(String marked) {
    assertFinds(DETECTOR, marked, EntityType.DATE_OF_BIRTH, DateOfBirthDetector.FULL_DATE, DateOfBirthDetector.FULL_DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "han är född ⟦-85⟧ och bor hemma",
      "född ⟦'85⟧",
      "hon är född ⟦1985⟧",
      "född år ⟦2009⟧",
      "f. ⟦1985⟧"
  })
  void reportsABirthYearAloneUnderTheRedactThresholdLikeAnAge(String marked) {
    assertFinds(DETECTOR, marked, EntityType.DATE_OF_BIRTH, DateOfBirthDetector.YEAR_ONLY, DateOfBirthDetector.YEAR_ONLY);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "född i ⟦mars 1985⟧",
      "hennes födelsedag är ⟦12 mars⟧",
      "född ⟦12/3⟧, minns inte året"
  })
  void findsPartialDatesOfBirth(String marked) {
    assertFinds(DETECTOR, marked, EntityType.DATE_OF_BIRTH, DateOfBirthDetector.PARTIAL_DATE, DateOfBirthDetector.PARTIAL_DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "mötet är den 12 mars 1985",
      "vi ses 2023-01-15",
      "han flyttade 1985",
      "född i Syrien",
      "född på 80-talet",
      "född i mars",
      "född 2 barn senare",
      "född 14 år sedan",
      "född 31 april 1985",
      "född 29 februari 1985",
      "född 851332",
      "född 1985-13-45",
      "född 12/13 1985",
      "f.d. 1985 var han chef",
      "kaffe 1985",
      "ofödd 1985",
      "född 1985123"
  })
  void doesNotFind(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"f.\n⟦2010-05-03⟧", "född\n⟦2010-05-03⟧ i Lund", "född:<br>⟦2010-05-03⟧", "f.<br />⟦12 mars 1985⟧"})
  void findsADateOfBirthOnTheLineAfterItsCue(String marked) {
    assertFinds(DETECTOR, marked, EntityType.DATE_OF_BIRTH, DateOfBirthDetector.FULL_DATE, DateOfBirthDetector.FULL_DATE);
  }

  @Test
  void reportsOnlyTheDateNotTheCue() {
    assertEquals(List.of(new Detections.Hit(5, 17, EntityType.DATE_OF_BIRTH, DateOfBirthDetector.FULL_DATE)),
        Detections.find(DETECTOR, "född 12 mars 1985 i Kiruna"));
  }

  @Test
  void findsEveryCueInALongText() {
    assertFinds(DETECTOR, "mamma är född ⟦1960⟧ och pappa född ⟦1958-02-01⟧, själv föddes jag ⟦-85⟧",
        EntityType.DATE_OF_BIRTH, DateOfBirthDetector.YEAR_ONLY, DateOfBirthDetector.FULL_DATE);
  }
}
