package se.avid.benchmarks.corpus;

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

/**
 * The texts of a JSON-lines file of the evaluation directory, read at run time and never bundled:
 * a text field ({@code "text"} of the development posts), or an array of tokens joined by single
 * spaces ({@code "tokens"} of SUC and klintan, as the evaluation joins them).
 */
public final class EvalTexts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalTexts() {}

  /**
   * One text and its id in its file.
   *
   * @param id the {@code "id"} field
   * @param text the text
   */
  public record EvalText(String id, String text) {}

  /**
   * The texts of {@code file}, or none if there is no such file.
   *
   * @param file the JSON-lines file
   * @param field the name of the field that holds the text, or of an array of tokens to join
   * @return the texts, in file order
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<EvalText> read(Path file, String field) {
    List<EvalText> texts = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return texts;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        JsonNode value = node.get(field);
        String text;
        if (value.isArray()) {
          StringBuilder joined = new StringBuilder();
          for (JsonNode token : value) {
            joined.append(joined.length() > 0 ? " " : "").append(token.asText());
          }
          text = joined.toString();
        } else {
          text = value.asText();
        }
        texts.add(new EvalText(node.path("id").asText(), text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return texts;
  }
}
