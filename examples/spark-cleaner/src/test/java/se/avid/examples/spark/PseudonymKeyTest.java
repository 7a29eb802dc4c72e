package se.avid.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The key stays where it is: only its source's name and a fingerprint travel with the tasks. */
class PseudonymKeyTest {

  @Test
  void theSerialisedSettingsHoldNeitherTheKeyNorAnythingThatShowsIt() throws Exception {
    AnonymizerSettings settings = CleanerOptions.parse("--columns", "t", "--key-file", TestKeys.first(), "a.jsonl",
        "out").anonymizer();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(settings);
    }
    String serialised = bytes.toString(StandardCharsets.ISO_8859_1);
    assertFalse(serialised.contains(TestKeys.FIRST_SECRET));
    assertFalse(serialised.contains("first test key"));
    assertFalse(settings.toString().contains("first test key"));
  }

  @Test
  void anExecutorWhoseKeyIsNotTheDriversFailsInsteadOfWritingOtherPseudonyms() {
    AnonymizerSettings driver = CleanerOptions.parse("--columns", "t", "--key-file", TestKeys.first(), "a.jsonl",
        "out").anonymizer();
    // the same file name on a node where it holds another key
    AnonymizerSettings executor = new AnonymizerSettings(driver.redactThreshold(), driver.reviewThreshold(), null,
        new SecretSource(SecretSource.Kind.FILE, TestKeys.second()), driver.keyFingerprint(),
        driver.pseudonymDigits());
    IllegalStateException e = assertThrows(IllegalStateException.class, executor::build);
    assertTrue(e.getMessage().contains("is not the driver's"), e.getMessage());
  }

  @Test
  void theFingerprintIsStableAndDiffersBetweenKeys() {
    byte[] a = TestKeys.FIRST_SECRET.getBytes(StandardCharsets.UTF_8);
    byte[] b = TestKeys.SECOND_SECRET.getBytes(StandardCharsets.UTF_8);
    assertEquals(SecretSource.fingerprint(a), SecretSource.fingerprint(a.clone()));
    assertEquals(16, SecretSource.fingerprint(a).length());
    assertFalse(SecretSource.fingerprint(a).equals(SecretSource.fingerprint(b)));
  }
}
