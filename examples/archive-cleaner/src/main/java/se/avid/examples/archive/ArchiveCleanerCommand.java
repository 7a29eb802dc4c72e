package se.avid.examples.archive;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import se.avid.Anonymizer;
import se.avid.examples.review.ReviewingRedactor;

/**
 * The archive cleaner's command line.
 *
 * <pre>java -jar examples/archive-cleaner/target/avid-archive-cleaner.jar --fields text posts.jsonl clean.jsonl</pre>
 *
 * <p>Exit codes: 0 every record cleaned and written; 1 finished, but some records were rejected
 * (see the reject file); 2 bad usage (unknown option, wrong field or column name, output exists,
 * checkpoint of another run); 3 input error (missing file, not UTF-8, CSV broken beyond
 * recovery); 4 output error (cannot write, disk full); 5 internal error or out of memory. After 3, 4 and 5 what was
 * committed is kept and {@code --resume} carries on from it.
 */
public final class ArchiveCleanerCommand {

  static final String USAGE = """
      usage: java -jar avid-archive-cleaner.jar [options] INPUT OUTPUT
        Cleans every post of an archive and writes it back in the same format; records with doubtful
        findings go to a review output, records that cannot be cleaned to the reject file.
        --format F            jsonl, csv, lines (one post per line) or directory (one post per file);
                              default: from INPUT (a directory, *.jsonl/*.ndjson, *.csv, else lines)
        --fields A,B          JSON fields (a name or a /json/pointer) or CSV columns to clean
        --allow-missing-fields  do not require the JSON fields in the first record
        --rejects FILE        where rejected records are listed (default OUTPUT.rejects.csv)
        --threads N           cleaning threads (default: all cores, %d here)
        --batch N             records per batch (default 1000)
        --redact-threshold X  findings scored X or more are redacted (default 0.5)
        --review-threshold X  findings from X up to the redact threshold are left in the text for a person
                              to check (default 0.3); records with such findings are "to review"
        --review R            where records to review go (types only are ever listed, never their text):
                                separate (default): not to OUTPUT but to the review output, same format;
                                inline: kept in OUTPUT in their place, marked (JSON field "avid_review": [types],
                                CSV column avid_review; lines and files have no mark: see the review list)
        --review-output P     the review output (default OUTPUT with .review before its extension:
                              clean.jsonl -> clean.review.jsonl, directory clean -> clean.review)
        --review-list FILE    every record to review: record,line,types (record,file,types for a directory);
                              default OUTPUT.review-list.csv
        --resume              carry on an interrupted run from its checkpoint
        --overwrite           replace an existing OUTPUT
        --commit-every S      seconds between checkpoints (default 2; 0 = after every batch)
        --progress S          progress on stderr every S seconds (default 5; 0 for none)
        --quiet               neither progress nor summary
      exit codes: 0 ok, 1 done with rejects, 2 usage, 3 input error, 4 output error,
        5 internal error or out of memory, 130 interrupted (Ctrl-C); after 3, 4, 5 and 130 what was
        committed is kept: rerun with --resume
      """;

  private ArchiveCleanerCommand() {}

  /**
   * Runs the command and exits with its exit code. On Ctrl-C the JVM exits with 130 and a
   * shutdown hook prints what the last checkpoint holds.
   *
   * @param args the command-line arguments, see {@link #USAGE}
   */
  public static void main(String[] args) {
    AtomicBoolean finished = new AtomicBoolean();
    Options parsed = parseQuietly(args);
    if (parsed != null && parsed.output != null && !parsed.help) {
      Path checkpoint = ArchiveCleaner.checkpointOf(parsed.output);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        if (!finished.get()) {
          System.err.print(interruptedSummary(checkpoint));
          System.err.flush();
        }
      }, "avid-archive-cleaner-interrupt"));
    }
    int code;
    try {
      code = run(args, System.out, System.err, Anonymizer.builder());
    } finally {
      finished.set(true); // also when run throws: that is no Ctrl-C, so the hook stays silent
    }
    System.exit(code);
  }

  private static Options parseQuietly(String[] args) {
    try {
      return Options.parse(args);
    } catch (ArchiveException e) {
      return null;
    }
  }

  /**
   * What an interrupted run says: the exit code, the counts of the last checkpoint, how to carry on.
   * The checkpoint may be a batch behind the records the threads were cleaning when the run stopped.
   */
  static String interruptedSummary(Path checkpointFile) {
    StringBuilder s = new StringBuilder("avid-archive-cleaner: interrupted (exit code 130)");
    if (Files.exists(checkpointFile)) {
      try {
        Checkpoint checkpoint = Checkpoint.read(checkpointFile);
        s.append("; committed so far:\n").append(checkpoint.tally().summary().indent(2));
      } catch (IOException e) {
        s.append("; the checkpoint cannot be read (").append(e.getClass().getSimpleName()).append(")\n");
      }
      s.append("  rerun with the same options and --resume to carry on\n");
    } else {
      s.append("; nothing committed yet\n");
    }
    return s.toString();
  }

  /** Runs with detectors from {@code builder} (tests give their own), the help too on {@code err}. */
  static int run(String[] args, PrintStream err, Anonymizer.Builder builder) {
    return run(args, err, err, builder);
  }

  /**
   * Runs with detectors from {@code builder}: the help on {@code out}, everything else (errors,
   * progress, summary) on {@code err}. Out of memory and unexpected failures end with a message
   * and exit code 5, never a stack trace; what was committed is kept for {@code --resume}.
   */
  static int run(String[] args, PrintStream out, PrintStream err, Anonymizer.Builder builder) {
    try {
      return runOrThrow(args, out, err, builder);
    } catch (OutOfMemoryError e) {
      err.println("avid-archive-cleaner: out of memory; run java with a larger -Xmx (or fewer --threads, a smaller"
          + " --batch); what was committed is kept: rerun with --resume");
      return ArchiveException.Kind.INTERNAL.exitCode;
    } catch (RuntimeException e) {
      err.println("avid-archive-cleaner: internal error (" + e.getClass().getName() + "); what was committed is"
          + " kept: rerun with --resume");
      return ArchiveException.Kind.INTERNAL.exitCode;
    }
  }

  private static int runOrThrow(String[] args, PrintStream out, PrintStream err, Anonymizer.Builder builder) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (ArchiveException e) {
      err.println("avid-archive-cleaner: " + e.getMessage());
      err.print(String.format(Locale.ROOT, USAGE, Runtime.getRuntime().availableProcessors()));
      return e.kind().exitCode;
    }
    if (o.help) {
      out.print(String.format(Locale.ROOT, USAGE, Runtime.getRuntime().availableProcessors()));
      return 0;
    }
    long start = System.nanoTime();
    Tally tally;
    ArchiveCleaner.Settings settings;
    try {
      settings = o.settings();
      ReviewingRedactor redactor = ReviewingRedactor.of(builder, o.reviewThreshold, o.redactThreshold);
      tally = new ArchiveCleaner(settings, redactor, o.quiet ? null : err).run();
    } catch (ArchiveException e) {
      err.println("avid-archive-cleaner: " + e.getMessage());
      return e.kind().exitCode;
    } catch (InterruptedException e) {
      err.println("avid-archive-cleaner: interrupted; rerun with --resume to carry on");
      return ArchiveException.Kind.INTERNAL.exitCode;
    }
    if (!o.quiet) {
      err.printf(Locale.ROOT, "avid-archive-cleaner: done in %.1f s, output %s%n", (System.nanoTime() - start) / 1e9,
          settings.output());
      err.print(tally.summary().indent(2));
      if (tally.forReview > 0) {
        ArchiveCleaner.Review review = settings.review();
        err.println(review.output() != null
            ? "  records to review are in " + review.output() + ", not in the output; listed in " + review.list()
            : "  records to review are marked in the output and listed in " + review.list());
      }
      if (tally.rejected > 0) {
        err.println("  rejected records are listed (number, line, reason) in " + settings.rejects());
      }
    }
    return tally.rejected > 0 ? 1 : 0;
  }

  /** The parsed command line. */
  static final class Options {
    Path input;
    Path output;
    Path rejects;
    String format;
    ReviewRouting review = ReviewRouting.SEPARATE;
    Path reviewOutput;
    Path reviewList;
    final List<String> fields = new ArrayList<>();
    boolean allowMissing;
    int threads = Runtime.getRuntime().availableProcessors();
    int batch = 1000;
    double redactThreshold = Anonymizer.DEFAULT_REDACT_THRESHOLD;
    double reviewThreshold = ReviewingRedactor.DEFAULT_REVIEW_THRESHOLD;
    boolean resume;
    boolean overwrite;
    double progressSeconds = 5;
    double commitSeconds = 2;
    boolean quiet;
    boolean help;

    static Options parse(String[] args) throws ArchiveException {
      Options o = new Options();
      List<String> positional = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "-h", "--help" -> o.help = true;
          case "--format" -> o.format = value(args, ++i, a);
          case "--fields", "--field", "--columns", "--column" ->
              Arrays.stream(value(args, ++i, a).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                  .forEach(o.fields::add);
          case "--allow-missing-fields" -> o.allowMissing = true;
          case "--rejects" -> o.rejects = Path.of(value(args, ++i, a));
          case "--review" -> o.review = ReviewRouting.of(value(args, ++i, a));
          case "--review-output" -> o.reviewOutput = Path.of(value(args, ++i, a));
          case "--review-list" -> o.reviewList = Path.of(value(args, ++i, a));
          case "--threads" -> o.threads = positiveInt(value(args, ++i, a), a);
          case "--batch" -> o.batch = positiveInt(value(args, ++i, a), a);
          case "--redact-threshold" -> o.redactThreshold = fraction(value(args, ++i, a), a);
          case "--review-threshold" -> o.reviewThreshold = fraction(value(args, ++i, a), a);
          case "--resume" -> o.resume = true;
          case "--overwrite" -> o.overwrite = true;
          case "--progress" -> o.progressSeconds = seconds(value(args, ++i, a), a);
          case "--commit-every" -> o.commitSeconds = seconds(value(args, ++i, a), a);
          case "--quiet", "-q" -> o.quiet = true;
          default -> {
            if (a.startsWith("--") || (a.startsWith("-") && a.length() > 1)) {
              throw ArchiveException.usage("unknown option " + a);
            }
            positional.add(a);
          }
        }
      }
      if (o.help) {
        return o;
      }
      if (positional.size() != 2) {
        throw ArchiveException.usage("give an INPUT and an OUTPUT (got " + positional.size() + " paths)");
      }
      if (o.reviewThreshold > o.redactThreshold) {
        throw ArchiveException.usage("the review threshold (" + o.reviewThreshold + ") is above the redact threshold ("
            + o.redactThreshold + ")");
      }
      if (o.review == ReviewRouting.INLINE && o.reviewOutput != null) {
        throw ArchiveException.usage("--review-output goes with --review separate, not inline");
      }
      o.input = Path.of(positional.get(0));
      o.output = Path.of(positional.get(1));
      return o;
    }

    ArchiveCleaner.Settings settings() throws ArchiveException {
      ArchiveFormat f = ArchiveFormat.of(format, input);
      Path r = rejects != null ? rejects : ArchiveCleaner.Settings.defaultRejects(output);
      return new ArchiveCleaner.Settings(input, output, r, f, fields, allowMissing, threads, batch, 1 << 20, resume,
          overwrite, Duration.ofMillis((long) (commitSeconds * 1000)),
          quiet ? Duration.ZERO : Duration.ofMillis((long) (progressSeconds * 1000)),
          ArchiveCleaner.Review.of(review, reviewOutput, reviewList, output));
    }

    private static String value(String[] args, int i, String option) throws ArchiveException {
      if (i >= args.length) {
        throw ArchiveException.usage(option + " needs a value");
      }
      return args[i];
    }

    private static int positiveInt(String v, String option) throws ArchiveException {
      try {
        int n = Integer.parseInt(v);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // fall through
      }
      throw ArchiveException.usage(option + " needs a positive whole number, not '" + v + "'");
    }

    private static double fraction(String v, String option) throws ArchiveException {
      try {
        double x = Double.parseDouble(v);
        if (x >= 0 && x <= 1) {
          return x;
        }
      } catch (NumberFormatException e) {
        // fall through
      }
      throw ArchiveException.usage(option + " needs a number from 0 to 1, not '" + v + "'");
    }

    private static double seconds(String v, String option) throws ArchiveException {
      try {
        double x = Double.parseDouble(v);
        if (x >= 0) {
          return x;
        }
      } catch (NumberFormatException e) {
        // fall through
      }
      throw ArchiveException.usage(option + " needs a number of seconds, not '" + v + "'");
    }
  }
}
