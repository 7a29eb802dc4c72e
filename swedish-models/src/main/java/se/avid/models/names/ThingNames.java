package se.avid.models.names;

import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.PLACE;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Names that the text shows to name a thing, not a person, kept once every word is decided: a
 * firm ("Söderholms Rör AB", "Kjell &amp; Company", "Wahlbergs Måleri"), a brand that is also a
 * name where the text speaks of buying, working, borrowing or owing ("köpte en soffa från Mio",
 * "jobbar på Max", "en Kia", "inkassobolaget (Lowell)"), a law ("lex Sarah") and a disease named
 * after a person ("Huntingtons sjukdom"). {@link ProperNameDetector} asks it of the words it
 * found as names only, so a text without names costs one pass over an array; the review signal
 * may ask it of a capitalised word it would flag. Stateless and thread-safe.
 */
public final class ThingNames {

  private ThingNames() {}

  /**
   * Keeps each run of words found as names ({@code type}) that names a thing, and the names and
   * places that spell the host of a kept link ({@link SiteNames}); {@code flags} are the words'
   * categories, as the name rules looked them up.
   */
  static void keep(Tokens tokens, byte[] type, long[] flags) {
    int n = tokens.size();
    for (int t = 0; t < n; t++) {
      if (type[t] != PLACE && type[t] != NAME || SiteNames.keep(tokens, type, t)
          || type[t] == NAME && WordSenses.keep(tokens, type, flags, t)) {
        continue; // "gotland.se": the host of a kept link; "max två veckor", "en holm": words
      }
      // a place may start a firm's name ("Wahlbergs Måleri", "Lindbloms Apotek", "appen Yubo") or a
      // body's ("Barn- och elevombudet"), but is no brand, and stays a place after a body ("Polisen Kista")
      int last = type[t] == NAME ? thingEnd(tokens, t, flags) : placeThingEnd(tokens, t, flags);
      if (last >= 0) {
        for (int k = t; k <= last; k++) {
          if (type[k] == NAME || type[k] == PLACE) {
            type[k] = KEEP;
          }
        }
        t = last;
      }
    }
  }

  /** {@link #thingEnd} of a word found as a place: a firm's name or a body's, never a brand. */
  private static int placeThingEnd(Tokens tokens, int t, long[] flags) {
    int last = Math.max(firmEnd(tokens, t), ThingCues.end(tokens, t));
    if (last >= 0) {
      return last;
    }
    // "en Toyota Yaris": a model after a kept brand, though the scorer read it as a place; a
    // Swedish place stays one after a body ("Polisen Kista")
    // "en tv från sony": a brand that the scorer read as a place, where no list holds it as a Swedish one
    return suspendedKeptCompound(tokens, t, flags) || employerAtPlaceName(tokens, t)
        || !ProperNameDetector.any(flags[t], ProperNameDetector.SWEDISH_PLACE)
            && (afterKeptTerm(tokens, t, flags) || brandInContext(tokens, t)) ? t : -1;
  }

  /**
   * "jobbar skift på Boliden", "fick jobb på bofors": a firm named as its town is, after "på" or
   * "hos" and a word of working; one works in a town ("jobbar i Boliden"), at a firm. Not kept by
   * the list alone, as the brands of {@code brand-homographs.txt} that are no names are: "i Bofors"
   * is the place. Public for the institution detector, whose workplace slot it leaves.
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return whether the word is an employer named as its town, where the text speaks of working there
   */
  public static boolean employerAtPlaceName(Tokens tokens, int t) {
    int p = t - 1;
    return tokens.isWord(p) && (tokens.is(p, "på") || tokens.is(p, "hos")) && EMPLOYER_TOWNS.has(tokens, t)
        && commerceBefore(tokens, t);
  }

  /** Employers named as the town they grew in. */
  private static final WordSieve EMPLOYER_TOWNS = WordSieve.of("boliden", "uddeholm", "bofors", "sandvik", "husqvarna",
      "forsmark", "ringhals", "korsnäs", "domsjö");

  /**
   * Where the name of a thing that starts at word {@code t} ends: the last token of a firm's name
   * ("Söderholms Rör AB", "Kjell &amp; Company", "Wahlbergs Måleri"), or {@code t} itself for a law
   * ("lex Sarah"), a disease ("Huntingtons sjukdom"), a brand that is also a name where the text
   * shows a firm ("köpte en soffa från Mio", "en Kia") or the model or part after a kept brand
   * ("Toyota Auris").
   *
   * @param tokens the tokens of a text
   * @param t the index of a word, a name by its form
   * @return the index of the thing's last token, or -1 if the word names no thing
   */
  public static int thingEnd(Tokens tokens, int t) {
    return thingEnd(tokens, t, null);
  }

  /** {@link #thingEnd(Tokens, int)}, with the words' categories if they are known ({@code flags}), else null. */
  private static int thingEnd(Tokens tokens, int t, long[] flags) {
    if (!tokens.isWord(t)) {
      return -1;
    }
    if (tokens.is(t, "lex") && tokens.adjacent(t) && tokens.isWord(t + 1)) {
      return t + 1; // "Lex Maria": the law's word, a first name by its form, and its name
    }
    int last = firmEnd(tokens, t);
    if (last < 0) {
      last = ThingCues.end(tokens, t); // "Resurs Bank", "appen Yubo", "firman heter Clean"
    }
    return last >= 0 || !lawOrDisease(tokens, t) && !brandInContext(tokens, t) && !employerAtPlaceName(tokens, t)
        && !afterKeptTerm(tokens, t, flags)
        && !keptCompound(tokens, t) && !suspendedKeptCompound(tokens, t, flags)
        ? last : t;
  }

  /**
   * "Barn- och elevombudet", "Hälso- och sjukvårdsnämnden": the first part of a compound whose
   * head is left to a kept term after "och" or "eller" names the same body.
   */
  private static boolean suspendedKeptCompound(Tokens tokens, int t, long[] flags) {
    int dash = t + 1;
    int head = t + 3;
    if (head >= tokens.size() || !tokens.isPunct(dash, '-') || tokens.end(t) != tokens.start(dash)
        || !tokens.is(t + 2, "och") && !tokens.is(t + 2, "eller") || !tokens.isWord(head)) {
      return false;
    }
    long categories = flags != null ? flags[head] : SwedishLexicon.categories(
        SwedishLexicon.get().facts(tokens.lower(), tokens.start(head), tokens.length(head)));
    return Category.PUBLIC_BODY.in(categories) && !ProperNameDetector.any(categories, ProperNameDetector.PERSON);
  }

  /**
   * "Subutex-behandling", "Spotify-historik", "Klarna-skulden": a word joined by a hyphen to a kept
   * term names the thing, unless its last part is a person's name ("Ica-Stig").
   */
  private static boolean keptCompound(Tokens tokens, int t) {
    char[] lower = tokens.lower();
    int s = tokens.start(t);
    int end = tokens.end(t);
    int hyphen = -1;
    int lastHyphen = -1;
    for (int i = s + 1; i < end - 1; i++) {
      if (lower[i] == '-') {
        hyphen = hyphen < 0 ? i : hyphen;
        lastHyphen = i;
      }
    }
    if (hyphen < 0) {
      return false; // most words: no look-up
    }
    SwedishLexicon lexicon = SwedishLexicon.get();
    long head = SwedishLexicon.categories(lexicon.facts(lower, s, hyphen - s));
    if (!Category.PUBLIC_BODY.in(head) || ProperNameDetector.any(head, ProperNameDetector.PERSON)) {
      return false;
    }
    long tail = SwedishLexicon.categories(lexicon.facts(lower, lastHyphen + 1, end - lastHyphen - 1));
    return !ProperNameDetector.any(tail, ProperNameDetector.PERSON);
  }

  /**
   * "Toyota Auris", "Volvo Cars", "IF Metall": a capitalised word right after a kept term (a brand,
   * a public body) is part of its name, unless it is listed as a person's name ("Försäkringskassan
   * Eva") or the term is also a first name ("Ivo Cramér").
   */
  private static boolean afterKeptTerm(Tokens tokens, int t, long[] flags) {
    int p = t - 1;
    if (!tokens.has(t, Tokens.CAPITALISED) || !tokens.isWord(p) || !tokens.has(p, Tokens.CAPITALISED)
        || flags != null && !Category.PUBLIC_BODY.in(flags[p]) || !tokens.adjacent(p)) {
      return false; // the name rules' categories, where known, settle most words without a look-up
    }
    char[] lower = tokens.lower();
    long before;
    long word;
    if (flags != null) {
      before = flags[p];
      word = flags[t];
    } else {
      SwedishLexicon lexicon = SwedishLexicon.get();
      before = SwedishLexicon.categories(lexicon.facts(lower, tokens.start(p), tokens.length(p)));
      word = SwedishLexicon.categories(lexicon.facts(lower, tokens.start(t), tokens.length(t)));
    }
    // "Ivo Cramér": a kept term that people are called by may be a first name; "Kuratorn Sol
    // Ekström": a role noun, kept as a service, names the person after it
    return Category.PUBLIC_BODY.in(before) && !Category.CUE_NAME.in(before)
        && !ProperNameDetector.any(word, ProperNameDetector.PERSON)
        && NameCounts.firstName(lower, tokens.start(p), tokens.length(p)) == 0;
  }

  /** The most words before a firm's mark ("Lindqvists Fastigheter AB"). */
  private static final int MAX_FIRM_WORDS = 3;

  /**
   * The last word of a firm's name that starts at word {@code t}, or -1: up to three words before
   * "AB", "HB", "KB", "aktiebolag" or "&amp; Co", "&amp; Company", "&amp; Son", "&amp; Söner"
   * ("Söderholms Rör AB", "Kjell &amp; Company"), or a genitive before a trade ("Wahlbergs Måleri").
   */
  private static int firmEnd(Tokens tokens, int t) {
    int u = t + 1;
    if (isGenitive(tokens, t) && tokens.isWord(u) && tokens.adjacent(t) && in(TRADES, tokens, u)) {
      return u; // "Wahlbergs Måleri", "söderholms rör"
    }
    int n = tokens.size();
    for (int next = t + 1; next <= t + MAX_FIRM_WORDS && next < n; next++) {
      // the cheap tests first: a "&", or a word as long as a mark; the words between must be adjacent
      if (tokens.isPunct(next, '&')) {
        return in(FIRM_PARTNERS, tokens, next + 1) && adjacentWords(tokens, t, next - 1) ? next + 1 : -1;
      }
      if (!tokens.isWord(next)) {
        return -1;
      }
      int len = tokens.length(next);
      if ((len == 2 || len >= MIN_LONG_FIRM_MARK) && in(FIRM_MARKS, tokens, next)) {
        return adjacentWords(tokens, t, next) ? next : -1; // "AB", "HB", "KB", "aktiebolag"
      }
    }
    return -1;
  }

  /** Only spaces between the tokens {@code from} to {@code to}. */
  private static boolean adjacentWords(Tokens tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tokens.adjacent(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isGenitive(Tokens tokens, int t) {
    return tokens.length(t) > 3 && tokens.lower()[tokens.end(t) - 1] == 's';
  }

  private static boolean in(CharArraySet set, Tokens tokens, int t) {
    return tokens.isWord(t) && set.contains(tokens.lower(), tokens.start(t), tokens.length(t));
  }

  /** "lex Sarah", "Huntingtons sjukdom", "Korsakoffs syndrom"; not "Lisas sjukdom". */
  private static boolean lawOrDisease(Tokens tokens, int t) {
    int p = t - 1;
    if (tokens.is(p, "lex") && tokens.adjacent(p)) {
      return true;
    }
    int u = t + 1;
    // named after a surname: "Lisas sjukdom" is Lisa's illness
    return isGenitive(tokens, t) && in(DISEASES, tokens, u) && tokens.adjacent(t)
        && NameCounts.firstName(tokens.lower(), tokens.start(t), tokens.length(t) - 1) == 0;
  }

  /** The words before a brand that the text is about a firm may be this far back. */
  private static final int COMMERCE_WINDOW = 6;

  /**
   * A brand that is also a name, where the text shows a firm: an indefinite article before it
   * ("en Kia", "en vit Kia"), a company noun before it ("inkassobolaget (Lowell)"), a kept term
   * listed beside it ("Lowell och Collector"), or a preposition before it and a word of buying,
   * working, borrowing or owing near it ("köpte en soffa från Mio", "jobbar på Max").
   */
  private static boolean brandInContext(Tokens tokens, int t) {
    // the list first: one look-up, where prepositions before names are common and their context costs more
    if (!Brands.contains(tokens.lower(), tokens.start(t), tokens.length(t))) {
      return false;
    }
    int p = t - 1;
    if (tokens.isPunct(p, '(')) {
      return tokens.isWord(p - 1) && companyNoun(tokens, p - 1);
    }
    if (coordinatedWithKeptTerm(tokens, t)) {
      return true;
    }
    if (!tokens.isWord(p)) {
      return false;
    }
    return article(tokens, p) || in(FIRM_PREPOSITIONS, tokens, p) && commerceBefore(tokens, t)
        || productAfter(tokens, t) || tokens.is(p, "nya") && tokens.adjacent(p) || venue(tokens, p);
  }

  /**
   * "vid Max och dricker", "det skedde på Max i Stenungsund": word {@code p}, right before a
   * brand that is also a name, places something at it, as one is at a restaurant or a shop and
   * not at a person; not after a verb that takes a person with "på" ("väntade på Max", "hälsade
   * på Max").
   */
  private static boolean venue(Tokens tokens, int p) {
    if (tokens.is(p, "vid") || tokens.is(p, "utanför") || tokens.is(p, "framför")) {
      return true;
    }
    if (!tokens.is(p, "på")) {
      return false;
    }
    int v = p - 1;
    if (tokens.isWord(v) && in(CueLists.ADVERBS_BEFORE_PÅ, tokens, v)) {
      v--;
    }
    return tokens.isWord(v) && !in(CueLists.VERBS_OF_A_PERSON_WITH_PÅ, tokens, v) && !in(PERSON_VERBS_WITH_PÅ, tokens, v);
  }

  /** Verbs and adjectives that take a person with "på" besides those of {@link CueLists}: "hälsar på", "arg på". */
  private static final CharArraySet PERSON_VERBS_WITH_PÅ = WordFacts.words("hälsar", "hälsade", "hälsat", "hälsa",
      "arg", "sur", "ledsen", "kär", "ringer", "ringde", "skrek", "skriker", "slog", "slår", "pekade", "pekar");

  /** "nike skor", "max burgare": a brand before what it makes, which no person's name stands before. */
  private static boolean productAfter(Tokens tokens, int t) {
    return tokens.adjacent(t) && tokens.isWord(t + 1) && in(PRODUCTS, tokens, t + 1);
  }

  /** Products named after their brand: "nike skor", "max meny". */
  private static final CharArraySet PRODUCTS = WordFacts.words("skor", "skorna", "sko", "jacka", "jackan", "tröja",
      "tröjan", "byxor", "byxorna", "keps", "kepsen", "väska", "väskan", "mobil", "mobilen", "telefon", "telefonen",
      "burgare", "burgaren", "meny", "menyn", "kläder", "kläderna", "dräkt", "overall");

  /** The most words of colour or state between an article and a brand ("en gammal vit Kia"). */
  private static final int MAX_PRODUCT_ADJECTIVES = 2;

  /**
   * "en Kia", "en vit Kia": word {@code p}, right before a brand, is an indefinite article, or up
   * to two words of colour or state after one; not "en kompis Max" (a noun between).
   */
  private static boolean article(Tokens tokens, int p) {
    for (int k = p, adjectives = 0; k >= 0 && tokens.isWord(k); k--, adjectives++) {
      if (tokens.is(k, "en") || tokens.is(k, "ett")) {
        return true;
      }
      if (adjectives == MAX_PRODUCT_ADJECTIVES || !in(PRODUCT_ADJECTIVES, tokens, k) || k == 0 || !tokens.adjacent(k - 1)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "från Lowell och Collector", "(Intrum, Lowell, Santander)": a brand joined by "och" or "eller"
   * to a listed firm, brand or medicine, or listed between two with commas: a firm beside firms.
   * Not beside a public body ("Max och soc", "Max, Försäkringskassan ringde"): a person is named
   * with those.
   */
  private static boolean coordinatedWithKeptTerm(Tokens tokens, int t) {
    int after = keptTermAt(tokens, t + 1, t + 2);
    int before = keptTermAt(tokens, t - 1, t - 2);
    return after == BY_CONJUNCTION || before == BY_CONJUNCTION || after == BY_COMMA && before == BY_COMMA;
  }

  private static final int NOT_JOINED = 0;
  private static final int BY_COMMA = 1;
  private static final int BY_CONJUNCTION = 2;

  /**
   * How word {@code k}, a listed firm, brand or medicine that is no name, is joined to its
   * neighbour by token {@code joint}: by a comma, by "och" or "eller", or not.
   */
  private static int keptTermAt(Tokens tokens, int joint, int k) {
    if (k < 0 || k >= tokens.size() || !tokens.isWord(k)) {
      return NOT_JOINED;
    }
    int joined = tokens.isPunct(joint, ',') ? BY_COMMA
        : tokens.is(joint, "och") || tokens.is(joint, "eller") ? BY_CONJUNCTION : NOT_JOINED;
    if (joined == NOT_JOINED || !Firms.contains(tokens.lower(), tokens.start(k), tokens.length(k))) {
      return NOT_JOINED;
    }
    long word = SwedishLexicon.categories(SwedishLexicon.get().facts(tokens.lower(), tokens.start(k), tokens.length(k)));
    return ProperNameDetector.any(word, ProperNameDetector.PERSON) ? NOT_JOINED : joined;
  }

  /** A word of buying, working, borrowing or owing, or a company noun, in the few words before {@code t}. */
  static boolean commerceBefore(Tokens tokens, int t) {
    for (int k = Math.max(0, t - COMMERCE_WINDOW); k < t; k++) {
      if (in(COMMERCE, tokens, k) || tokens.isWord(k) && companyNoun(tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /** "banken", "inkassobolaget", "företaget", "butiken": a noun of a firm. */
  private static boolean companyNoun(Tokens tokens, int k) {
    return tokens.endsWithAny(k, COMPANY_NOUNS);
  }

  private static final String[] COMPANY_NOUNS = {"bolaget", "företaget", "banken", "firman", "butiken", "kedjan"};

  /** The length of "aktiebolag", the shortest mark of more than two letters. */
  private static final int MIN_LONG_FIRM_MARK = 10;
  /** Marks of a firm after its name. */
  private static final CharArraySet FIRM_MARKS = WordFacts.words("ab", "hb", "kb", "aktiebolag", "handelsbolag");
  /** What follows "&amp;" in a firm's name. */
  private static final CharArraySet FIRM_PARTNERS = WordFacts.words("co", "company", "son", "söner", "partners");
  /**
   * Trades that a genitive names a firm of ("Wahlbergs Måleri"); not "bil", "flytt", "golv",
   * "fastigheter": a person has those ("Annas flytt"), unless "AB" follows.
   */
  private static final CharArraySet TRADES = WordFacts.words(
      "måleri", "bygg", "åkeri", "städ", "rör", "vvs", "plåt", "frisör", "bageri", "redovisning",
      "advokatbyrå", "entreprenad");
  /** "Huntingtons sjukdom", "Ewings sarkom", "Wilms tumör": a disease named after a person. */
  private static final CharArraySet DISEASES = WordFacts.words(
      "sjukdom", "sjukdomen", "syndrom", "syndromet", "sjuka", "demens", "sarkom", "sarkomet", "lymfom", "lymfomet",
      "tumör", "tumören", "pares");
  /** Prepositions before a firm: "från Mio", "på Max", "hos Lowell", "via Klarna". */
  private static final CharArraySet FIRM_PREPOSITIONS = WordFacts.words("från", "hos", "på", "via", "av", "med");
  /** Words of buying, working, borrowing and owing. */
  private static final CharArraySet COMMERCE = WordFacts.words(
      "köpte", "köpt", "köper", "köpa", "handlar", "handlade", "handla", "beställde", "beställt", "beställa",
      "jobbar", "jobbade", "jobba", "jobb", "jobbet", "arbetar", "arbetade", "anställd", "anställning",
      "lån", "lånet", "lånade", "låna", "kredit", "krediten", "skuld", "skulden", "faktura", "fakturan",
      "kvitto", "kvittot", "kund", "kundtjänst", "reklamation", "reklamerade", "garanti", "garantin",
      "app", "appen", "inkasso", "betalade", "betala", "avbetalning", "abonnemang", "försäkring", "försäkringen",
      "köp", "köpet", "handlat", "beställer", "jobbat", "arbetat", "lånat", "lånar", "lånen", "krediter",
      "skulder", "skulderna", "fakturor", "fakturorna", "räkning", "räkningen", "betalat", "betalar", "betalning",
      "betalningen", "delbetalning", "kvitton", "hyr", "hyrde", "hyrt", "leasar", "leasing", "order", "ordern",
      "leverans", "leveransen", "retur", "returnera", "returnerade", "extrajobb", "sommarjobb", "provanställd",
      "timanställd", "lön", "lönen", "chef", "chefen", "skift", "sommarjobbet", "extrajobbet", "helgjobb",
      "helgjobbet", "praktik", "praktiken", "praktikplats", "kollega", "kollegor", "kollegorna", "kollegan");
  /** Words of colour or state between an article and a product: "en vit Kia", "en gammal Ford". */
  private static final CharArraySet PRODUCT_ADJECTIVES = WordFacts.words(
      "vit", "vitt", "svart", "svarta", "röd", "rött", "blå", "blått", "grå", "grått", "grön", "grönt", "gul",
      "gult", "silver", "silverfärgad", "silverfärgat", "mörkblå", "mörkblått", "beige", "brun", "brunt",
      "gammal", "gammalt", "ny", "nytt", "begagnad", "begagnat", "stulen", "stulet", "leasad", "leasat",
      "hyrd", "hyrt", "liten", "litet", "stor", "stort", "billig", "billigt", "dyr", "dyrt", "trasig", "trasigt");

  /**
   * The firms, brands and medicines of {@code kept-terms.txt} (not the public bodies): what a brand
   * that is also a name may be listed with.
   */
  static final class Firms {

    private Firms() {}

    private static final class Holder {
      static final CharArraySet TERMS = CharArraySet.unmodifiableSet(new CharArraySet(
          SwedishLexicon.lines(ThingNames.class, "/se/avid/models/lexicon/kept-terms.txt"), true));
    }

    static boolean contains(char[] lower, int offset, int length) {
      return Holder.TERMS.contains(lower, offset, length);
    }
  }

  /** The brands that are also names, read once from {@code brand-homographs.txt}. */
  static final class Brands {

    private Brands() {}

    private static final class Holder {
      static final List<String> LINES = SwedishLexicon.lines(ThingNames.class, "/se/avid/models/lexicon/brand-homographs.txt");
      static final CharArraySet BRANDS = CharArraySet.unmodifiableSet(new CharArraySet(LINES, true));
      /** Per first char (its low six bits), a bit per length (up to 63) of the brands: most names fail it. */
      static final long[] SHAPES = shapes(LINES);
    }

    private static long[] shapes(List<String> brands) {
      long[] shapes = new long[SHAPE_SLOTS];
      for (String b : brands) {
        String w = b.toLowerCase(Locale.ROOT);
        shapes[w.charAt(0) & (SHAPE_SLOTS - 1)] |= 1L << Math.min(w.length(), Long.SIZE - 1);
      }
      return shapes;
    }

    private static final int SHAPE_SLOTS = 64;

    static boolean contains(char[] lower, int offset, int length) {
      return length >= MIN_LENGTH
          && (Holder.SHAPES[lower[offset] & (SHAPE_SLOTS - 1)] >>> Math.min(length, Long.SIZE - 1) & 1L) != 0
          && Holder.BRANDS.contains(lower, offset, length);
    }

    /** The shortest brand ("If", "Max"). */
    private static final int MIN_LENGTH = 2;
  }
}
