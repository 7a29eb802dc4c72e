package se.avid.examples.forum;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes with the JDK's PBKDF2WithHmacSHA256: a random 16-byte salt per account, 310,000
 * iterations (OWASP's figure for this function), compared in constant time. A hash is stored as
 * {@code pbkdf2-sha256$iterations$salt$hash} (base64), so that the count can be raised later
 * without breaking old hashes. Stateless and thread-safe.
 */
final class Passwords {

  /** Shortest password accepted for a moderator. */
  static final int MIN_LENGTH = 12;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int ITERATIONS = 310_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** A new salted hash of {@code password}. */
  static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = pbkdf2(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder();
    return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  /** Whether {@code password} matches {@code stored}, a value made by {@link #hash}; false for a malformed one. */
  static boolean matches(char[] password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(pbkdf2(password, salt, iterations), expected);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Spends the time of one check without an account: a login for a name that does not exist takes
   * as long as one with a wrong password, so timing does not tell which names exist.
   */
  static void burn(char[] password) {
    pbkdf2(password, new byte[SALT_BYTES], ITERATIONS);
  }

  /** Why {@code password} is not acceptable for a new account, or null when it is. */
  static String weakness(char[] password) {
    if (password.length < MIN_LENGTH) {
      return "the password must have at least " + MIN_LENGTH + " characters";
    }
    return null;
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }

  static void clear(char[] password) {
    Arrays.fill(password, '\0');
  }
}
