package se.avid.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
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

/**
 * Redacts one post, read from a file or from standard input, and prints the redacted text and a
 * table of the findings (type, offsets, score, detector; never the found values).
 *
 * <pre>java -jar examples/redact-cli/target/avid-redact.jar examples/sample-post.txt</pre>
 *
 * <p>Exit codes: 0 done, 1 the text could not be analysed (nothing printed), 2 bad usage or unreadable input.
 */
public final class RedactCommand {

  private RedactCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    if (args.length > 1 || (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help")))) {
      err.println("usage: avid-redact [FILE]   (reads standard input without FILE or with -)");
      return 2;
    }
    String text;
    try {
      text = args.length == 0 || args[0].equals("-")
          ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("avid-redact: no such file: " + args[0]);
      return 2;
    } catch (IOException e) {
      err.println("avid-redact: cannot read input: " + e.getClass().getSimpleName());
      return 2;
    }
    Anonymizer anonymizer = Anonymizer.builder().build();
    RedactionResult result;
    try {
      result = anonymizer.process(text);
    } catch (RedactionException e) {
      err.println("avid-redact: " + e.getMessage());
      return 1;
    }
    out.println(result.redactedText().stripTrailing());
    out.println();
    List<DecidedFinding> findings = result.findings();
    out.println(findings.size() + " findings" + (result.needsReview() ? " (needs review)" : ""));
    for (DecidedFinding f : findings) {
      out.printf(Locale.ROOT, "  %-20s %6d..%-6d score %.2f  %-8s %s%n", f.type(), f.start(), f.end(), f.score(),
          f.decision(), f.finding().detector());
    }
    return 0;
  }
}
