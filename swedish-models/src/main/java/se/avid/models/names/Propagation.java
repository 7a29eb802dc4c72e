package se.avid.models.names;

import static se.avid.models.names.NameScores.*;
import static se.avid.models.names.ProperNameDetector.PERSON;
import static se.avid.models.names.ProperNameDetector.SWEDISH_PLACE;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.NONE;
import static se.avid.models.names.WordLabels.PLACE;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The passes after every word is decided, each spreading what was found with good evidence: the
 * same name elsewhere in the text, a place in a list of places, a place abroad of several words,
 * the place that ends a signature ({@link Coordination} spreads names and places to what is
 * coordinated with them). Not thread-safe; one per call.
 */
final class Propagation {

  private final Tokens tokens;
  private final char[] lower;
  private final int n;
  private final long[] flags;
  private final byte[] type;
  private final double[] score;
  private final int[] spanEnd;
  private final WordLabels labels;
  private final WordFacts words;
  private final WordShapes shapes;
  private final NameWorkspace workspace;
  private final Cues cues;

  Propagation(Tokens tokens, WordFacts words, WordShapes shapes, Cues cues, WordLabels labels, NameWorkspace workspace) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.n = tokens.size();
    this.flags = words.flags;
    this.type = labels.type;
    this.score = labels.score;
    this.spanEnd = labels.spanEnd;
    this.labels = labels;
    this.words = words;
    this.shapes = shapes;
    this.workspace = workspace;
    this.cues = cues;
  }

  /**
   * A word found as a name with good evidence somewhere in the text is the same name elsewhere:
   * "Havel" opening a sentence after "sa Havel", "björn" after "min son Björn". A name found with
   * less (redacted, not sure) is the same name only where both are capitalised, in a text whose
   * sentences open with capitals ("Ask och Liv, som började ... Ask trivs"), or where the word has
   * evidence of its own ({@link #notSureNames}).
   */
  void propagate() {
    // the names as token indices (a post has a few), not copies of their chars
    int[] names = workspace.names;
    int count = 0;
    long[] shapes = workspace.shapes;
    Arrays.fill(shapes, 0L);
    boolean anyNotSure = false; // a name that is not sure, among the names
    for (int t = 0; t < n; t++) {
      if (type[t] != NAME || score[t] < REDACT) {
        continue;
      }
      // a run of name words is reported as one name, as sure as its surest word: each of its words
      // is that person's name ("handläggaren josefin strand ... när jag frågar strand")
      int last = labels.nameRunEnd(t);
      boolean sure = labels.runScore(t, last) >= SURE;
      for (int k = t; k <= last; k++) {
        names[count++] = sure ? k : ~k;
        anyNotSure |= !sure;
        int shape = shape(lower[tokens.start(k)], tokens.length(k));
        shapes[shape >>> 6] |= 1L << shape;
      }
      t = last;
    }
    if (count == 0) {
      return;
    }
    for (int t = 0; t < n; t++) {
      // a country kept elsewhere is the person once the post names someone so ("vår son Kuba ... och Kuba går")
      boolean open = type[t] == NONE || type[t] == NAME || type[t] == KEEP && Category.COUNTRY.in(flags[t]);
      if (!tokens.isWord(t) || !mayBeNameOrGenitive(shapes, t) || score[t] >= 0.5) {
        continue;
      }
      // asked once: which names not sure may name the word, and whether it has evidence of its own
      // a word no list or dictionary knows is no ordinary word too ("stoyan och hans fru ... kom stoyan hit")
      int evidence = open && !anyNotSure ? NONE_NOT_SURE : words.unknownWord(t) ? ANY_NOT_SURE : notSureNames(t);
      // where the word has evidence of its own, also a word the context model alone judged a
      // doubtful place ("prata om liv i stället") or a kept word ("heter maj ... att maj ska")
      if (!open && !((type[t] == PLACE || type[t] == KEEP) && evidence == ANY_NOT_SURE)) {
        continue;
      }
      int notSure = anyNotSure ? evidence : NONE_NOT_SURE;
      // "Min man Per tar två gånger per dag"; but "att liv snart ska": a subject, not an infinitive
      boolean theWord = words.isCommon(t) && cues.wordOfTheText(t) && !NameSlots.subjectAfterAtt(tokens, words, t);
      if ((sameName(names, count, shapes, t, notSure) || genitiveOf(names, count, shapes, t, notSure))
          && !theWord && (!Category.WORD_FORM.in(flags[t]) || subjectOfItsOwn(t))) {
        labels.set(t, NAME, tokens.has(t, Tokens.CAPITALISED) ? SAME_NAME_CAPITALISED : SAME_NAME_LOWERCASE);
      } else if (anyNotSure && !theWord && (type[t] == NONE || type[t] == NAME) && score[t] < SAME_NAME_TO_REVIEW
          && !Category.WORD_FORM.in(flags[t]) && sameName(names, count, shapes, t, ANY_NOT_SURE)) {
        // "stor dottern rama hon är 14 ... vi vill bara hjälpa rama": a name redacted on less than
        // good evidence, left elsewhere where nothing says it is the word, is flagged for review
        labels.set(t, NAME, SAME_NAME_TO_REVIEW);
      }
    }
  }

  /**
   * A name found with less than good evidence names word {@code t} too where both are capitalised
   * in a text whose sentences open with capitals ("Ask och Liv ... Ask trivs"), or where word
   * {@code t} has evidence of its own and no determiner before it ("mitt liv vet"): a verb only a
   * person is the subject of, or an age ("sol som är 8 ... melker vet, sol tror att"), the
   * subject's slot opening a clause ("att maj ska"), a preposition's object ending its phrase
   * ("prata om liv i stället") or a word that governs a person ("hämta sol").
   */
  private int notSureNames(int t) {
    int p = t - 1;
    boolean determined = tokens.isWord(p) && (Category.CUE_POSSESSIVE.in(flags[p]) || DETERMINERS.has(tokens, p));
    if (!determined && (tokens.adjacent(t) && tokens.isWord(t + 1) && words.inSet(ClauseWords.VERBS_OF_A_PERSON, t + 1)
        || cues.ages.ageByCopula(t) || subjectOpeningAClause(t) || objectOfAPreposition(t) || cues.personGovernor(t))) {
      return ANY_NOT_SURE;
    }
    return cues.writtenWithCapitals && capitalised(t) ? CAPITALISED_NOT_SURE : NONE_NOT_SURE;
  }

  /** "att maj ska", "men ville bad", "och mina handlar": the first word of a clause, before its finite verb. */
  private boolean subjectOpeningAClause(int t) {
    int p = t - 1;
    int u = t + 1;
    return (p < 0 || !tokens.isWord(p) || words.inSet(ClauseWords.CLAUSE_OPENERS, p)) && tokens.adjacent(t)
        && shapes.finiteVerb(u);
  }

  /** "prata om liv i stället", "glasögon till lilja och": a preposition's object that ends its phrase. */
  private boolean objectOfAPreposition(int t) {
    int u = t + 1;
    if (!tokens.isWord(t - 1) || !PREPOSITIONS.has(tokens, t - 1) || tokens.isWord(t - 2) && tokens.sameWord(t - 2, t)) {
      return false; // not "dag efter dag"
    }
    if (tokens.is(u, "och") || tokens.is(u, "o")) {
      // coordinated with a name or a phrase of its own ("till lilja och en cykel"), not a bare noun ("om rim o diktanalys")
      return tokens.isWord(u + 1) && (Category.WORD_FORM.in(flags[u + 1]) || type[u + 1] == NAME);
    }
    return Coordination.phraseEnd(tokens, flags, t) || PREPOSITIONS.has(tokens, u) || tokens.is(u, "i"); // "bilder på liv på insta"
  }

  /** Prepositions whose object a person may be. */
  private static final WordSieve PREPOSITIONS = WordSieve.of("om", "på", "till", "med", "för", "hos", "av", "från",
      "åt", "efter", "utan");

  /** Which names not sure may name a word ({@link #notSureNames}): none, the capitalised ones, any. */
  private static final int NONE_NOT_SURE = 0;
  private static final int CAPITALISED_NOT_SURE = 1;
  private static final int ANY_NOT_SURE = 2;

  /** Determiners before a noun: what follows one is the word ("en sol tror ingen på"). */
  private static final WordSieve DETERMINERS = WordSieve.of("en", "ett", "den", "det", "de", "denna", "detta", "varje",
      "någon", "något");

  /** Word {@code k} is capitalised, not in capitals throughout. */
  private boolean capitalised(int k) {
    return tokens.has(k, Tokens.CAPITALISED) && !tokens.has(k, Tokens.ALL_CAPS);
  }

  /** Bits of the {@link #shape} filter of {@link #propagate}. */
  private static final int SHAPE_BITS = 1024;
  /** The longs of the {@link #shape} filter. */
  static final int SHAPE_WORDS = SHAPE_BITS / 64;

  /**
   * A small hash of a word's first char and length: most words of a text differ from every
   * found name in one of them, and so are passed over without a set lookup.
   */
  private static int shape(char first, int length) {
    return (first * 31 + length) & (SHAPE_BITS - 1);
  }

  private static boolean mayBe(long[] shapes, char first, int length) {
    int shape = shape(first, length);
    return (shapes[shape >>> 6] & 1L << shape) != 0;
  }

  /**
   * The {@link #shape} filter of {@link #sameName} or {@link #genitiveOf}: tested first, as most
   * words of a text pass every other test of {@link #propagate} and fail this one.
   */
  private boolean mayBeNameOrGenitive(long[] shapes, int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    char first = lower[s];
    return mayBe(shapes, first, len) || len > 3 && mayBe(shapes, first, len - 1);
  }

  /** The word is a name found elsewhere in the text. */
  private boolean sameName(int[] names, int count, long[] shapes, int t, int notSure) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    return mayBe(shapes, lower[s], len) && anyNameIs(names, count, s, len, notSure);
  }

  /** "elias" after "min son heter Elias": the genitive of a name found elsewhere in the text. */
  private boolean genitiveOf(int[] names, int count, long[] shapes, int t, int notSure) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    return len > 3 && lower[s + len - 1] == 's' && mayBe(shapes, lower[s], len - 1)
        && anyNameIs(names, count, s, len - 1, notSure);
  }

  /**
   * Whether one of the names {@code names[0, count)} is the lowercase chars {@code lower[s, s+len)}:
   * a sure one (its token index), or one that is not ({@code ~} its index) as {@code notSure} lets.
   */
  private boolean anyNameIs(int[] names, int count, int s, int len, int notSure) {
    for (int k = 0; k < count; k++) {
      int u = names[k];
      if (u < 0) {
        u = ~u;
        if (notSure == NONE_NOT_SURE || notSure == CAPITALISED_NOT_SURE && !capitalised(u)) {
          continue;
        }
      }
      if (tokens.length(u) == len && Arrays.equals(lower, tokens.start(u), tokens.start(u) + len, lower, s, s + len)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Botkyrka, Salem, Haninge": a known place that is also a name, listed between places, is the
   * place; "staden Kessoura", "byn Ngozeka": a capitalised word named by a place noun before it is a
   * place.
   */
  void placeLists() {
    for (int t = 1; t < n; t++) {
      if (type[t] == NAME && t >= 2 && t + 2 < n && inPlaceList(t)) {
        type[t] = PLACE;
      } else if ((type[t] == NAME || type[t] == NONE) && tokens.isWord(t) && capitalisedWord(t)
          && tokens.adjacent(t - 1) && words.inSet(PLACE_NOUNS, t - 1) && !any(flags[t], PERSON)) {
        labels.set(t, PLACE, Math.max(score[t], CAPITALISED_UNKNOWN));
      }
    }
  }

  /**
   * "med vänlig hälsning gösta wennberg, vara", "/ hampus, gläntan": a listed Swedish place that
   * ends the text after a name and a comma is where the writer lives, even if it is also a word;
   * so is a word no list holds or a definite noun that is no frequent word, a kin or role noun
   * ("/berîvan, mamma") or a pronoun.
   */
  void signaturePlace() {
    int t = n - 1;
    while (t >= 0 && !tokens.isWord(t)) {
      t--;
    }
    if (t >= 2 && type[t] != KEEP && score[t] < REDACT && tokens.isPunct(t - 1, ',')
        && type[t - 2] == NAME && score[t - 2] >= REDACT && cues.signatures.lastWord(t)
        && (any(flags[t], SWEDISH_PLACE) || placeShapedLastWord(t))) {
      labels.set(t, PLACE, PLACE_CUE);
    }
  }

  /** A word of no list, or a definite noun that is no frequent word, of no category but a place's or a name's. */
  private boolean placeShapedLastWord(int t) {
    return tokens.length(t) >= MIN_SIGNED_PLACE && (flags[t] & ~(PERSON | SWEDISH_PLACE)) == 0 && !words.isFrequent(t)
        && (!words.isCommon(t) || shapes.definiteEnding(t) || tokens.endsWithAny(t, AN));
  }

  /** The definite ending of a noun in -a ("gläntan", "stugan"), which {@link WordShapes#definiteEnding} leaves to names. */
  private static final String[] AN = {"an"};

  /** The shortest word that a signature's comma makes the writer's place ("/ hampus, gläntan"). */
  private static final int MIN_SIGNED_PLACE = 4;

  /** Definite nouns of places that name the place after them: "staden Kessoura", "byn Ängsbo". */
  static final CharArraySet PLACE_NOUNS = WordFacts.words(
      "staden", "byn", "orten", "ön", "berget", "sjön", "älven", "stadsdelen", "förorten", "kommunen",
      "socknen", "gården", "halvön", "dalen", "rymdbasen", "flygplatsen", "fjället", "avdelningen");

  /**
   * A closed-class form that a sure name of the post is spelt as ("min dotter mina är 4") is that
   * person again only where no noun of its own follows it: before a finite verb ("mina älskar att
   * vara ute") or at a phrase's end; not "mina barn", "jag ville inte".
   */
  private boolean subjectOfItsOwn(int t) {
    int u = t + 1;
    // not a verb's shape in -er, which a plural noun has too ("inga papper": "papp|er" of "pappa")
    return !tokens.isWord(u) || tokens.adjacent(t) && (words.inSet(ClauseWords.FINITE_VERBS, u)
        || shapes.finiteVerbForm(u) && !tokens.endsWithAny(u, ER));
  }

  /** The ending of a present tense that a plural noun shares. */
  private static final String[] ER = {"er"};

  /** Between two sure places, each separated from it by a comma or "och": one of a list of places. */
  private boolean inPlaceList(int t) {
    return any(flags[t], SWEDISH_PLACE) && listSeparator(t - 1) && listSeparator(t + 1)
        && type[t - 2] == PLACE && score[t - 2] >= SURE && type[t + 2] == PLACE && score[t + 2] >= SURE;
  }

  private boolean listSeparator(int t) {
    return tokens.isPunct(t, ',') || tokens.is(t, "och");
  }

  /**
   * "San Francisco", "Monte Carlo", "Salt Lake City": a run of capitalised words that opens with
   * a word that begins place names abroad, or ends with one that closes them, is one place, not a
   * first name and a surname.
   */
  void foreignPlaceNames() {
    for (int t = 0; t < n; t++) {
      if (!tokens.isWord(t) || !capitalisedWord(t)) {
        continue;
      }
      int last = t;
      while (last + 1 < n && tokens.adjacent(last) && tokens.isWord(last + 1) && capitalisedWord(last + 1)) {
        last++;
      }
      if (last > t && (words.inSet(PLACE_NAME_OPENERS, t) || words.inSet(PLACE_NAME_CLOSERS, last)) && anyName(t, last)) {
        placeRun(t, last);
      } else if (last > t && last - t < MAX_FOREIGN_PLACE_WORDS && anyName(t, last) && anyExtendedLatin(t, last)) {
        // "i Hồ Chí Minh-staden", "från Đà Nẵng", "Nguyễn Văn Minh": a word of letters no Swedish
        // word has, in a run with a found one, makes the run one name, however its parts were read
        if (cues.places.locativeCue(t) || anyPlace(t, last)) {
          placeRun(t, last);
        } else {
          nameRun(t, last);
        }
      }
      t = last;
    }
    lowercaseForeignPlaceNames();
  }

  /**
   * "i puerto rico", "från costa del sol", "till santa cruz": in lowercase, after a preposition of
   * place, a word that opens place names abroad and the words after it, up to four in all and up to
   * a word of a clause or punctuation, are one place; the opener alone is none. So is a word with
   * a letter no Swedish word has, alone or with the words after it ("i hồ chí minh-staden", "i łódź").
   */
  private void lowercaseForeignPlaceNames() {
    for (int t = 1; t + 1 < n; t++) {
      if (!tokens.isWord(t) || tokens.has(t, Tokens.CAPITALISED) || type[t] == KEEP || !tokens.adjacent(t - 1)
          || !PLACE_PREPOSITIONS.has(tokens, t - 1)) {
        continue;
      }
      // "i hồ chí minh-staden", "från łódź": a word of letters no Swedish word has opens a place abroad too
      boolean foreign = anyExtendedLatin(t, t);
      if (!foreign && !words.inSet(LOWERCASE_PLACE_OPENERS, t)) {
        continue;
      }
      int last = t;
      while (last + 1 < n && last - t < MAX_FOREIGN_PLACE_WORDS - 1 && tokens.adjacent(last) && tokens.isWord(last + 1)
          && !tokens.has(last + 1, Tokens.CAPITALISED) && !CLAUSE_WORDS.has(tokens, last + 1) && type[last + 1] != KEEP
          && !(foreign && words.isFrequent(last + 1))) { // "i đà nẵng innan": the place's words are no frequent ones
        last++;
      }
      if (last == t && !foreign) {
        continue;
      }
      placeRun(t, last);
      t = last;
    }
  }

  /** Words {@code t..last} are one place, reported with its first word at the best score of its words. */
  private void placeRun(int t, int last) {
    double best = CAPITALISED_UNKNOWN;
    for (int k = t; k <= last; k++) {
      best = Math.max(best, score[k]);
      type[k] = KEEP; // part of the place: reported with its first word
    }
    labels.set(t, PLACE, best);
    spanEnd[t] = tokens.end(last);
  }

  /** The most words of a place abroad ("santa cruz de tenerife"). */
  private static final int MAX_FOREIGN_PLACE_WORDS = 4;

  /** Prepositions of place before a place abroad in lowercase. */
  private static final WordSieve PLACE_PREPOSITIONS = WordSieve.of("i", "på", "från", "till", "fran", "utanför", "nära");

  /** Openers of {@link #PLACE_NAME_OPENERS} that open places in lowercase too, and Spanish coasts and beaches; not "port" or "fort". */
  private static final CharArraySet LOWERCASE_PLACE_OPENERS = WordFacts.words(
      "san", "santa", "santo", "são", "saint", "mont", "monte", "puerto", "porto", "nueva", "nuevo", "costa", "playa",
      "las", "los");

  /** Words of a clause, which end a lowercase place's run ("i puerto rico som vi hyr"). */
  private static final WordSieve CLAUSE_WORDS = WordSieve.of("och", "o", "som", "i", "på", "till", "från", "med", "för",
      "att", "men", "eller", "när", "där", "vi", "jag", "han", "hon", "de", "dom", "det", "den", "är", "var", "har",
      "hade", "ska", "kan", "varje", "nu", "sen", "efter", "under", "hos", "vid", "utan", "mot", "om");

  private boolean capitalisedWord(int t) {
    return capitalised(t) && type[t] != KEEP;
  }

  /** Some word of {@code t..last} has a letter of Latin Extended ("ồ", "đ", "ł"): a name of another language. */
  private boolean anyExtendedLatin(int t, int last) {
    for (int k = t; k <= last; k++) {
      for (int i = tokens.start(k); i < tokens.end(k); i++) {
        if (NameLetters.isExtendedLatin(lower[i])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Some word of {@code t..last} was found as a place. */
  private boolean anyPlace(int t, int last) {
    for (int k = t; k <= last; k++) {
      if (type[k] == PLACE) {
        return true;
      }
    }
    return false;
  }

  /** Words {@code t..last} are one person's name, each at the best score of its words. */
  private void nameRun(int t, int last) {
    double best = score[t];
    for (int k = t; k <= last; k++) {
      best = Math.max(best, score[k]);
    }
    for (int k = t; k <= last; k++) {
      labels.set(k, NAME, best);
    }
  }

  /** Some word of {@code t..last} was found as a name, so the run is no ordinary phrase. */
  private boolean anyName(int t, int last) {
    for (int k = t; k <= last; k++) {
      if (type[k] == NAME || type[k] == PLACE) {
        return true;
      }
    }
    return false;
  }

  /** First words of place names abroad ("San Francisco", "Mont Blanc", "Puerto Rico"). */
  private static final CharArraySet PLACE_NAME_OPENERS = WordFacts.words(
      "san", "santa", "santo", "são", "sankt", "saint", "sainte", "mont", "monte", "puerto", "porto",
      "port", "fort", "nueva", "nuevo");

  /** Last words of place names abroad ("Salt Lake City", "Silicon Valley", "Long Island"). */
  private static final CharArraySet PLACE_NAME_CLOSERS = WordFacts.words(
      "city", "valley", "beach", "bay", "island", "islands", "lake", "springs", "mountains", "heights",
      "hills");
}
