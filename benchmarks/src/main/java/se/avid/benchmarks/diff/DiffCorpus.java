package se.avid.benchmarks.diff;

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
import se.avid.benchmarks.corpus.Density;
import se.avid.benchmarks.corpus.PostGenerator;

/**
 * The texts a findings dump covers: the annotated corpora of the evaluation directory, read at run
 * time (never bundled), and seeded generated posts. The order is fixed, so that two dumps of the
 * same code are identical line for line.
 */
final class DiffCorpus {

  /** Sizes of the generated posts, cycled: a short message, a typical post, a long one. */
  private static final int[] POST_BYTES = {200, 1024, 4096};

  private static final ObjectMapper JSON = new ObjectMapper();

  private DiffCorpus() {}

  /**
   * Every text: SUC sentences (tokens joined by spaces) as written and lowercased, the development
   * posts, the klintan sentences, then {@code generatedPosts} generated posts of every density.
   *
   * @param evalDir the evaluation directory; its files that are missing are skipped (and named)
   * @param generatedPosts how many generated posts
   * @return the texts, in dump order
   */
  static List<DiffText> load(Path evalDir, int generatedPosts) {
    List<DiffText> texts = new ArrayList<>();
    Path suc = evalDir.resolve("suc3-ner-a.jsonl");
    if (present(suc)) {
      List<DiffText> sentences = tokenSentences(suc, "suc");
      texts.addAll(sentences);
      for (DiffText s : sentences) {
        texts.add(new DiffText("suc-lower", s.id(), lowercase(s.text())));
      }
    }
    Path dev = evalDir.resolve("dev-posts.jsonl");
    if (present(dev)) {
      for (JsonNode line : jsonLines(dev)) {
        texts.add(new DiffText("dev", line.get("id").asText(), line.get("text").asText()));
      }
    }
    Path klintan = evalDir.resolve("klintan-train.jsonl");
    if (present(klintan)) {
      texts.addAll(tokenSentences(klintan, "klintan"));
    }
    PostGenerator generator = new PostGenerator(PostGenerator.DEFAULT_SEED);
    Density[] densities = Density.values();
    for (int i = 0; i < generatedPosts; i++) {
      String post = generator.generate(POST_BYTES[i % POST_BYTES.length], densities[i % densities.length]).text();
      texts.add(new DiffText("generated", Integer.toString(i), post));
    }
    return texts;
  }

  private static boolean present(Path file) {
    if (Files.isRegularFile(file)) {
      return true;
    }
    System.err.println("skipped, not found: " + file);
    return false;
  }

  /** Token-tagged sentences, tokens joined by single spaces (as the evaluation joins them). */
  private static List<DiffText> tokenSentences(Path file, String corpus) {
    List<DiffText> texts = new ArrayList<>();
    for (JsonNode line : jsonLines(file)) {
      StringBuilder text = new StringBuilder();
      for (JsonNode token : line.get("tokens")) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(token.asText());
      }
      texts.add(new DiffText(corpus, line.get("id").asText(), text.toString()));
    }
    return texts;
  }

  private static List<JsonNode> jsonLines(Path file) {
    List<JsonNode> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          lines.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return lines;
  }

  /** Lowercased char by char, so that every offset stays valid (unlike {@link String#toLowerCase}). */
  static String lowercase(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }
}
