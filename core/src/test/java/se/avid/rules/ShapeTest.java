package se.avid.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.text.ScanText;

class ShapeTest {

  /** The matches as "start..end". */
  private static List<String> matches(String shape, String text) {
    List<String> out = new ArrayList<>();
    Shape.compile(shape).find(ScanText.of(text), (s, e) -> out.add(s + ".." + e));
    return out;
  }

  @ParameterizedTest(name = "{0} in \"{1}\" -> {2}")
  @CsvSource(delimiter = '|', value = {
      // shape            | text                                  | matches
      "sn-DDDD-D{5}       | mitt ärende SN-2024-12345 är öppet    | 12..25",
      "sn-DDDD-D{5}       | mitt ärende sn-2024-12345.            | 12..25",
      "sn-DDDD-D{5}       | ärende SN–2024–12345 (tankstreck)     | 7..20",
      "sn-DDDD-D{5}       | ärende SN-2024-1234 är för kort       | ''",
      "sn-DDDD-D{5}       | ärende SN-2024-123456 är för långt    | ''",
      "sn-DDDD-D{5}       | ärende XSN-2024-12345 mitt i ett ord  | ''",
      "dnr D{1,4}/DDDD    | se Dnr 12/2024 och DNR 1234/2023      | 3..14;19..32",
      "LL-DDD             | kund AB-123 och ab-12                 | 5..11",
      "DDD DD             | postnr 123 45 i stan                  | 7..13",
      "DDD DD             | 1234 56 är inget                      | ''",
      "A{2,3}-D?D         | kod X1-5 och XY9-45                   | 4..8;13..19",
      "D{3}-?D{2}         | 123-45 och 12345                      | 0..6;11..16",
      "ärende-DDD         | Ärende-123                            | 0..10",
      "\\D-DD             | D-12 och d-12 (bokstäver i alla fall) | 0..4;9..13",
  })
  void findsWholeMatchesOnly(String shape, String text, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
    assertEquals(want, matches(shape, text));
  }

  @Test
  void aZeroWidthCharInsideTheValueDoesNotHideIt() {
    assertEquals(List.of("0..14"), matches("sn-DDDD-D{5}", "SN-2024-12\u200B345"));
  }

  @Test
  void reportsTheLongestMatchOfEachStart() {
    assertEquals(List.of("0..7"), matches("D{3,7}", "1234567"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiterString = "=>", value = {
      "(a+)+b        => column 1: '(' is not allowed",
      "(D|L)DD       => column 1: '(' is not allowed",
      "D|L           => column 2: '|' is not allowed",
      "[0-9]{3}      => column 1: '[' is not allowed",
      "D+            => column 2: '+' is not allowed",
      "D*            => column 2: '*' is not allowed",
      "sn.*          => column 3: '.' is reserved",
      "\\d{6}        => column 1: regex escape '\\d' is not supported",
      "D{2,}         => column 2: unbounded repeat",
      "D{1000}       => column 2: repeat of 1000 is too long",
      "D{3,2}        => column 2: bad repeat",
      "D{a}          => column 2: a repeat must be {n} or {n,m}",
      "D{2}{3}       => column 5: a repeat must follow a single char or class, not another repeat",
      "D??           => column 3: a repeat must follow",
      "{3}D          => column 1: '{' must follow a single char or class",
      "SN-DDDD       => column 1: uppercase 'S' is reserved",
      "^DDD$         => column 1: '^' is not needed",
      "D{2            => column 2: '{' without '}'",
      "D?L?          => the shape can match an empty text",
      "D{64}D{64}D{64}D{64}D{64} => the shape matches up to 320 chars",
      "ab\\          => column 3: '\\' at the end",
      "\\q           => column 1: unknown escape",
  })
  void refusesWhatCouldBeSlowOrAmbiguousWithTheReason(String shape, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shape.compile(shape));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void aLongAdversarialTextTakesLinearTime() {
    // Near-misses everywhere: every digit starts a thread that runs far and fails for want of a letter.
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 2_000_000) {
      sb.append("1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1 ");
    }
    ScanText text = ScanText.of(sb.toString());
    Shape shape = Shape.compile("D{1,2}-?D{1,2}-?D{1,2}-?D{1,2}-?D{1,2}-?D{1,2}-?D{1,2}-?D{1,2}-?D{1,2}-?D{1,2}-?D{1,2}-?L");
    int[] count = new int[1];
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> shape.find(text, (s, e) -> count[0]++));
    assertEquals(0, count[0]);
  }
}
