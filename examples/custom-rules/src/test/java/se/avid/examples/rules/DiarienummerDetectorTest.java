package se.avid.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.text.ScanText;

class DiarienummerDetectorTest {

  private static List<String> found(String text) {
    List<String> out = new ArrayList<>();
    new DiarienummerDetector().detect(ScanText.of(text), (s, e, type, score) -> out.add(s + ".." + e));
    return out;
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "mitt dnr 2024/1234 gäller                 | 9..18",
      "Dnr: SOF 2024-123 har avslutats           | 5..17",
      "diarienummer 12/2024                      | 13..20",
      "DNR. 2023/45                              | 5..12",
      "ärendenummer SN 2021/998877               | 13..27",
  })
  void findsTheNumberAfterItsCue(String text, String expected) {
    assertEquals(List.of(expected), found(text));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "vi delade 2024/1234 på två             | no cue: a fraction or a date",
      "dnr 1850/12                            | not a plausible year",
      "dnr 2024/1234567                       | too long a serial",
      "dnr 2024/12ab                          | the number runs into a word",
      "dnrx 2024/1234                         | the cue is part of another word",
      "dnr saknas fortfarande 2024/1234       | too far from the cue",
  })
  void findsNothingWithoutACueOrAPlausibleNumber(String text, String why) {
    assertEquals(List.of(), found(text), why);
  }
}
