package se.avid.examples.forum;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.avid.Anonymizer;
import se.avid.examples.review.ReviewingRedactor;

/**
 * The server's command line: where it listens, which host names it answers, where the database
 * and the key are, and the redaction thresholds. Immutable once parsed.
 */
final class ForumOptions {

  /** What {@code --help} prints: what the server does, then {@link #USAGE}. */
  static final String HELP_INTRO = """
      avid forum backend: residents post questions without an account; every post is de-identified by avid
      before it is published, and posts with doubtful findings wait for a moderator (log-in required).
      Originals are kept encrypted until --retention-days after publication.
      """;

  static final String USAGE = """
      usage: java -jar avid-forum-backend.jar [--port 8080] [--bind 127.0.0.1] [--allowed-host forum.example.se]...
               [--secure-cookies] [--data DIR --key-file FILE | --in-memory] [--retention-days 30]
               [--review-threshold 0.3] [--redact-threshold 0.5]
             java -jar avid-forum-backend.jar admin (generate-key FILE | add-moderator NAME | remove-moderator NAME
               | list-moderators | audit) [--data DIR]
      The key is read from --key-file or from the environment variable AVID_FORUM_KEY (base64 of 32 bytes).""";

  private int port = 8080;
  private InetAddress bind = InetAddress.getLoopbackAddress();
  private final List<String> hosts = new ArrayList<>();
  private boolean secureCookies;
  private Path data = Path.of("forum-data");
  private Path keyFile;
  private boolean memory;
  private Duration retention = ForumSettings.DEFAULT_RETENTION;
  private double review = ReviewingRedactor.DEFAULT_REVIEW_THRESHOLD;
  private double redact = Anonymizer.DEFAULT_REDACT_THRESHOLD;

  private ForumOptions() {}

  /**
   * Whether the user asked for help ({@code --help} or {@code -h} anywhere among the options).
   */
  static boolean wantsHelp(String[] args) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses the server's options.
   *
   * @throws IllegalArgumentException with a message for the user
   */
  static ForumOptions parse(String[] args) {
    ForumOptions o = new ForumOptions();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      boolean takesValue = true;
      try {
        switch (args[i]) {
          case "--port" -> o.port = Integer.parseInt(required(args[i], value));
          case "--bind" -> o.bind = InetAddress.getByName(required(args[i], value));
          case "--allowed-host" -> o.hosts.add(required(args[i], value));
          case "--data" -> o.data = Path.of(required(args[i], value));
          case "--key-file" -> o.keyFile = Path.of(required(args[i], value));
          case "--retention-days" -> o.retention = Duration.ofDays(Long.parseLong(required(args[i], value)));
          case "--review-threshold" -> o.review = Double.parseDouble(required(args[i], value));
          case "--redact-threshold" -> o.redact = Double.parseDouble(required(args[i], value));
          case "--secure-cookies" -> {
            o.secureCookies = true;
            takesValue = false;
          }
          case "--in-memory" -> {
            o.memory = true;
            takesValue = false;
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(args[i] + " needs a number, not '" + value + "'");
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("--bind: no such address '" + value + "'");
      }
      if (takesValue) {
        i++;
      }
    }
    if (o.port < 0 || o.port > 65535) {
      throw new IllegalArgumentException("--port must be 0 to 65535");
    }
    if (o.retention.isNegative()) {
      throw new IllegalArgumentException("--retention-days cannot be negative");
    }
    return o;
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  ForumSettings settings() {
    return new ForumSettings(bind, port, hosts, secureCookies, retention);
  }

  ReviewingRedactor redactor() {
    return ReviewingRedactor.of(Anonymizer.builder(), review, redact);
  }

  /** The database the options name, with its key; in memory, a key of its own. */
  ForumStore openStore() throws IOException {
    return memory ? ForumStore.inMemory() : ForumStore.inDirectory(data, key(keyFile));
  }

  /**
   * The key for the originals: from {@code keyFile} when given, else from {@link OriginalCipher#KEY_VARIABLE}.
   *
   * @throws IllegalArgumentException when there is neither
   */
  static OriginalCipher key(Path keyFile) throws IOException {
    if (keyFile != null) {
      return OriginalCipher.ofFile(keyFile);
    }
    String env = System.getenv(OriginalCipher.KEY_VARIABLE);
    if (env == null || env.isBlank()) {
      throw new IllegalArgumentException("no key for the originals: give --key-file FILE or set "
          + OriginalCipher.KEY_VARIABLE + " (make one with: admin generate-key FILE)");
    }
    return OriginalCipher.ofBase64(env);
  }
}
