package se.avid.redact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.avid.Finding;

/**
 * Replaces each finding with a label and a short keyed hash of its value, the same in every post
 * of an archive: {@code Anna} is {@code [NAMN a3f9c2]} today and next year, so researchers can
 * follow a person across threads without learning who it is.
 *
 * <pre>{@code
 * RedactionStrategy names = KeyedPseudonymStrategy.builder()
 *     .key(secretFromYourVault)            // at least 16 bytes; keep it secret and keep it
 *     .build();
 * Anonymizer a = Anonymizer.builder().strategy(EntityType.NAME, names).build();
 * }</pre>
 *
 * <p>The hash is HMAC-SHA256 over the type and the {@linkplain PseudonymKeys normalised} value
 * (so {@code Anna} and {@code Annas} match), truncated to {@link Builder#hexDigits(int) hexDigits}
 * hex digits (default 6). A plain hash would not do: the names of a small municipality can be
 * hashed one by one and compared; without the key they cannot. Whoever holds the key can test
 * guesses, so it must be kept like a password. Short hashes collide: with 6 digits (24 bits) an
 * archive of 5 000 different names has a few pairs of people sharing a pseudonym; use more digits
 * for larger archives.
 *
 * <p>Immutable and thread-safe. The key is copied in and never shown by {@link #toString()}.
 */
public final class KeyedPseudonymStrategy implements RedactionStrategy {

  /** Keys shorter than this are refused: HMAC's security is capped by the key length. */
  public static final int MIN_KEY_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;
  private final boolean english;
  private final int hexDigits;

  private KeyedPseudonymStrategy(Builder b) {
    this.key = new SecretKeySpec(b.key, ALGORITHM);
    this.english = b.english;
    this.hexDigits = b.hexDigits;
    newMac(); // fail at build time, not on the first post, if the JDK lacks HmacSHA256
  }

  /**
   * A builder; a key must be given.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String replacement(Finding finding, String text) {
    String normalised = PseudonymKeys.of(finding.type(), text.subSequence(finding.start(), finding.end()));
    Mac mac = newMac();
    mac.update(finding.type().name().getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    byte[] digest = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder(hexDigits + 24);
    sb.append('[').append(english ? finding.type().englishLabel() : finding.type().swedishLabel()).append(' ');
    for (int i = 0; i < hexDigits; i++) {
      int b = digest[i / 2] & 0xff;
      sb.append(HEX[(i & 1) == 0 ? b >>> 4 : b & 0x0f]);
    }
    return sb.append(']').toString();
  }

  /** A new Mac per call: {@link Mac} is not thread-safe, and a ThreadLocal would leak in containers. */
  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "KeyedPseudonymStrategy[" + (english ? "ENGLISH" : "SWEDISH") + ", " + hexDigits + " hex digits, key hidden]";
  }

  /** Configures a {@link KeyedPseudonymStrategy}. Not thread-safe. */
  public static final class Builder {
    private byte[] key;
    private boolean english;
    private int hexDigits = 6;

    private Builder() {}

    /**
     * The secret key, at least {@value #MIN_KEY_BYTES} bytes; it is copied.
     *
     * @param secret the key bytes
     * @return this builder
     */
    public Builder key(byte[] secret) {
      Objects.requireNonNull(secret, "secret");
      if (secret.length < MIN_KEY_BYTES) {
        throw new IllegalArgumentException("the key must have at least " + MIN_KEY_BYTES + " bytes, it has "
            + secret.length);
      }
      if (key != null) {
        Arrays.fill(key, (byte) 0);
      }
      this.key = secret.clone();
      return this;
    }

    /**
     * English labels ({@code [NAME a3f9c2]}) instead of Swedish ({@code [NAMN a3f9c2]}).
     *
     * @return this builder
     */
    public Builder english() {
      this.english = true;
      return this;
    }

    /**
     * How many hex digits of the hash to show, 4 to 64; default 6.
     *
     * @param digits how many hex digits
     * @return this builder
     */
    public Builder hexDigits(int digits) {
      if (digits < 4 || digits > 64) {
        throw new IllegalArgumentException("hexDigits must be in 4..64: " + digits);
      }
      this.hexDigits = digits;
      return this;
    }

    /**
     * Builds the strategy.
     *
     * @return the strategy
     * @throws IllegalStateException if no key was given
     */
    public KeyedPseudonymStrategy build() {
      if (key == null) {
        throw new IllegalStateException("a keyed pseudonym needs a secret key: call key(byte[])");
      }
      return new KeyedPseudonymStrategy(this);
    }
  }
}
