package se.avid.examples.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.SparkFiles;
import se.avid.redact.KeyedPseudonymStrategy;

/**
 * Where the pseudonym key is read from: an environment variable or a file, named by the job's
 * options and read again in every JVM that needs it. Only the name travels with Spark's closures;
 * the key itself is never serialised, logged or shown by {@link #toString()}.
 *
 * <p>A file is looked up as a local path first, then among the files shipped with
 * {@code spark-submit --files} ({@link SparkFiles#get}). The key is the file's bytes, or the
 * variable's UTF-8 bytes, without trailing line breaks; at least
 * {@value KeyedPseudonymStrategy#MIN_KEY_BYTES} bytes ({@code openssl rand -base64 32} makes a
 * good one).
 *
 * @param kind an environment variable or a file
 * @param name the variable's name or the file's path
 */
record SecretSource(Kind kind, String name) implements Serializable {

  /** The two places a key can come from. */
  enum Kind { ENVIRONMENT, FILE }

  private static final byte[] CHECK_MESSAGE = "avid spark-cleaner key check".getBytes(StandardCharsets.US_ASCII);

  SecretSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Reads the key.
   *
   * @throws IllegalStateException if the variable is unset, the file missing, or the key too short;
   *     the message names the source, never the key
   */
  byte[] read() {
    byte[] key;
    if (kind == Kind.ENVIRONMENT) {
      String value = System.getenv(name);
      if (value == null) {
        throw new IllegalStateException("the pseudonym key's environment variable " + name + " is not set");
      }
      key = value.getBytes(StandardCharsets.UTF_8);
    } else {
      try {
        key = Files.readAllBytes(locate(name));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the pseudonym key file " + name, e);
      }
    }
    int end = key.length;
    while (end > 0 && (key[end - 1] == '\n' || key[end - 1] == '\r')) {
      end--;
    }
    byte[] trimmed = Arrays.copyOf(key, end);
    Arrays.fill(key, (byte) 0);
    if (trimmed.length < KeyedPseudonymStrategy.MIN_KEY_BYTES) {
      throw new IllegalStateException("the pseudonym key from " + this + " has " + trimmed.length
          + " bytes; it needs at least " + KeyedPseudonymStrategy.MIN_KEY_BYTES);
    }
    return trimmed;
  }

  /**
   * A local path, or the file of that name shipped with {@code --files}.
   *
   * @param path a path as given in the options
   * @return the readable file
   */
  static Path locate(String path) {
    Path local = Path.of(path);
    if (Files.isReadable(local)) {
      return local;
    }
    try {
      Path shipped = Path.of(SparkFiles.get(local.getFileName().toString()));
      return Files.isReadable(shipped) ? shipped : local;
    } catch (RuntimeException e) {
      return local; // no Spark environment in this JVM: the local path is all there is
    }
  }

  /**
   * A short fingerprint of a key: 16 hex digits of an HMAC of a fixed message. Executors compare
   * theirs with the driver's, so that a node with another key fails the job instead of writing
   * other pseudonyms. It reveals nothing usable about the key.
   *
   * @param key the key
   * @return the fingerprint
   */
  static String fingerprint(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(CHECK_MESSAGE), 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return kind == Kind.ENVIRONMENT ? "environment variable " + name : "file " + name;
  }
}
