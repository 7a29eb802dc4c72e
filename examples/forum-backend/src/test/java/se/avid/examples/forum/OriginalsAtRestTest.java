package se.avid.examples.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Originals in the database file: encrypted, owner-only, gone after the retention period. */
class OriginalsAtRestTest {

  private static final String ORIGINAL = "Jag heter Saga Bergqvist-Holmström och bor på Kvarngatan 7";

  @TempDir
  Path tmp;

  @Test
  void theDatabaseFileHoldsNoOriginalTextAndIsReadableByItsOwnerOnly() throws Exception {
    Path dir = tmp.resolve("data");
    Path keyFile = tmp.resolve("forum.key");
    OriginalCipher.writeNewKey(keyFile);
    long id;
    try (ForumStore store = ForumStore.inDirectory(dir, OriginalCipher.ofFile(keyFile))) {
      id = store.add(ORIGINAL, null, false, List.of());
      store.add("Synlig publicerad rad", "Synlig publicerad rad", false, List.of());
      assertEquals(ORIGINAL, store.moderation(id).orElseThrow().original());
    }
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    Path db = dir.resolve("forum.mv.db");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
    byte[] file = Files.readAllBytes(db);
    assertTrue(contains(file, "Synlig publicerad rad".getBytes(StandardCharsets.UTF_8)),
        "published text is stored in clear, so the search below would find clear text");
    for (String part : List.of("Bergqvist", "Kvarngatan", "Saga")) {
      assertFalse(contains(file, part.getBytes(StandardCharsets.UTF_8)), part + " is in the file in clear");
      assertFalse(contains(file, part.getBytes(StandardCharsets.UTF_16BE)), part + " is in the file as UTF-16");
    }
    try (ForumStore reopened = ForumStore.inDirectory(dir, OriginalCipher.ofFile(keyFile))) {
      assertEquals(ORIGINAL, reopened.moderation(id).orElseThrow().original());
    }
    try (ForumStore wrongKey = ForumStore.inDirectory(dir, OriginalCipher.ephemeral())) {
      assertThrows(IllegalStateException.class, () -> wrongKey.moderation(id));
    }
  }

  @Test
  void anExistingDataDirectoryIsMadeOwnerOnly() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("open"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    ForumStore.inDirectory(dir, OriginalCipher.ephemeral()).close();
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
  }

  @Test
  void eachRecordHasItsOwnNonceAndOpensOnlyForItsOwnPost() {
    OriginalCipher cipher = OriginalCipher.ephemeral();
    byte[] a = cipher.seal(1, ORIGINAL);
    byte[] b = cipher.seal(1, ORIGINAL);
    assertFalse(Arrays.equals(Arrays.copyOf(a, 12), Arrays.copyOf(b, 12)), "a fresh 96-bit nonce per record");
    assertEquals(ORIGINAL, cipher.open(1, a));
    assertThrows(IllegalStateException.class, () -> cipher.open(2, a), "moved to another post's row");
    byte[] tampered = a.clone();
    tampered[20] ^= 1;
    assertThrows(IllegalStateException.class, () -> cipher.open(1, tampered));
    assertThrows(IllegalArgumentException.class, () -> OriginalCipher.ofBase64("c2hvcnQ="), "a 5-byte key");
  }

  @Test
  void originalsOfPublishedPostsAreDeletedAfterTheRetentionPeriodAndPendingOnesKept() {
    try (ForumStore store = ForumStore.inMemory()) {
      long published = store.add("hej anna", "hej [NAMN]", false, List.of());
      long pending = store.add("hej lena", null, false, List.of());
      assertEquals(0, store.purgeOriginals(Instant.now().minusSeconds(3600)), "published within the period");
      assertEquals(1, store.purgeOriginals(Instant.now().plusSeconds(1)));
      assertTrue(store.moderation(published).isEmpty());
      assertEquals("hej [NAMN]", store.published().get(0).text());
      assertEquals("hej lena", store.moderation(pending).orElseThrow().original());
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

}
