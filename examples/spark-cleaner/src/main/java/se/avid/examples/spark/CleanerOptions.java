package se.avid.examples.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.avid.Anonymizer;

/**
 * The job's command line, parsed and checked.
 *
 * @param input the input path (file, directory or glob; any Hadoop file system)
 * @param output the output directory
 * @param rejects the rejects directory (CSV: row_id, file, reason)
 * @param inputFormat the input's format
 * @param outputFormat the output's format
 * @param columns the columns (top-level JSON fields) to clean
 * @param idColumn the column that names a row in the rejects, or null
 * @param overwrite replace existing output and rejects; else they must not exist
 * @param anonymizer the thresholds, rules and key; read by every executor
 * @param schemaDdl the JSON input's schema, or null to infer it
 * @param multiLine CSV input whose quoted fields hold line breaks
 */
record CleanerOptions(String input, String output, String rejects, DataFormat inputFormat, DataFormat outputFormat,
    List<String> columns, String idColumn, boolean overwrite, AnonymizerSettings anonymizer, String schemaDdl,
    boolean multiLine) {

  static final String USAGE = """
      usage: spark-submit [spark options] avid-spark-cleaner.jar [options] INPUT OUTPUT
        Cleans the chosen columns of every row of INPUT and writes OUTPUT; rows that cannot be
        cleaned go to the rejects (row id, file, reason; never text).
        --columns A,B           columns or top-level JSON fields to clean (required; alias --fields)
        --format F              input format: json (JSON lines), csv (header line) or parquet;
                                default from INPUT's extension
        --output-format F       json, csv or parquet (default: the input's)
        --rejects PATH          the rejects directory (default OUTPUT.rejects)
        --id-column C           the column that names a row in the rejects (default: split and position)
        --mode M                error (default): fail if OUTPUT or the rejects exist; overwrite: replace them
        --redact-threshold X    findings scored X or more are redacted (default 0.5)
        --review-threshold X    findings from X up to the redact threshold are left and the row is marked
                                avid_review (default 0.3)
        --rules FILE            an avid rules file (deny/allow lists, patterns, per-type settings)
        --key-env NAME          keyed pseudonyms ([NAMN 3fa9…]) with the key in environment variable NAME
        --key-file FILE         keyed pseudonyms with the key in FILE (a local path, or shipped with --files)
        --pseudonym-digits N    hex digits of a keyed pseudonym, 4..64 (default 12)
        --schema DDL            JSON only: the schema ("id LONG, text STRING"), instead of inferring it
        --multiline             CSV only: quoted fields hold line breaks (each file is then read by one task)
      exit codes: 0 done, 1 done with rejects, 2 usage, 3 rows lost (read != written + rejected), 4 failed
      """;

  /**
   * Parses the arguments; reads the pseudonym key once to check it.
   *
   * @param args the arguments after the jar
   * @return the options
   * @throws IllegalArgumentException for a usage error; the message says which
   */
  static CleanerOptions parse(String... args) {
    List<String> positional = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    String format = null;
    String outputFormat = null;
    String rejects = null;
    String id = null;
    String mode = "error";
    double redact = Anonymizer.DEFAULT_REDACT_THRESHOLD;
    double review = 0.3;
    String rules = null;
    SecretSource key = null;
    int digits = AnonymizerSettings.DEFAULT_PSEUDONYM_DIGITS;
    String schema = null;
    boolean multiLine = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--columns", "--fields" -> Arrays.stream(value(args, ++i, a).split(",")).map(String::trim)
            .filter(s -> !s.isEmpty()).forEach(columns::add);
        case "--format" -> format = value(args, ++i, a);
        case "--output-format" -> outputFormat = value(args, ++i, a);
        case "--rejects" -> rejects = value(args, ++i, a);
        case "--id-column" -> id = value(args, ++i, a);
        case "--mode" -> mode = value(args, ++i, a);
        case "--redact-threshold" -> redact = fraction(value(args, ++i, a), a);
        case "--review-threshold" -> review = fraction(value(args, ++i, a), a);
        case "--rules" -> rules = value(args, ++i, a);
        case "--key-env" -> key = new SecretSource(SecretSource.Kind.ENVIRONMENT, value(args, ++i, a));
        case "--key-file" -> key = new SecretSource(SecretSource.Kind.FILE, value(args, ++i, a));
        case "--pseudonym-digits" -> digits = digits(value(args, ++i, a));
        case "--schema" -> schema = value(args, ++i, a);
        case "--multiline" -> multiLine = true;
        default -> {
          if (a.startsWith("-")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          positional.add(a);
        }
      }
    }
    if (positional.size() != 2) {
      throw new IllegalArgumentException("give an INPUT and an OUTPUT (got " + positional.size() + " paths)");
    }
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("say which columns to clean: --columns A,B");
    }
    if (!mode.equals("error") && !mode.equals("overwrite")) {
      throw new IllegalArgumentException("--mode must be error or overwrite, not '" + mode + "'");
    }
    String input = positional.get(0);
    String output = positional.get(1).replaceAll("(?<=.)/+$", "");
    DataFormat in = format != null ? DataFormat.of(format) : DataFormat.guess(input);
    if (in == null) {
      throw new IllegalArgumentException("cannot tell the format of " + input + " by its name: add --format");
    }
    if (review > redact) {
      throw new IllegalArgumentException("the review threshold (" + review + ") is above the redact threshold ("
          + redact + ")");
    }
    AnonymizerSettings settings;
    try {
      settings = AnonymizerSettings.of(redact, review, rules, key, digits);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return new CleanerOptions(input, output, rejects != null ? rejects : output + ".rejects", in,
        outputFormat != null ? DataFormat.of(outputFormat) : in, List.copyOf(columns), id, mode.equals("overwrite"),
        settings, schema, multiLine);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static double fraction(String v, String option) {
    try {
      double x = Double.parseDouble(v);
      if (x >= 0 && x <= 1) {
        return x;
      }
    } catch (NumberFormatException e) {
      // the message below says what is wanted
    }
    throw new IllegalArgumentException(option + " needs a number from 0 to 1, not '" + v + "'");
  }

  private static int digits(String v) {
    try {
      int n = Integer.parseInt(v);
      if (n >= 4 && n <= 64) {
        return n;
      }
    } catch (NumberFormatException e) {
      // the message below says what is wanted
    }
    throw new IllegalArgumentException("--pseudonym-digits needs a whole number from 4 to 64, not '" + v + "'");
  }
}
