package se.avid.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.avid.redact.StrategiesTestSupport.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import se.avid.EntityType;

class KeyedPseudonymStrategyTest {

  private static final byte[] KEY = "malmö-stad-forum-2026-hemlig-nyckel".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OTHER_KEY = "göteborg-forum-2026-annan-nyckel!".getBytes(StandardCharsets.UTF_8);

  private static String pseudonym(KeyedPseudonymStrategy s, String text, String value, EntityType type) {
    return s.replacement(finding(text, value, type), text);
  }

  @Test
  void isTheLabelAndSixHexDigitsOfTheHmac() throws Exception {
    KeyedPseudonymStrategy s = KeyedPseudonymStrategy.builder().key(KEY).build();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    mac.update("NAME".getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    String expected = HexFormat.of().formatHex(mac.doFinal("anna".getBytes(StandardCharsets.UTF_8))).substring(0, 6);
    assertEquals("[NAMN " + expected + "]", pseudonym(s, "hej Anna", "Anna", EntityType.NAME));
  }

  @Test
  void isTheSameForTheSamePersonInAnyPostAndForm() {
    KeyedPseudonymStrategy s = KeyedPseudonymStrategy.builder().key(KEY).build();
    KeyedPseudonymStrategy again = KeyedPseudonymStrategy.builder().key(KEY.clone()).build();
    String p = pseudonym(s, "min dotter Anna", "Anna", EntityType.NAME);
    assertEquals(p, pseudonym(again, "Annas skola ringde", "Annas", EntityType.NAME));
    assertEquals(p, pseudonym(s, "ANNA svarar inte", "ANNA", EntityType.NAME));
  }

  @Test
  void differsBetweenPeopleAndBetweenKeys() {
    KeyedPseudonymStrategy s = KeyedPseudonymStrategy.builder().key(KEY).build();
    KeyedPseudonymStrategy other = KeyedPseudonymStrategy.builder().key(OTHER_KEY).build();
    String anna = pseudonym(s, "hej Anna", "Anna", EntityType.NAME);
    assertNotEquals(anna, pseudonym(s, "hej Peter", "Peter", EntityType.NAME));
    assertNotEquals(anna, pseudonym(other, "hej Anna", "Anna", EntityType.NAME));
  }

  @Test
  void isNotAPlainUnkeyedHashOfTheValue() throws Exception {
    KeyedPseudonymStrategy s = KeyedPseudonymStrategy.builder().key(KEY).hexDigits(64).build();
    String hex = pseudonym(s, "hej Anna", "Anna", EntityType.NAME).replaceAll("^\\[NAMN |\\]$", "");
    for (String form : new String[] {"Anna", "anna", "NAMEanna", "NAME\0anna"}) {
      String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(form.getBytes(StandardCharsets.UTF_8)));
      assertNotEquals(plain, hex);
    }
  }

  @Test
  void englishLabelsAndLongerHashesOnRequest() {
    KeyedPseudonymStrategy s = KeyedPseudonymStrategy.builder().key(KEY).english().hexDigits(10).build();
    assertTrue(pseudonym(s, "ring 070-123 45 67", "070-123 45 67", EntityType.PHONE).matches("\\[PHONE [0-9a-f]{10}\\]"));
  }

  @Test
  void refusesAShortKeyOrNoKey() {
    assertThrows(IllegalArgumentException.class, () -> KeyedPseudonymStrategy.builder().key(new byte[15]));
    assertThrows(IllegalStateException.class, () -> KeyedPseudonymStrategy.builder().build());
  }

  @Test
  void laterChangesToTheCallersKeyArrayDoNotChangeThePseudonyms() {
    byte[] key = KEY.clone();
    KeyedPseudonymStrategy s = KeyedPseudonymStrategy.builder().key(key).build();
    String before = pseudonym(s, "hej Anna", "Anna", EntityType.NAME);
    java.util.Arrays.fill(key, (byte) 0);
    assertEquals(before, pseudonym(s, "hej Anna", "Anna", EntityType.NAME));
  }

  @Test
  void toStringNeverShowsTheKey() {
    String shown = KeyedPseudonymStrategy.builder().key(KEY).build().toString();
    assertEquals("KeyedPseudonymStrategy[SWEDISH, 6 hex digits, key hidden]", shown);
    assertFalse(shown.contains("malmö"));
  }
}
