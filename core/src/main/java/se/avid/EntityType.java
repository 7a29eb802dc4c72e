package se.avid;

/**
 * The kinds of personal data avid finds, each with the label that replaces it by default.
 *
 * <p>Swedish labels are the default because the redacted text is published to Swedish readers;
 * English labels are there for logs, dashboards and international teams. Immutable and thread-safe.
 */
public enum EntityType {
  PERSONNUMMER("PERSONNUMMER", "PERSONAL_ID_NUMBER"),
  SAMORDNINGSNUMMER("SAMORDNINGSNUMMER", "COORDINATION_NUMBER"),
  /** Recognised so that it is not mistaken for a personnummer; not redacted by default. */
  ORGANISATIONSNUMMER("ORGANISATIONSNUMMER", "ORGANISATION_NUMBER"),
  PHONE("TELEFON", "PHONE"),
  EMAIL("E-POST", "EMAIL"),
  POSTAL_CODE("POSTNUMMER", "POSTAL_CODE"),
  ADDRESS("ADRESS", "ADDRESS"),
  NAME("NAMN", "NAME"),
  PLACE("PLATS", "PLACE"),
  PAYMENT_CARD("KORTNUMMER", "PAYMENT_CARD"),
  BANK_ACCOUNT("KONTONUMMER", "BANK_ACCOUNT"),
  VEHICLE_REGISTRATION("REGISTRERINGSNUMMER", "VEHICLE_REGISTRATION"),
  URL("LÄNK", "URL"),
  IP_ADDRESS("IP-ADRESS", "IP_ADDRESS"),
  DATE_OF_BIRTH("FÖDELSEDATUM", "DATE_OF_BIRTH"),
  /** Anything a user's own rule or detector finds that fits no other type. */
  OTHER("UPPGIFT", "OTHER");

  private final String swedishLabel;
  private final String englishLabel;

  EntityType(String swedishLabel, String englishLabel) {
    this.swedishLabel = swedishLabel;
    this.englishLabel = englishLabel;
  }

  /** The Swedish label without brackets, e.g. {@code TELEFON}. */
  public String swedishLabel() {
    return swedishLabel;
  }

  /** The English label without brackets, e.g. {@code PHONE}. */
  public String englishLabel() {
    return englishLabel;
  }
}
