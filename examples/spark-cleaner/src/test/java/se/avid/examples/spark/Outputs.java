package se.avid.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads what a job wrote, straight from the files, as a person or another tool would. */
final class Outputs {

  private Outputs() {}

  /** The text of every data file (Parquet's too: uncompressed strings are plain UTF-8) (not Spark's hidden files) under {@code dir}, in name order. */
  static String text(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
          .sorted()
          .map(p -> {
            try {
              // malformed bytes (Parquet's binary parts) become U+FFFD; the texts in them stay readable
              return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .collect(Collectors.joining());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
