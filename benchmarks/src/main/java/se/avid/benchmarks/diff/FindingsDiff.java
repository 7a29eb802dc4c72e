package se.avid.benchmarks.diff;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks that a change of the detectors finds exactly what the previous build found: {@code dump}
 * writes every finding of the default anonymizer over a large corpus (see {@link DiffCorpus},
 * {@link FindingsDump}); {@code compare} counts the differences of two dumps.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar se.avid.benchmarks.diff.FindingsDiff dump /tmp/before.tsv
 * java -cp benchmarks/target/benchmarks.jar se.avid.benchmarks.diff.FindingsDiff compare /tmp/before.tsv /tmp/after.tsv
 * </pre>
 *
 * <p>Options of {@code dump}: {@code --eval DIR} (default {@code /work/shared/eval}, read at run
 * time and never committed) and {@code --posts N} generated posts (default 20,000). Dumps hold
 * offsets, types, scores and detector names, never text; keep them out of the repository anyway.
 * {@code compare} exits with 1 when the dumps differ, 0 when they are identical.
 */
public final class FindingsDiff {

  /** How many differing lines {@code compare} prints each way. */
  private static final int SHOWN = 10;

  private FindingsDiff() {}

  /**
   * Runs {@code dump OUT [--eval DIR] [--posts N]} or {@code compare A B}.
   *
   * @param args the command and its arguments
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("dump")) {
      System.exit(dump(args));
    } else if (args.length == 3 && args[0].equals("compare")) {
      System.exit(compare(Path.of(args[1]), Path.of(args[2])));
    } else {
      System.err.println("usage: FindingsDiff dump OUT [--eval DIR] [--posts N] | compare A B");
      System.exit(2);
    }
  }

  private static int dump(String[] args) throws IOException {
    Path out = Path.of(args[1]);
    Path eval = Path.of("/work/shared/eval");
    int posts = 20_000;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--eval" -> eval = Path.of(args[i + 1]);
        case "--posts" -> posts = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long started = System.nanoTime();
    List<DiffText> texts = DiffCorpus.load(eval, posts);
    long lines;
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      lines = new FindingsDump().write(texts, w);
    }
    System.out.printf("%d texts, %d findings lines -> %s (%.1f s)%n", texts.size(), lines, out,
        (System.nanoTime() - started) / 1e9);
    return 0;
  }

  private static int compare(Path first, Path second) throws IOException {
    FindingsComparison c = FindingsComparison.of(first, second);
    System.out.printf("%s: %d lines; %s: %d lines; %d differences%n", first, c.firstLines(), second,
        c.secondLines(), c.differences());
    print("only in " + first, c.onlyInFirst());
    print("only in " + second, c.onlyInSecond());
    return c.differences() == 0 ? 0 : 1;
  }

  private static void print(String heading, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    System.out.println(heading + " (" + lines.size() + "):");
    lines.stream().limit(SHOWN).forEach(l -> System.out.println("  " + l));
  }
}
