package se.avid.tools.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;

/** Walks a JSON-lines file object by object, naming the line in every error. Stateless. */
final class JsonLines {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What to do with each line's object. */
  interface LineHandler {
    void handle(int lineNumber, JsonNode object);
  }

  private JsonLines() {}

  /**
   * Parses every non-blank line as one JSON object and hands it on.
   *
   * @throws IllegalArgumentException naming the line (never quoting it) if a line is not a JSON
   *     object or the handler rejects it
   */
  static void forEach(BufferedReader in, LineHandler handler) throws IOException {
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        throw new IllegalArgumentException("line " + lineNumber + ": not valid JSON (column " + column + ")");
      }
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("line " + lineNumber + ": not a JSON object");
      }
      try {
        handler.handle(lineNumber, node);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
  }
}
