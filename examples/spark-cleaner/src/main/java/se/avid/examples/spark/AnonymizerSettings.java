package se.avid.examples.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import se.avid.Anonymizer;
import se.avid.redact.KeyedPseudonymStrategy;
import se.avid.rules.Rules;

/**
 * Everything an executor needs to build the same {@link Anonymizer} as every other executor: the
 * thresholds, the rules file, where the pseudonym key is and the key's fingerprint. Small and
 * serialisable, so it travels with the closure while the anonymizer (large, not serialisable) is
 * built in each JVM by {@link Anonymizers}. Also the key of that per-JVM cache.
 *
 * @param redactThreshold findings scored at or above this are redacted
 * @param reviewThreshold findings from this up to the redact threshold are left and flagged
 * @param rulesFile a rules file ({@code Rules.load}), or null
 * @param key where the pseudonym key is, or null for labels ({@code [NAMN]})
 * @param keyFingerprint the driver's {@link SecretSource#fingerprint} of the key, or null
 * @param pseudonymDigits hex digits of a keyed pseudonym
 */
record AnonymizerSettings(double redactThreshold, double reviewThreshold, String rulesFile, SecretSource key,
    String keyFingerprint, int pseudonymDigits) implements Serializable {

  /** Default hex digits: 48 bits keep a million different names almost free of shared pseudonyms. */
  static final int DEFAULT_PSEUDONYM_DIGITS = 12;

  AnonymizerSettings {
    if (!(reviewThreshold >= 0 && reviewThreshold <= redactThreshold && redactThreshold <= 1)) {
      throw new IllegalArgumentException("need 0 <= review threshold (" + reviewThreshold
          + ") <= redact threshold (" + redactThreshold + ") <= 1");
    }
    if ((key == null) != (keyFingerprint == null)) {
      throw new IllegalArgumentException("a key source goes with its fingerprint");
    }
  }

  /**
   * The settings with the key's fingerprint taken now (on the driver), which also checks that the
   * key can be read before any task starts.
   *
   * @param key where the key is, or null
   * @return settings whose executors must find the same key
   */
  static AnonymizerSettings of(double redactThreshold, double reviewThreshold, String rulesFile, SecretSource key,
      int pseudonymDigits) {
    String fingerprint = null;
    if (key != null) {
      byte[] secret = key.read();
      fingerprint = SecretSource.fingerprint(secret);
      Arrays.fill(secret, (byte) 0);
    }
    return new AnonymizerSettings(redactThreshold, reviewThreshold, rulesFile, key, fingerprint, pseudonymDigits);
  }

  /**
   * Builds the anonymizer: every detector on the classpath, these thresholds, the rules, and keyed
   * pseudonyms for every type when a key is set.
   *
   * @return a new anonymizer
   * @throws IllegalStateException if this JVM's key is not the driver's
   */
  Anonymizer build() {
    Anonymizer.Builder builder = Anonymizer.builder()
        .redactThreshold(redactThreshold)
        .reviewThreshold(reviewThreshold);
    if (rulesFile != null) {
      try {
        builder.rules(Rules.load(SecretSource.locate(rulesFile)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the rules file " + rulesFile, e);
      }
    }
    if (key != null) {
      byte[] secret = key.read();
      try {
        if (!SecretSource.fingerprint(secret).equals(keyFingerprint)) {
          throw new IllegalStateException("the pseudonym key from " + key + " on this node is not the driver's: "
              + "its pseudonyms would not match the other partitions'");
        }
        builder.strategy(KeyedPseudonymStrategy.builder().key(secret).hexDigits(pseudonymDigits).build());
      } finally {
        Arrays.fill(secret, (byte) 0);
      }
    }
    return builder.build();
  }
}
