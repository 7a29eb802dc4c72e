package se.avid;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A kind of personal data avid finds, with the label that replaces it by default: the built-in
 * kinds ({@link #PHONE}, {@link #NAME}, …) and the kinds an organisation declares for itself with
 * {@link #custom(String, String, String)} or in a rules file (a case number {@code DIARIENUMMER}
 * replaced by {@code [DIARIENUMMER]}, a staff ID).
 *
 * <p>Swedish labels are the default because the redacted text is published to Swedish readers;
 * English labels are there for logs, dashboards and international teams.
 *
 * <p><b>Why a class and not an enum.</b> An enum is closed, so a user's detector could only report
 * {@link #OTHER}. Of the alternatives — an interface with an enum of built-ins (breaks
 * {@code EntityType.PHONE} as a constant of the one type, and every {@code EnumMap}), a separate
 * "custom label" string on {@link Finding} (two ways to say what a finding is, and thresholds and
 * strategies could not name custom kinds) — a final class with the same constant names breaks least:
 * {@code EntityType.PHONE}, {@code type.name()}, {@code ordinal()}, {@code values()},
 * {@code valueOf(String)}, {@code swedishLabel()}, {@code ==} and {@link Comparable} all keep working.
 * Only {@code switch} over a type and {@code EnumMap}/{@code EnumSet} of it no longer compile; use
 * {@code if}/{@code equals} and {@code HashMap}/{@code HashSet} instead.
 *
 * <p><b>Identity.</b> Types are interned in one JVM-wide registry keyed by name: declaring the same
 * name with the same labels twice gives the same instance, so {@code ==} stays correct, and
 * declaring it with other labels fails. The registry is thread-safe and bounded by
 * {@link #MAX_CUSTOM_TYPES}. Types are {@link Serializable}: a deserialised type (say, in a Spark
 * executor) is re-interned by name, so it is {@code ==} to the one there.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityType implements Comparable<EntityType>, Serializable {

  private static final long serialVersionUID = 1L;

  /** How many custom types one JVM may declare; guards against declaring a type per post by mistake. */
  public static final int MAX_CUSTOM_TYPES = 1024;

  private static final List<EntityType> BUILT_IN = new ArrayList<>();
  private static final ConcurrentMap<String, EntityType> BY_NAME = new ConcurrentHashMap<>();
  /** Every type by ordinal; grown under the class lock, read without it through a volatile snapshot. */
  private static volatile EntityType[] all = new EntityType[0];

  /** A Swedish personal identity number. */
  public static final EntityType PERSONNUMMER = builtIn("PERSONNUMMER", "PERSONNUMMER", "PERSONAL_ID_NUMBER");
  /** A Swedish coordination number (day of birth plus 60). */
  public static final EntityType SAMORDNINGSNUMMER = builtIn("SAMORDNINGSNUMMER", "SAMORDNINGSNUMMER",
      "COORDINATION_NUMBER");
  /** Recognised so that it is not mistaken for a personnummer; not redacted by default. */
  public static final EntityType ORGANISATIONSNUMMER = builtIn("ORGANISATIONSNUMMER", "ORGANISATIONSNUMMER",
      "ORGANISATION_NUMBER");
  /** A phone number. */
  public static final EntityType PHONE = builtIn("PHONE", "TELEFON", "PHONE");
  /** An e-mail address. */
  public static final EntityType EMAIL = builtIn("EMAIL", "E-POST", "EMAIL");
  /** A Swedish postal code. */
  public static final EntityType POSTAL_CODE = builtIn("POSTAL_CODE", "POSTNUMMER", "POSTAL_CODE");
  /** A street address. */
  public static final EntityType ADDRESS = builtIn("ADDRESS", "ADRESS", "ADDRESS");
  /** A person's name. */
  public static final EntityType NAME = builtIn("NAME", "NAMN", "NAME");
  /** A place: a town, a district, a school. */
  public static final EntityType PLACE = builtIn("PLACE", "PLATS", "PLACE");
  /** A payment card number. */
  public static final EntityType PAYMENT_CARD = builtIn("PAYMENT_CARD", "KORTNUMMER", "PAYMENT_CARD");
  /** A bank account number. */
  public static final EntityType BANK_ACCOUNT = builtIn("BANK_ACCOUNT", "KONTONUMMER", "BANK_ACCOUNT");
  /** A vehicle registration number. */
  public static final EntityType VEHICLE_REGISTRATION = builtIn("VEHICLE_REGISTRATION", "REGISTRERINGSNUMMER",
      "VEHICLE_REGISTRATION");
  /** A web address. */
  public static final EntityType URL = builtIn("URL", "LÄNK", "URL");
  /** An IPv4 or IPv6 address. */
  public static final EntityType IP_ADDRESS = builtIn("IP_ADDRESS", "IP-ADRESS", "IP_ADDRESS");
  /** A date of birth. */
  public static final EntityType DATE_OF_BIRTH = builtIn("DATE_OF_BIRTH", "FÖDELSEDATUM", "DATE_OF_BIRTH");
  /** Anything a user's own rule or detector finds that fits no other type. */
  public static final EntityType OTHER = builtIn("OTHER", "UPPGIFT", "OTHER");

  private static final EntityType[] BUILT_IN_ARRAY = BUILT_IN.toArray(new EntityType[0]);

  /** The stable name, by which a deserialised type is re-interned. */
  private final String name;
  /** The Swedish label without brackets. */
  private final String swedishLabel;
  /** The English label without brackets. */
  private final String englishLabel;
  /** Not serialised: custom ordinals differ between JVMs. */
  private final transient int ordinal;

  private EntityType(String name, String swedishLabel, String englishLabel, int ordinal) {
    this.name = name;
    this.swedishLabel = swedishLabel;
    this.englishLabel = englishLabel;
    this.ordinal = ordinal;
  }

  private static EntityType builtIn(String name, String swedishLabel, String englishLabel) {
    EntityType t = register(name, swedishLabel, englishLabel);
    BUILT_IN.add(t);
    return t;
  }

  /**
   * Declares a type of one's own, or returns the one already declared with this name and these
   * labels. Names are upper-case letters (Å, Ä and Ö too), digits and {@code _}
   * ({@code DIARIENUMMER}, {@code STAFF_ID}); labels are 1 to 40 chars without brackets or line breaks.
   *
   * @param name the stable name, as {@link #name()} and in rules files
   * @param swedishLabel the label without brackets, e.g. {@code DIARIENUMMER}
   * @param englishLabel the English label without brackets, e.g. {@code CASE_NUMBER}
   * @return the type, the same instance for the same declaration
   * @throws IllegalArgumentException if the name is malformed, is a built-in type's, is declared
   *     with other labels, or too many types are declared
   */
  public static EntityType custom(String name, String swedishLabel, String englishLabel) {
    checkName(name);
    checkLabel(swedishLabel);
    checkLabel(englishLabel);
    EntityType known = BY_NAME.get(name);
    if (known == null) {
      synchronized (EntityType.class) {
        known = BY_NAME.get(name);
        if (known == null) {
          if (all.length - BUILT_IN_ARRAY.length >= MAX_CUSTOM_TYPES) {
            throw new IllegalArgumentException("more than " + MAX_CUSTOM_TYPES + " custom entity types");
          }
          return register(name, swedishLabel, englishLabel);
        }
      }
    }
    if (known.isBuiltIn()) {
      throw new IllegalArgumentException("'" + name + "' is a built-in type");
    }
    if (!known.swedishLabel.equals(swedishLabel) || !known.englishLabel.equals(englishLabel)) {
      throw new IllegalArgumentException("type " + name + " is already declared with the labels "
          + known.swedishLabel + "/" + known.englishLabel);
    }
    return known;
  }

  /**
   * Declares a type of one's own with one label for both languages.
   *
   * @param name the stable name, e.g. {@code DIARIENUMMER}
   * @param label the label without brackets
   * @return the type
   * @throws IllegalArgumentException as {@link #custom(String, String, String)}
   */
  public static EntityType custom(String name, String label) {
    return custom(name, label, label);
  }

  private static synchronized EntityType register(String name, String swedishLabel, String englishLabel) {
    EntityType[] before = all;
    EntityType t = new EntityType(name, swedishLabel, englishLabel, before.length);
    EntityType[] after = java.util.Arrays.copyOf(before, before.length + 1);
    after[t.ordinal] = t;
    BY_NAME.put(name, t);
    all = after;
    return t;
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (!name.matches("\\p{Lu}[\\p{Lu}0-9_]{0,63}")) {
      throw new IllegalArgumentException("a type name is 1 to 64 upper-case letters, digits or '_',"
          + " starting with a letter: '" + name + "'");
    }
  }

  private static void checkLabel(String label) {
    Objects.requireNonNull(label, "label");
    if (label.isEmpty() || label.length() > 40 || label.strip().length() != label.length()
        || label.chars().anyMatch(c -> c == '[' || c == ']' || Character.isISOControl(c))) {
      throw new IllegalArgumentException("a label is 1 to 40 chars without brackets, control chars or"
          + " surrounding space");
    }
  }

  /**
   * The built-in types, in declaration order (as the enum's {@code values()} was).
   *
   * @return a new array of the built-in types
   */
  public static EntityType[] values() {
    return BUILT_IN_ARRAY.clone();
  }

  /**
   * Every type declared so far: the built-in ones, then the custom ones in order of declaration.
   *
   * @return an unmodifiable snapshot
   */
  public static List<EntityType> all() {
    return List.of(all);
  }

  /**
   * The type of that name, built-in or declared, as the enum's {@code valueOf} was.
   *
   * @param name the exact name, e.g. {@code PHONE}
   * @return the type
   * @throws IllegalArgumentException if no type has that name
   */
  public static EntityType valueOf(String name) {
    Objects.requireNonNull(name, "name");
    EntityType t = BY_NAME.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no entity type " + name);
    }
    return t;
  }

  /**
   * The type a rules file means by {@code word}: its name or its Swedish label, in any case.
   *
   * @param word e.g. {@code name}, {@code NAMN}, {@code diarienummer}
   * @return the type, or empty if none is known by that word
   */
  public static Optional<EntityType> forWord(String word) {
    String w = word.toUpperCase(Locale.ROOT);
    EntityType t = BY_NAME.get(w);
    if (t != null) {
      return Optional.of(t);
    }
    for (EntityType candidate : all) {
      if (candidate.swedishLabel.toUpperCase(Locale.ROOT).equals(w)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The stable name, e.g. {@code PHONE} or {@code DIARIENUMMER}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * A small number unique to this type in this JVM: the built-in types keep their enum ordinals,
   * custom types follow in order of declaration. Not stable across JVMs for custom types: store
   * {@link #name()} instead.
   *
   * @return the index of this type in {@link #all()}
   */
  public int ordinal() {
    return ordinal;
  }

  /**
   * The Swedish label without brackets, e.g. {@code TELEFON}.
   *
   * @return the label
   */
  public String swedishLabel() {
    return swedishLabel;
  }

  /**
   * The English label without brackets, e.g. {@code PHONE}.
   *
   * @return the label
   */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Whether this is one of avid's own types rather than a declared one.
   *
   * @return true for {@link #PHONE} and the other constants
   */
  public boolean isBuiltIn() {
    return ordinal < BUILT_IN_ARRAY.length;
  }

  @Override
  public int compareTo(EntityType other) {
    return Integer.compare(ordinal, other.ordinal);
  }

  /**
   * Re-interns a deserialised type, so that {@code ==} holds in the receiving JVM.
   *
   * @return the interned type
   * @throws ObjectStreamException if the name is taken by a type with other labels
   */
  private Object readResolve() throws ObjectStreamException {
    EntityType known = BY_NAME.get(name);
    if (known != null && known.swedishLabel.equals(swedishLabel) && known.englishLabel.equals(englishLabel)) {
      return known;
    }
    try {
      return custom(name, swedishLabel, englishLabel);
    } catch (IllegalArgumentException e) {
      java.io.InvalidObjectException bad = new java.io.InvalidObjectException(e.getMessage());
      bad.initCause(e);
      throw bad;
    }
  }

  /** The name, as the enum printed it. */
  @Override
  public String toString() {
    return name;
  }
}
