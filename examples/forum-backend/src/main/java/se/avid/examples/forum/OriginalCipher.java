package se.avid.examples.forum;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts original post texts for the database with AES-256-GCM: a fresh random 96-bit nonce per
 * record, stored in front of the cipher text, and the post id as associated data, so that a record
 * copied onto another post's row does not decrypt. The key comes from a file or an environment
 * variable (base64 of 32 bytes) and is never written to the database or the log. Thread-safe: each
 * call makes its own {@link Cipher}.
 */
final class OriginalCipher {

  /** The environment variable that may hold the key, base64. */
  static final String KEY_VARIABLE = "AVID_FORUM_KEY";

  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  private OriginalCipher(byte[] key) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("the key must be " + KEY_BYTES + " bytes (base64), not " + key.length);
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /** A cipher with a new random key that lives as long as it does: for in-memory stores and tests. */
  static OriginalCipher ephemeral() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return new OriginalCipher(key);
  }

  /** A cipher with the key in {@code base64}. */
  static OriginalCipher ofBase64(String base64) {
    try {
      return new OriginalCipher(Base64.getDecoder().decode(base64.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the key is not valid base64 of " + KEY_BYTES + " bytes");
    }
  }

  /** A cipher with the key in {@code file} (base64, one line). */
  static OriginalCipher ofFile(Path file) throws IOException {
    return ofBase64(Files.readString(file, StandardCharsets.US_ASCII));
  }

  /** Writes a new random key to {@code file}, which must not exist, readable by its owner only. */
  static void writeNewKey(Path file) throws IOException {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    Files.createFile(file, OwnerOnly.FILE);
    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
        StandardOpenOption.TRUNCATE_EXISTING);
    Arrays.fill(key, (byte) 0);
  }

  /** {@code text} encrypted for the record of post {@code postId}: nonce followed by cipher text and tag. */
  byte[] seal(long postId, String text) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, postId);
      byte[] sealed = c.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt: " + e.getClass().getSimpleName());
    }
  }

  /**
   * The text of a record made by {@link #seal} for the same post.
   *
   * @throws IllegalStateException when the record was changed, belongs to another post or was
   *     sealed with another key
   */
  String open(long postId, byte[] record) {
    if (record.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new IllegalStateException("the original of post " + postId + " is damaged");
    }
    try {
      Cipher c = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(record, NONCE_BYTES), postId);
      byte[] plain = c.doFinal(record, NONCE_BYTES, record.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the original of post " + postId + " does not decrypt with this key");
    }
  }

  private Cipher cipher(int mode, byte[] nonce, long postId) throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    c.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(postId).array());
    return c;
  }

  /** POSIX permissions for files and directories only their owner may read. */
  static final class OwnerOnly {
    static final java.nio.file.attribute.FileAttribute<?> FILE =
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    static final java.nio.file.attribute.FileAttribute<?> DIRECTORY =
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private OwnerOnly() {}
  }
}
