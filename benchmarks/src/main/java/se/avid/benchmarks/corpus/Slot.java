package se.avid.benchmarks.corpus;

import se.avid.EntityType;

/** The placeholders of the sentence templates; those with a type stand for an identifier. */
enum Slot {
  FIRST_NAME("first", EntityType.NAME),
  CAPITALISED_FIRST_NAME("First", EntityType.NAME),
  FULL_NAME("full", EntityType.NAME),
  PLACE("place", EntityType.PLACE),
  UPPERCASE_PLACE("PLACE", EntityType.PLACE),
  STREET_ADDRESS("street", EntityType.ADDRESS),
  POSTAL_CODE("postal", EntityType.POSTAL_CODE),
  PERSONNUMMER("pnr", EntityType.PERSONNUMMER),
  SAMORDNINGSNUMMER("snr", EntityType.SAMORDNINGSNUMMER),
  PHONE("phone", EntityType.PHONE),
  EMAIL("email", EntityType.EMAIL),
  RELATIVE("rel", null),
  AGENCY("agency", null),
  HELPLINE("helpline", null),
  AGE("age", null),
  AMOUNT("amount", null),
  DATE("date", null),
  TIME("time", null);

  private final String placeholder;
  private final EntityType type;

  Slot(String placeholder, EntityType type) {
    this.placeholder = placeholder;
    this.type = type;
  }

  /** The type of identifier this slot produces, or null for text that must stay. */
  EntityType type() {
    return type;
  }

  static Slot of(String placeholder) {
    for (Slot s : values()) {
      if (s.placeholder.equals(placeholder)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown placeholder {" + placeholder + "}");
  }
}
