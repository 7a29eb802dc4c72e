package se.avid.models.places;

import se.avid.EntityType;
import se.avid.models.institutions.InstitutionNouns;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.lexicon.Words;
import se.avid.models.names.Localities;
import se.avid.spi.FindingSink;

/**
 * Places that no list needs to hold because their neighbours say what they are: a second place
 * joined to one where someone lives ({@code bor i Stockholm och skara}), a name in
 * brackets after the noun of a place or an institution ({@code kommunen (horn)}, {@code skolan
 * (hallingsjo i umea)}, {@code området (tvaralund)}), and a name between {@code på}/{@code vid}
 * and {@code i} and a town ({@code går på backhammar i
 * Rinkeby}): a school, a unit or a district of that town. In both the word is taken only when
 * it is no frequent word or inflected form, so that {@code skolan (igen)} and {@code går på
 * gymnasiet i lund} stay. Stateless; the lexicon is shared.
 */
final class PlaceNeighbours {

  /** The shortest name taken in these slots ("horn" has four letters). */
  private static final int MIN_LENGTH = 3;

  /** The shortest last part that makes a word no name but a compound of words ("föreningen"; not "slet"). */
  private static final int MIN_COMPOUND_HEAD = 8;
  /** The same after a verb of living, where a way of living stands as often ("andra|hand"). */
  private static final int MIN_COMPOUND_HEAD_AFTER_VERB = 4;
  /** The same before "i" and a town, where a room or unit of a building stands as often ("omklädnings|rummet"). */
  private static final int MIN_COMPOUND_HEAD_BEFORE_TOWN = 5;

  /** Words that join places in a list ("o" as chat writes "och"). */
  private static final WordSieve CONJUNCTIONS = WordSieve.of("och", "eller", "o");

  /**
   * Nouns before a bracketed name besides the definite nouns of areas and the institution nouns:
   * a municipality's bodies, and areas in the indefinite form ({@code samma område (tvaralund)}).
   */
  private static final WordSieve BODIES = WordSieve.of("kommunen", "kommun", "regionen", "församlingen", "socialtjänsten",
      "socialtjansten", "socialkontoret", "område", "bostadsområde", "stadsdel", "förort", "ort", "by", "omrade");

  private final SwedishLexicon lexicon;
  private final long places;
  private final long kept;
  private final ListedPlaceRuns runs;

  PlaceNeighbours(SwedishLexicon lexicon, long places, long kept, ListedPlaceRuns runs) {
    this.lexicon = lexicon;
    this.places = places;
    this.kept = kept;
    this.runs = runs;
  }

  /**
   * After a place where someone lives or moves ({@code u} to char {@code end}), a second one joined
   * by "och", "eller", "o" or a comma: a listed place, whatever word it also is, or after a
   * conjunction a word no list holds ("bor i Stockholm och skara", "flyttade till lund eller
   * sjöbo"). Returns the last token taken.
   */
  int coordinatedPlace(Tokens tokens, int u, int end, FindingSink sink) {
    int last = u;
    while (last + 1 < tokens.size() && tokens.end(last) < end) {
      last++;
    }
    int joint = last + 1;
    int next = joint + 1;
    boolean joined = tokens.adjacent(last) && tokens.adjacent(joint) && tokens.isWord(next)
        && (CONJUNCTIONS.has(tokens, joint) || tokens.isPunct(joint, ','));
    if (!joined || tokens.is(next + 1, "om")) { // "utanför Gimo, nordost om Uppsala": a direction
      return last;
    }
    int nextEnd = runs.placeEnd(tokens, next);
    if (nextEnd > 0) {
      sink.add(tokens.start(next), nextEnd, EntityType.PLACE, ResidencePlaceDetector.RESIDENCE_SCORE);
      return next;
    }
    if (!tokens.isPunct(joint, ',') && UnknownPlaces.isUnknownWord(lexicon, tokens, next)) {
      // "och craiova"; after a comma a clause as often goes on ("i Bygdsiljum, uppförd på")
      sink.add(tokens.start(next), tokens.end(next), EntityType.PLACE, ResidencePlaceDetector.UNKNOWN_WORD_SCORE);
      return next;
    }
    return last;
  }

  /**
   * The word in brackets after the noun {@code p} names it, or -1: {@code p} is a noun of an area,
   * an institution or a municipal body, {@code (} follows it, and the word after the bracket is
   * closed by {@code )}, {@code i} or a comma. Returns the index of that word.
   *
   * @param tokens the tokens of a text
   * @param p the index of a word
   * @return the index of the bracketed name, or -1
   */
  int bracketedName(Tokens tokens, int p) {
    int u = p + 2;
    if (!tokens.isPunct(p + 1, '(') || !tokens.adjacent(p) || !tokens.isWord(u) || tokens.start(u) != tokens.end(p + 1)) {
      return -1; // most words: no bracket after them
    }
    boolean closed = tokens.isPunct(u + 1, ')') || tokens.isPunct(u + 1, ',') || tokens.is(u + 1, "i") && tokens.adjacent(u);
    if (!closed || !isNameWord(tokens, u)) {
      return -1;
    }
    boolean noun = BODIES.has(tokens, p) || AreaNouns.isNoun(tokens, p) || InstitutionNouns.isNounOrCompound(tokens, p);
    return noun ? u : -1;
  }

  /**
   * True when word {@code u}, after {@code på} or {@code vid} at {@code u - 1}, stands before
   * {@code i} and a town ({@code på backhammar i Rinkeby}): the name of a school, a unit or a
   * district in that town, when it is a listed place or no word or compound of words at all
   * ({@code på brandstationen i}, {@code vid högskolan i} stay). The town is a listed
   * municipality, town or district, or capitalised; the word is lowercase and no institution noun
   * ({@code på kvinnojour i Örebro}).
   *
   * @param tokens the tokens of a text
   * @param u the index of the word after the preposition
   * @return whether the word names a place in the town after it
   */
  boolean isBeforeTown(Tokens tokens, int u) {
    if (!tokens.is(u + 1, "i") || !tokens.adjacent(u) || !tokens.adjacent(u + 1) || !tokens.isWord(u + 2)
        || !(tokens.is(u - 1, "på") || tokens.is(u - 1, "pa") || tokens.is(u - 1, "vid") || tokens.is(u - 1, "i"))) {
      return false;
    }
    if (tokens.has(u, Tokens.CAPITALISED) || tokens.has(u, Tokens.ALL_CAPS) || InstitutionNouns.isNoun(tokens, u)) {
      // a capitalised name is the name detector's, and a firm's as often ("jobbar på Max i Mora"); "på kvinnojour i"
      return false;
    }
    // after "i" only a listed town: "i omklädningsrummet i Rosenholmshallen" is a room in a hall
    boolean town = !tokens.is(u - 1, "i") && tokens.has(u + 2, Tokens.CAPITALISED) && !tokens.has(u + 2, Tokens.ALL_CAPS)
        || isListedPlace(tokens, u + 2) || tokens.is(u + 3, "kommun") && tokens.adjacent(u + 2) // "i älvdalens kommun"
        || isCountry(tokens, u + 2); // "sanks i karasjok i norge": a place abroad, in its country
    // no dictionary word nor compound of words: "på brandstationen i", "vid högskolan i" stay
    return town && isNameWord(tokens, u) && (runs.placeEnd(tokens, u) > 0 || UnknownPlaces.isUnknownWord(lexicon, tokens, u)
        || placeShapedCompound(tokens, u) || inNoDictionary(tokens, u, MIN_COMPOUND_HEAD_BEFORE_TOWN, true)); // "bor i trängslet i älvdalens kommun"
  }

  /**
   * True when word {@code u}, after {@code i}, {@code utanför}, {@code nära} or {@code vid} at
   * {@code u - 1}, follows a noun of a home ({@code huset i killinge}, {@code en gård utanför
   * köpinge}, {@code hemma i X}) and is a word no dictionary holds: the place of that home.
   *
   * @param tokens the tokens of a text
   * @param u the index of the word after the preposition
   * @return whether the word names where the home is
   */
  boolean isWhereHomeIs(Tokens tokens, int u) {
    int p = u - 1;
    return HOME_PREPOSITIONS.has(tokens, p) && tokens.adjacent(p) && tokens.adjacent(p - 1) && HOMES.has(tokens, p - 1)
        && !tokens.has(u, Tokens.CAPITALISED) && !tokens.has(u, Tokens.ALL_CAPS) && isNameWord(tokens, u)
        && (runs.placeEnd(tokens, u) > 0 || inNoDictionary(tokens, u, MIN_COMPOUND_HEAD, true));
  }

  private static final WordSieve HOME_PREPOSITIONS = WordSieve.of("i", "utanför", "utanfor", "nära", "nara", "vid");
  /** Nouns of a home, whose place follows them: "huset i killinge", "stugan utanför X". */
  private static final WordSieve HOMES = WordSieve.of("hus", "huset", "gård", "gården", "gard", "garden", "stuga",
      "stugan", "lägenhet", "lägenheten", "lagenhet", "villa", "villan", "radhus", "radhuset", "torp", "torpet",
      "hemma", "bondgård", "bondgården", "sommarstuga", "sommarstugan", "fritidshus", "fritidshuset");

  /**
   * Word {@code u} may be a place's name that no list holds: a name's word ({@link #isNameWord})
   * in no dictionary ({@link #inNoDictionary}: compounds of a word of four letters or more
   * excluded, and a place's ending no excuse, as the slot's own rules read those, "grann|landet").
   * Asked after a verb of living or moving ("bor i hvidovre", "flyttade till trängslet").
   *
   * @param tokens the tokens of a text
   * @param u the index of a word
   * @return whether the word may name a place
   */
  boolean isUnlistedName(Tokens tokens, int u) {
    // no plural's definite ending either: "ett ökat boende i sjöbodarna" (but "bodde på amager")
    return !tokens.has(u, Tokens.ALL_CAPS) && isNameWord(tokens, u) && !definitePlural(tokens, u)
        && inNoDictionary(tokens, u, MIN_COMPOUND_HEAD_AFTER_VERB, false);
  }

  /** Word {@code u} ends in "-na", as a definite plural does ("sjöbodarna"). */
  private static boolean definitePlural(Tokens tokens, int u) {
    char[] lower = tokens.lower();
    int end = tokens.end(u);
    return lower[end - 1] == 'a' && lower[end - 2] == 'n';
  }

  /**
   * Word {@code u} is letters only and no dictionary entry, frequent word, ordinary word by its
   * stem or compound ending in a word of {@code minHead} letters or more, unless it ends as a
   * place does and {@code endingTells} ("trängslet", "killinge", "köpinge"; not "huset",
   * "kassan", "chileföreningen").
   */
  private boolean inNoDictionary(Tokens tokens, int u, int minHead, boolean endingTells) {
    char[] lower = tokens.lower();
    int start = tokens.start(u);
    int length = tokens.length(u);
    if (!Words.isLetters(lower, start, length)) {
      return false;
    }
    Lexeme word = tokens.lexeme(u, lexicon); // the call's record: its facts, ending and ordinary-word test
    long facts = word.facts();
    if (SwedishLexicon.categories(facts) != 0 || SwedishLexicon.isListedWord(facts) || SwedishLexicon.isFrequentWord(facts)) {
      return false;
    }
    // a place's ending makes a name of what reads as a word too ("köp|inge"); else no word ("kassan")
    // nor a compound of a long noun ("chile|föreningen", "psykos|mottagningen"); one of a short
    // word may be a name ("träng|slet"): the slot, between a home or a preposition and a town, tells
    if (endingTells && Lexeme.endsAsPlace(word.ending(), length)) {
      return true;
    }
    if (word.isCommonWord()) {
      return false;
    }
    char[] scratch = new char[length + 1];
    for (int head = start + MIN_LENGTH; head <= start + length - minHead; head++) {
      if (lexicon.isCommonWord(lower, head, start + length - head, scratch)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Word {@code u} ends as a place name does and is no ordinary word whole: a compound that names
   * a home, a farm or a district ("på granbacken i mjölby", "på solgläntan i kungsbacka"), where
   * "på gården i" and "på ängen i" are words.
   */
  private boolean placeShapedCompound(Tokens tokens, int u) {
    Lexeme word = tokens.lexeme(u, lexicon);
    return Lexeme.endsAsPlace(word.ending(), tokens.length(u)) && !word.isCommonWord();
  }

  /**
   * Word {@code u} may be a name: of {@value #MIN_LENGTH} letters or more, no kept name, inflected
   * form or frequent word but a place.
   */
  private boolean isNameWord(Tokens tokens, int u) {
    if (tokens.length(u) < MIN_LENGTH) {
      return false;
    }
    long facts = lexicon.facts(tokens.lower(), tokens.start(u), tokens.length(u));
    long categories = SwedishLexicon.categories(facts);
    return (categories & kept) == 0 && !Category.WORD_FORM.in(categories)
        && (!SwedishLexicon.isFrequentWord(facts) || (categories & places) != 0);
  }

  /** Word {@code t} is a country ("i norge"), though the detectors keep it. */
  private boolean isCountry(Tokens tokens, int t) {
    return Category.COUNTRY.in(SwedishLexicon.categories(lexicon.facts(tokens.lower(), tokens.start(t), tokens.length(t))));
  }

  /** Word {@code t} is a listed municipality, town or district, or a smaller locality, and no kept name. */
  private boolean isListedPlace(Tokens tokens, int t) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    long categories = SwedishLexicon.categories(lexicon.facts(lower, start, length));
    return (categories & kept) == 0 && ((categories & places) != 0 || Localities.contains(lower, start, length));
  }
}
