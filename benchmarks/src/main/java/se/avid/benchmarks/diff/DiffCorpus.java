package se.avid.benchmarks.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.avid.benchmarks.corpus.Density;
import se.avid.benchmarks.corpus.EvalTexts;
import se.avid.benchmarks.corpus.PostGenerator;

/**
 * The texts a findings dump covers: the annotated corpora of the evaluation directory, read at run
 * time (never bundled), and seeded generated posts. The order is fixed, so that two dumps of the
 * same code are identical line for line.
 */
final class DiffCorpus {

  /** Sizes of the generated posts, cycled: a short message, a typical post, a long one. */
  private static final int[] POST_BYTES = {200, 1024, 4096};

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
    List<DiffText> sentences = read(evalDir.resolve("suc3-ner-a.jsonl"), "suc", "tokens");
    texts.addAll(sentences);
    for (DiffText s : sentences) {
      texts.add(new DiffText("suc-lower", s.id(), lowercase(s.text())));
    }
    texts.addAll(read(evalDir.resolve("dev-posts.jsonl"), "dev", "text"));
    texts.addAll(read(evalDir.resolve("klintan-train.jsonl"), "klintan", "tokens"));
    PostGenerator generator = new PostGenerator(PostGenerator.DEFAULT_SEED);
    Density[] densities = Density.values();
    for (int i = 0; i < generatedPosts; i++) {
      String post = generator.generate(POST_BYTES[i % POST_BYTES.length], densities[i % densities.length]).text();
      texts.add(new DiffText("generated", Integer.toString(i), post));
    }
    return texts;
  }

  /** The texts of one evaluation file as texts of {@code corpus}; none, and a note, if it is missing. */
  private static List<DiffText> read(Path file, String corpus, String field) {
    if (!Files.isRegularFile(file)) {
      System.err.println("skipped, not found: " + file);
    }
    List<DiffText> texts = new ArrayList<>();
    for (EvalTexts.EvalText t : EvalTexts.read(file, field)) {
      texts.add(new DiffText(corpus, t.id(), t.text()));
    }
    return texts;
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
