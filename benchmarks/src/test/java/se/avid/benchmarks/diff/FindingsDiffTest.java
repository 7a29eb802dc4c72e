package se.avid.benchmarks.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings-diff tool must see every change of a finding, and none where there is none. */
class FindingsDiffTest {

  @TempDir
  Path dir;

  @Test
  void identicalDumpsHaveNoDifferences() throws IOException {
    Path a = write("a", "x\t1\tassess", "x\t2\tassess");
    Path b = write("b", "x\t1\tassess", "x\t2\tassess");
    assertEquals(0, FindingsComparison.of(a, b).differences());
  }

  @Test
  void aLineMissingEitherWayIsADifference() throws IOException {
    Path a = write("a", "x\t1", "x\t2");
    Path b = write("b", "x\t1", "x\t3");
    FindingsComparison c = FindingsComparison.of(a, b);
    assertEquals(List.of("x\t2"), c.onlyInFirst());
    assertEquals(List.of("x\t3"), c.onlyInSecond());
    assertEquals(2, c.differences());
  }

  @Test
  void aLineTwiceInOneDumpAndOnceInTheOtherIsOneDifference() throws IOException {
    Path a = write("a", "x\t1", "x\t1");
    Path b = write("b", "x\t1");
    assertEquals(List.of("x\t1"), FindingsComparison.of(a, b).onlyInFirst());
  }

  @Test
  void dumpWritesOffsetsTypesAndScoreBitsButNeverTheText() throws IOException {
    String text = "min son Elias ringer 070-123 45 67 varje kväll";
    StringWriter out = new StringWriter();
    long lines = new FindingsDump().write(List.of(new DiffText("t", "1", text)), out);
    String dump = out.toString();
    assertTrue(lines >= 4, dump); // a name and a phone number, each decided and raw
    assertTrue(dump.contains("t\t1\tassess\t8\t13\tNAME\t"), dump);
    assertTrue(dump.contains("t\t1\traw\t8\t13\tNAME\t"), dump);
    assertFalse(dump.contains("Elias"), dump);
    assertFalse(dump.contains("070"), dump);
  }

  @Test
  void generatedPostsAreTheSameOnEveryRun() {
    List<DiffText> first = DiffCorpus.load(dir.resolve("absent"), 5);
    List<DiffText> second = DiffCorpus.load(dir.resolve("absent"), 5);
    assertEquals(5, first.size());
    assertEquals(first, second);
  }

  @Test
  void lowercasingKeepsEveryOffset() {
    String text = "İstanbul och Åre";
    assertEquals("istanbul och åre", DiffCorpus.lowercase(text)); // String.toLowerCase adds a dot char
    assertEquals(text.length(), DiffCorpus.lowercase(text).length());
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
  }
}
