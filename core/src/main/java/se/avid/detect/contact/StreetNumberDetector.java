package se.avid.detect.contact;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Finds a street name and its house number in any case, with no cue before it, reported as
 * {@link EntityType#ADDRESS}: a word that ends as Swedish street names do, followed by a house
 * number ({@code storgatan 12b}, {@code björkbacken 13}, {@code västra lindvägen 4}), or such an
 * ending written as a word of its own after the name ({@code norra vägen 3}, {@code rinkeby allé
 * 40}), and so do the Norwegian, Danish and Finnish streets of the neighbours ({@code kongens
 * gate 3}, {@code vesterbrogade 112}, {@code strandvej 4}, {@code kauppakatu 5}). The Swedish models' street detector finds capitalised streets and those after a cue
 * ({@code bor på}); people who type in lowercase or leave out the cue give their address so too.
 *
 * <p>A house number is one to three digits and perhaps one letter, not followed by a unit
 * ({@code halva vägen 3 km}), a time, a decimal or another number. A street ending on its own
 * needs a name before it that is no function word ({@code på vägen 3 gånger}, {@code hela vägen
 * 2 dagar} stay); road numbers ({@code riksväg 40}, {@code väg 55}) and the words that end so
 * without naming a street ({@code genvägen}, {@code halvvägen}) are none. Immutable and
 * thread-safe; it visits only the digit runs of the text's {@link Landmarks}.
 */
public final class StreetNumberDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "street-number";

  /** Score of a street and its house number found from their shape alone. */
  static final double STREET = 0.75;

  /**
   * Endings of street names, lowercase, that few other words end with: those of the Swedish
   * models' list recognised in lowercase text, and the hills, parks, paths and bends of street
   * names ({@code -backen}, {@code -parken}, {@code -leden}, {@code -svängen}).
   */
  private static final String[] ENDINGS = {
    "gatan", "gata", "vägen", "väg", "gränden", "gränd", "stigen", "torget", "allén", "allé", "stråket", "slingan",
    "kajen", "esplanaden", "promenaden", "backen", "backe", "parken", "leden", "svängen", "slinga", "boulevard", "gången",
    "gate", "gade", "vej", "veien", "vegen", "katu", "stræde", "road", "street"
  };
  /** Endings that, as a word of their own, name no street ({@code ta väg 55}, {@code en gata 3}). */
  private static final String[] NOT_ALONE = {"väg", "gata", "backe", "slinga", "gången"};
  /** Beginnings of roads, not streets, and of words that end so without naming one. */
  private static final String[] NOT_STREETS = {
    "riks", "läns", "europa", "motor", "genväg", "omväg", "halvväg", "huvudgata", "huvudväg", "bil", "cykel", "gång",
    "skid", "slalom", "pulka", "bri", "studie", "ingång", "utgång", "uppgång", "nedgång", "genomgång", "övergång",
    "rundgång", "tillgång", "avgång", "undergång", "omgång", "sista", "första", "andra", "nästa", "förra"
  };
  /** Words after which a street ending on its own is a way, not a street ({@code på vägen 3 gånger}). */
  private static final String[] FUNCTION_WORDS = {
    "på", "i", "till", "vid", "mot", "från", "av", "om", "över", "under", "längs", "genom", "förbi", "hela", "halva",
    "den", "det", "denna", "en", "ett", "som", "och", "eller", "men", "förra", "nästa", "första", "andra", "sista",
    "samma", "varje", "ena", "rätt", "fel", "min", "din", "vår", "er", "hans", "hennes", "deras", "sin", "just", "ta",
    "tog", "är", "var", "har", "hade", "the", "a"
  };
  /**
   * Street endings in their definite form that name a street on their own ({@code Esplanaden 21},
   * {@code Kajen 4}, {@code Stortorget} is found by its ending): capitalised inside a sentence, or
   * after {@code bor på}, {@code lägenhet på}, where the way or the square would need no number.
   */
  private static final String[] NAMED_ALONE = {
    "esplanaden", "promenaden", "kajen", "torget", "allén", "stråket", "gränden"
  };
  /** Words two before a street, after which {@code på} gives where someone lives ({@code bor på kajen 4}). */
  private static final String[] RESIDENCE = {"bor", "bodde", "bott", "lägenhet", "lägenheten", "lgh", "adress", "adressen"};

  /** Capitalised and not the first word of a sentence ({@code på Esplanaden 21}, not {@code Torget 3 gånger}). */
  private static boolean namedInside(ScanText t, int ws) {
    if (!Character.isUpperCase(t.charAt(ws))) {
      return false;
    }
    int p = ws - 1;
    while (p >= 0 && t.charAt(p) == ' ') {
      p--;
    }
    return p >= 0 && ScanSupport.isLetter(t.charAt(p));
  }

  /**
   * A word with no street ending and a house number right after {@code bor på}, {@code bodde på},
   * {@code lägenhet på} ({@code bodde på skogsbrynet 4 i ödeshög}): where someone lives, a word and
   * a number are the street and the house, unless the word is a floor, room or ward
   * ({@code bor på plan 3}, {@code låg på avdelning 12}).
   */
  private static void residenceStreet(ScanText t, int ws, int we, int digits, FindingSink sink) {
    if (we - ws < MIN_RESIDENCE_STREET) {
      return;
    }
    // "på" and a word of residence before it first: most numbers after a word have neither, and
    // the list of building parts is the longer test
    int pe = spacesBack(t, ws);
    int ps = wordStart(t, pe);
    if (pe == ws || ps == pe || ps > 0 && t.isWordChar(ps - 1) || !afterResidence(t, ps, pe)
        || ScanSupport.wordIn(t, ws, we, NOT_RESIDENCE_STREETS)) {
      return;
    }
    int end = houseNumberEnd(t, digits);
    if (end > 0) {
      ScanSupport.report(sink, t, ws, floorEnd(t, end), EntityType.ADDRESS, STREET);
    }
  }

  /** The shortest word taken for a street after {@code bor på} without a street ending. */
  private static final int MIN_RESIDENCE_STREET = 4;
  /** Words with a number after {@code bor på} that are parts of a building or an institution, no street. */
  private static final String[] NOT_RESIDENCE_STREETS = {
    "plan", "planet", "våning", "våningen", "rum", "rummet", "avdelning", "avdelningen", "avd", "nummer", "nr", "sal",
    "salen", "hus", "huset", "plats", "platsen", "boende", "hem", "hemmet", "hvb", "lgh", "lägenhet", "cell", "korridor",
    "korridoren", "trappa", "trappan", "trappor", "hotell", "hotellet", "vandrarhem", "härbärge", "härbärget", "sis",
    "enhet", "enheten", "block", "blocket", "sektion", "paviljong", "område", "området", "kvarter", "kvarteret",
    "gård", "gården", "station", "stationen", "perrong", "pension"
  };

  /** {@code [ps, pe)} is "på" after a word of residence ({@code bor på}, {@code lägenhet på}). */
  private static boolean afterResidence(ScanText t, int ps, int pe) {
    if (!ScanSupport.wordIn(t, ps, pe, ON)) {
      return false;
    }
    int re = spacesBack(t, ps);
    int rs = wordStart(t, re);
    return rs < re && re < ps && (rs == 0 || !t.isWordChar(rs - 1)) && ScanSupport.wordIn(t, rs, re, RESIDENCE);
  }

  private static final String[] ON = {"på"};

  /** Words before a street name that belong to it ({@code västra lindvägen 4}). */
  private static final String[] DIRECTIONS = {
    "norra", "södra", "östra", "västra", "gamla", "nya", "stora", "lilla", "övre", "nedre"
  };

  private static final int MAX_WORD = 40;
  private static final Set<EntityType> TYPES = Set.of(EntityType.ADDRESS);

  private static final StreetNumberDetector INSTANCE = new StreetNumberDetector();

  private StreetNumberDetector() {}

  /**
   * The detector (it has no settings).
   *
   * @return the one instance
   */
  public static StreetNumberDetector defaults() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return TYPES;
  }

  @Override
  public void detect(ScanText t, FindingSink sink) {
    Landmarks landmarks = Landmarks.of(t);
    for (int k = 0, runs = landmarks.digitRuns(); k < runs; k++) {
      int digits = landmarks.digitRun(k);
      // the word before first: most numbers follow no street ending, and the unit after a
      // house number is looked up only then
      int we = spacesBack(t, digits);
      if (we != digits && we >= 2 && t.charAt(we - 1) == '.') {
        abbreviatedStreet(t, we - 1, digits, sink); // "storg. 12", "Ringv. 8"
        continue;
      }
      if (we == digits || we < 2 || !ScanSupport.isLetter(t.charAt(we - 1))) {
        continue;
      }
      int ws = wordStart(t, we);
      if (ws > 0 && t.isWordChar(ws - 1)) {
        continue;
      }
      int ending = endingLength(t, ws, we);
      if (ending == 0) {
        residenceStreet(t, ws, we, digits, sink); // "bodde på skogsbrynet 4 i ödeshög"
        continue;
      }
      if (startsWithAny(t, ws, we, NOT_STREETS)) {
        continue;
      }
      int end = houseNumberEnd(t, digits);
      if (end < 0) {
        continue;
      }
      int start = ws;
      int pe = spacesBack(t, ws);
      int ps = wordStart(t, pe);
      boolean wordBefore = pe < ws && ps < pe && (ps == 0 || !t.isWordChar(ps - 1));
      if (ending == we - ws) { // "norra vägen 3", "rinkeby allé 40"
        if (wordBefore && ScanSupport.wordIn(t, ws, we, NAMED_ALONE) && (namedInside(t, ws) || afterResidence(t, ps, pe))) {
          ScanSupport.report(sink, t, ws, end, EntityType.ADDRESS, STREET); // "på Esplanaden 21", "lägenhet på kajen 4"
          continue;
        }
        if (!wordBefore || ScanSupport.wordIn(t, ws, we, NOT_ALONE) || ScanSupport.wordIn(t, ps, pe, FUNCTION_WORDS)) {
          continue;
        }
        start = ps;
      } else if (wordBefore && ScanSupport.wordIn(t, ps, pe, DIRECTIONS)) {
        start = ps; // "västra lindvägen 4"
      }
      ScanSupport.report(sink, t, start, floorEnd(t, danishFloorEnd(t, end)), EntityType.ADDRESS, STREET);
    }
  }

  /**
   * The end of a Swedish floor or flat number after a house number ({@code elinsborgsbacken 7, 3
   * tr}, {@code storgatan 5 lgh 1102}), which belongs to the street line; {@code end} when none
   * follows. A floor is one or two digits and {@code tr}; a flat, {@code lgh} and four digits.
   */
  private static int floorEnd(ScanText t, int end) {
    int f = partAfter(t, end);
    if (f < 0) {
      return end;
    }
    int i = digitsEnd(t, f, 2);
    if (i > f) { // "3 tr", "3tr"
      int w = i < t.length() && t.charAt(i) == ' ' ? i + 1 : i;
      return isWordAt(t, w, "tr") ? w + 2 : end;
    }
    if (isWordAt(t, f, "lgh")) {
      int d = f + 3 < t.length() && t.charAt(f + 3) == ' ' ? f + 4 : f + 3;
      int e = digitsEnd(t, d, 4);
      return e - d == 4 && (e == t.length() || !t.isWordChar(e)) ? e : end; // "lgh 1102"
    }
    return end;
  }

  /** Where the part after a house number starts: past a comma, if any, and one space; -1 when no space follows. */
  private static int partAfter(ScanText t, int end) {
    int n = t.length();
    int i = end < n && t.charAt(end) == ',' ? end + 1 : end;
    return i < n && t.charAt(i) == ' ' ? i + 1 : -1;
  }

  /** The end of at most {@code max} ASCII digits from {@code from}. */
  private static int digitsEnd(ScanText t, int from, int max) {
    int i = from;
    while (i < t.length() && i - from < max && ScanSupport.isAsciiDigit(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether the whole word {@code word} (in any case) stands at {@code i}. */
  private static boolean isWordAt(ScanText t, int i, String word) {
    int e = i + word.length(); // matchesIgnoreCase checks that the word fits
    return ScanSupport.matchesIgnoreCase(t, i, word) && (e == t.length() || !t.isWordChar(e));
  }

  /**
   * The end of a Danish floor and side after a house number ({@code Stengade 22, 1. tv},
   * {@code Nørrebrogade 14 st. th}, {@code 2. sal}), which belongs to the street line as the
   * Swedish {@code 3 tr} does; {@code end} when none follows. A floor is digits or {@code st} or
   * {@code kl} and a full stop, then maybe {@code tv}, {@code th}, {@code mf} or {@code sal}.
   */
  private static int danishFloorEnd(ScanText t, int end) {
    int n = t.length();
    int f = partAfter(t, end);
    if (f < 0) {
      return end;
    }
    int i = digitsEnd(t, f, 2);
    if (i == f && i + 1 < n && (ScanSupport.matchesIgnoreCase(t, i, "st") || ScanSupport.matchesIgnoreCase(t, i, "kl"))) {
      i += 2;
    }
    if (i == f || i >= n || t.charAt(i) != '.') {
      return end;
    }
    int floor = i + 1; // "1.", "st."
    int side = floor < n && t.charAt(floor) == ' ' ? floor + 1 : floor;
    for (String word : FLOOR_SIDES) {
      if (isWordAt(t, side, word)) {
        return side + word.length();
      }
    }
    return ScanSupport.isAsciiDigit(t.charAt(f)) ? end : floor; // "st." alone; "1." alone may end a sentence
  }

  /** The side of a Danish flat after its floor: left, right, middle; or the floor's word. */
  private static final String[] FLOOR_SIDES = {"tv", "th", "mf", "sal"};

  /**
   * A street name shortened to its first part and the first letter of its ending, with a full stop
   * ({@code storg. 12}, {@code Kungsg. 5}, {@code Ringv. 8}), before a house number: a word of
   * {@value #MIN_ABBREVIATED} letters or more ending in g or v at {@code dot}.
   */
  private static void abbreviatedStreet(ScanText t, int dot, int digits, FindingSink sink) {
    int ws = wordStart(t, dot);
    if (dot - ws < MIN_ABBREVIATED || ws > 0 && t.isWordChar(ws - 1)) {
      return;
    }
    char last = ScanSupport.toLowerCase(t.charAt(dot - 1));
    char before = ScanSupport.toLowerCase(t.charAt(dot - 2));
    // not a sentence that ends in a day or an adjective in -ig before a count ("på tisdag. 12 personer")
    boolean sentenceEnd = last == 'g' && (before == 'i' || ScanSupport.matchesIgnoreCase(t, dot - 3, "dag"));
    int end = (last == 'g' || last == 'v') && !sentenceEnd ? houseNumberEnd(t, digits) : -1;
    if (end > 0 && !startsWithAny(t, ws, dot, NOT_STREETS)) {
      ScanSupport.report(sink, t, ws, end, EntityType.ADDRESS, STREET);
    }
  }

  /** The shortest shortened street name: "storg", "ringv". */
  private static final int MIN_ABBREVIATED = 5;

  /**
   * The end of the house number at {@code digits}: one to three digits and perhaps a letter
   * ({@code 12b}), standing alone; -1 when none is there.
   */
  private static int houseNumberEnd(ScanText t, int digits) {
    int n = t.length();
    int e = digits;
    while (e < n && ScanSupport.isAsciiDigit(t.charAt(e))) {
      e++;
    }
    if (e - digits > 3 || t.charAt(digits) == '0') {
      return -1;
    }
    if (e < n && ScanSupport.isLetter(t.charAt(e)) && (e + 1 >= n || !t.isWordChar(e + 1))) {
      char letter = ScanSupport.toLowerCase(t.charAt(e));
      if (letter < 'a' || letter > 'h') {
        return -1; // "12st", "3e"
      }
      e++;
    }
    if (e < n && (t.isWordChar(e) || ".,:/-".indexOf(t.charAt(e)) >= 0 && e + 1 < n && ScanSupport.isAsciiDigit(t.charAt(e + 1)))) {
      return -1; // "12.30", "3,5", "12:30", "1/2", "12-14"
    }
    return ScanSupport.followedByUnit(t, e) ? -1 : e;
  }

  /**
   * Per last letter (Latin-1), the {@link #ENDINGS} that end with it, in their order: the look-up
   * before every number compares a few endings instead of all (the first that matches wins, so
   * the order is kept).
   */
  private static final String[][] ENDINGS_BY_LAST = new String[0x100][];

  static {
    java.util.Arrays.fill(ENDINGS_BY_LAST, new String[0]);
    for (String e : ENDINGS) {
      char last = e.charAt(e.length() - 1);
      if (last < ENDINGS_BY_LAST.length) {
        String[] before = ENDINGS_BY_LAST[last];
        String[] with = java.util.Arrays.copyOf(before, before.length + 1);
        with[before.length] = e;
        ENDINGS_BY_LAST[last] = with;
      }
    }
  }

  /** The length of the street ending that {@code [ws, we)} ends with, or 0. */
  private static int endingLength(ScanText t, int ws, int we) {
    if (we - ws < 3) {
      return 0; // the shortest ending, "väg", has three letters
    }
    char last = ScanSupport.toLowerCase(t.charAt(we - 1));
    char before = ScanSupport.toLowerCase(t.charAt(we - 2));
    for (String ending : last < ENDINGS_BY_LAST.length ? ENDINGS_BY_LAST[last] : ENDINGS) {
      int s = we - ending.length();
      if (ending.charAt(ending.length() - 1) == last && ending.charAt(ending.length() - 2) == before && s >= ws
          && ScanSupport.matchesIgnoreCase(t, s, ending) && (s == ws || s - ws >= 2)) {
        return ending.length();
      }
    }
    return 0;
  }

  private static boolean startsWithAny(ScanText t, int ws, int we, String[] beginnings) {
    for (String b : beginnings) {
      if (we - ws > b.length() && ScanSupport.matchesIgnoreCase(t, ws, b)) {
        return true;
      }
    }
    return false;
  }

  /** The start of the letters that end at {@code end} (at most {@value #MAX_WORD}), or {@code end}. */
  private static int wordStart(ScanText t, int end) {
    int s = end;
    while (s > 0 && end - s < MAX_WORD && ScanSupport.isLetter(t.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  /** {@code i} moved back over one space, or {@code i} when no space is before it. */
  private static int spacesBack(ScanText t, int i) {
    return i > 0 && t.charAt(i - 1) == ' ' ? i - 1 : i;
  }
}
