package se.avid.benchmarks;

import java.util.List;
import se.avid.benchmarks.corpus.Density;
import se.avid.benchmarks.corpus.GeneratedPost;
import se.avid.benchmarks.corpus.PostGenerator;
import se.avid.benchmarks.corpus.PostSize;

/**
 * The texts one benchmark cycles through: {@link PostSize#inputCount()} generated inputs of one
 * size and density, about 256 KB in all, so that neither the branch predictor nor the caches learn
 * a single post. The same size and density always give the same texts, whatever ran before.
 * Immutable and thread-safe.
 */
final class Inputs {

  private final String[] texts;
  private final int[] utf8Bytes;

  private Inputs(List<GeneratedPost> posts) {
    texts = new String[posts.size()];
    utf8Bytes = new int[posts.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = posts.get(i).text();
      utf8Bytes[i] = posts.get(i).utf8Bytes();
    }
  }

  static Inputs of(PostSize size, Density density) {
    return new Inputs(posts(size, density));
  }

  /** The generated posts behind {@link #of}, with the identifiers the generator placed. */
  static List<GeneratedPost> posts(PostSize size, Density density) {
    long seed = PostGenerator.DEFAULT_SEED + 1000L * size.ordinal() + density.ordinal();
    return new PostGenerator(seed).generate(size.inputCount(), size.bytes(), density);
  }

  int count() {
    return texts.length;
  }

  String text(int i) {
    return texts[i];
  }

  int utf8Bytes(int i) {
    return utf8Bytes[i];
  }
}
