package se.avid.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Key files for the tests, written once per JVM: jobs with the same key file share the executor's
 * anonymizer, as the jobs of one cluster would, which keeps the tests fast.
 */
final class TestKeys {

  private TestKeys() {}

  static final String FIRST_SECRET = "the first test key, 32 bytes ok";
  static final String SECOND_SECRET = "the second test key, also long";

  private static final class Holder {
    static final Path FIRST = write(FIRST_SECRET);
    static final Path SECOND = write(SECOND_SECRET);
  }

  static String first() {
    return Holder.FIRST.toString();
  }

  static String second() {
    return Holder.SECOND.toString();
  }

  private static Path write(String secret) {
    try {
      Path file = Files.createTempFile("avid-test-key", ".txt");
      file.toFile().deleteOnExit();
      Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
