package se.avid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return RedactCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void redactsAPostFromStandardInputAndListsFindingsWithoutTheirValues() {
    assertEquals(0, run("ring mig på 070-123 45 67 efter kl 17"));
    String printed = out();
    assertTrue(printed.startsWith("ring mig på [TELEFON] efter kl 17"), printed);
    assertTrue(printed.contains("PHONE"), printed);
    assertFalse(printed.contains("123 45 67"), "findings table must not print the found value");
  }

  @Test
  void redactsAPostFromAFile(@TempDir Path dir) throws Exception {
    Path post = dir.resolve("post.txt");
    Files.writeString(post, "mejla anna.l@gmail.com", StandardCharsets.UTF_8);
    assertEquals(0, run("", post.toString()));
    assertTrue(out().startsWith("mejla [E-POST]"), out());
  }

  @Test
  void aMissingFileIsAUsageErrorThatNamesTheFile() {
    assertEquals(2, run("", "/no/such/post.txt"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("/no/such/post.txt"));
  }
}
