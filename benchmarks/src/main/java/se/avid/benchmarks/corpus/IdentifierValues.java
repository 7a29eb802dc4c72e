package se.avid.benchmarks.corpus;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Draws the values that fill the templates' slots, written the many ways people type them:
 * personnummer with and without century, separator or check digit right; phone numbers with
 * {@code +46}, {@code (0)}, slashes and dots; obfuscated e-mail. Not thread-safe (shares the
 * generator's {@link Random}).
 */
final class IdentifierValues {

  private static final String[] MOBILE_PREFIXES = {"70", "72", "73", "76", "79"};
  private static final String[] AREA_CODES = {"8", "31", "40", "90", "920", "951", "413", "18", "13", "19"};
  private static final String[] MAIL_DOMAINS = {
    "gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "yahoo.se", "live.se", "telia.com", "icloud.com"
  };
  private static final String[] STREET_SUFFIXES = {
    "gatan", "gatan", "gatan", "vägen", "vägen", "vägen", "gränd", "stigen", "backen", "torget",
    "allén", "leden", "slingan", "gången", "platsen"
  };
  private static final String[] RELATIVES = {
    "son", "dotter", "man", "fru", "sambo", "pojkvän", "flickvän", "mamma", "pappa", "bror", "syster", "exman"
  };
  private static final String[] AGENCIES = {
    "socialtjänsten", "soc", "Socialtjänsten", "försäkringskassan", "Försäkringskassan", "fk", "BUP", "bup",
    "vårdcentralen", "Arbetsförmedlingen", "kommunen", "Migrationsverket", "psykiatrin", "elevhälsan",
    "Skatteverket", "Kronofogden", "polisen", "BRIS"
  };
  private static final String[] HELPLINES = {
    "1177", "1177", "112", "BRIS", "116 111", "kvinnofridslinjen", "020-50 50 50", "90101", "114 14",
    "alkohollinjen", "Mind"
  };
  private static final String[] DATES = {"2023-01-15", "15 mars", "1/3", "den 4:e", "2024-11-02", "i fredags"};
  private static final String[] TIMES = {"08:30", "17.00", "9", "13:15", "10"};
  private static final String[] AMOUNTS = {"1 299", "4500", "12 000", "850", "3 400", "25 000"};

  private final Random random;
  private final Lexicon lexicon;

  IdentifierValues(Random random, Lexicon lexicon) {
    this.random = random;
    this.lexicon = lexicon;
  }

  String value(Slot slot) {
    return switch (slot) {
      case FIRST_NAME -> chance(0.6) ? lower(firstName()) : firstName();
      case CAPITALISED_FIRST_NAME -> firstName();
      case FULL_NAME -> {
        String full = firstName() + " " + pick(lexicon.surnames());
        yield chance(0.55) ? lower(full) : full;
      }
      case PLACE -> chance(0.5) ? lower(pick(lexicon.places())) : pick(lexicon.places());
      case UPPERCASE_PLACE -> pick(lexicon.places()).toUpperCase(Locale.ROOT);
      case STREET_ADDRESS -> streetAddress();
      case POSTAL_CODE -> postalCode();
      case PERSONNUMMER -> personnummer(false);
      case SAMORDNINGSNUMMER -> personnummer(true);
      case PHONE -> phone();
      case EMAIL -> email();
      case RELATIVE -> pick(RELATIVES);
      case AGENCY -> pick(AGENCIES);
      case HELPLINE -> pick(HELPLINES);
      case AGE -> Integer.toString(chance(0.6) ? 2 + random.nextInt(16) : 18 + random.nextInt(70));
      case AMOUNT -> pick(AMOUNTS);
      case DATE -> pick(DATES);
      case TIME -> pick(TIMES);
    };
  }

  /**
   * A personnummer (or, with {@code coordination}, a samordningsnummer: day + 60) of a real date;
   * one in ten has a wrong check digit, as typed by hand.
   */
  String personnummer(boolean coordination) {
    int year = 1920 + random.nextInt(100);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth());
    String yymmdd = two(year % 100) + two(month) + two(coordination ? day + 60 : day);
    String serial = String.format(Locale.ROOT, "%03d", random.nextInt(1000));
    int check = luhnCheckDigit(yymmdd + serial);
    if (chance(0.1)) {
      check = (check + 1 + random.nextInt(9)) % 10;
    }
    String last4 = serial + check;
    String century = Integer.toString(year / 100);
    int form = random.nextInt(20);
    if (form < 9) {
      return yymmdd + (year < 1926 ? "+" : "-") + last4;
    } else if (form < 12) {
      return yymmdd + last4;
    } else if (form < 15) {
      return century + yymmdd + "-" + last4;
    } else if (form < 16) {
      return century + yymmdd + last4;
    } else if (form < 17) {
      return yymmdd + " " + last4;
    } else if (form < 18) {
      return yymmdd + "\u2013" + last4;
    } else if (form < 19) {
      return century + " " + yymmdd + " " + last4;
    }
    return yymmdd + " - " + last4;
  }

  /** The Luhn (mod 10) check digit of {@code digits}, weights 2,1,2,… from the left. */
  static int luhnCheckDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }

  String phone() {
    if (chance(0.75)) {
      String p = pick(MOBILE_PREFIXES);
      String a = digits(3);
      String b = digits(2);
      String c = digits(2);
      return switch (random.nextInt(10)) {
        case 0, 1, 2 -> "0" + p + "-" + a + " " + b + " " + c;
        case 3 -> "0" + p + a + b + c;
        case 4 -> "0" + p + " " + a + " " + b + " " + c;
        case 5 -> "0" + p + "/" + a + " " + b + " " + c;
        case 6 -> "0" + p + "." + a + "." + b + "." + c;
        case 7 -> "+46" + p + a + b + c;
        case 8 -> "+46 (0)" + p + "-" + a + " " + b + " " + c;
        default -> "0046 " + p + " " + a + " " + b + " " + c;
      };
    }
    String area = pick(AREA_CODES);
    int subscriberLength = Math.min(8, 9 - area.length() - random.nextInt(2));
    String s = digits(subscriberLength);
    String grouped = subscriberLength > 6
        ? s.substring(0, 3) + " " + s.substring(3, 5) + " " + s.substring(5)
        : s.substring(0, 2) + " " + s.substring(2, 4) + " " + s.substring(4);
    return chance(0.3) ? "0" + area + " - " + grouped : "0" + area + "-" + grouped;
  }

  String email() {
    String first = mailSafe(firstName());
    String last = mailSafe(pick(lexicon.surnames()));
    String local = switch (random.nextInt(5)) {
      case 0 -> first + "." + last;
      case 1 -> first + "_" + last + (70 + random.nextInt(30));
      case 2 -> first + "." + last.charAt(0);
      case 3 -> first + last;
      default -> first + (1 + random.nextInt(99));
    };
    String domain = pick(MAIL_DOMAINS);
    return switch (random.nextInt(12)) {
      case 0 -> local + " (at) " + domain;
      case 1 -> local + "[at]" + domain;
      default -> local + "@" + domain;
    };
  }

  String postalCode() {
    String code = (1 + random.nextInt(9)) + digits(2);
    String tail = digits(2);
    int form = random.nextInt(10);
    if (form < 6) {
      return code + " " + tail;
    } else if (form < 9) {
      return code + tail;
    }
    return "SE-" + code + " " + tail;
  }

  String streetAddress() {
    String street = pick(lexicon.streetNames()) + pick(STREET_SUFFIXES);
    street = chance(0.6) ? lower(street) : street;
    StringBuilder sb = new StringBuilder(street).append(' ').append(1 + random.nextInt(120));
    if (chance(0.25)) {
      sb.append(chance(0.5) ? 'b' : 'A');
    }
    if (chance(0.15)) {
      sb.append(", lgh ").append(1001 + random.nextInt(300));
    }
    return sb.toString();
  }

  private String firstName() {
    return pick(lexicon.firstNames());
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String pick(String[] array) {
    return array[random.nextInt(array.length)];
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** How Swedish names are usually written in addresses: lowercase, å/ä → a, ö → o, no hyphen. */
  private static String mailSafe(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case 'å', 'ä' -> sb.append('a');
        case 'ö' -> sb.append('o');
        case '-' -> { }
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
