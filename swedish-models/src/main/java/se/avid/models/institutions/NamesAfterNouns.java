package se.avid.models.institutions;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.EndingTails;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The name that follows an institution noun ("förskolan blåklockan", "avdelning Blåklockan",
 * "förskolan, lövkullen,"), and the cheap test of whether a lowercase word may name an
 * institution at all. A part of {@link InstitutionDetector}; immutable and thread-safe.
 */
final class NamesAfterNouns {

  private final SwedishLexicon lexicon;

  NamesAfterNouns(SwedishLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The word that may be the institution noun before word {@code t}: the one right before it, or
   * the one before its comma when the word stands alone between commas ("till förskolan,
   * lövkullen, eller"), in apposition to the noun.
   */
  private static int nounBefore(Tokens tokens, int t) {
    return tokens.isPunct(t - 1, ',') && tokens.isPunct(t + 1, ',') ? t - 2 : t - 1;
  }

  /**
   * Whether the lowercase word {@code t} may name an institution by the rules of {@link InstitutionDetector}, told without
   * a word-table look-up ({@code nouns}: {@link NounsAround} of word {@code t}): a genitive before an institution noun, a word after a definite
   * institution noun or a venue's noun, or a word that may end in an institution ending ({@link InstitutionTails}).
   */
  static boolean mayName(Tokens tokens, int t, boolean genitive, int nouns) {
    char[] lower = tokens.lower();
    if (genitive && tokens.length(t) >= InstitutionDetector.MIN_GENITIVE && InstitutionNouns.isNoun(tokens, t + 1)
        || InstitutionTails.TAILS.mayEnd(lower, tokens.start(t), tokens.length(t))) {
      return true;
    }
    int p = nounBefore(tokens, t); // as isNameAfterInstitution asks, with the ending's tail for the ending itself
    if (!tokens.isWord(p) || p == t - 1 && !tokens.adjacent(p) || tokens.has(p, Tokens.CAPITALISED)) {
      return false;
    }
    char last = lower[tokens.end(p) - 1];
    return NounsAround.at(nouns, t, p) || Venues.isNoun(tokens, p) || isDailyActivity(tokens, p)
        || (last == 'n' || last == 't') && InstitutionTails.TAILS.mayEnd(lower, tokens.start(p), tokens.length(p));
  }

  /** Whether the lowercase word may end in an institution ending ({@code institution-suffixes.txt}), by its last four letters. */
  static boolean mayEndAsInstitution(char[] lower, int start, int length) {
    return InstitutionTails.TAILS.mayEnd(lower, start, length);
  }

  /** The last four letters of every institution ending ({@code skolan}; the shortest have five). */
  private static final class InstitutionTails {
    static final EndingTails TAILS = EndingTails.of("institution-suffixes.txt", 4);
  }

  /**
   * A lowercase word right after an institution noun that names it: "förskolan blåklockan",
   * "montessoriskolan casa", "vår förskola trollskogen", "vårdcentral lund". After a definite noun a
   * definite noun ("regnbågen", "trollet"), a place or a word that is no word at all; after an indefinite one
   * ("förskola") a place or no word; not a verb, an adverb or a preposition ("förskolan ringde",
   * "skolan igen", "skolan i").
   */
  boolean isNameAfterInstitution(Tokens tokens, int t, Lexeme word) {
    long facts = word.facts();
    int length = tokens.length(t);
    long categories = SwedishLexicon.categories(facts);
    boolean place = (categories & InstitutionDetector.PLACE) != 0;
    int p = nounBefore(tokens, t);
    if (length < 4 || categories != 0 && !place || !tokens.isWord(p) || p == t - 1 && !tokens.adjacent(p)
        || tokens.has(p, Tokens.CAPITALISED)) {
      return false;
    }
    if (isDailyActivity(tokens, p)) {
      return place || !word.isCommonWord() || isDefiniteNounName(tokens, t);
    }
    if (SwedishLexicon.isFrequentWord(facts)) {
      // "förskolan ekorren vill inte": a word of nature names the preschool though it is a frequent word;
      // "hemtjänstgruppen västra har sagt": so does a quarter, where no noun follows it
      // "förskolan tornet i hallonbergen": any definite noun that the town it lies in follows, or
      // a verb of the clause it is the subject of ("förskolan lugnet har sagt"): two definite nouns
      // in a row are a noun and its name
      return (NameElements.isNatureName(tokens.lower(), tokens.start(t), length) || isQuarterName(tokens, t)
          || InstitutionWords.hasDefiniteEnding(tokens.lower(), tokens.start(t), length)
              && (beforeTown(tokens, t) || tokens.adjacent(t) && SUBJECT_VERBS.has(tokens, t + 1) && !ADVERBS.has(tokens, t)))
          && isDefiniteInstitution(tokens, p);
    }
    if (!isDefiniteInstitution(tokens, p)) {
      // "vår förskola trollskogen", "vårdcentral lund": a place, or a definite noun the dictionary
      // lacks; not after an adjective of the noun list ("den dagliga rågmjölsgröten")
      char[] lower = tokens.lower();
      int end = tokens.start(t) + length;
      boolean definite = length >= InstitutionDetector.MIN_GENITIVE + 1 && lower[end - 1] == 'n' && (lower[end - 2] == 'e' || lower[end - 2] == 'a');
      return (place || definite) && !InstitutionDetector.NOT_NOUNS.has(tokens, p)
          && InstitutionNouns.isNounOrCompound(tokens, p);
    }
    if (place || !word.isCommonWord() || NameElements.endsInElement(tokens.lower(), tokens.start(t), length)) {
      return true; // "anstalten vårsol"
    }
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    // "blåklockan", "regnbågen", "trollet": a definite noun, common or neuter; not "skolan ringde",
    // nor a noun in -het, which is indefinite ("har inte skolan skyldighet att")
    return InstitutionWords.hasDefiniteEnding(lower, start, length) && !NameElements.endsIn(lower, start, length, "het");
  }

  /**
   * Word {@code t} stands before "i" and a town ("katedralskolan i lund", "nobelgymnasiet i
   * Karlstad"): a school of that town, one, so its name; a municipality, town or district of the
   * lexicon, or a capitalised word.
   */
  boolean beforeTown(Tokens tokens, int t) {
    int town = t + 2;
    if (!tokens.is(t + 1, "i") || !tokens.adjacent(t) || !tokens.adjacent(t + 1) || !tokens.isWord(town)
        || InstitutionNouns.isNoun(tokens, t) || tokens.hasPrefix(t, InstitutionWords.KINDS_OF_SCHOOL)) {
      return false; // "grundskolan i lund", "högstadieskolan i lund": a kind of school
    }
    if (tokens.has(town, Tokens.CAPITALISED) && !tokens.has(town, Tokens.ALL_CAPS)) {
      return true;
    }
    long categories = SwedishLexicon.categories(lexicon.facts(tokens.lower(), tokens.start(town), tokens.length(town)));
    return (categories & InstitutionDetector.PLACE) != 0;
  }

  /** Finite verbs after the subject of a clause: a definite noun before one names the institution before it. */
  private static final WordSieve SUBJECT_VERBS = WordSieve.of("har", "hade", "är", "var", "säger", "sa", "sade", "skriver",
      "skrev", "ska", "skulle", "kan", "kunde", "vill", "ville", "ringde", "tycker", "tyckte", "menar", "erbjuder");
  /** Adverbs and conjunctions with a definite noun's ending, which may stand there ("skolan sedan har"). */
  private static final WordSieve ADVERBS = WordSieve.of("sedan", "redan", "utan", "innan", "ovan", "nedan", "igen", "även",
      "mycket", "inget", "hemifrån", "emellan", "någonstans");

  /** Adjectives of a quarter, which name units and groups ("hemtjänstgruppen Västra", "vårdcentralen norra"). */
  private static final WordSieve QUARTERS = WordSieve.of("norra", "södra", "östra", "västra", "centrala");
  /** Words after a quarter that leave it a name: no noun it modifies ("boendet norra delen"). */
  private static final WordSieve AFTER_QUARTER = WordSieve.of("har", "hade", "är", "var", "säger", "sa", "skriver", "skrev", "ska",
      "kan", "vill", "i", "på", "och", "som", "men");

  /** Word {@code t} is a quarter with nothing of its phrase after it: "västra har sagt", "norra.". */
  private static boolean isQuarterName(Tokens tokens, int t) {
    return QUARTERS.has(tokens, t) && (!tokens.isWord(t + 1) || AFTER_QUARTER.has(tokens, t + 1));
  }

  /**
   * "avdelningen Barn och unga", "enheten Vuxen och familj": a frequent ordinary word joined by
   * "och" to a lowercase one after an institution noun titles a unit by what it does; a name there
   * is one word or capitalised throughout ("förskolan Solrosen").
   */
  static boolean isUnitTitle(Tokens tokens, int t, long facts) {
    int u = t + 1;
    return SwedishLexicon.isFrequentWord(facts) && (tokens.is(u, "och") || tokens.isPunct(u, '&'))
        && tokens.isWord(u + 1) && !tokens.has(u + 1, Tokens.CAPITALISED | Tokens.ALL_CAPS);
  }

  /** "dagverksamheten", or "verksamhet" after "daglig" ("daglig verksamhet", "dagliga verksamheten"). */
  private static final WordSieve DAY_ACTIVITIES = WordSieve.of("dagverksamhet", "dagverksamheten");
  private static final WordSieve ACTIVITIES = WordSieve.of("verksamhet", "verksamheten");
  private static final WordSieve DAILY = WordSieve.of("daglig", "dagliga");

  /**
   * Word {@code p} is a unit of daily activity (LSS): "daglig verksamhet", "dagliga verksamheten",
   * "dagverksamheten". Such units are named, as preschools are, by an ordinary word in its definite
   * form ("daglig verksamhet Verkstan", "på dagliga verksamheten pärlan"), so the word after one is
   * its name where it is a definite noun; the noun is no venue for other words.
   */
  static boolean isDailyActivity(Tokens tokens, int p) {
    return DAY_ACTIVITIES.has(tokens, p)
        || ACTIVITIES.has(tokens, p) && tokens.adjacent(p - 1) && DAILY.has(tokens, p - 1);
  }

  /** Word {@code p} is a noun of daily activity ("dagverksamheten", "verksamhet"), whatever stands before it. */
  static boolean isActivityNoun(Tokens tokens, int p) {
    return DAY_ACTIVITIES.has(tokens, p) || ACTIVITIES.has(tokens, p);
  }

  /** Definite nouns of time and adverbs shaped like one, which follow a unit without naming it ("verksamheten dagen efter", "verksamheten igen"). */
  private static final WordSieve NOT_UNIT_NAMES = WordSieve.of("dagen", "dagarna", "veckan", "veckorna", "morgonen", "förmiddagen",
      "eftermiddagen", "kvällen", "helgen", "helgerna", "sommaren", "hösten", "våren", "vintern", "året", "terminen",
      "perioden", "tiden", "igen", "sedan", "även", "utan", "ibland", "hemma", "efteråt", "istället", "heller");

  /** Word {@code t} is an ordinary definite noun that may name a unit: "pärlan", "trädgården", "lövet"; not "dagen", "igen". */
  static boolean isDefiniteNounName(Tokens tokens, int t) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    return InstitutionWords.hasDefiniteEnding(lower, start, length) && !NameElements.endsIn(lower, start, length, "het")
        && !NOT_UNIT_NAMES.has(tokens, t);
  }

  /** An institution noun in its definite form ("förskolan", "boendet") or a compound ending in one ("montessoriskolan"). */
  private boolean isDefiniteInstitution(Tokens tokens, int p) {
    char[] lower = tokens.lower();
    int end = tokens.end(p);
    char last = lower[end - 1];
    if (last != 'n' && last != 't') {
      return false;
    }
    return InstitutionNouns.isNoun(tokens, p)
        || Category.INSTITUTION_SUFFIX.in(tokens.lexeme(p, lexicon).ending());
  }
}
