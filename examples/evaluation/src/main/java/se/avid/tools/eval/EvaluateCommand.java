package se.avid.tools.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.avid.AnalysisResult;
import se.avid.Anonymizer;
import se.avid.EntityType;
import se.avid.Finding;
import se.avid.RedactionException;
import se.avid.models.context.ContextScorer;
import se.avid.models.context.MaxentContextScorer;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.names.ProperNameDetector;
import se.avid.tools.train.ContextModelTrainer;
import se.avid.tools.train.CrossValidation;

/**
 * Measures avid on annotated text: recall of persons and places (and of any {@link EntityType}
 * annotated), precision of the findings, and the share of ordinary tokens redacted, for the text
 * as written and lowercased, printed as a Markdown table. See {@link Scoreboard} for how each
 * figure is counted.
 *
 * <pre>
 * java -jar examples/evaluation/target/avid-evaluate.jar /work/shared/eval/suc3-ner-a.jsonl --errors 20
 * </pre>
 *
 * <p>The file holds JSON lines in either of two formats, told apart line by line: sentences tagged
 * token by token ({@code {"tokens": [...], "ner_tags": [...]}}, SUC 3.0 as converted by KBLab;
 * the text is the tokens joined by single spaces) or posts annotated with character spans
 * ({@code {"text": "...", "spans": [{"start": 10, "end": 14, "type": "NAME"}]}}).
 *
 * <p>Span-annotated posts also get post-level figures ({@link PostScoreboard}): posts that leak
 * nothing, posts flagged for review, posts that leak unflagged, keep items redacted, a
 * calibration table of finding scores against measured precision, and a table of review thresholds
 * (one run for each, from 0.1 in steps of 0.05): at each, the posts flagged and the leaking posts
 * caught, so that a service can choose its threshold by its review budget.
 *
 * <p>Options: {@code --threshold T} the redact threshold (default
 * {@value Anonymizer#DEFAULT_REDACT_THRESHOLD}); {@code --review-threshold R} findings scored from R
 * up to the redact threshold flag their post for review instead of being redacted (default: no
 * review band); {@code --errors N} lists the first N misses and
 * false alarms of each variant, with their context; {@code --list-errors} lists all of them, and
 * for posts every leaked entity and redacted keep item (post text: for the developer's terminal
 * only, never for a log);
 * {@code --keep-countries=false} redacts countries and very large regions too (the name detector
 * built with {@code keepCountries(false)}); {@code --cross-validate K} (token-tagged files only)
 * deals the sentences into K folds (shuffled with {@code --seed S}, default 1) and scores each fold
 * with a context model trained on the other K−1 folds ({@link ContextModelTrainer#BUNDLED}
 * settings), so that the figures say how avid generalises rather than what the bundled model,
 * trained on SUC, remembers of it.
 *
 * <p>Exit codes: 0 done, 1 avid failed on a text, 2 bad usage or unreadable input.
 */
public final class EvaluateCommand {

  private static final String USAGE =
      "usage: avid-evaluate FILE.jsonl [--threshold T] [--review-threshold R] [--errors N | --list-errors]"
          + " [--keep-countries=false] [--cross-validate K [--seed S]]";

  /** What {@code --help} prints after {@link #USAGE}. */
  private static final String HELP = """
      Measures avid on annotated Swedish text and prints Markdown tables, for the text as written and
      lowercased: recall per annotated type, precision of the findings, ordinary tokens redacted, and
      for posts annotated by character span: posts that leak nothing, posts flagged for review, posts
      that leak unflagged, keep items redacted per kind, a calibration table of finding scores, and a
      table of review thresholds (posts flagged and leaking posts caught at each, to choose one by).
      FILE.jsonl holds token-tagged sentences ({"tokens": [...], "ner_tags": [...]}) or posts
      ({"text": "...", "spans": [...], "keep": [...]}), told apart line by line.

        --threshold T           redact threshold (default 0.5)
        --review-threshold R    findings scored from R up to the redact threshold flag their post
        --errors N              list the first N misses and false alarms of each variant
        --list-errors           list all of them, and every leak and redacted keep item of posts
                                (text: for the developer's terminal, never for a log)
        --keep-countries=false  redact countries and very large regions too
        --cross-validate K      token-tagged files: score each of K folds with a context model
                                trained on the others (--seed S shuffles, default 1)
        -h, --help              this text
      Exit codes: 0 done, 1 avid failed on a text, 2 bad usage or unreadable input.""";

  /** Chars of context shown on each side of an error. */
  private static final int CONTEXT = 40;
  /** The review threshold the signal table counts flagged texts at when none is given: a moderated service's. */
  private static final double SIGNAL_REVIEW_THRESHOLD = 0.3;

  private EvaluateCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("avid-evaluate: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (options.help) {
      out.println(USAGE);
      out.println(HELP);
      return 0;
    }
    AnnotatedTextReader.Corpus corpus;
    try {
      corpus = AnnotatedTextReader.read(options.file);
    } catch (NoSuchFileException e) {
      err.println("avid-evaluate: no such file: " + options.file);
      return 2;
    } catch (IOException e) {
      err.println("avid-evaluate: cannot read " + options.file + ": " + e.getClass().getSimpleName());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("avid-evaluate: " + options.file + " " + e.getMessage());
      return 2;
    }
    List<AnnotatedText> written = corpus.texts();
    if (options.folds > 0 && corpus.spanAnnotated() > 0) {
      err.println("avid-evaluate: --cross-validate needs a file of token-tagged sentences only");
      return 2;
    }
    Scoreboard asWritten = new Scoreboard(options.errorLimit);
    Scoreboard lower = new Scoreboard(options.errorLimit);
    boolean posts = corpus.spanAnnotated() > 0;
    boolean listPosts = options.errorLimit == Integer.MAX_VALUE;
    PostScoreboard postsAsWritten = posts ? new PostScoreboard(listPosts) : null;
    PostScoreboard postsLower = posts ? new PostScoreboard(listPosts) : null;
    long chars = written.stream().mapToLong(t -> t.text().length()).sum();
    Anonymizer anonymizer;
    long nanos = 0;
    Map<Double, PostScoreboard[]> curves = null; // per review threshold: as written, lowercased
    SignalCalibration[] signals = null; // as written, lowercased
    try {
      if (options.folds == 0) {
        anonymizer = anonymizer(options, MaxentContextScorer.bundled());
        nanos = score(anonymizer, written, new Boards(asWritten, postsAsWritten), new Boards(lower, postsLower));
        if (posts) {
          curves = reviewCurves(options, written);
        }
        signals = signalCalibration(options, written);
      } else {
        List<List<TaggedSentence>> folds =
            CrossValidation.folds(TaggedSentenceReader.readAll(options.file), options.folds, options.seed);
        anonymizer = null;
        for (int f = 0; f < folds.size(); f++) {
          List<TaggedSentence> training = CrossValidation.allBut(folds, f);
          anonymizer = anonymizer(options, new MaxentContextScorer(ContextModelTrainer.BUNDLED.train(training)));
          List<AnnotatedText> heldOut = folds.get(f).stream().map(AnnotatedText::of).toList();
          nanos += score(anonymizer, heldOut, new Boards(asWritten, null), new Boards(lower, null));
          err.printf(Locale.ROOT, "avid-evaluate: fold %d of %d scored (%d sentences)%n", f + 1, folds.size(),
              heldOut.size());
        }
      }
    } catch (RedactionException e) {
      err.println("avid-evaluate: " + e.getMessage());
      return 1;
    } catch (IOException | IllegalArgumentException e) {
      err.println("avid-evaluate: cross-validation failed: " + e.getMessage());
      return 1;
    }

    out.printf(Locale.ROOT, "# avid evaluation of %s%n%n", options.file.getFileName());
    out.printf(Locale.ROOT, "- texts: %d (%d token-tagged, %d span-annotated), %d chars%n", written.size(),
        corpus.tokenTagged(), corpus.spanAnnotated(), chars);
    out.printf(Locale.ROOT, "- detectors: %s%n", anonymizer.detectorNames().isEmpty()
        ? "(none)" : String.join(", ", anonymizer.detectorNames()));
    out.printf(Locale.ROOT, "- redact threshold: %.2f%n", options.threshold);
    out.printf(Locale.ROOT, "- review threshold: %s%n", options.reviewThreshold == null
        ? "none (no review band)" : String.format(Locale.ROOT, "%.2f", options.reviewThreshold));
    out.printf(Locale.ROOT, "- countries and very large regions: %s%n", options.keepCountries ? "kept" : "redacted");
    out.printf(Locale.ROOT, "- context model: %s%n", options.folds == 0
        ? "bundled (trained on SUC 3.0 half A and avid's development post sets a, d, e, g, i to z, aa:"
            + " figures on those files are partly memory)"
        : options.folds + "-fold cross-validated (seed " + options.seed
            + "): each fold scored with a model trained on the other folds");
    out.printf(Locale.ROOT, "- analysis time: %.1f s for both variants (%.2f MB/s)%n%n", nanos / 1e9,
        2 * chars / (nanos / 1e3));
    table(asWritten, lower).print(out);
    if (posts) {
      PostReport.print(postsAsWritten, postsLower, out);
      if (curves != null) {
        PostReport.printCurves(curves, out);
      }
    }
    if (signals != null) {
      PostReport.printSignals(signals[0], signals[1], out);
    }
    if (options.errorLimit > 0) {
      printErrors("as written", asWritten, out);
      printErrors("lowercased", lower, out);
    }
    if (posts && listPosts) {
      PostReport.printErrors("as written", postsAsWritten, out);
      PostReport.printErrors("lowercased", postsLower, out);
    }
    if (signals != null && listPosts) {
      PostReport.printFalseFlags("as written", signals[0], out);
      PostReport.printFalseFlags("lowercased", signals[1], out);
    }
    return 0;
  }

  /**
   * The anonymizer under test: the loaded detectors, with the name detector rebuilt around
   * {@code scorer} and the countries option (it replaces the loaded one of the same name).
   */
  static Anonymizer anonymizer(Options options, ContextScorer scorer) {
    Anonymizer.Builder builder = Anonymizer.builder().redactThreshold(options.threshold)
        .explanations(options.errorLimit > 0 || options.explain);
    if (options.reviewThreshold != null) {
      builder.reviewThreshold(options.reviewThreshold);
    }
    return builder
        .addDetector(ProperNameDetector.builder()
            .lexicon(SwedishLexicon.get())
            .contextScorer(scorer)
            .keepCountries(options.keepCountries)
            .build())
        .build();
  }

  /** The scoreboards of one variant; {@code posts} is null when post figures are not wanted. */
  private record Boards(Scoreboard entities, PostScoreboard posts) {
    void add(AnnotatedText text, AnalysisResult result) {
      entities.add(text, result.redacted());
      if (posts != null) {
        posts.add(text, result.redacted(), result.forReview());
      }
    }
  }

  /** Scores {@code texts} as written and lowercased; returns the nanoseconds spent analysing. */
  private static long score(Anonymizer anonymizer, List<AnnotatedText> texts, Boards asWritten, Boards lower) {
    long start = System.nanoTime();
    for (AnnotatedText text : texts) {
      asWritten.add(text, anonymizer.assess(text.text()));
    }
    for (AnnotatedText text : texts) {
      AnnotatedText lowercased = text.lowercased();
      lower.add(lowercased, anonymizer.assess(lowercased.text()));
    }
    return System.nanoTime() - start;
  }

  /** Review thresholds of the table of {@link #reviewCurves}: from 0.1 in steps of 0.05. */
  private static final double CURVE_STEP = 0.05;

  /**
   * The post figures at every review threshold from 0.1 in steps of {@value #CURVE_STEP} up to the
   * redact threshold, each from a run of its own (a threshold decides which findings compete for a
   * place in the review band, so no single run gives them all): what each threshold costs in posts
   * flagged and catches in leaking posts, for a service to choose its threshold by its review budget.
   */
  private static Map<Double, PostScoreboard[]> reviewCurves(Options options, List<AnnotatedText> texts) {
    Map<Double, PostScoreboard[]> curves = new LinkedHashMap<>();
    // steps counted in whole numbers, so that 0.3 is 0.3 and not 0.30000000000000004
    for (int step = 2; step * CURVE_STEP < options.threshold - 1e-9; step++) {
      double t = Math.round(step * CURVE_STEP * 100) / 100.0;
      PostScoreboard[] boards = {new PostScoreboard(false), new PostScoreboard(false)};
      score(anonymizer(options.withReviewThreshold(t), MaxentContextScorer.bundled()), texts,
          new Boards(new Scoreboard(0), boards[0]), new Boards(new Scoreboard(0), boards[1]));
      curves.put(t, boards);
    }
    return curves;
  }

  /**
   * The reliability of each review signal, from a run with no review threshold (every finding
   * under the redact threshold left for review) and explanations on: as written, lowercased.
   */
  private static SignalCalibration[] signalCalibration(Options options, List<AnnotatedText> texts) {
    Options all = options.withReviewThreshold(0);
    all.explain = true;
    Anonymizer anonymizer = anonymizer(all, MaxentContextScorer.bundled());
    boolean list = options.errorLimit == Integer.MAX_VALUE;
    double threshold = options.reviewThreshold != null ? options.reviewThreshold : SIGNAL_REVIEW_THRESHOLD;
    SignalCalibration[] boards = {new SignalCalibration(list, threshold), new SignalCalibration(list, threshold)};
    for (AnnotatedText text : texts) {
      AnalysisResult written = anonymizer.assess(text.text());
      boards[0].add(text, written.redacted(), written.forReview());
      AnnotatedText lowercased = text.lowercased();
      AnalysisResult lower = anonymizer.assess(lowercased.text());
      boards[1].add(lowercased, lower.redacted(), lower.forReview());
    }
    return boards;
  }

  static MarkdownTable table(Scoreboard asWritten, Scoreboard lower) {
    MarkdownTable table = new MarkdownTable("measure", "as written", "lowercased");
    Set<String> labels = new LinkedHashSet<>(asWritten.recall().keySet());
    labels.addAll(lower.recall().keySet());
    for (String label : labels) {
      String types = GoldLabels.findingTypes(label).stream().map(EntityType::name).collect(Collectors.joining(" or "));
      table.row(label + " recall (" + types + ")", cell(asWritten.recall(), label), cell(lower.recall(), label));
      table.row(label + " recall (any type)", cell(asWritten.recallAnyType(), label),
          cell(lower.recallAnyType(), label));
    }
    Set<EntityType> types = new LinkedHashSet<>(asWritten.precision().keySet());
    types.addAll(lower.precision().keySet());
    for (EntityType type : types) {
      table.row(type + " precision", cell(asWritten.precision(), type), cell(lower.precision(), type));
    }
    // over-redaction is rare per token: two decimals keep it visible
    table.row("O tokens redacted", asWritten.outsideTokensRedacted().format(2),
        lower.outsideTokensRedacted().format(2));
    return table;
  }

  private static <K> String cell(Map<K, Ratio> ratios, K key) {
    Ratio r = ratios.get(key);
    return r == null ? "– (0/0)" : r.format();
  }

  private static void printErrors(String variant, Scoreboard board, PrintStream out) {
    out.printf(Locale.ROOT, "%n## Misses, %s (%d of %d)%n%n", variant, board.misses().size(), board.missCount());
    for (Scoreboard.Miss m : board.misses()) {
      out.printf(Locale.ROOT, "- %-6s %s%s%n", m.entity().label(),
          inContext(m.text().text(), m.entity().start(), m.entity().end()),
          m.coveredAs() == null ? "" : "  (covered as " + m.coveredAs() + ")");
    }
    out.printf(Locale.ROOT, "%n## False alarms, %s (%d of %d)%n%n", variant, board.falseAlarms().size(),
        board.falseAlarmCount());
    for (Scoreboard.FalseAlarm a : board.falseAlarms()) {
      Finding f = a.finding();
      out.printf(Locale.ROOT, "- %-8s %.2f %-12s %s%n", f.type(), f.score(), f.detector(),
          inContext(a.text().text(), f.start(), f.end()));
    }
  }

  /** The span in brackets with some text either side, on one line. */
  static String inContext(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    String s = (from > 0 ? "…" : "") + text.substring(from, start) + "[" + text.substring(start, end) + "]"
        + text.substring(end, to) + (to < text.length() ? "…" : "");
    return s.replaceAll("\\s+", " ");
  }

  /** The parsed command line. */
  static final class Options {
    Path file;
    double threshold = Anonymizer.DEFAULT_REDACT_THRESHOLD;
    Double reviewThreshold;
    boolean help;
    int errorLimit;
    boolean keepCountries = true;
    int folds;
    long seed = 1;
    /** Findings carry explanations (always when errors are listed). */
    boolean explain;

    static Options parse(String[] args) {
      Options o = new Options();
      List<String> files = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "-h", "--help" -> o.help = true;
          case "--threshold" -> o.threshold = number(args, ++i, "--threshold");
          case "--review-threshold" -> o.reviewThreshold = number(args, ++i, "--review-threshold");
          case "--errors" -> o.errorLimit = count(args, ++i, "--errors");
          case "--list-errors" -> o.errorLimit = Integer.MAX_VALUE;
          case "--keep-countries=true" -> o.keepCountries = true;
          case "--keep-countries=false" -> o.keepCountries = false;
          case "--cross-validate" -> {
            o.folds = count(args, ++i, "--cross-validate");
            if (o.folds < 2) {
              throw new IllegalArgumentException("--cross-validate needs at least 2 folds");
            }
          }
          case "--seed" -> o.seed = count(args, ++i, "--seed");
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            }
            files.add(args[i]);
          }
        }
      }
      if (o.help) {
        return o;
      }
      if (files.size() != 1) {
        throw new IllegalArgumentException("give exactly one FILE");
      }
      if (!(o.threshold >= 0 && o.threshold <= 1)) {
        throw new IllegalArgumentException("--threshold must be between 0 and 1");
      }
      if (o.reviewThreshold != null && !(o.reviewThreshold >= 0 && o.reviewThreshold <= o.threshold)) {
        throw new IllegalArgumentException("--review-threshold must be between 0 and the redact threshold");
      }
      if (o.errorLimit < 0) {
        throw new IllegalArgumentException("--errors must not be negative");
      }
      o.file = Path.of(files.get(0));
      return o;
    }

    /** These options with another review threshold. */
    Options withReviewThreshold(double review) {
      Options o = new Options();
      o.file = file;
      o.threshold = threshold;
      o.reviewThreshold = review;
      o.keepCountries = keepCountries;
      return o;
    }

    private static int count(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      try {
        return Integer.parseInt(args[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a whole number");
      }
    }

    private static double number(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      try {
        return Double.parseDouble(args[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a number");
      }
    }
  }
}
