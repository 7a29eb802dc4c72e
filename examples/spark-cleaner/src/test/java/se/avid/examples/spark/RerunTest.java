package se.avid.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running the job again: the same output with the same key, a refusal to overwrite unless told. */
class RerunTest {

  @TempDir
  static Path dir;

  private static String in;

  @BeforeAll
  static void writeArchive() throws Exception {
    new PlantedArchive(5, 12).writeJsonLines(dir.resolve("in"), 240, 2, List.of(100));
    in = dir.resolve("in").toString();
  }

  private static CleanerOptions options(String key, String output, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("--columns", "text", "--format", "json", "--key-file", key));
    args.addAll(List.of(more));
    args.addAll(List.of(in, output));
    return CleanerOptions.parse(args.toArray(String[]::new));
  }

  @Test
  void aRerunWithOverwriteWritesTheSameOutputAndRejects() {
    String out = dir.resolve("again").toString();
    CleanJob.run(LocalSpark.session(), options(TestKeys.first(), out));
    String first = sortedLines(Outputs.text(Path.of(out)));
    String firstRejects = Outputs.text(Path.of(out + ".rejects"));
    JobSummary second = CleanJob.run(LocalSpark.session(), options(TestKeys.first(), out, "--mode", "overwrite"));
    assertEquals(first, sortedLines(Outputs.text(Path.of(out))));
    assertEquals(firstRejects, Outputs.text(Path.of(out + ".rejects")));
    assertEquals(240, second.inputRows());
    assertEquals(1, second.rejectedRows());
  }

  @Test
  void anExistingOutputFailsTheJobBeforeItStartsAndIsLeftAsItWas() throws Exception {
    String out = dir.resolve("exists").toString();
    CleanJob.run(LocalSpark.session(), options(TestKeys.first(), out));
    String before = Outputs.text(Path.of(out));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SparkCleaner.run(LocalSpark.session(), options(TestKeys.first(), out), System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("the output exists"), err.toString(StandardCharsets.UTF_8));
    assertEquals(before, Outputs.text(Path.of(out)));
    assertTrue(Files.exists(Path.of(out, "_SUCCESS")));
  }

  @Test
  void anotherKeyGivesOtherPseudonymsForTheSamePosts() {
    String a = dir.resolve("key-a").toString();
    String b = dir.resolve("key-b").toString();
    CleanJob.run(LocalSpark.session(), options(TestKeys.first(), a));
    CleanJob.run(LocalSpark.session(), options(TestKeys.second(), b));
    List<String> first = pseudonyms(Outputs.text(Path.of(a)));
    List<String> second = pseudonyms(Outputs.text(Path.of(b)));
    assertEquals(first.size(), second.size());
    assertTrue(first.size() > 100, "pseudonyms: " + first.size());
    for (int i = 0; i < first.size(); i++) {
      assertNotEquals(first.get(i), second.get(i));
    }
  }

  private static List<String> pseudonyms(String text) {
    Matcher m = Pattern.compile("\\[(TELEFON|PERSONNUMMER|E-POST) ([0-9a-f]{12})]").matcher(sortedLines(text));
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(2));
    }
    return found;
  }

  /** Lines sorted by the record's id, which leads each JSON line. */
  private static String sortedLines(String text) {
    return text.lines().sorted().reduce("", (x, y) -> x + y + "\n");
  }
}
