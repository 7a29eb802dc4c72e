package se.avid.models.institutions;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.lexicon.Words;

/**
 * Whether a lowercase word that ends in s before an institution noun is the proper part of its
 * name ({@code lindgårdens}, {@code silvias barnsjukhus}, {@code vårljus kvinnojour}) or its owner
 * ({@code kommunens}, {@code annas}, {@code hans}): the tests of {@link InstitutionDetector} that
 * look at the word without its s. Immutable and thread-safe.
 */
final class LowercaseGenitives {

  private static final long KEPT = Category.bits(Category.PUBLIC_BODY, Category.COUNTRY);
  private static final long PERSON = Category.bits(Category.FIRST_NAME, Category.SURNAME);
  private static final long PLACE = Category.bits(Category.MUNICIPALITY, Category.TOWN, Category.DISTRICT);

  private final SwedishLexicon lexicon;

  LowercaseGenitives(SwedishLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A lowercase genitive that names an institution after it: its base is a listed place
   * ("handens vårdcentral"), ends like a place ("lindgårdens", "ekdalens", "björkängens
   * äldreboende") or is no word at all; not a possessive, a person or an ordinary noun ("hans",
   * "annas", "kommunens", "mammas").
   */
  boolean isProperGenitive(Lexeme word, char[] lower, int start, int length) {
    int base = length - 1;
    long facts = lexicon.facts(lower, start, base);
    if ((SwedishLexicon.categories(facts) & KEPT) != 0 || Category.WORD_FORM.in(SwedishLexicon.categories(facts))) {
      return false;
    }
    if ((SwedishLexicon.categories(facts) & PERSON) != 0) {
      return false;
    }
    if ((SwedishLexicon.categories(facts) & PLACE) != 0 || NameElements.isNameLike(lower, start, base)
        || base > 4 && InstitutionWords.hasDefiniteEnding(lower, start, base) && NameElements.isNatureStem(lower, start, base - 2)) {
      return true; // "handens", "solrosens", "lärkans", "gullregnets": a place, or a word of a name
    }
    long ending = lexicon.suffixes().cursor().longestSuffix(lower, start, base);
    if (Category.PLACE_SUFFIX.in(ending) && (int) (ending >>> 32) + 3 <= base) {
      return true;
    }
    if (isNamedThing(lower, start, base)) {
      return true; // "kvarnens dagliga verksamhet", "kullens café": a thing owns no institution, its name does
    }
    // a part of a word, not kept in the word table: tested on its own (few words get here)
    return !lexicon.isCommonWord(facts, lower, start, base, new char[length]) && !word.isCommonWord();
  }

  /** The shortest definite base taken for a thing's name ("eken", not "en"). */
  private static final int MIN_NAMED_THING = 4;

  /** Definite nouns in -en or -an that own institutions: bodies, churches, families, the children. */
  private static final WordSieve OWNERS = WordSieve.of("kommunen", "regionen", "staten", "staden", "kyrkan",
      "församlingen", "föreningen", "stiftelsen", "familjen", "barnen", "kvinnan", "mannen", "pojken", "flickan",
      "damen", "tjejen", "killen", "personen", "patienten", "kunden", "klienten", "brukaren", "hyresgästen", "grannen",
      "kompisen", "vännen", "läkaren", "sonen", "dottern", "kvinnorna", "männen", "armén", "polisen", "skolan",
      "förskolan", "dagen", "veckan", "månaden", "helgen", "kvällen", "morgonen", "natten", "tiden", "framtiden",
      "världen");

  /**
   * The base of a genitive ({@code lower[start, start+base)}) is a definite noun of a thing in -en
   * or -an ("kvarnen", "bryggan"), not one of the {@link #OWNERS}: an institution is named so,
   * where a person or a body owns one.
   */
  private static boolean isNamedThing(char[] lower, int start, int base) {
    if (base < MIN_NAMED_THING || lower[start + base - 1] != 'n') {
      return false;
    }
    char vowel = lower[start + base - 2];
    return (vowel == 'e' || vowel == 'a') && !OWNERS.contains(lower, start, base);
  }

  /**
   * A lowercase word that ends in s and a name element but is no genitive: without its s it is no
   * word and no name ("vårljus", "solros"; not "annas", "mammas").
   */
  boolean isNameEndingInS(char[] lower, int start, int length) {
    if (!NameElements.isNameLike(lower, start, length)) {
      return false;
    }
    long facts = lexicon.facts(lower, start, length - 1);
    return SwedishLexicon.categories(facts) == 0 && !lexicon.isCommonWord(facts, lower, start, length - 1, new char[length + 1]);
  }

  /** Nouns of hospitals and upper schools: a person's genitive before one names it, it owns none ("s:t görans sjukhus"). */
  private static final WordSieve HOSPITALS = WordSieve.of("sjukhus", "sjukhuset", "barnsjukhus", "barnsjukhuset", "lasarett",
      "lasarettet", "gymnasium", "gymnasiet");

  /** A lowercase genitive of a person before a hospital's noun ("silvias barnsjukhus"), not a possessive ("hans sjukhus"). */
  boolean isPersonBeforeHospital(Tokens tokens, int t) {
    char[] lower = tokens.lower();
    long facts = lexicon.facts(lower, tokens.start(t), tokens.length(t) - 1);
    return HOSPITALS.has(tokens, t + 1) && (SwedishLexicon.categories(facts) & PERSON) != 0
        && !Category.WORD_FORM.in(SwedishLexicon.categories(facts));
  }
}
