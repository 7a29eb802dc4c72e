package se.avid.tools.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads annotated texts from a JSON-lines file in either format, told apart line by line: a
 * token-tagged sentence ({@link TaggedSentenceReader}, the SUC 3.0 form) or a post annotated with
 * character spans ({@link SpanAnnotatedReader}). Stateless.
 */
public final class AnnotatedTextReader {

  /**
   * The texts of one file.
   *
   * @param texts every text, in file order
   * @param tokenTagged how many came from token-tagged lines
   * @param spanAnnotated how many came from span-annotated lines
   */
  public record Corpus(List<AnnotatedText> texts, int tokenTagged, int spanAnnotated) {
    public Corpus {
      texts = List.copyOf(texts);
    }
  }

  private AnnotatedTextReader() {}

  /** Reads a UTF-8 file. */
  public static Corpus read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /**
   * Reads every non-blank line.
   *
   * @throws IllegalArgumentException naming the line if it is in neither format or malformed
   */
  public static Corpus read(BufferedReader in) throws IOException {
    List<AnnotatedText> texts = new ArrayList<>();
    int[] counts = new int[2];
    JsonLines.forEach(in, (lineNumber, node) -> {
      if (TaggedSentenceReader.accepts(node)) {
        texts.add(AnnotatedText.of(TaggedSentenceReader.parse(node)));
        counts[0]++;
      } else if (SpanAnnotatedReader.accepts(node)) {
        texts.add(SpanAnnotatedReader.parse(node));
        counts[1]++;
      } else {
        throw new IllegalArgumentException("neither \"tokens\" + \"ner_tags\" nor \"text\" + \"spans\"");
      }
    });
    return new Corpus(texts, counts[0], counts[1]);
  }
}
