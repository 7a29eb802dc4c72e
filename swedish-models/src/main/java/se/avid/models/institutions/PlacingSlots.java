package se.avid.models.institutions;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The words before {@code på}, {@code till} or {@code från} that put a person in a home, a school
 * or a unit, or speak of its staff: {@code bor på}, {@code har fått plats på}, {@code flyttade
 * till}, {@code går på}, {@code personalen på}, {@code rektorn på}, {@code daglig verksamhet
 * på}, and a noun of a home one lives in ({@code en trea på}, {@code korttidsboende på}). After
 * them a word shaped like a name ({@code bor på tallbacken}, {@code personalen på gullvivan})
 * names the place, also in lowercase and without an institution noun, where after a preposition
 * alone it may as well be a common noun the dictionary lacks ({@code vid hästhagen}). Read from
 * the tokens alone. Stateless.
 */
public final class PlacingSlots {

  private PlacingSlots() {}

  /** The cues of a home or a unit of care: one lives, is placed or moved there, or its staff are spoken of. */
  private static final WordSieve HOME_OR_UNIT = WordSieve.of("bor", "bodde", "bott", "bo", "flyttade", "flyttar",
      "flytta", "flyttat", "placerad", "placerade", "placerades", "placerats", "placeras", "placera", "plats",
      "personalen", "personal", "föreståndaren", "enhetschefen", "inskriven", "vistas", "boende", "hamnade", "hamnat",
      "verksamhet", "dagverksamhet");

  /** The verbs of work among the cues. */
  private static final WordSieve WORK = WordSieve.of("jobbar", "jobbade", "jobbat", "arbetar", "arbetade", "praktik",
      "praktiserar", "praktiserade");

  /**
   * Verbs and nouns that put a person in a place or name its staff, before the preposition: those
   * of a home or unit, of work, and of going to school or studying and a school's staff.
   */
  private static final WordSieve CUES = WordSieve.union(new WordSieve[] {HOME_OR_UNIT, WORK}, "går", "gick", "gått",
      "börjat", "börjar", "började", "börja", "chefen", "rektorn", "rektor", "läraren", "lärarna", "fröknarna",
      "pedagogerna", "kuratorn", "skolsköterskan", "pluggar", "pluggade", "pluggat", "studerar", "studerade", "studerat");

  /**
   * Adverbs between the cue and the preposition ("bor kvar på", "går nu på", "jobbar natt på"), and
   * the short names of upper-school programmes ("pluggar el på", "går natur på").
   */
  private static final WordSieve ADVERBS = WordSieve.of("nu", "kvar", "fortfarande", "numera", "redan", "också", "även",
      "tillbaka", "natt", "skift", "extra", "deltid", "heltid", "helger", "kvällar", "nätter", "el", "bygg", "natur",
      "samhäll", "ekonomi", "teknik", "estet", "vård", "fordon", "industri");

  /** The prepositions of the slot, also typed without å. */
  private static final WordSieve PREPOSITIONS = WordSieve.of("på", "pa", "till", "från", "fran");

  /**
   * True if word {@code u} comes right after {@code på}, {@code till} or {@code från} (also typed
   * without å) that follows a cue of {@link #CUES}, with at most one adverb between, all on one
   * line.
   *
   * @param tokens the tokens of a text
   * @param u the index of a word
   * @return whether a slot that places a person comes before it
   */
  public static boolean isAfterPlacing(Tokens tokens, int u) {
    return cueOfSlot(tokens, u) >= 0;
  }

  /**
   * True if word {@code u} is in a placing slot ({@link #isAfterPlacing}) whose cue is no verb of
   * work: one lives, is placed or goes there, or its staff are spoken of ("flyttade till", "bor
   * på", "personalen på"); not "jobbar på", after which a firm stands as often as a home.
   *
   * @param tokens the tokens of a text
   * @param u the index of a word
   * @return whether a slot that places a person, not at work, comes before it
   */
  public static boolean isAfterPlacingOutsideWork(Tokens tokens, int u) {
    int c = cueOfSlot(tokens, u);
    return c >= 0 && !WORK.has(tokens, c);
  }

  /**
   * True if word {@code u} is in a placing slot ({@link #isAfterPlacing}) of a home or a unit of
   * care: one lives, is placed or moved there, or its staff are spoken of ("bor på", "flyttade
   * till", "personalen på"); not where one goes, studies or works ("går på träningen").
   *
   * @param tokens the tokens of a text
   * @param u the index of a word
   * @return whether a slot of a home or unit comes before it
   */
  public static boolean isAfterHomeOrUnit(Tokens tokens, int u) {
    int c = cueOfSlot(tokens, u);
    return c >= 0 && (HOME_OR_UNIT.has(tokens, c) || isDwelling(tokens, c));
  }

  /** The cue of the slot before word {@code u}, or -1. */
  private static int cueOfSlot(Tokens tokens, int u) {
    int p = u - 1;
    if (!tokens.adjacent(p) || !PREPOSITIONS.has(tokens, p)) {
      return -1;
    }
    int c = p - 1;
    if (!tokens.adjacent(c)) {
      return -1;
    }
    if ((ADVERBS.has(tokens, c) || PLACED.has(tokens, c)) && tokens.adjacent(c - 1)) {
      c--;
    }
    return CUES.has(tokens, c) || isDwelling(tokens, c) ? c : -1;
  }

  /**
   * The heads of the nouns of a home one lives in, before its "på" or "i": a flat, a house, a
   * corridor, a home of care ("lägenhet på slätta", "studentkorridor på Britsarvet",
   * "korttidsboende på solvändan"); the noun's compounds end in them.
   */
  private static final String[] DWELLING_HEADS = {"lägenhet", "lägenheten", "korridor", "korridoren", "boende",
      "boendet", "radhus", "radhuset", "villa", "villan", "stuga", "stugan"};
  /**
   * The flats named by their number of rooms, the short form of a flat, and a house: alone, as
   * its compounds name its parts as often ("trapphus på söder").
   */
  private static final WordSieve FLATS = WordSieve.of("lgh", "etta", "tvåa", "trea", "fyra", "femma", "ettan", "tvåan",
      "trean", "fyran", "hus", "huset");

  /**
   * True if token {@code c} is a noun of a home one lives in: a flat named by its rooms
   * ({@code trea}, {@code lgh}), a house ({@code huset}) or a word that ends in a dwelling's
   * head ({@code lägenhet}, {@code radhuset}, {@code korttidsboende}).
   *
   * @param tokens the tokens of a text
   * @param c the index of a token
   * @return whether it is a noun of a home
   */
  public static boolean isDwelling(Tokens tokens, int c) {
    return FLATS.has(tokens, c) || tokens.endsWithAny(c, DWELLING_HEADS);
  }

  /**
   * The one placed, between the verb and the preposition: its object ("flyttade honom till",
   * "placerade henne på") or, in a clause opened by an adverb, its subject ("nu bor han på").
   */
  private static final WordSieve PLACED = WordSieve.of("honom", "henne", "hen", "dem", "mig", "oss", "mamma", "pappa",
      "han", "hon", "jag", "vi", "de", "dom", "du");

  /** "på" itself. */
  private static final WordSieve ON = WordSieve.of("på");
  /** The nouns of daily activity before its "på". */
  private static final WordSieve ACTIVITIES = WordSieve.of("verksamhet", "dagverksamhet");

  /**
   * True if word {@code u} comes right after "verksamhet på" or "dagverksamhet på" ("daglig
   * verksamhet på flottiljen"): the units of daily activity under LSS, which are named.
   *
   * @param tokens the tokens of a text
   * @param u the index of a word
   * @return whether it follows a daily activity's "på"
   */
  public static boolean isAfterDailyActivity(Tokens tokens, int u) {
    return tokens.adjacent(u - 1) && ON.has(tokens, u - 1) && tokens.adjacent(u - 2) && ACTIVITIES.has(tokens, u - 2);
  }
}
