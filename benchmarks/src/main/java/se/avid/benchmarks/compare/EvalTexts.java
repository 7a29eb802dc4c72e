package se.avid.benchmarks.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Texts of a JSON-lines evaluation file, read at run time: a text field, or tokens joined by spaces. */
final class EvalTexts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalTexts() {}

  /**
   * The texts of {@code file}, or none if it is absent.
   *
   * @param file the JSON-lines file
   * @param field {@code "tokens"} for an array of tokens to join, else the name of a text field
   * @return the texts, in file order
   */
  static List<String> read(Path file, String field) {
    List<String> texts = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return texts;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line).get(field);
        if (node.isArray()) {
          StringBuilder text = new StringBuilder();
          for (JsonNode token : node) {
            text.append(text.length() > 0 ? " " : "").append(token.asText());
          }
          texts.add(text.toString());
        } else {
          texts.add(node.asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return texts;
  }
}
