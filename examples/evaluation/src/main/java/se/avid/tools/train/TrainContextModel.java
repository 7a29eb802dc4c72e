package se.avid.tools.train;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import se.avid.models.context.ContextLabel;
import se.avid.models.context.ContextModelFile;
import se.avid.tools.eval.TaggedSentence;
import se.avid.tools.eval.TaggedSentenceReader;

/**
 * Trains the context model of {@link se.avid.models.context.MaxentContextScorer} from sentences
 * tagged token by token (SUC 3.0 JSON lines), and measures it by cross-validation.
 *
 * <p>The bundled model is trained on SUC 3.0 (half A, given twice) and avid's development post
 * sets; {@code swedish-models/README.md} ("Context model") gives the command that reproduces it
 * byte for byte. {@code --folds K} measures a model by cross-validation on its inputs (then
 * {@code --output} may be left out).
 *
 * <p>Options: {@code --iterations N}, {@code --cutoff N}, {@code --sigma S} (defaults: those of
 * {@link ContextModelTrainer#BUNDLED}), {@code --folds K}, {@code --seed S} for the folds (default
 * 1), {@code --threshold T} for the cross-validated figures (default 0.5).
 */
public final class TrainContextModel {

  private static final String USAGE = "usage: TrainContextModel --input FILE.jsonl [--input FILE.jsonl ...] [--output MODEL.bin.gz]"
      + " [--folds K] [--seed S] [--threshold T] [--iterations N] [--cutoff N] [--sigma S]";

  private TrainContextModel() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<Path> inputs = new ArrayList<>();
    Path output = null;
    int folds = 0;
    long seed = 1;
    double threshold = 0.5;
    ContextModelTrainer defaults = ContextModelTrainer.BUNDLED;
    int iterations = defaults.iterations();
    int cutoff = defaults.cutoff();
    double sigma = defaults.sigma();
    try {
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value" : "unexpected " + option);
        }
        String value = args[++i];
        switch (option) {
          case "--input" -> inputs.add(Path.of(value));
          case "--output" -> output = Path.of(value);
          case "--folds" -> folds = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--threshold" -> threshold = Double.parseDouble(value);
          case "--iterations" -> iterations = Integer.parseInt(value);
          case "--cutoff" -> cutoff = Integer.parseInt(value);
          case "--sigma" -> sigma = Double.parseDouble(value);
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      }
      if (inputs.isEmpty() || (output == null && folds == 0)) {
        throw new IllegalArgumentException("give --input and --output or --folds");
      }
    } catch (IllegalArgumentException e) {
      err.println("TrainContextModel: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    ContextModelTrainer trainer = new ContextModelTrainer(iterations, cutoff, sigma);
    List<TaggedSentence> sentences = new ArrayList<>();
    for (Path input : inputs) {
      try {
        sentences.addAll(TaggedSentenceReader.readAll(input, PostSentences::of));
      } catch (NoSuchFileException e) {
        err.println("TrainContextModel: no such file: " + input);
        return 2;
      } catch (IOException | IllegalArgumentException e) {
        err.println("TrainContextModel: " + input + ": " + e.getMessage());
        return 2;
      }
    }
    out.printf(Locale.ROOT, "%d sentences, %d tokens; %s%n", sentences.size(),
        sentences.stream().mapToInt(s -> s.tokens().size()).sum(), trainer);
    try {
      if (folds > 0) {
        long start = System.nanoTime();
        CrossValidation.Result result = CrossValidation.run(sentences, folds, seed, trainer, threshold);
        out.printf(Locale.ROOT, "%n%d-fold cross-validation (seed %d, threshold %.2f), %.0f s%n%n", folds, seed,
            threshold, (System.nanoTime() - start) / 1e9);
        printScores(result, out);
      }
      if (output != null) {
        long start = System.nanoTime();
        GISModel model = trainer.train(sentences);
        try (OutputStream file = Files.newOutputStream(output)) {
          ContextModelFile.write(model, file);
        }
        out.printf(Locale.ROOT, "%nmodel written to %s: %d bytes, %d outcomes, trained in %.0f s%n", output,
            Files.size(output), model.getNumOutcomes(), (System.nanoTime() - start) / 1e9);
      }
    } catch (IOException | IllegalArgumentException e) {
      err.println("TrainContextModel: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  private static void printScores(CrossValidation.Result result, PrintStream out) {
    out.println("| label | text | token P | token R | token F1 | entity P | entity R | entity F1 |");
    out.println("| :-- | :-- | --: | --: | --: | --: | --: | --: |");
    for (ContextLabel label : CrossValidation.LABELS) {
      row(label, "as written", result.asWritten(), out);
      row(label, "lowercased", result.lowercased(), out);
    }
  }

  private static void row(ContextLabel label, String variant, Map<ContextLabel, LabelScore> scores, PrintStream out) {
    LabelScore s = scores.get(label);
    out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %s | %s | %.3f |%n", label.outcome(), variant,
        s.tokenPrecision().format(), s.tokenRecall().format(), LabelScore.f1(s.tokenPrecision(), s.tokenRecall()),
        s.entityPrecision().format(), s.entityRecall().format(),
        LabelScore.f1(s.entityPrecision(), s.entityRecall()));
  }
}
