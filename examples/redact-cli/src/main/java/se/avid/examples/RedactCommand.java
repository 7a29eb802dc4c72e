package se.avid.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.avid.Anonymizer;
import se.avid.DecidedFinding;
import se.avid.RedactionException;
import se.avid.RedactionResult;
import se.avid.rules.Rules;
import se.avid.rules.RulesException;

/**
 * Redacts one post, read from a file or from standard input: the redacted text goes to standard
 * output, the findings (type, offsets, score, decision, detector; never the found values) to
 * standard error or, with {@code --findings-out}, to a file.
 *
 * <pre>java -jar examples/redact-cli/target/avid-redact.jar examples/sample-post.txt</pre>
 *
 * <p>Exit codes are listed in {@link #USAGE}. Nothing is written to standard output unless the
 * whole text was redacted.
 */
public final class RedactCommand {

  /** Exit code: the text was redacted. */
  static final int OK = 0;
  /** Exit code: the text could not be redacted (a detector failed); nothing printed. */
  static final int NOT_REDACTED = 1;
  /** Exit code: bad usage, a missing or unreadable file, a bad rules file. */
  static final int USAGE_ERROR = 2;
  /** Exit code: the input is not valid UTF-8; nothing printed. */
  static final int NOT_UTF8 = 3;
  /** Exit code: out of memory (give the JVM more with -Xmx). */
  static final int OUT_OF_MEMORY = 4;

  /** Above this many chars the command says on standard error what it is doing. */
  private static final int PROGRESS_CHARS = 1 << 20;

  static final String USAGE = """
      usage: avid-redact [OPTIONS] [FILE]
      Redacts a Swedish text (FILE, or standard input without FILE or with -) and writes it
      to standard output. The findings (type, offsets, score; never the found values) go to
      standard error.

      options:
        -h, --help             print this help and exit
        --findings FORMAT      text (default), json (one JSON object) or none
        --findings-out FILE    write the findings to FILE instead of standard error
        --rules FILE           a rules file (deny/allow lists, local patterns);
                               see docs/rules-and-strategies.md

      The input must be UTF-8; any other encoding is refused with no output
      (convert it first, e.g. iconv -f latin1 -t utf-8).

      exit codes:
        0  redacted
        1  the text could not be redacted (nothing written to standard output)
        2  bad usage, unreadable file or bad rules file
        3  input is not valid UTF-8 (nothing written to standard output)
        4  out of memory (raise -Xmx)
      """;

  private RedactCommand() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command-line arguments, see {@link #USAGE}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("avid-redact: " + e.getMessage() + " (see --help)");
      return USAGE_ERROR;
    }
    if (options.help) {
      out.print(USAGE);
      return OK;
    }
    try {
      return redact(options, stdin, out, err);
    } catch (OutOfMemoryError e) {
      err.println("avid-redact: out of memory; run java with a larger -Xmx");
      return OUT_OF_MEMORY;
    } catch (RuntimeException e) {
      // A failure outside the checked paths (a broken detector provider, say): the class, not a
      // stack trace, and not the message, which a third-party detector might fill with the text.
      err.println("avid-redact: internal error (" + e.getClass().getName() + "); nothing written");
      return NOT_REDACTED;
    }
  }

  private static int redact(Options options, InputStream stdin, PrintStream out, PrintStream err) {
    String input = options.file == null ? "standard input" : options.file;
    String text;
    try {
      byte[] bytes = options.file == null ? stdin.readAllBytes() : Files.readAllBytes(Path.of(options.file));
      text = decodeUtf8(bytes);
    } catch (NoSuchFileException e) {
      err.println("avid-redact: no such file: " + options.file);
      return USAGE_ERROR;
    } catch (CharacterCodingException e) {
      // Decoding with replacement would keep the ASCII parts of a Latin-1 name (Ã¥ for å) out of
      // the detectors' reach: refuse instead.
      err.println("avid-redact: " + input + " is not valid UTF-8; nothing written (convert it first)");
      return NOT_UTF8;
    } catch (IOException e) {
      err.println("avid-redact: cannot read " + input + ": " + e.getClass().getSimpleName());
      return USAGE_ERROR;
    }
    Anonymizer.Builder builder = Anonymizer.builder();
    if (options.rules != null) {
      try {
        builder.rules(Rules.load(Path.of(options.rules)));
      } catch (NoSuchFileException e) {
        err.println("avid-redact: no such rules file: " + options.rules);
        return USAGE_ERROR;
      } catch (IOException | RulesException e) {
        err.println("avid-redact: bad rules file " + options.rules + ": " + e.getMessage());
        return USAGE_ERROR;
      }
    }
    Anonymizer anonymizer;
    try {
      anonymizer = builder.build();
    } catch (IllegalStateException e) {
      // Thresholds that do not fit together: a rules file's review threshold above a redact threshold.
      err.println("avid-redact: bad rules file " + options.rules + ": " + e.getMessage());
      return USAGE_ERROR;
    }
    boolean large = text.length() > PROGRESS_CHARS;
    if (large) {
      err.printf(Locale.ROOT, "avid-redact: redacting %,d chars...%n", text.length());
    }
    long started = System.nanoTime();
    RedactionResult result;
    try {
      result = anonymizer.process(text);
    } catch (RedactionException e) {
      err.println("avid-redact: " + e.getMessage() + "; nothing written");
      return NOT_REDACTED;
    }
    if (large) {
      err.printf(Locale.ROOT, "avid-redact: done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
    out.print(result.redactedText());
    out.flush();
    return writeFindings(options, result, err);
  }

  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static int writeFindings(Options options, RedactionResult result, PrintStream err) {
    if (options.findings.equals("none")) {
      return OK;
    }
    String report = options.findings.equals("json") ? FindingsReport.json(result) : FindingsReport.text(result);
    if (options.findingsOut == null) {
      err.print(report);
      return OK;
    }
    try {
      Files.writeString(Path.of(options.findingsOut), report, StandardCharsets.UTF_8);
      return OK;
    } catch (IOException e) {
      err.println("avid-redact: cannot write " + options.findingsOut + ": " + e.getClass().getSimpleName());
      return USAGE_ERROR;
    }
  }

  /** The parsed command line. */
  private static final class Options {
    boolean help;
    String file;
    String findings = "text";
    String findingsOut;
    String rules;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "-h", "--help" -> options.help = true;
          case "--findings" -> {
            options.findings = value(args, ++i, arg);
            if (!List.of("text", "json", "none").contains(options.findings)) {
              throw new IllegalArgumentException("--findings takes text, json or none");
            }
          }
          case "--findings-out" -> options.findingsOut = value(args, ++i, arg);
          case "--rules" -> options.rules = value(args, ++i, arg);
          case "-" -> options.setFile(null);
          default -> {
            if (arg.startsWith("-")) {
              throw new IllegalArgumentException("unknown option " + arg);
            }
            options.setFile(arg);
          }
        }
      }
      return options;
    }

    private boolean fileGiven;

    private void setFile(String name) {
      if (fileGiven) {
        throw new IllegalArgumentException("one input only");
      }
      fileGiven = true;
      file = name;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
