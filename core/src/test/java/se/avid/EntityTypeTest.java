package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTypeTest {

  @Test
  void theBuiltInTypesKeepTheEnumsNamesOrderAndLabels() {
    List<String> names = Arrays.stream(EntityType.values()).map(EntityType::name).toList();
    assertEquals(List.of("PERSONNUMMER", "SAMORDNINGSNUMMER", "ORGANISATIONSNUMMER", "PHONE", "EMAIL", "POSTAL_CODE",
        "ADDRESS", "NAME", "PLACE", "PAYMENT_CARD", "BANK_ACCOUNT", "VEHICLE_REGISTRATION", "URL", "IP_ADDRESS",
        "DATE_OF_BIRTH", "OTHER"), names);
    for (int i = 0; i < EntityType.values().length; i++) {
      assertEquals(i, EntityType.values()[i].ordinal());
    }
    assertEquals("TELEFON", EntityType.PHONE.swedishLabel());
    assertEquals("PHONE", EntityType.PHONE.englishLabel());
    assertEquals("PHONE", EntityType.PHONE.toString());
  }

  @Test
  void valueOfFindsBuiltInAndDeclaredTypesAndRejectsOthers() {
    assertSame(EntityType.NAME, EntityType.valueOf("NAME"));
    EntityType staffId = EntityType.custom("PERSONALNUMMER", "ANSTÄLLNINGSNUMMER", "STAFF_ID");
    assertSame(staffId, EntityType.valueOf("PERSONALNUMMER"));
    assertThrows(IllegalArgumentException.class, () -> EntityType.valueOf("NAMN"));
  }

  @Test
  void declaringTheSameTypeTwiceGivesTheSameInstance() {
    EntityType first = EntityType.custom("DIARIENUMMER", "DIARIENUMMER", "CASE_NUMBER");
    EntityType second = EntityType.custom("DIARIENUMMER", "DIARIENUMMER", "CASE_NUMBER");
    assertSame(first, second);
    assertFalse(first.isBuiltIn());
    assertTrue(first.ordinal() >= EntityType.values().length, "custom types come after the built-in ones");
  }

  @Test
  void customTypesAreNotAmongTheBuiltInValuesButAmongAll() {
    EntityType dnr = EntityType.custom("DIARIENUMMER", "DIARIENUMMER", "CASE_NUMBER");
    assertFalse(Arrays.asList(EntityType.values()).contains(dnr));
    assertTrue(EntityType.all().contains(dnr));
    assertTrue(EntityType.all().containsAll(Arrays.asList(EntityType.values())));
  }

  @Test
  void aSecondDeclarationWithOtherLabelsFails() {
    EntityType.custom("DIARIENUMMER", "DIARIENUMMER", "CASE_NUMBER");
    assertThrows(IllegalArgumentException.class, () -> EntityType.custom("DIARIENUMMER", "ÄRENDE", "CASE"));
  }

  @Test
  void aBuiltInNameCannotBeDeclaredAgain() {
    assertThrows(IllegalArgumentException.class, () -> EntityType.custom("PHONE", "MOBIL"));
  }

  @Test
  void malformedNamesAndLabelsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> EntityType.custom("diarienummer", "DIARIENUMMER"));
    assertThrows(IllegalArgumentException.class, () -> EntityType.custom("ÄRENDE NR", "ÄRENDE"));
    assertThrows(IllegalArgumentException.class, () -> EntityType.custom("ARENDE", "[ÄRENDE]"));
    assertThrows(IllegalArgumentException.class, () -> EntityType.custom("ARENDE", ""));
  }

  @Test
  void aWordFindsATypeByNameOrSwedishLabelInAnyCase() {
    assertSame(EntityType.NAME, EntityType.forWord("namn").orElseThrow());
    assertSame(EntityType.PHONE, EntityType.forWord("phone").orElseThrow());
    assertTrue(EntityType.forWord("skostorlek").isEmpty());
  }

  @Test
  void typesAreOrderedByOrdinal() {
    assertTrue(EntityType.PERSONNUMMER.compareTo(EntityType.OTHER) < 0);
    assertTrue(EntityType.custom("DIARIENUMMER", "DIARIENUMMER", "CASE_NUMBER").compareTo(EntityType.OTHER) > 0);
  }

  @Test
  void aSerialisedFindingComesBackWithTheSameTypeInstance() throws Exception {
    EntityType dnr = EntityType.custom("DIARIENUMMER", "DIARIENUMMER", "CASE_NUMBER");
    Finding before = new Finding(4, 18, dnr, 0.9, "rules:kommun.txt", "pattern 'dnr'");
    Finding phone = new Finding(0, 3, EntityType.PHONE, 0.8, "phone");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(before);
      out.writeObject(phone);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Finding after = (Finding) in.readObject();
      assertEquals(before, after);
      assertSame(dnr, after.type());
      assertSame(EntityType.PHONE, ((Finding) in.readObject()).type());
    }
  }
}
