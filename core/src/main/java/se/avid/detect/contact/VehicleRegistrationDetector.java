package se.avid.detect.contact;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Finds Swedish vehicle registration numbers: three capital letters and three characters, the
 * last a digit or (in the format of 2019 on) a letter: {@code ABC 123}, {@code ABC123},
 * {@code ABC-123}, {@code ABC 12D}; in lowercase ({@code xyl 30b}) near a cue word, with letters
 * and digits written together ({@code abc123}) or with letters that are no word ({@code dkr 418});
 * other lowercase ones are flagged. The letters I, Q, V, Å, Ä and Ö are never used.
 *
 * <p>Advice posts are full of capitalised acronyms followed by numbers ({@code BUP 112},
 * {@code LSS 9 §}, {@code BOX 123}), and some writers shout in capitals ({@code HAR 200 KR}),
 * so: known acronyms and common words never match, amounts and paragraphs are skipped, a match
 * among other all-capital words is scored low, and a cue word ({@code regnr}, {@code bilen},
 * {@code registreringsnummer}) near it makes it sure. Immutable and thread-safe.
 */
public final class VehicleRegistrationDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "vehicle-registration";

  /** Score with a cue word near. */
  static final double WITH_CUE = 0.9;
  /** Score of the bare pattern. */
  static final double PLAIN = 0.6;
  /** Score of lowercase letters and digits written together without a cue: {@code abc123}. */
  static final double LOWERCASE_ATTACHED = 0.5;
  /**
   * Score of a lowercase plate apart from its letters without a cue ({@code cnj 77p},
   * {@code abc 123}): the listed words that stand before numbers are left out, but others may
   * ("rum 12b"), so it is flagged for review rather than redacted.
   */
  static final double LOWERCASE_UNCUED = 0.4;
  /** Score of such a plate whose three letters have no vowel ({@code flk 28u}, {@code dkr 418}): no word, so redacted. */
  static final double LOWERCASE_CONSONANTS = 0.6;
  /** Score among other words in capitals: likely shouting, not a plate. */
  static final double SHOUTING = 0.35;

  /** Letters never used on Swedish plates (besides Å, Ä, Ö, which are not A–Z anyway). */
  private static final String UNUSED_LETTERS = "IQV";

  private static final String[] CUES = {
    "regnr", "reg", "nr", "registreringsnummer", "registreringsnumret", "registreringsnumren", "regnummer", "regnumret",
    "bil", "bilen", "bilens", "bilnummer", "bilnumret", "skylt", "skylten", "skyltar", "nummerplåt", "nummerplåten",
    "registreringsskylt", "registreringsskylten", "fordon", "fordonet", "fordonets", "mc", "moped", "mopeden",
    "motorcykel", "motorcykeln", "lastbil", "lastbilen", "husbil", "husbilen", "volvo", "volvon", "saab", "audi",
    "bmw", "toyota", "volkswagen", "vw", "kia", "ford", "opel", "peugeot", "renault", "skoda", "škoda", "seat",
    "mercedes", "nissan", "honda", "mazda", "hyundai", "tesla", "citroën", "citroen", "fiat", "polestar", "dacia",
    "mitsubishi", "subaru", "suzuki", "lexus", "porsche", "jeep", "cupra", "passat", "golf", "polo", "corolla",
    "yaris", "auris", "prius", "octavia", "fabia", "focus", "fiesta", "clio", "civic", "qashqai", "v70", "v60",
    "v90", "xc40", "xc60", "xc70", "xc90", "s60", "s80", "kör", "körde", "kört", "parkerad", "parkerade", "plåt", "plåten",
    "bilar", "bilarna", "skåpbil", "skåpbilen", "släp", "släpet", "släpvagn", "släpvagnen", "husvagn", "husvagnen",
    "minibuss", "minibussen", "taxi", "taxin", "traktor", "traktorn", "a-traktor", "a-traktorn", "epa", "epan",
    "pickup", "pickupen", "suv", "suven", "skoter", "skotern", "snöskoter", "snöskotern", "fyrhjuling",
    "fyrhjulingen", "mopedbil", "mopedbilen", "crossen"
  };
  private static final WordList CUE_LIST = new WordList(CUES);

  /** The cue words, for the readers of plates typed otherwise ({@link SpacedPlates}). */
  static String[] cues() {
    return CUES;
  }

  /** {@link #cues()} as a word list. */
  static WordList cueList() {
    return CUE_LIST;
  }

  /**
   * Frequent Swedish words of three letters: in lowercase, without a cue, such a word before a
   * number is the word ("typ 40k", "kan 2st"), not a plate's letters.
   */
  static final String[] THREE_LETTER_WORDS = {
    "typ", "och", "som", "kan", "var", "har", "men", "för", "att", "det", "den", "där", "han", "hon", "ska",
    "vad", "när", "mer", "ser", "tar", "går", "bra", "sen", "kom", "dag", "tre", "fem", "sex", "tio", "min",
    "din", "sin", "oss", "dem", "dom", "mig", "dig", "sig", "hos", "vid", "mot", "upp", "ner", "hem", "nej",
    "nog", "ens", "jag", "ett", "all", "nån", "hur", "nya", "ute", "fel", "ont", "kul", "ful", "fin"};

  /**
   * Three-letter acronyms and words that are written before numbers in advice posts and are made
   * only of letters that plates use: public bodies, laws, units, currencies, and common words of
   * shouted posts. Lowercase, compared in any case.
   */
  static final String[] NOT_PLATES = {
    // public bodies, care and school
    "bup", "csn", "lss", "lma", "hsl", "osl", "sol", "sfb", "fhm", "scb",
    "skr", "abf", "afa", "ams", "kbt", "dbt", "ekb", "npf", "asd", "add", "odd", "hlr", "lpt", "sou",
    "sos", "pro", "spf", "tco", "lok", "epa", "umo", "fas", "sms", "mms", "pdf", "app", "apt", "bnp", "gdp", "atp",
    "ppm", "atg", "usa", "eko",
    // units, currencies and references
    "sek", "eur", "usd", "gbp", "nok", "dkk", "kap", "par", "tel", "ref", "dnr", "lgh", "box", "num", "art", "mom",
    "kln", "tkr", "mkr", "max", "tot",
    // common words of shouted posts
    "har", "som", "med", "den", "det", "och", "kan", "ska", "bor", "han", "hon", "tar", "ger", "men",
    "nej", "jag", "dom", "sen", "ser", "tre", "ett", "man", "mer", "fem", "sex", "sju", "nya", "bra", "tog",
    "ble", "fan",
    "kom", "sat", "lag", "dag", "ord", "arm", "ben", "new", "the", "and", "for", "yes", "wow"
  };

  private static final VehicleRegistrationDetector INSTANCE = new VehicleRegistrationDetector();

  private VehicleRegistrationDetector() {}

  /**
   * The detector (it has no settings).
   *
   * @return the shared, immutable detector
   */
  public static VehicleRegistrationDetector defaults() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.VEHICLE_REGISTRATION);
  }

  @Override
  public void detect(ScanText t, FindingSink sink) {
    // A plate has digits right after its letters, or after one space or hyphen: "ABC123",
    // "ABC 12D". So each run of digits is looked at, with the three letters before it; the plates
    // come in text order, as the runs do.
    int n = t.length();
    Landmarks landmarks = Landmarks.of(t);
    int next = 0;
    for (int k = 0, runs = landmarks.digitRuns(); k < runs; k++) {
      int digits = landmarks.digitRun(k);
      if (digits < 3 || digits - 2 < next) {
        continue;
      }
      int nordic = nordicAt(t, digits, sink);
      if (nordic > 0) {
        next = nordic;
        continue;
      }
      char before = t.charAt(digits - 1);
      int i = before == ' ' || before == '-' ? digits - 4 : digits - 3;
      if (i < next || i + 5 >= n || !isPlateLetterAnyCase(t.charAt(i)) || ScanSupport.wordCharBefore(t, i)) {
        continue;
      }
      int end = matchAt(t, i, sink);
      if (end > i) {
        next = end;
      }
    }
    PartialPlates.detect(t, landmarks, sink);
    SpacedPlates.detect(t, landmarks, sink);
  }

  private static int matchAt(ScanText t, int start, FindingSink sink) {
    int n = t.length();
    if (!isPlateLetterAnyCase(t.charAt(start + 1)) || !isPlateLetterAnyCase(t.charAt(start + 2))) {
      return -1;
    }
    boolean capitals = isPlateLetter(t.charAt(start)) && isPlateLetter(t.charAt(start + 1))
        && isPlateLetter(t.charAt(start + 2));
    int p = start + 3;
    boolean attached = true;
    if (t.charAt(p) == ' ' || t.charAt(p) == '-') {
      p++;
      attached = false;
    }
    if (p + 3 > n || !ScanSupport.isAsciiDigit(t.charAt(p)) || !ScanSupport.isAsciiDigit(t.charAt(p + 1))) {
      return -1;
    }
    char last = t.charAt(p + 2);
    if (!ScanSupport.isAsciiDigit(last) && !(capitals ? isPlateLetter(last) : isPlateLetterAnyCase(last))) {
      return -1;
    }
    int end = p + 3;
    if (ScanSupport.wordCharFrom(t, end) || numberGoesOn(t, end) || ScanSupport.followedByUnit(t, end)
        || paragraphAfter(t, end)) {
      return -1;
    }
    boolean cue = ScanSupport.contextBefore(t, start, CUE_LIST) || ScanSupport.contextAfter(t, end, CUES);
    if (ScanSupport.wordIn(t, start, start + 3, NOT_PLATES)
        && !(cue && !ScanSupport.isAsciiDigit(last))) {
      // "LSS 123", "SEK 500": an acronym or a unit before a number; but near a vehicle a plate
      // of the newer kind may begin with the same letters ("en svart Audi, MKR 52F"): its final
      // letter is no amount's
      return end;
    }
    double score;
    if (!capitals) {
      // "xyl 30b" after "hans bil": lowercase plates are typed too, but "dag 123" or "typ 500"
      // are words with numbers, so a lowercase one needs a cue, or its letters and digits
      // written together ("abc123")
      if (cue) {
        score = WITH_CUE;
      } else if (ScanSupport.wordIn(t, start, start + 3, THREE_LETTER_WORDS)) {
        return end; // "en advokat kostar typ 40k": a word and an amount, unless a cue says plate
      } else if (attached && ScanSupport.isAsciiDigit(last)) {
        score = LOWERCASE_ATTACHED;
      } else {
        // "skrev upp flk 28u", "en blå passat (dkr 418)": three consonants are no Swedish word, so
        // the plate's shape is redacted; with a vowel ("rum 12b", "abc 123") it is flagged, as the
        // words that stand before numbers ("typ", "med", "max") are listed above
        score = hasVowel(t, start) ? LOWERCASE_UNCUED : LOWERCASE_CONSONANTS;
      }
    } else if (cue) {
      score = WITH_CUE;
    } else if (capitalWordBefore(t, start) || capitalWordAfter(t, end)) {
      score = SHOUTING;
    } else {
      score = PLAIN;
    }
    ScanSupport.report(sink, t, start, end, EntityType.VEHICLE_REGISTRATION, score);
    return end;
  }

  /**
   * A Norwegian or Danish plate near a vehicle cue: two letters, then five digits, together or as
   * two and three ({@code CX 48 213}, {@code AB 12345}, {@code ab 12 345}); posts of people who
   * drive or live across the border give them. Without a cue two letters and a number are too
   * many other things. Returns the end, or -1.
   */
  private static int nordicAt(ScanText t, int digits, FindingSink sink) {
    int n = t.length();
    char before = t.charAt(digits - 1);
    int start = before == ' ' || before == '-' ? digits - 3 : digits - 2;
    if (start < 0 || !isLatinLetter(t.charAt(start)) || !isLatinLetter(t.charAt(start + 1))
        || ScanSupport.wordCharBefore(t, start)) {
      return -1;
    }
    int end;
    if (digits + 5 <= n && allDigits(t, digits, digits + 5)) {
      end = digits + 5; // "AB 12345"
    } else if (digits + 6 <= n && allDigits(t, digits, digits + 2) && t.charAt(digits + 2) == ' '
        && allDigits(t, digits + 3, digits + 6)) {
      end = digits + 6; // "CX 48 213"
    } else if (Character.isUpperCase(t.charAt(start)) && Character.isUpperCase(t.charAt(start + 1))
        && (end = foreignDigitsEnd(t, digits)) > 0 && cueRightBefore(t, start)) {
      // "bilen är LKT 604 och släpet PK 917": two capitals and three or four digits, named a
      // vehicle's plate by the word right before them, are a plate of another country
      ScanSupport.report(sink, t, start, end, EntityType.VEHICLE_REGISTRATION, WITH_CUE);
      return end;
    } else {
      return -1;
    }
    if (ScanSupport.wordCharFrom(t, end) || numberGoesOn(t, end) || ScanSupport.followedByUnit(t, end)
        || Character.isLowerCase(t.charAt(start)) && ScanSupport.wordIn(t, start, start + 2, TWO_LETTER_WORDS)
        || !(ScanSupport.contextBefore(t, start, CUE_LIST) || ScanSupport.contextAfter(t, end, CUES))) {
      return -1;
    }
    ScanSupport.report(sink, t, start, end, EntityType.VEHICLE_REGISTRATION, WITH_CUE);
    return end;
  }

  /**
   * Swedish words of two letters written before amounts and counts: in lowercase, "kräver nu 38 000
   * kr" or "kostar ca 12 500" near a car are the word and a number, not a Danish plate.
   */
  private static final String[] TWO_LETTER_WORDS = {
    "nu", "om", "ca", "ex", "vi", "du", "de", "ni", "ju", "ut", "in", "en", "av", "to", "ej", "el", "ok", "mm", "st", "kr"};

  /** The end of three or four digits from {@code digits} that no digit follows, or -1. */
  private static int foreignDigitsEnd(ScanText t, int digits) {
    int n = t.length();
    int i = digits;
    while (i < n && i - digits < 5 && ScanSupport.isAsciiDigit(t.charAt(i))) {
      i++;
    }
    int count = i - digits;
    // "EU 2020": four digits of a year are no plate's
    boolean year = count == 4 && (t.charAt(digits) == '1' && t.charAt(digits + 1) == '9'
        || t.charAt(digits) == '2' && t.charAt(digits + 1) == '0');
    return (count == 3 || count == 4) && !year && !ScanSupport.wordCharFrom(t, i) && !numberGoesOn(t, i) ? i : -1;
  }

  /** The word right before {@code start}, past a colon or "är", is a vehicle cue: "släpet PK 917", "regnr: AB 1234". */
  private static boolean cueRightBefore(ScanText t, int start) {
    int end = wordEndBefore(t, start);
    int begin = AddressLineBefore.wordStartBefore(t, end - 1, 0);
    if (ScanSupport.wordIn(t, begin, end, COPULA)) {
      end = wordEndBefore(t, begin);
      begin = AddressLineBefore.wordStartBefore(t, end - 1, 0);
    }
    return begin < end && ScanSupport.wordIn(t, begin, end, CUES);
  }

  private static final String[] COPULA = {"är", "e"};

  private static int wordEndBefore(ScanText t, int pos) {
    int j = pos - 1;
    while (j >= 0 && (t.charAt(j) == ' ' || t.charAt(j) == ':')) {
      j--;
    }
    return j + 1;
  }

  private static boolean isLatinLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static boolean allDigits(ScanText t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!ScanSupport.isAsciiDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlateLetter(char c) {
    return c >= 'A' && c <= 'Z' && UNUSED_LETTERS.indexOf(c) < 0;
  }

  private static boolean isPlateLetterAnyCase(char c) {
    return isPlateLetter(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
  }

  /** {@code ABC 123-4}, {@code ABC 123.5}, {@code ABC 123 45}: a longer number, not a plate. */
  private static boolean numberGoesOn(ScanText t, int end) {
    int n = t.length();
    if (end + 1 >= n) {
      return false;
    }
    char c = t.charAt(end);
    return (c == '-' || c == '.' || c == ',' || c == ':' || c == '/' || c == ' ')
        && ScanSupport.isAsciiDigit(t.charAt(end + 1));
  }

  /** {@code LSS 9 §}, {@code KAP 123 §}: a paragraph of a law. */
  private static boolean paragraphAfter(ScanText t, int end) {
    int i = end;
    while (i < t.length() && t.charAt(i) == ' ' && i - end < 2) {
      i++;
    }
    return i < t.length() && t.charAt(i) == '§';
  }

  /** Vowels of plates' letters, lowercase (I is never used). */
  /** One of the three letters at {@code start} is a vowel (a, e, o, u, y): they may spell a word ("rum", "kap"). */
  static boolean hasVowel(ScanText t, int start) {
    for (int i = start; i < start + 3; i++) {
      char c = ScanSupport.toLowerCase(t.charAt(i));
      if (c == 'a' || c == 'e' || c == 'o' || c == 'u' || c == 'y') {
        return true;
      }
    }
    return false;
  }



  /** The word before is in capitals too ({@code JAG HAR 200}): shouting. */
  static boolean capitalWordBefore(ScanText t, int start) {
    int j = start - 1;
    while (j >= 0 && t.charAt(j) == ' ') {
      j--;
    }
    int end = j + 1;
    while (j >= 0 && ScanSupport.isLetter(t.charAt(j)) && Character.isUpperCase(t.charAt(j))) {
      j--;
    }
    return end - (j + 1) >= 2 && (j < 0 || !ScanSupport.isLetter(t.charAt(j)));
  }

  /** The word after is in capitals ({@code HAR 200 KVAR}): shouting. */
  static boolean capitalWordAfter(ScanText t, int end) {
    int n = t.length();
    int i = end;
    while (i < n && t.charAt(i) == ' ') {
      i++;
    }
    int s = i;
    while (i < n && ScanSupport.isLetter(t.charAt(i)) && Character.isUpperCase(t.charAt(i))) {
      i++;
    }
    return i - s >= 2 && (i >= n || !ScanSupport.isLetter(t.charAt(i)));
  }
}
