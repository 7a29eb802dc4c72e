package se.avid.models.places;

import java.util.Objects;
import java.util.Set;
import se.avid.EntityType;
import se.avid.models.institutions.PlacingSlots;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordScratch;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.names.AsciiFolding;
import se.avid.models.names.Localities;
import se.avid.models.names.ThingNames;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * Finds a listed place that is also a word, typed without å/ä/ö or in lowercase, where the text
 * says that someone lives, moves or comes from there: {@code bor i mark}, {@code flyttade till
 * vara}, {@code kommer från skara}, {@code bor i ange} (Ånge), or that names its municipality:
 * {@code i ed kommun}. The name detector reads such words as the words they also are; the context
 * here leaves no doubt. After a preposition of place alone: a listed place that is a frequent
 * noun, bare ({@code jobbar i skara}), and a word no list holds, shaped like a place name ({@code
 * vid kattängen}: {@link UnlistedPlaces}); after a town's service and "i" ({@code vårdcentralen i
 * kärna}), a listed place or locality that is a rare word. An adjective and a definite noun
 * capitalised inside a sentence ({@code Blå Huset}: {@link DefiniteNames}). Also a compound of a place and an area word, which no list holds
 * ({@code stockholmsområdet}, {@code smålandskusten}: {@link AreaCompounds}).
 *
 * <ul>
 *   <li>a verb of living, moving or coming ({@code bor}, {@code bodde}, {@code flyttade},
 *       {@code kommer}, {@code född}, {@code växte upp}, {@code jobbar}), at most one adverb ({@code kvar},
 *       {@code nu}, {@code tillbaka}), the preposition that verb takes ({@code i}/{@code på},
 *       {@code till}/{@code från}, {@code från}), then a municipality, region, town, district or
 *       locality of the lexicon (one or two words), or a word that is one with å/ä/ö put back
 *       ({@code tranas}, though {@code tränas} is a word: the verb says a place is meant);
 *   <li>a word before {@code kommun} after {@code i}, {@code från}, {@code till}: a listed place
 *       or a word that is no frequent word ({@code vår kommun}, {@code en kommun} stay).
 * </ul>
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class ResidencePlaceDetector implements Detector {

  /** The detector's name. */
  public static final String NAME = "swedish-residence-places";

  /** A listed place after a verb of living or moving and its preposition. */
  static final double RESIDENCE_SCORE = 0.8;
  /** A compound of a place and an area word ("göteborgstrakten"). */
  static final double AREA_SCORE = 0.75;
  /** A place and a word of its people or things in one word ("göteborgsbor", "malmöpolisen"). */
  static final double COMPOUND_SCORE = 0.65;
  /** The shortest such compound ("umeåkusten" has ten letters, "kilbygden" nine). */
  static final int MIN_AREA_COMPOUND = 9;
  /** The shortest compound of a place and a word ("malmöbo"). */
  static final int MIN_PLACE_COMPOUND = 6;
  /** A place typed without å/ä/ö after a preposition of place, no verb needed ("socialtjänsten i boras"). */
  static final double FOLDED_SLOT_SCORE = 0.7;
  /**
   * A listed place that is also a frequent noun, bare after a preposition of place ("i skara"):
   * the place is the likelier reading, not a certain one.
   */
  static final double BARE_NOUN_SLOT_SCORE = 0.6;
  /**
   * Prepositions after which a bare frequent noun that is a place is the place ("jobbar i skara",
   * "utanför kista"); not "till", "runt", "kring", which take a bare noun in set phrases ("till
   * mark").
   */
  private static final WordSieve BARE_NOUN_SLOTS = WordSieve.of("i", "från", "fran", "vid", "utanför", "utanfor", "nära", "nara");
  /** A word no list holds, shaped like a place name, after a preposition of place ("vid kattängen"). */
  static final double UNLISTED_SLOT_SCORE = 0.6;
  /** The same of an ordinary word and a place-name ending ("vid kattängen", "vid hästhagen"): in the review band. */
  static final double UNLISTED_WORD_HEAD_SCORE = 0.4;
  /** A compass point after "på" that no word places a person in ("trapphus på söder"): in the review band. */
  static final double UNPLACED_DISTRICT_SCORE = 0.4;
  /** Compass directions before "om" ("söder om lund"). */
  private static final WordSieve DIRECTIONS = WordSieve.of("norr", "söder", "öster", "väster", "nordost", "nordöst", "nordväst",
      "sydost", "sydöst", "sydväst", "soder", "oster", "vaster", "nordvast", "sydvast");
  /**
   * A word that no list or dictionary holds, after a verb of living, moving or coming and its
   * preposition ("bor i craiova"): a place abroad or one too small for the lists, most often.
   */
  static final double UNKNOWN_WORD_SCORE = 0.6;
  /** An adjective and a definite noun written as a name inside a sentence ("Blå Huset"). */
  static final double DEFINITE_NAME_SCORE = 0.6;
  /** A listed square, station, park or shopping centre after a preposition of place ("vid slussen"). */
  static final double LANDMARK_SCORE = 0.7;
  /** A place named before "kommun". */
  static final double MUNICIPALITY_SCORE = 0.85;
  /** The word after a postal code ("582 24 ljung"): an address's post town. */
  static final double POST_TOWN_SCORE = 0.7;
  /** A name known by its neighbours: bracketed after a place's noun, or before "i" and a town ({@link PlaceNeighbours}). */
  static final double NEIGHBOUR_SCORE = 0.6;
  /** A word that its predicate says is a place ("X är ett tråkigt område", "X ligger utanför stan"). */
  static final double PREDICATE_SCORE = 0.6;

  private static final Set<EntityType> TYPES = Set.of(EntityType.PLACE);
  static final long PLACES = Category.bits(Category.MUNICIPALITY, Category.REGION, Category.TOWN,
      Category.DISTRICT);
  static final long KEPT = Category.bits(Category.PUBLIC_BODY, Category.COUNTRY);
  /** Endings of the names of streets, institutions and places, which other rules read. */
  private static final long NAMED_ENDINGS = Category.bits(Category.STREET_SUFFIX, Category.STREET_SUFFIX_CAPITALISED,
      Category.INSTITUTION_SUFFIX, Category.PLACE_SUFFIX);

  /**
   * Prepositions after which a word that is a place only with its å, ä, ö put back is that place,
   * whatever comes before ("socialtjansten i boras", "vi bodde utanfor nykoping"); also typed
   * without those letters.
   */
  static final WordSieve SLOTS = WordSieve.of("i", "från", "fran", "till", "vid", "utanför", "utanfor", "nära", "nara",
      "runt", "kring", "mellan", "bakom", "framför", "bredvid", "längs", "nedanför", "ovanför", "mittemot", "bortom");
  /** The words after a place that name it alone: its municipality, its centre ("bracke kommun", "hammar centrum"). */
  static final WordSieve BODY_OR_CENTRE = WordSieve.of("kommun", "centrum");
  /** The longest preposition of {@link #SLOTS}, and "om". */
  private static final int MAX_SLOT = 8;

  private final SwedishLexicon lexicon;
  private final ListedPlaceRuns runs;
  private final PlaceNeighbours neighbours;
  private final ResidenceMemos memos = new ResidenceMemos(PLACES, KEPT);

  private ResidencePlaceDetector(SwedishLexicon lexicon) {
    this.lexicon = lexicon;
    this.runs = new ListedPlaceRuns(lexicon, PLACES, KEPT);
    this.neighbours = new PlaceNeighbours(lexicon, PLACES, KEPT, runs);
  }

  /**
   * The detector with the shared lexicon.
   *
   * @return the detector
   */
  public static ResidencePlaceDetector create() {
    return new ResidencePlaceDetector(SwedishLexicon.get());
  }

  /**
   * The detector with the given lexicon.
   *
   * @param lexicon the lexicon that knows the places and the words
   * @return the detector
   */
  public static ResidencePlaceDetector withLexicon(SwedishLexicon lexicon) {
    return new ResidencePlaceDetector(Objects.requireNonNull(lexicon, "lexicon"));
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
  public void detect(ScanText text, FindingSink sink) {
    Tokens tokens = Tokens.of(text);
    // every word's record, in which its roles are kept: looked up once a text (the name detector's already are)
    tokens.lookUpAll(lexicon);
    int n = tokens.size();
    int next = PlaceCandidates.roles(lexicon, tokens, 0);
    for (int p = 0; p < n; p++) {
      int roles = next;
      next = PlaceCandidates.roles(lexicon, tokens, p + 1);
      // most tokens: no rule can take them, told by their shape and their roles (PlaceCandidates)
      if (PlaceCandidates.mayTake(tokens, p, roles, next)) {
        int last = placeAt(text, tokens, p, sink);
        if (last != p) {
          p = last;
          next = PlaceCandidates.roles(lexicon, tokens, p + 1);
        }
      } else {
        assert placeAt(text, tokens, p, PlaceCandidates.NOTHING) == p : "PlaceCandidates leaves out a token a rule takes";
      }
    }
  }

  /** Every kind of place at token {@code p}: the last token taken, {@code p} for none. */
  private int placeAt(ScanText text, Tokens tokens, int p, FindingSink sink) {
    // each kind of place is a method of its own, asked in a fixed order, small enough for the
    // JIT to compile early and inline; each gives the last token it took, or -1 for none
    int last = wordNamingPlace(tokens, p, sink);
    if (last < 0) {
      last = compoundPlace(text, tokens, p, sink);
    }
    if (last < 0) {
      last = placeByNeighbour(tokens, p, sink);
    }
    return last >= 0 ? last : placeAfterSlot(tokens, p, sink);
  }

  /** A definite name, a place predicate's subject or a county at token {@code p}: the last token taken, or -1. */
  private int wordNamingPlace(Tokens tokens, int p, FindingSink sink) {
    if (tokens.has(p, Tokens.CAPITALISED) && DefiniteNames.isNameAt(lexicon, tokens, p)) {
      sink.add(tokens.start(p), tokens.end(p + 1), EntityType.PLACE, DEFINITE_NAME_SCORE); // "efter att Blå Huset stängde"
      return p + 1;
    }
    if (PlacePredicates.isSubjectOfPlacePredicate(lexicon, tokens, p, PLACES)) {
      sink.add(tokens.start(p), tokens.end(p), EntityType.PLACE, PREDICATE_SCORE); // "fiskvallen är ett tråkigt område"
      return p;
    }
    if (tokens.is(p + 1, "län") && tokens.adjacent(p)) {
      int first = countyStart(tokens, p);
      if (first >= 0) {
        sink.add(tokens.start(first), tokens.end(p), EntityType.PLACE, MUNICIPALITY_SCORE); // "västra götalands län"
        return p;
      }
    }
    return -1;
  }

  /** A compound of a place and an area or a word of its people at token {@code p}: the last token taken, or -1. */
  private int compoundPlace(ScanText text, Tokens tokens, int p, FindingSink sink) {
    char[] lower = tokens.lower();
    if (tokens.isWord(p) && tokens.length(p) >= MIN_AREA_COMPOUND
        && AreaCompounds.isAreaCompound(lexicon, lower, tokens.start(p), tokens.length(p), PLACES, KEPT)) {
      sink.add(tokens.start(p), tokens.end(p), EntityType.PLACE, AREA_SCORE); // "stockholmsområdet"
      return p;
    }
    Lexeme unknown = tokens.isWord(p) && tokens.length(p) >= MIN_PLACE_COMPOUND ? tokens.lexeme(p, lexicon) : null;
    if (unknown != null && isInNoList(unknown)) {
      // the call's scratch chars, lent by the text's workspace to the few long unknown words
      char[] scratch = WordScratch.lend(text, null, tokens.length(p));
      if (memos.isPlaceCompound(lexicon, unknown, lower, tokens.start(p), tokens.length(p), scratch)) {
        sink.add(tokens.start(p), tokens.end(p), EntityType.PLACE, COMPOUND_SCORE); // "göteborgsbor", "malmöpolisen"
        return p;
      }
    }
    return -1;
  }

  /** A place known by the token after or before it: "kommun", a postal code, a bracket, an area noun; the last token taken, or -1. */
  private int placeByNeighbour(Tokens tokens, int p, FindingSink sink) {
    // "bracke kommun har nekat oss", "hammar centrum"; after a preposition "kommun" is asked below
    if (BODY_OR_CENTRE.has(tokens, p + 1)
        && (tokens.is(p + 1, "kommun") && !SLOTS.has(tokens, p - 1) || tokens.is(p + 1, "centrum"))
        && tokens.adjacent(p) && tokens.isWord(p) && isListedPlace(tokens, p)) {
      sink.add(tokens.start(p), tokens.end(p), EntityType.PLACE, MUNICIPALITY_SCORE);
      return p;
    }
    if (p >= 2 && tokens.kind(p - 1) == Tokens.NUMBER && PostTowns.isTown(tokens, p, lexicon, PLACES, KEPT)) {
      sink.add(tokens.start(p), tokens.end(p), EntityType.PLACE, POST_TOWN_SCORE); // "582 24 ljung"
      return p;
    }
    int bracketed = tokens.isWord(p) ? neighbours.bracketedName(tokens, p) : -1;
    if (bracketed > 0) {
      sink.add(tokens.start(bracketed), tokens.end(bracketed), EntityType.PLACE, NEIGHBOUR_SCORE); // "kommunen (horn)"
      return bracketed;
    }
    if (AreaNouns.isNounBefore(tokens, p) && AreaNouns.isNameAfter(lexicon, tokens, p + 1, tokens.lexeme(p + 1, lexicon))) {
      sink.add(tokens.start(p + 1), tokens.end(p + 1), EntityType.PLACE, UNLISTED_SLOT_SCORE); // "bostadsområdet djurängen"
      return p + 1;
    }
    return -1;
  }

  /** A place after a preposition of place at token {@code p}: the last token taken, {@code p} for none. */
  private int placeAfterSlot(Tokens tokens, int p, FindingSink sink) {
    // most tokens: no preposition of place, a length test and a few short comparisons
    if (!tokens.isWord(p) || tokens.length(p) > MAX_SLOT || !tokens.adjacent(p) || !tokens.isWord(p + 1)) {
      return p;
    }
    boolean slot = isSlot(tokens, p);
    boolean on = tokens.is(p, "på") || tokens.is(p, "pa");
    if (!slot && !on) {
      return p; // every preposition asked below is a slot or "på"
    }
    int u = p + 1;
    int landmark = Landmarks.wordsAt(tokens, u);
    if (landmark > 0) {
      sink.add(tokens.start(u), tokens.end(u + landmark - 1), EntityType.PLACE, LANDMARK_SCORE); // "vid slussen"
      return u + landmark - 1;
    }
    if (on && CompassDistricts.isDistrictAt(tokens, u)) {
      sink.add(tokens.start(u), tokens.end(u), EntityType.PLACE, LANDMARK_SCORE); // "bor på söder"
      return u;
    }
    if (on && CompassDistricts.mayBeDistrictAt(tokens, u)) {
      sink.add(tokens.start(u), tokens.end(u), EntityType.PLACE, UNPLACED_DISTRICT_SCORE); // "i trapphus på söder"
      return u;
    }
    if (on && ThingNames.employerAtPlaceName(tokens, u)) {
      return u; // "jobbar på bofors": the firm named as its town
    }
    // one record of the word after it, shared with the other detectors of the call
    Lexeme word = tokens.lexeme(u, lexicon);
    int last = listedPlaceInSlot(tokens, p, slot, word, sink);
    return last >= 0 ? last : unlistedPlaceInSlot(tokens, p, slot, word, sink);
  }

  /** A listed or folded place, or a place-named word, after the preposition at {@code p}: the last token taken, or -1. */
  private int listedPlaceInSlot(Tokens tokens, int p, boolean slot, Lexeme word, FindingSink sink) {
    int u = p + 1;
    long facts = word.facts();
    if (slot && (memos.isPlaceAndNoWord(lexicon, word, tokens.lower(), tokens.start(u), tokens.length(u))
        || ListedPlaceWords.isRarePlace(tokens, u, facts) || ListedPlaceWords.isRareLocality(tokens, u, facts) || PlaceCues.isMunicipalityOutside(tokens, p, facts))) {
      sink.add(tokens.start(u), tokens.end(u), EntityType.PLACE, FOLDED_SLOT_SCORE);
      return neighbours.coordinatedPlace(tokens, u, tokens.end(u), sink); // "i Stockholm och skara"
    }
    if (tokens.is(p, "i") && PlaceCues.isServiceBefore(tokens, p) && ListedPlaceWords.isListedWordPlace(tokens, u, facts)) {
      sink.add(tokens.start(u), tokens.end(u), EntityType.PLACE, BARE_NOUN_SLOT_SCORE); // "socialtjänsten i vidja"
      return u;
    }
    if ((BARE_NOUN_SLOTS.has(tokens, p) || slot && tokens.is(p, "om")) && ListedPlaceWords.isBareNounPlace(tokens, u, facts)) {
      sink.add(tokens.start(u), tokens.end(u), EntityType.PLACE, BARE_NOUN_SLOT_SCORE); // "en jobbar i skara", "söder om kista"
      return u;
    }
    // each asks its own prepositions ("på", "vid", "i"; "i", "utanför", "nära", "vid")
    if (neighbours.isBeforeTown(tokens, u) || neighbours.isWhereHomeIs(tokens, u)) {
      // "går på backhammar i Rinkeby", "bor i trängslet i älvdalens kommun", "huset i killinge"
      sink.add(tokens.start(u), tokens.end(u), EntityType.PLACE, NEIGHBOUR_SCORE);
      return u;
    }
    return -1;
  }

  /** A word no list holds, shaped as a place, after the preposition at {@code p}: the last token taken, {@code p} for none. */
  private int unlistedPlaceInSlot(Tokens tokens, int p, boolean slot, Lexeme word, FindingSink sink) {
    char[] lower = tokens.lower();
    int u = p + 1;
    long facts = word.facts();
    // "på" too: "satsningen på kattängen", as "på" takes islands and hills
    int shape = UnlistedPlaces.shape(lexicon, lower, tokens.start(u), tokens.length(u), facts, word.ending());
    boolean in = tokens.is(p, "i") || tokens.is(p, "på") || tokens.is(p, "pa");
    boolean to = tokens.is(p, "till");
    boolean from = tokens.is(p, "från") || tokens.is(p, "fran");
    if (shape != UnlistedPlaces.NONE) {
      // "från ramstabacken" and "mamma bor på tallbacken" redacted; "vid kattängen" (or "vid
      // hästhagen") flagged for review
      boolean sure = shape == UnlistedPlaces.NAMED_HEAD || PlacingSlots.isAfterPlacing(tokens, u)
          || (in || to || from) && ResidenceVerbs.isCued(tokens, ResidenceVerbs.verbBefore(tokens, p), in, to, from)
          || PlaceCues.isPlaceCued(tokens, p);
      sink.add(tokens.start(u), tokens.end(u), EntityType.PLACE, sure ? UNLISTED_SLOT_SCORE : UNLISTED_WORD_HEAD_SCORE);
      return u;
    }
    boolean compound = UnlistedPlaces.isCompoundShaped(lexicon, lower, tokens.start(u), tokens.length(u), facts, word.ending());
    if (compound && PlaceCues.isPlaceCued(tokens, p)) {
      sink.add(tokens.start(u), tokens.end(u), EntityType.PLACE, UNLISTED_SLOT_SCORE); // "skolan i hammarskogen"
      return u;
    }
    if (!(in || to || from)) {
      return p;
    }
    return placeAfterResidenceVerb(tokens, p, in, to, from, compound, sink);
  }

  /** A place after a verb of living or moving and "i", "till" or "från" at {@code p}: the last token taken, {@code p} for none. */
  private int placeAfterResidenceVerb(Tokens tokens, int p, boolean in, boolean to, boolean from, boolean compound,
      FindingSink sink) {
    int u = p + 1;
    // "i ed kommun", "från vara kommun"; not "på kommun", a workplace
    if ((to || from || tokens.is(p, "i")) && tokens.is(u + 1, "kommun") && tokens.adjacent(u) && namesMunicipality(tokens, u)) {
      sink.add(tokens.start(u), tokens.end(u), EntityType.PLACE, MUNICIPALITY_SCORE);
      return u;
    }
    if (!ResidenceVerbs.isCued(tokens, ResidenceVerbs.verbBefore(tokens, p), in, to, from)
        && !ResidenceVerbs.isCued(tokens, ResidenceVerbs.verbBeforeCompany(tokens, p), in, to, from)
        && !(in && isOnAfterTown(tokens, p) && ResidenceVerbs.isCued(tokens, ResidenceVerbs.verbBefore(tokens, p - 2), true, false, false))) {
      return p;
    }
    int end = runs.placeEnd(tokens, u);
    if (end > 0) {
      sink.add(tokens.start(u), end, EntityType.PLACE, RESIDENCE_SCORE);
      return neighbours.coordinatedPlace(tokens, u, end, sink);
    } else if (UnknownPlaces.isUnknownWord(lexicon, tokens, u) || neighbours.isUnlistedName(tokens, u)) {
      sink.add(tokens.start(u), tokens.end(u), EntityType.PLACE, UNKNOWN_WORD_SCORE); // "bor i craiova", "bor i frederiksberg"
      return neighbours.coordinatedPlace(tokens, u, tokens.end(u), sink);
    } else if (compound) {
      sink.add(tokens.start(u), tokens.end(u), EntityType.PLACE, UNLISTED_SLOT_SCORE); // "bor i hammarskogen"
      return u;
    }
    return p;
  }

  /**
   * "på" at {@code p} after "i" and a listed place: "bor i motala på charlottenborg", the district
   * of the town just named, which the verb of living before the town cues as well.
   */
  private boolean isOnAfterTown(Tokens tokens, int p) {
    return (tokens.is(p, "på") || tokens.is(p, "pa")) && tokens.is(p - 2, "i") && tokens.adjacent(p - 2)
        && tokens.adjacent(p - 1) && tokens.isWord(p - 1) && isListedPlace(tokens, p - 1);
  }

  /**
   * Word {@code u} is a listed municipality, town, region or district, a listed locality that is
   * no frequent word, or a place typed without å/ä/ö ({@code bracke}): before {@code kommun}
   * without a preposition ("valla kommun har nekat oss"), where a word may be an adjective
   * ("en sund kommun" stays).
   */
  private boolean isListedPlace(Tokens tokens, int u) {
    char[] lower = tokens.lower();
    int start = tokens.start(u);
    int length = tokens.length(u);
    long facts = lexicon.facts(lower, start, length);
    long categories = SwedishLexicon.categories(facts);
    if ((categories & KEPT) != 0) {
      return false;
    }
    return (categories & PLACES) != 0 && !Category.WORD_FORM.in(categories)
        || !SwedishLexicon.isFrequentWord(facts) && Localities.contains(lower, start, length) && !tokens.is(u - 1, "en")
        || FoldedPlaces.isPlaceAndNoWord(lexicon, lower, start, length, PLACES, KEPT);
  }

  /**
   * Token {@code p} is a preposition of place ({@link #SLOTS}), or {@code om} after a compass
   * direction ({@code söder om}, {@code nordväst om}).
   */
  private static boolean isSlot(Tokens tokens, int p) {
    return SLOTS.has(tokens, p) || tokens.is(p, "om") && tokens.adjacent(p - 1) && DIRECTIONS.has(tokens, p - 1);
  }

  /**
   * Where the county's name in the genitive that ends with word {@code g} before "län" begins:
   * {@code g} itself when its base is a listed place ("jämtlands"), the word before it when the two
   * are one ("västra götalands"); -1 for none.
   */
  private int countyStart(Tokens tokens, int g) {
    char[] lower = tokens.lower();
    int end = tokens.end(g) - 1;
    if (!tokens.isWord(g) || lower[end] != 's') {
      return -1;
    }
    int start = tokens.start(g);
    if (isPlaceName(lower, start, end - start)) {
      return g;
    }
    int p = g - 1;
    return tokens.isWord(p) && tokens.adjacent(p) && isPlaceName(lower, tokens.start(p), end - tokens.start(p)) ? p : -1;
  }

  /** The chars name a listed place that is no kept one. */
  private boolean isPlaceName(char[] lower, int start, int length) {
    long categories = SwedishLexicon.categories(lexicon.facts(lower, start, length));
    return (categories & PLACES) != 0 && (categories & KEPT) == 0;
  }

  /** Word {@code u} before "kommun" names one: a listed place, or a word that is no frequent word ("vår", "en"). */
  private boolean namesMunicipality(Tokens tokens, int u) {
    char[] lower = tokens.lower();
    long facts = lexicon.facts(lower, tokens.start(u), tokens.length(u));
    long categories = SwedishLexicon.categories(facts);
    if ((categories & KEPT) != 0) {
      return false;
    }
    return (categories & PLACES) != 0 || !SwedishLexicon.isFrequentWord(facts) && !Category.WORD_FORM.in(categories)
        || tokens.length(u) >= 3 && AsciiFolding.hasReading(lexicon, lower, tokens.start(u), tokens.length(u), PLACES);
  }

  /**
   * The word (its record) is no ordinary word, in no list and with no ending of a street,
   * institution or place ("Hertsövägen", "Malmöskolan": the address and institution detectors read
   * those): only such a word may be a compound of a place that no list holds.
   */
  static boolean isInNoList(Lexeme word) {
    return SwedishLexicon.categories(word.facts()) == 0 && !word.isCommonWord() && (word.ending() & NAMED_ENDINGS) == 0;
  }
}
