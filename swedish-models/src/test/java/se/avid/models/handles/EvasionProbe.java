package se.avid.models.handles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import se.avid.Anonymizer;
import se.avid.RedactionResult;

/**
 * A measuring tool, not a test: plants generated personnummer, samordningsnummer, phone numbers,
 * e-mail addresses, handles, street addresses and postal codes, typed in the forms of issue 16,
 * inside Swedish sentences, runs the full default pipeline (core and Swedish models, review band
 * from 0.3) and prints, per form, how many of the planted identifiers leaked as written and
 * lowercased, and how many of the leaks were at least flagged for review. A second table
 * counts how often a number or word a post keeps (helplines, amounts, dates, years, {@code Tel},
 * {@code Dnr}) was changed.
 *
 * <p>Run with the test class path: {@code java -cp … se.avid.models.handles.EvasionProbe [trials] [--show FORM]}.
 */
public final class EvasionProbe {

  private static final String[] OPENINGS = {
    "Hej, här kommer det:", "jag skickar", "här är det", "min dotter har", "skriv till mig,",
    "handläggaren ville ha", "du når mig på", "Tack för svar! Det är", "kan ni kolla",
  };
  private static final String[] CLOSINGS = {
    " om det behövs.", " så hör av er", " tack på förhand", "\nmvh Kim", "", " ifall ni undrar", " och jag väntar",
  };
  private static final String[] DIGIT_WORDS = {"noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"};
  private static final String[] LOCAL_NAMES = {"lisa", "kalle", "mojjo", "tindra", "johan", "bosse", "lollo", "ninni"};
  private static final String[] DOMAINS = {"gmail.com", "hotmail.se", "outlook.com", "live.se", "telia.com", "icloud.com"};
  private static final String[] STREET_BASES = {"Björk", "Lind", "Ekbacks", "Solros", "Tallmo", "Granhägns", "Ljung",
    "Rönnbärs", "Klöver", "Smedje"};
  private static final String[] SUFFIXES = {"gatan", "vägen", "stigen", "gränd", "backen", "torget"};
  private static final String[] TOWNS = {"Stockholm", "Malmö", "Umeå", "Lund", "Gävle", "Borås"};
  private static final String[] HANDLE_WORDS = {"ninjakatten", "lollo", "slayer", "vargen", "myran", "tösen",
    "blixten", "kattis", "snöflingan", "draken"};

  /** One planted case: the post, the strings that must not survive, the kind. */
  private record Case(String text, List<String> secrets, boolean digitsSecret) {}

  private final Map<String, Function<Random, Case>> forms = new LinkedHashMap<>();
  private final Map<String, Function<Random, String[]>> kept = new LinkedHashMap<>();

  private EvasionProbe() {
    personnummerForms();
    phoneForms();
    mailForms();
    handleForms();
    addressForms();
    keptForms();
  }

  // ---------------------------------------------------------------- personnummer

  private static LocalDate date(Random r) {
    long from = LocalDate.of(1930, 1, 1).toEpochDay();
    long to = LocalDate.of(2015, 12, 31).toEpochDay();
    return LocalDate.ofEpochDay(from + (long) (r.nextDouble() * (to - from)));
  }

  /** Twelve digits YYYYMMDDNNNC, the check digit right or wrong, samordningsnummer with 60 on the day. */
  private static String twelve(Random r, boolean valid, boolean coordination) {
    LocalDate d = date(r);
    int serial = r.nextInt(1000);
    String nine = String.format("%02d%02d%02d%03d", d.getYear() % 100, d.getMonthValue(),
        d.getDayOfMonth() + (coordination ? 60 : 0), serial);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int v = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += v > 9 ? v - 9 : v;
    }
    int check = (10 - sum % 10) % 10;
    return (d.getYear() / 100) + nine + (valid ? check : (check + 1 + r.nextInt(9)) % 10);
  }

  private static String join(String digits, int[] groups, String... seps) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int g = 0; g < groups.length; g++) {
      if (g > 0) {
        sb.append(seps[Math.min(g - 1, seps.length - 1)]);
      }
      sb.append(digits, at, at + groups[g]);
      at += groups[g];
    }
    return sb.toString();
  }

  private static String each(String digits, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  private static String mapDigits(String s, Function<Character, Character> f) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? f.apply(c) : c);
    }
    return sb.toString();
  }

  private static String spelled(String digits, String sep) {
    List<String> words = new ArrayList<>();
    for (char c : digits.toCharArray()) {
      if (c >= '0' && c <= '9') {
        words.add(DIGIT_WORDS[c - '0']);
      }
    }
    return String.join(sep, words);
  }

  private void number(String name, Function<String, String> typed) {
    for (String kind : new String[] {"pnr", "pnr-bad", "samo"}) {
      if (kind.equals("samo") && name.contains("YYYY-MM-DD") && !name.contains("NNNC")) {
        continue; // a samordningsnummer's day is no date of birth
      }
      forms.put(kind + " " + name, r -> {
        String d = twelve(r, !kind.equals("pnr-bad"), kind.equals("samo"));
        return planted(r, typed.apply(d), true);
      });
    }
  }

  private static Case planted(Random r, String identifier, boolean digits, String... secrets) {
    String opening = OPENINGS[r.nextInt(OPENINGS.length)];
    String closing = CLOSINGS[r.nextInt(CLOSINGS.length)];
    return new Case(opening + " " + identifier + closing, List.of(secrets), digits);
  }

  private void personnummerForms() {
    number("YYMMDD-NNNC", d -> join(d.substring(2), new int[] {6, 4}, "-"));
    number("YYYYMMDD-NNNC", d -> join(d, new int[] {8, 4}, "-"));
    number("YYMMDDNNNC", d -> d.substring(2));
    number("YY MM DD-NNNC", d -> join(d.substring(2), new int[] {2, 2, 2, 4}, " ", " ", "-"));
    number("YYYY MMDD-NNNC", d -> join(d, new int[] {4, 4, 4}, " ", "-"));
    number("YYMM DD-NNNC", d -> join(d.substring(2), new int[] {4, 2, 4}, " ", "-"));
    number("YYMMDD-NN NC", d -> join(d.substring(2), new int[] {6, 2, 2}, "-", " "));
    number("YYM MDD NNNC", d -> join(d.substring(2), new int[] {3, 3, 4}, " "));
    number("every digit spaced", d -> each(d.substring(2), " "));
    number("every digit dashed", d -> each(d.substring(2), "-"));
    number("12 every digit spaced", d -> each(d, " "));
    for (String sep : new String[] {"/", ".", "_", ":", ",", "=", "~", "*", "--", " - ", " / ", "\u00A0", "\u2009",
        "\u202F", "\u2013", "\n", "<br>", "<br />", "-\n", "\u00AD", "\u200B"}) {
      number("YYMMDD" + visible(sep) + "NNNC", d -> join(d.substring(2), new int[] {6, 4}, sep));
    }
    number("YY.MM.DD-NNNC", d -> join(d.substring(2), new int[] {2, 2, 2, 4}, ".", ".", "-"));
    number("YYYY-MM-DD-NNNC", d -> join(d, new int[] {4, 2, 2, 4}, "-"));
    number("YYYY.MM.DD NNNC", d -> join(d, new int[] {4, 2, 2, 4}, ".", ".", " "));
    number("YY-MM-DD/NNNC", d -> join(d.substring(2), new int[] {2, 2, 2, 4}, "-", "-", "/"));
    number("YYMMDD-NNNC-12", d -> join(d.substring(2), new int[] {6, 4}, "-") + "-12");
    number("YYMMDD-NNNC as last", d -> join(d.substring(2), new int[] {6, 4}, "-"));
    number("control char inside", d -> join(d.substring(2), new int[] {6, 4}, "-\u0007"));
    number("lone surrogate inside", d -> join(d.substring(2), new int[] {3, 3, 4}, "\uD800", "-"));
    number("nbsp groups", d -> join(d.substring(2), new int[] {2, 2, 2, 4}, "\u00A0", "\u00A0", "-"));
    number("född X, sista fyra Y", d -> "född " + d.substring(2, 8) + ", sista fyra " + d.substring(8));
    number("född X och sista fyra Y", d -> "född " + d.substring(2, 8) + " och de fyra sista är " + d.substring(8));
    number("f.\\nYYYY-MM-DD", d -> "f.\n" + join(d.substring(0, 8), new int[] {4, 2, 2}, "-"));
    number("född YYYY-MM-DD", d -> "född " + join(d.substring(0, 8), new int[] {4, 2, 2}, "-"));
    number("spelled digits", d -> spelled(d.substring(2, 8), " ") + " streck " + spelled(d.substring(8), " "));
    number("pnr: spelled digits", d -> "personnummer " + spelled(d.substring(2), " "));
    number("EXOTIC O/l homoglyph", d -> join(d.substring(2), new int[] {6, 4}, "-").replace('0', 'O').replace('1', 'l'));
    number("EXOTIC o/I homoglyph", d -> join(d.substring(2), new int[] {6, 4}, "-").replace('0', 'o').replace('1', 'I'));
    number("EXOTIC superscript", d -> mapDigits(join(d.substring(2), new int[] {6, 4}, "-"),
        c -> "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0')));
    number("EXOTIC circled", d -> mapDigits(join(d.substring(2), new int[] {6, 4}, "-"),
        c -> c == '0' ? '⓪' : (char) ('①' + c - '1')));
    number("EXOTIC fullwidth", d -> mapDigits(join(d.substring(2), new int[] {6, 4}, "-"), c -> (char) ('０' + c - '0')));
    number("EXOTIC one digit missing", d -> join(d.substring(2, 11), new int[] {6, 3}, "-"));
  }

  // ---------------------------------------------------------------- phone

  private static String digits(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  private void phone(String name, Function<String[], String> typed) {
    forms.put("phone " + name, r -> {
      String m = "7" + "02369".charAt(r.nextInt(5));
      String s = digits(r, 7);
      return planted(r, typed.apply(new String[] {m, s.substring(0, 3), s.substring(3, 5), s.substring(5, 7), s}), true);
    });
  }

  private void phoneForms() {
    phone("070-123 45 67", p -> "0" + p[0] + "-" + p[1] + " " + p[2] + " " + p[3]);
    phone("0701234567", p -> "0" + p[0] + p[4]);
    phone("070 123 45 67", p -> "0" + p[0] + " " + p[1] + " " + p[2] + " " + p[3]);
    phone("070_123_45_67", p -> "0" + p[0] + "_" + p[1] + "_" + p[2] + "_" + p[3]);
    phone("070.123.45.67", p -> "0" + p[0] + "." + p[1] + "." + p[2] + "." + p[3]);
    phone("070/1234567", p -> "0" + p[0] + "/" + p[4]);
    phone("+46 70 123 45 67", p -> "+46 " + p[0] + " " + p[1] + " " + p[2] + " " + p[3]);
    phone("+46701234567", p -> "+46" + p[0] + p[4]);
    phone("+46 (0)70-123 45 67", p -> "+46 (0)" + p[0] + "-" + p[1] + " " + p[2] + " " + p[3]);
    phone("+46 (70) 123 45 67", p -> "+46 (" + p[0] + ") " + p[1] + " " + p[2] + " " + p[3]);
    phone("+46-70-1234567", p -> "+46-" + p[0] + "-" + p[4]);
    phone("0046 70 123 45 67", p -> "0046 " + p[0] + " " + p[1] + " " + p[2] + " " + p[3]);
    phone("46701234567", p -> "46" + p[0] + p[4]);
    phone("ring 70 123 45 67", p -> "ring mig på " + p[0] + " " + p[1] + " " + p[2] + " " + p[3]);
    phone("tel 701234567", p -> "tel " + p[0] + p[4]);
    phone("mobil: 70-1234567", p -> "mobil: " + p[0] + "-" + p[4]);
    phone("every digit spaced", p -> each("0" + p[0] + p[4], " "));
    phone("every digit dashed", p -> each("0" + p[0] + p[4], "-"));
    phone("070-123 45 67 as last", p -> "0" + p[0] + "-" + p[1] + " " + p[2] + " " + p[3]);
    phone("0701 23 45 67", p -> "0" + p[0] + p[1].charAt(0) + " " + p[1].substring(1) + " " + p[2] + " " + p[3]);
    phone("07012 34 567", p -> "0" + p[0] + p[4].substring(0, 2) + " " + p[4].substring(2, 4) + " " + p[4].substring(4));
    phone("070-12 34 567", p -> "0" + p[0] + "-" + p[4].substring(0, 2) + " " + p[4].substring(2, 4) + " "
        + p[4].substring(4));
    phone("070 1234 567", p -> "0" + p[0] + " " + p[4].substring(0, 4) + " " + p[4].substring(4));
    phone("070--123 45 67", p -> "0" + p[0] + "--" + p[1] + " " + p[2] + " " + p[3]);
    phone("070 - 123 45 67", p -> "0" + p[0] + " - " + p[1] + " " + p[2] + " " + p[3]);
    phone("070-123\\n45 67", p -> "0" + p[0] + "-" + p[1] + "\n" + p[2] + " " + p[3]);
    phone("070<br>1234567", p -> "0" + p[0] + "<br>" + p[4]);
    phone("nbsp groups", p -> "0" + p[0] + "\u00A0" + p[1] + "\u00A0" + p[2] + "\u00A0" + p[3]);
    phone("thin groups", p -> "0" + p[0] + "\u2009" + p[1] + "\u2009" + p[2] + "\u2009" + p[3]);
    phone("08-123 456 78", p -> "08-" + p[1] + " " + p[4].substring(3, 6) + " " + p[4].substring(5, 7));
    phone("08 123 45 67", p -> "08 " + p[1] + " " + p[2] + " " + p[3]);
    phone("031-12 34 56", p -> "031-" + p[4].substring(0, 2) + " " + p[4].substring(2, 4) + " " + p[4].substring(4, 6));
    phone("0910-123 45", p -> "0910-" + p[1] + " " + p[2]);
    phone("+46 8 123 45 67", p -> "+46 8 " + p[1] + " " + p[2] + " " + p[3]);
    phone("+46 31 12 34 56", p -> "+46 31 " + p[4].substring(0, 2) + " " + p[4].substring(2, 4) + " "
        + p[4].substring(4, 6));
    phone("(08) 123 45 67", p -> "(08) " + p[1] + " " + p[2] + " " + p[3]);
    phone("spelled digits", p -> spelled("0" + p[0] + p[4], " "));
    phone("spelled digits, commas", p -> spelled("0" + p[0], " ") + ", " + spelled(p[1], " ") + ", "
        + spelled(p[2] + p[3], " "));
    phone("control char inside", p -> "0" + p[0] + "-\u0007" + p[1] + " " + p[2] + " " + p[3]);
    phone("lone surrogate inside", p -> "0" + p[0] + "\uDC00" + p[4]);
    phone("EXOTIC O/l", p -> ("0" + p[0] + "-" + p[1] + " " + p[2] + " " + p[3]).replace('0', 'O').replace('1', 'l'));
    phone("EXOTIC superscript", p -> mapDigits("0" + p[0] + "-" + p[4], c -> "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0')));
    phone("EXOTIC fullwidth", p -> mapDigits("0" + p[0] + "-" + p[4], c -> (char) ('０' + c - '0')));
  }

  // ---------------------------------------------------------------- e-mail

  private void mail(String name, Function<String[], String> typed) {
    forms.put("mail " + name, r -> {
      String first = LOCAL_NAMES[r.nextInt(LOCAL_NAMES.length)];
      String tail = r.nextBoolean() ? digits(r, 2) : "k" + digits(r, 2);
      String domain = DOMAINS[r.nextInt(DOMAINS.length)];
      String text = typed.apply(new String[] {first, tail, domain, domain.substring(0, domain.indexOf('.')),
          domain.substring(domain.indexOf('.') + 1)});
      return planted(r, text, false, first, tail);
    });
  }

  private void mailForms() {
    mail("a.b@d.se", p -> p[0] + "." + p[1] + "@" + p[2]);
    mail("a punkt b snabel-a d punkt se", p -> p[0] + " punkt " + p[1] + " snabel-a " + p[3] + " punkt " + p[4]);
    mail("a.b snabel a d.se", p -> p[0] + "." + p[1] + " snabel a " + p[2]);
    mail("a_b snabela d.se", p -> p[0] + "_" + p[1] + " snabela " + p[2]);
    mail("a (at) d (dot) se", p -> p[0] + p[1] + " (at) " + p[3] + " (dot) " + p[4]);
    mail("a at d dot se", p -> p[0] + p[1] + " at " + p[3] + " dot " + p[4]);
    mail("a [at] d [dot] se", p -> p[0] + p[1] + " [at] " + p[3] + " [dot] " + p[4]);
    mail("a(at)d.se", p -> p[0] + "." + p[1] + "(at)" + p[2]);
    mail("a . b @ d . se", p -> p[0] + " . " + p[1] + " @ " + p[3] + " . " + p[4]);
    mail("a @ d.se", p -> p[0] + p[1] + " @ " + p[2]);
    mail("a.b@d . se", p -> p[0] + "." + p[1] + "@" + p[3] + " . " + p[4]);
    mail("A.B@D.SE", p -> (p[0] + "." + p[1] + "@" + p[2]).toUpperCase(Locale.ROOT));
    mail("a.b @ d punkt se", p -> p[0] + "." + p[1] + " @ " + p[3] + " punkt " + p[4]);
    mail("a.b snabel-a d", p -> p[0] + "." + p[1] + " snabel-a " + p[3]);
    mail("a b snabel-a d punkt com", p -> p[0] + " " + p[1] + " snabel-a " + p[3] + " punkt " + p[4]);
    mail("a.b på d", p -> "mejla " + p[0] + "." + p[1] + " på " + p[3]);
    mail("a.b@d.se as last", p -> p[0] + "." + p[1] + "@" + p[2]);
    mail("a.b＠d.se", p -> p[0] + "." + p[1] + "＠" + p[2]);
    mail("a.b@\\nd.se", p -> p[0] + "." + p[1] + "@\n" + p[2]);
    mail("ab @ provider", p -> p[0] + p[1] + " @ " + mailOnly(p[3]));
    mail("ab at provider", p -> p[0] + p[1] + " at " + mailOnly(p[3]));
    mail("mejla a på provider", p -> "mejla " + p[0] + " på " + mailOnly(p[3]));
  }

  /** The provider if it is nothing but mail, else gmail: {@code live} and {@code telia} alone are words. */
  private static String mailOnly(String provider) {
    return List.of("gmail", "hotmail", "outlook", "icloud").contains(provider) ? provider : "gmail";
  }

  // ---------------------------------------------------------------- handles

  private void handle(String name, Function<String, String> typed) {
    forms.put("handle " + name, r -> {
      String word = HANDLE_WORDS[r.nextInt(HANDLE_WORDS.length)];
      String h = switch (r.nextInt(3)) {
        case 0 -> word + "_" + digits(r, 2);
        case 1 -> word + "." + digits(r, 2);
        default -> word + digits(r, 2);
      };
      return planted(r, typed.apply(h), false, h);
    });
    forms.put("handle " + name + " (word)", r -> {
      String word = HANDLE_WORDS[r.nextInt(HANDLE_WORDS.length)];
      return planted(r, typed.apply(word), false, word);
    });
  }

  private void handleForms() {
    handle("@h", h -> "@" + h);
    handle("snap: h", h -> "snap: " + h);
    handle("snap h", h -> "lägg till mig på snap " + h);
    handle("insta h", h -> "insta " + h);
    handle("min insta är h", h -> "min insta är " + h);
    handle("min snap är h", h -> "min snap är " + h);
    handle("snapchat: @h", h -> "snapchat: @" + h);
    handle("discord: h", h -> "discord: " + h);
    handle("discord h#1234", h -> "discord " + h + "#" + (1000 + h.length() * 7));
    handle("steam: h", h -> "steam: " + h);
    handle("psn h", h -> "psn " + h);
    handle("xbox: h", h -> "xbox: " + h);
    handle("kik h", h -> "kik " + h);
    handle("tiktok @h", h -> "tiktok @" + h);
    handle("instagram.com/h", h -> "instagram.com/" + h);
    handle("heter h på discord", h -> "jag heter " + h + " på discord");
    handle("mitt gamertag är h", h -> "mitt gamertag är " + h);
  }

  // ---------------------------------------------------------------- addresses and postal codes

  private void address(String name, Function<String[], String[]> typed) {
    forms.put("address " + name, r -> {
      String base = STREET_BASES[r.nextInt(STREET_BASES.length)];
      String street = base + SUFFIXES[r.nextInt(SUFFIXES.length)];
      String number = String.valueOf(2 + r.nextInt(60));
      String town = TOWNS[r.nextInt(TOWNS.length)];
      String code = (100 + r.nextInt(880)) + " " + digits(r, 2);
      String[] t = typed.apply(new String[] {street, number, town, code, base, String.valueOf(1001 + r.nextInt(400)),
          String.valueOf(2 + r.nextInt(7))});
      List<String> secrets = new ArrayList<>(List.of(t).subList(1, t.length));
      return new Case(OPENINGS[r.nextInt(OPENINGS.length)] + " " + t[0] + CLOSINGS[r.nextInt(CLOSINGS.length)],
          secrets, false);
    });
  }

  private void addressForms() {
    address("Street 12", p -> new String[] {"jag bor på " + p[0] + " " + p[1], p[0], p[1]});
    address("Street 12, 3 tr", p -> new String[] {"vi bor på " + p[0] + " " + p[1] + ", " + p[6] + " tr", p[0],
        p[1], p[6] + " tr"});
    address("Street 12 lgh 1102", p -> new String[] {p[0] + " " + p[1] + " lgh " + p[5], p[0], p[1], p[5]});
    address("lowercase street 12", p -> new String[] {"jag bor på " + p[0].toLowerCase(Locale.ROOT) + " " + p[1],
        p[0].toLowerCase(Locale.ROOT), p[1]});
    address("Västra Base-suffix 12", p -> new String[] {"hon bor på Västra " + p[0] + " " + p[1], p[0], p[1]});
    address("Västra Esplanaden 12", p -> new String[] {"han bor på Västra Esplanaden " + p[1], "Esplanaden " + p[1]});
    address("Kungs Boulevard 7", p -> new String[] {"adressen är Kungs Boulevard " + p[1], "Boulevard " + p[1]});
    address("rinkeby allé 40", p -> new String[] {"bor på " + p[4].toLowerCase(Locale.ROOT) + " allé " + p[1],
        p[4].toLowerCase(Locale.ROOT) + " allé", "allé " + p[1]});
    address("norra vägen 3", p -> new String[] {"vi bor på norra vägen " + p[1], "vägen " + p[1]});
    address("c/o Name", p -> new String[] {"skicka det c/o " + p[4] + "ström", p[4] + "ström"});
    address("Box 123", p -> new String[] {"posta till Box " + p[5] + ", " + p[2], p[5]});
    address("Street 12\\ncode town", p -> new String[] {p[0] + " " + p[1] + "\n" + p[3] + " " + p[2], p[0], p[1], p[3]});
    address("SE-123 45 town", p -> new String[] {"SE-" + p[3] + " " + p[2], p[3]});
    address("se-123 45 town", p -> new String[] {"se-" + p[3] + " " + p[2], p[3]});
    address("S-123 45 town", p -> new String[] {"S-" + p[3] + " " + p[2], p[3]});
    address("code alone on a line", p -> new String[] {"\n" + p[3] + "\n", p[3]});
    address("12345 town", p -> new String[] {"adress: " + p[3].replace(" ", "") + " " + p[2], p[3].replace(" ", "")});
    address("postnummer 123 45", p -> new String[] {"postnummer " + p[3], p[3]});
    address("code town, street", p -> new String[] {p[3] + " " + p[2] + ", " + p[0] + " " + p[1], p[3], p[0]});
  }

  // ---------------------------------------------------------------- kept

  private void keptForms() {
    kept.put("020-50 50 50", r -> new String[] {"ring Kvinnofridslinjen på 020-50 50 50 dygnet runt", "020-50 50 50"});
    kept.put("116 111", r -> new String[] {"BRIS svarar på 116 111 varje dag", "116 111"});
    kept.put("1177", r -> new String[] {"ring 1177 om du är orolig", "1177"});
    kept.put("112", r -> new String[] {"ring 112 om det är akut", "112"});
    kept.put("amount", r -> {
      String a = (1 + r.nextInt(99)) + " " + digits(r, 3);
      return new String[] {"skulden är " + a + " kr nu", a + " kr"};
    });
    kept.put("amount :-", r -> {
      String a = String.valueOf(100 + r.nextInt(9000));
      return new String[] {"hyran är " + a + ":- i månaden", a + ":-"};
    });
    kept.put("event date", r -> {
      String d = "2023-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10);
      return new String[] {"mötet var " + d + " på soc", d};
    });
    kept.put("date words", r -> {
      String d = (1 + r.nextInt(28)) + " maj 2024";
      return new String[] {"vi träffades den " + d + " på stan", d};
    });
    kept.put("year", r -> {
      String y = String.valueOf(1990 + r.nextInt(35));
      return new String[] {"det hände år " + y + " och sen", y};
    });
    kept.put("age", r -> {
      String a = (10 + r.nextInt(70)) + " år";
      return new String[] {"sonen är " + a + " gammal", a};
    });
    kept.put("Tel word", r -> new String[] {"Tel: 0" + (700 + r.nextInt(99)) + "-" + digits(r, 6) + " dagtid", "Tel:"});
    kept.put("Tel word inside", r -> new String[] {"nå mig dagtid, Tel 0" + (700 + r.nextInt(99)) + "-" + digits(r, 6),
        "Tel"});
    kept.put("Dnr word", r -> new String[] {"Dnr " + (2015 + r.nextInt(10)) + "/" + digits(r, 4) + " gäller mig",
        "Dnr"});
    kept.put("Dnr word inside", r -> new String[] {"beslutet har Dnr " + (2015 + r.nextInt(10)) + "/" + digits(r, 4),
        "Dnr"});
    kept.put("time", r -> {
      String t = (10 + r.nextInt(12)) + ":" + (10 + r.nextInt(49));
      return new String[] {"vi ses kl " + t + " i morgon", t};
    });
    kept.put("percent", r -> {
      String p = (1 + r.nextInt(99)) + " %";
      return new String[] {"räntan är " + p + " nu", p};
    });
    // a platform word in prose: the word after it is no user name
    String[] platforms = {"snap", "insta", "tiktok", "discord", "kik", "snapchat"};
    String[] goesOn = {"igår", "hela tiden", "varje dag", "kvällen innan", "ibland", "också"};
    kept.put("platform in prose", r -> {
      String after = goesOn[r.nextInt(goesOn.length)];
      return new String[] {"han är på " + platforms[r.nextInt(platforms.length)] + " " + after + " tror jag", after};
    });
    kept.put("platform then verb", r -> new String[] {platforms[r.nextInt(platforms.length)] + " funkar inte för mig",
        "funkar"});
  }

  // ---------------------------------------------------------------- checks

  private static boolean isDigitLike(char c) {
    return Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER;
  }

  private static boolean leaks(Case c, String redacted, boolean lower) {
    String out = lower ? redacted : redacted.toLowerCase(Locale.ROOT);
    if (c.digitsSecret()) {
      String rest = out.replace("]-12", "]"); // the digits after the number are not part of it
      for (int i = 0; i < rest.length(); i++) {
        if (isDigitLike(rest.charAt(i))) {
          return true;
        }
      }
      int inARow = 0;
      for (String w : rest.split("[^\\p{L}]+")) {
        inARow = List.of(DIGIT_WORDS).contains(w) ? inARow + 1 : 0;
        if (inARow >= 3) {
          return true; // spelled digits left
        }
      }
      return false;
    }
    for (String s : c.secrets()) {
      if (out.contains(s.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String visible(String s) {
    return s.replace("\n", "\\n").replace("\u00A0", "<nbsp>").replace("\u2009", "<thin>").replace("\u202F", "<nnbsp>")
        .replace("\u00AD", "<shy>").replace("\u200B", "<zwsp>").replace("\u0007", "<bel>").replace("\uD800", "<sur>")
        .replace("\uDC00", "<sur>").replace("\u2013", "<ndash>");
  }

  /**
   * Runs the probe.
   *
   * @param args the trials per form (default 40), and {@code --show FORM} to print the leaks of forms whose name
   *     contains FORM
   */
  public static void main(String[] args) {
    int trials = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    String show = args.length > 2 && args[1].equals("--show") ? args[2] : null;
    Anonymizer anonymizer = Anonymizer.builder().reviewThreshold(0.3).build();
    EvasionProbe probe = new EvasionProbe();
    int totalTrials = 0;
    int totalLeaks = 0;
    int totalLower = 0;
    int plainLeaks = 0;
    System.out.printf("%-52s %6s %6s %6s %8s %8s%n", "form", "trials", "leaks", "lower", "unflagd", "unfl.low");
    for (Map.Entry<String, Function<Random, Case>> e : probe.forms.entrySet()) {
      Random r = new Random(e.getKey().hashCode() * 31L + 7);
      boolean last = e.getKey().endsWith("as last");
      int leaks = 0;
      int lowerLeaks = 0;
      int unflagged = 0;
      int unflaggedLower = 0;
      for (int t = 0; t < trials; t++) {
        Case c = e.getValue().apply(r);
        if (last) {
          c = new Case(c.text().substring(0, c.text().length() - trailing(c.text())), c.secrets(), c.digitsSecret());
        }
        RedactionResult result = anonymizer.process(c.text());
        if (leaks(c, result.redactedText(), false)) {
          leaks++;
          if (!result.needsReview()) {
            unflagged++;
          }
          if (show != null && e.getKey().contains(show)) {
            System.out.println("  LEAK " + visible(c.text()) + "\n    -> " + visible(result.redactedText()));
          }
        }
        String lower = c.text().toLowerCase(Locale.ROOT);
        RedactionResult lowerResult = anonymizer.process(lower);
        String redactedLower = lowerResult.redactedText();
        if (leaks(c, redactedLower, true)) {
          lowerLeaks++;
          if (!lowerResult.needsReview()) {
            unflaggedLower++;
          }
          if (show != null && e.getKey().contains(show)) {
            System.out.println("  LEAK lowercased " + visible(lower) + "\n    -> " + visible(redactedLower));
          }
        }
      }
      totalTrials += trials;
      totalLeaks += leaks;
      totalLower += lowerLeaks;
      if (!e.getKey().contains("EXOTIC")) {
        plainLeaks += leaks + lowerLeaks;
      }
      if (leaks > 0 || lowerLeaks > 0 || show != null) {
        System.out.printf("%-52s %6d %6d %6d %8d %8d%n", visible(e.getKey()), trials, leaks, lowerLeaks, unflagged,
            unflaggedLower);
      }
    }
    System.out.printf("TOTAL forms %d, trials %d, leaks %d, lowercased leaks %d, non-exotic leaks (both) %d%n",
        probe.forms.size(), totalTrials, totalLeaks, totalLower, plainLeaks);
    int keptTrials = 0;
    int keptLost = 0;
    for (Map.Entry<String, Function<Random, String[]>> e : probe.kept.entrySet()) {
      Random r = new Random(e.getKey().hashCode());
      int lost = 0;
      for (int t = 0; t < trials; t++) {
        String[] k = e.getValue().apply(r);
        String redacted = anonymizer.redact("Hej! " + k[0] + ".");
        if (!redacted.contains(k[1])) {
          lost++;
          if (show != null && e.getKey().contains(show)) {
            System.out.println("  LOST " + k[0] + "\n    -> " + redacted);
          }
        }
      }
      keptTrials += trials;
      keptLost += lost;
      if (lost > 0) {
        System.out.printf("KEPT %-47s %6d %6d lost%n", e.getKey(), trials, lost);
      }
    }
    System.out.printf("KEPT TOTAL trials %d, lost %d%n", keptTrials, keptLost);
  }

  /** The length of the closing after the identifier, to make it the last thing in the post. */
  private static int trailing(String text) {
    for (String closing : CLOSINGS) {
      if (!closing.isEmpty() && text.endsWith(closing)) {
        return closing.length();
      }
    }
    return 0;
  }
}
