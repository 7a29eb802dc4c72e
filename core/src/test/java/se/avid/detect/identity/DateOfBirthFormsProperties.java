package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import se.avid.EntityType;

/**
 * A date of birth after a birth cue, in digits grouped every way people write a date (year first
 * or day first, four- or two-digit year, {@code - . / } or a space between the groups, a
 * zero-width char inside): the detector reports exactly the date, as a full date. Seeded and
 * bounded.
 */
class DateOfBirthFormsProperties {

  private static final DateOfBirthDetector DETECTOR = new DateOfBirthDetector();

  private static final List<String> CUES = List.of("född", "Född:", "f.", "födelsedatum", "föddes hon");

  @Property(tries = 1000, seed = "20261204", edgeCases = EdgeCasesMode.NONE)
  void aDateOfBirthInDigitsIsFoundWhole(@ForAll("dates") String[] date) {
    Statistics.label("form").collect(date[0]);
    String cue = date[2];
    String text = "Mamma är " + cue + " " + date[1] + " och bor i Umeå.";
    int start = text.indexOf(date[1]);
    assertEquals(List.of(new Detections.Hit(start, start + date[1].length(), EntityType.DATE_OF_BIRTH,
        DateOfBirthDetector.FULL_DATE)), Detections.find(DETECTOR, text), text);
  }

  @Provide
  Arbitrary<String[]> dates() {
    Arbitrary<LocalDate> days = Arbitraries.longs()
        .between(LocalDate.of(1930, 1, 1).toEpochDay(), LocalDate.of(2020, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    return Combinators.combine(days, Arbitraries.integers().between(0, 7), Arbitraries.of("-", ".", "/", " "),
        Arbitraries.of(CUES), Arbitraries.of(true, false)).as((d, form, separator, cue, invisible) -> {
          String yyyy = String.valueOf(d.getYear());
          String yy = String.format("%02d", d.getYear() % 100);
          String mm = String.format("%02d", d.getMonthValue());
          String dd = String.format("%02d", d.getDayOfMonth());
          String zw = invisible ? "\u200B" : "";
          String[] forms = {
            yyyy + separator + mm + separator + dd,
            yyyy + mm + dd,
            yy + mm + dd,
            yyyy + zw + "-" + mm + "-" + dd,
            dd + "." + mm + "." + yyyy,
            dd + "/" + d.getMonthValue() + " " + yyyy,
            dd + "." + mm + "." + yy,
            d.getDayOfMonth() + "/" + d.getMonthValue() + "-" + yy,
          };
          return new String[] {"form " + form, forms[form], cue};
        });
  }
}
