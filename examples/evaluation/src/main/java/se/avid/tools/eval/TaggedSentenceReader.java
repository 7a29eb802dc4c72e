package se.avid.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads sentences tagged token by token, one JSON object a line, as KBLab's conversion of SUC 3.0:
 * {@code {"tokens": ["Jag", "heter", "Anna", "."], "ner_tags": ["O", "O", "PER", "O"]}}. Other
 * fields (such as {@code id}) are ignored. Stateless.
 */
public final class TaggedSentenceReader {

  static final String TOKENS = "tokens";
  static final String TAGS = "ner_tags";

  private TaggedSentenceReader() {}

  /** True when {@code line} has the fields of a token-tagged sentence. */
  public static boolean accepts(JsonNode line) {
    return line.has(TOKENS) && line.has(TAGS);
  }

  /**
   * The sentence in one parsed line.
   *
   * @throws IllegalArgumentException if a field is missing or malformed, or the counts differ
   */
  public static TaggedSentence parse(JsonNode line) {
    return new TaggedSentence(strings(line, TOKENS), strings(line, TAGS));
  }

  /** Every sentence of a JSON-lines file; blank lines are skipped. */
  public static List<TaggedSentence> readAll(Path file) throws IOException {
    return read(file, node -> {
      throw new IllegalArgumentException("not a token-tagged sentence (needs \"" + TOKENS + "\" and \""
          + TAGS + "\")");
    });
  }

  /**
   * Every sentence of a JSON-lines file that may also hold posts annotated by character span
   * (see {@link SpanAnnotatedReader}): each post is turned into sentences by {@code posts}.
   *
   * @param file the file
   * @param posts what makes a post's sentences
   * @return the sentences, in the file's order
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the line if it is in neither format or malformed
   */
  public static List<TaggedSentence> readAll(Path file, Function<AnnotatedText, List<TaggedSentence>> posts)
      throws IOException {
    return read(file, node -> {
      if (!SpanAnnotatedReader.accepts(node)) {
        throw new IllegalArgumentException("neither \"" + TOKENS + "\" + \"" + TAGS + "\" nor a post annotated by span");
      }
      return posts.apply(SpanAnnotatedReader.parse(node));
    });
  }

  /** The sentences of the file's lines: a token-tagged one parsed, any other given to {@code other}. */
  private static List<TaggedSentence> read(Path file, Function<JsonNode, List<TaggedSentence>> other) throws IOException {
    List<TaggedSentence> sentences = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonLines.forEach(in, (lineNumber, node) -> {
        if (accepts(node)) {
          sentences.add(parse(node));
        } else {
          sentences.addAll(other.apply(node));
        }
      });
    }
    return sentences;
  }

  private static List<String> strings(JsonNode line, String field) {
    JsonNode array = line.get(field);
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an array of strings");
    }
    List<String> values = new ArrayList<>(array.size());
    for (JsonNode value : array) {
      if (!value.isTextual()) {
        throw new IllegalArgumentException("\"" + field + "\" must be an array of strings");
      }
      values.add(value.textValue());
    }
    return values;
  }
}
