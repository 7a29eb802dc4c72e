package se.avid.models.names;

import static se.avid.models.names.NameScores.NAME_SHAPED_MAX_LENGTH;
import static se.avid.models.names.ProperNameDetector.any;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexicon;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.lexicon.Words;

/**
 * What the form of a word says when no list names it: it ends like a place ("Gruvberget"), a
 * surname ("Wikman"), a street, an institution or an inflected word; it begins with a known place
 * ("Göteborgstrakten"); the dictionary flags it as a place. Not thread-safe; one per call.
 */
final class WordShapes {

  private final Tokens tokens;
  private final char[] lower;
  private final SwedishLexicon lexicon;
  private final WordFacts words;
  /** For the ending of part of a word; made on first use. */
  private Lexicon.Cursor suffixes;

  WordShapes(Tokens tokens, SwedishLexicon lexicon, WordFacts words) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.lexicon = lexicon;
    this.words = words;
  }

  /** Ends in "-skolan", "-kyrkan"...; the shortest such name has seven letters ("Vasaskola" has nine). */
  boolean endsInstitution(int t) {
    return tokens.length(t) >= MIN_INSTITUTION_LENGTH
        && Category.INSTITUTION_SUFFIX.in(words.ending(t));
  }

  private static final int MIN_INSTITUTION_LENGTH = 7;

  /**
   * Longer than a name and ending like an inflected ordinary word: a compound after a proper
   * noun, capitalised for its first part ("Europasamarbetet", "Dalamodellen").
   */
  boolean longInflectedCompound(int t) {
    int len = tokens.length(t);
    return len > NAME_SHAPED_MAX_LENGTH
        && Category.WORD_ENDING.in(words.ending(t));
  }

  /**
   * Ends like a Swedish place name, with at least three letters before the ending ("Gruv|berget",
   * "Vindel|älven"): decides the type of an unknown word or a proper noun the dictionary does
   * not flag as a place.
   */
  boolean placeShaped(int t) {
    return Lexeme.endsAsPlace(words.ending(t), tokens.length(t));
  }

  /**
   * Ends like the definite form of a noun ("-en", "-et"; in the plural "-rna", "-ena", or "-na"
   * after a noun that ends in a vowel, "bina", "hjärtana"): "i studien", "i akvariet",
   * "bilarna" are words the dictionary's stems do not reach, not places. Names end in "-na" after
   * other letters ("josiana", "ramona", "yohanna"), which no plural does.
   */
  boolean definiteEnding(int t) {
    int e = tokens.end(t);
    char a = lower[e - 2];
    char b = lower[e - 1];
    if (a == 'e' && (b == 'n' || b == 't')) {
      return true;
    }
    if (a != 'n' || b != 'a') {
      return false;
    }
    int len = tokens.length(t);
    char c = len > 2 ? lower[e - 3] : 'r';
    return c == 'r' || c == 'e' || !NameLetters.isVowel(c)
        && c != 'n' // "-nna": names ("yohanna"), no plural
        || lexicon.isFrequentOrListedWord(lower, tokens.start(t), len - 2); // "bi|na", "hjärta|na"
  }

  /**
   * A plural of an ordinary word that the lists lack as written: in -or of a listed word in -a
   * ("villor", "stugor"), in -ar or -er of a frequent word ("kompisar", "grannar"). A thing or
   * people counted, not a place; a rarer stem is no proof ("levanger" reads as "levang" + "er").
   */
  boolean pluralOfWord(int t) {
    int len = tokens.length(t);
    int e = tokens.end(t);
    if (len < 5 || lower[e - 1] != 'r' || "aoe".indexOf(lower[e - 2]) < 0) {
      return false;
    }
    int s = tokens.start(t);
    if (lower[e - 2] != 'o') {
      return lexicon.isFrequentWord(lower, s, len - 2);
    }
    char[] buf = words.scratch(len);
    System.arraycopy(lower, s, buf, 0, len - 2);
    buf[len - 2] = 'a'; // "vill|or" of "villa"
    return lexicon.isFrequentOrListedWord(buf, 0, len - 1);
  }

  /** Ends in -an or -rn, the definite forms of nouns in -a and -er ("klockan", "centern"), which {@link #definiteEnding} leaves. */
  boolean definiteOfNounInAOrEr(int t) {
    int e = tokens.end(t);
    return lower[e - 1] == 'n' && (lower[e - 2] == 'a' || lower[e - 2] == 'r');
  }

  /** Ends like a place and not like a surname: "Öreälven", but not "Ekholm" or "Strindbergs". */
  boolean placeShapedNoSurname(int t) {
    return placeShaped(t) && !surnameShaped(t, true) && !genitiveOfSurnameShape(t);
  }

  /** A genitive whose base ends like a surname: "Strindbergs", "Wikmans". */
  boolean genitiveOfSurnameShape(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    return len > 3 && lower[s + len - 1] == 's' && surnameEnding(s, len - 1);
  }

  /** "Göteborgshamnen", "Malmömässan": begins with a known place and does not end like a surname ("Lundberg"). */
  boolean placeCompound(int t) {
    int head = placePrefixLength(t);
    // a place of four letters or more and a part of four or more after it: not "Sad|dam"
    return head >= 4 && tokens.length(t) - head >= 4 && !surnameShaped(t, true) && !genitiveOfSurnameShape(t);
  }

  /**
   * A housing company named after its town or district ("Köpingebostäder", "Gårdstensbostäder",
   * "Karlstadshus", "Uppsalahem"): a place, perhaps its genitive s, and a head that only such firms
   * end in. A landlord, kept like the firms of the keep lexicon.
   */
  boolean housingCompany(int t) {
    int head = placePrefixLength(t);
    if (head < 3) {
      return false;
    }
    int s = tokens.start(t);
    int len = tokens.length(t);
    int from = s + head;
    if (from < s + len && lower[from] == 's') {
      from++;
    }
    for (String ending : HOUSING_HEADS) {
      if (s + len - from == ending.length() && Words.endsWith(lower, s, len, ending)) {
        return true;
      }
    }
    return false;
  }

  /** The heads of housing companies' names. */
  private static final String[] HOUSING_HEADS = {"bostäder", "fastigheter", "hem", "hus", "bostad"};

  /**
   * Two short syllables joined by a hyphen ("jun-ho", "min-ji", "seo-yeon"): the shape of the given
   * names of Korea and China, whose parts alone may read as Swedish words ("min").
   */
  boolean hyphenedSyllables(int t) {
    int start = tokens.start(t);
    int length = tokens.length(t);
    int hyphen = -1;
    for (int i = start; i < start + length; i++) {
      if (lower[i] == '-') {
        if (hyphen >= 0) {
          return false;
        }
        hyphen = i;
      } else if (!Character.isLetter(lower[i])) {
        return false;
      }
    }
    int first = hyphen - start;
    int second = start + length - hyphen - 1;
    return hyphen > 0 && first >= MIN_SYLLABLE && first <= MAX_SYLLABLE && second >= MIN_SYLLABLE
        && second <= MAX_SYLLABLE && NameLetters.hasVowel(lower, start, first) && NameLetters.hasVowel(lower, hyphen + 1, second);
  }

  /** The lengths of a syllable of such a name ("ho", "yeon"). */
  private static final int MIN_SYLLABLE = 2;
  private static final int MAX_SYLLABLE = 4;

  /** Begins with a Swedish place of at least three letters ("Göteborgs|trakten"). */
  boolean placePrefix(int t) {
    return placePrefixLength(t) >= 3;
  }

  /** The length of the longest Swedish place that word {@code t} begins with, or 0. */
  private int placePrefixLength(int t) {
    return words.placePrefixLength(t);
  }

  /** Short enough for a name and without an ending of ordinary words. */
  boolean nameShaped(int t) {
    int len = tokens.length(t);
    if (len < 3 || len > NAME_SHAPED_MAX_LENGTH) {
      return false;
    }
    long hit = words.ending(t);
    return !Category.WORD_ENDING.in(hit);
  }

  /** {@code lower[s, s+len)} ends like a surname, capitalised ("Strindberg" of "Strindbergs"). */
  private boolean surnameEnding(int s, int len) {
    if (suffixes == null) {
      suffixes = lexicon.suffixes().cursor(); // rare: only for genitives of proper nouns
    }
    long hit = suffixes.longestSuffix(lower, s, len);
    return any(hit, Category.bits(Category.SURNAME_SUFFIX, Category.SURNAME_SUFFIX_CAPITALISED))
        && (int) (hit >>> 32) + 2 <= len;
  }

  /** Ends like a surname ("-sson", "-ović"; capitalised also "-berg", "-man"), longer than the ending. */
  boolean surnameShaped(int t, boolean cased) {
    long hit = words.ending(t);
    long bits = cased ? Category.bits(Category.SURNAME_SUFFIX, Category.SURNAME_SUFFIX_CAPITALISED) : Category.SURNAME_SUFFIX.bit();
    return any(hit, bits) && (int) (hit >>> 32) + 2 <= tokens.length(t);
  }

  /**
   * A verb whose present tense adds -r, as listed: "bo" (bor), "klara" (klarar), "ebba" (ebbar),
   * "tina" (tinar), or one of a few irregular infinitives ("vilja"); not "per", "björn", "sten".
   */
  boolean verbLike(int t) {
    if (IRREGULAR_INFINITIVES.has(tokens, t)) {
      return true; // "måste hon vilja": present tense "vill"
    }
    return listedWith(t, 'r');
  }

  /** The word with {@code suffix} added is a listed or frequent word. */
  private boolean listedWith(int t, char suffix) {
    return listedWith(t, tokens.length(t), suffix);
  }

  /** The word's first {@code keep} chars with {@code suffix} added are a listed or frequent word. */
  private boolean listedWith(int t, int keep, char suffix) {
    char[] form = new char[keep + 1];
    System.arraycopy(lower, tokens.start(t), form, 0, keep);
    form[keep] = suffix;
    return lexicon.isFrequentOrListedWord(form, 0, keep + 1);
  }

  /**
   * An adjective's shape: the word with -t added is listed, as a neuter form ("ensam": "ensamt",
   * "grön": "grönt"); a noun has none ("ton", "bil").
   */
  boolean adjectiveLike(int t) {
    return listedWith(t, 't');
  }

  /**
   * An adjective's plural or definite form in -a: without the -a it is a listed word whose neuter
   * is listed or which ends in -t already ("branta": "brant"; "höga": "hög", "högt"); not a noun
   * with -a added ("tjärna": "tjärn", no "tjärnt").
   */
  boolean adjectiveInA(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    if (len < 4 || lower[s + len - 1] != 'a' || !lexicon.isFrequentOrListedWord(lower, s, len - 1)) {
      return false;
    }
    return lower[s + len - 2] == 't' || listedWith(t, len - 1, 't');
  }

  /** Infinitives whose present tense is not the infinitive and -r; "vilja" is a name too. */
  private static final WordSieve IRREGULAR_INFINITIVES = WordSieve.of("vilja", "veta", "kunna", "vara", "göra", "säga");

  /**
   * Token {@code v} is a finite verb of the list ({@link ClauseWords#FINITE_VERBS}) or shaped like
   * a listed verb's present or past ({@link #finiteVerbForm}).
   *
   * @param v a token
   * @return whether it is a finite verb
   */
  boolean finiteVerb(int v) {
    return tokens.isWord(v) && (words.inSet(ClauseWords.FINITE_VERBS, v) || finiteVerbForm(v));
  }

  /**
   * A finite verb by its form, where no list of everyday verbs holds it: the present tense of a
   * listed verb ("argumentera|r", "tro|r", "läs|er" of "läsa"), a past tense in -ade, -de or -te
   * ("hota|de", "ring|de" of "ringa", "köp|te"), a passive in -s ("vänta|s", "nämn|s" of "nämna").
   * A plural noun can take the same form ("bild|er" of "bilda"), so it is asked only of the word
   * after a word that no list holds.
   *
   * @param t a word
   * @return whether it has the form of a finite verb of a listed verb
   */
  boolean finiteVerbForm(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    if (len < MIN_VERB_FORM || !words.isFrequentOrListed(t) && !words.isCommon(t)) {
      return false;
    }
    char last = lower[s + len - 1];
    char before = lower[s + len - 2];
    if (last == 'r') {
      return VOWELS.indexOf(before) >= 0 && listed(s, len - 1) || before == 'e' && listedWithA(s, len - 2);
    }
    if (last == 'e' && (before == 'd' || before == 't')) {
      return lower[s + len - 3] == 'a' && listed(s, len - 2) || listedWithA(s, len - 2);
    }
    return last == 's' && (before == 'a' && listed(s, len - 1) || listedWithA(s, len - 1));
  }

  private static final int MIN_VERB_FORM = 4;

  /**
   * The active past tense in -ade of a verb the dictionary lists in the infinitive: "bråkade",
   * "kollapsade". No noun ends so; the passive ("räddades") has things as often as persons for
   * its subject.
   *
   * @param t a word
   * @return whether it is such a past tense
   */
  boolean pastTenseOfListedVerb(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    return len > MIN_VERB_FORM && lower[s + len - 3] == 'a' && lower[s + len - 2] == 'd' && lower[s + len - 1] == 'e'
        && listed(s, len - 2);
  }
  private static final String VOWELS = "aeiouyåäö";

  private boolean listed(int s, int len) {
    return lexicon.isFrequentOrListedWord(lower, s, len);
  }

  /** {@code lower[s, s + len)} with an "a" added is a listed word: the infinitive of "läs|er". */
  private boolean listedWithA(int s, int len) {
    char[] buf = words.scratch(len + 1);
    System.arraycopy(lower, s, buf, 0, len);
    buf[len] = 'a';
    return lexicon.isFrequentOrListedWord(buf, 0, len + 1);
  }

  /**
   * A compound that ends in a listed role or kin noun which names the word after it ("barn|läkaren",
   * "parti|ledaren", "soc-|handläggaren", "bonus|dottern"): a cue like the noun alone. Not a verb or
   * other word of the cue list ("möjlig|heter"), and a last part of at least
   * {@value #MIN_ROLE_PART} letters ("kons|tant" is none).
   *
   * @param p a word that is no cue itself
   * @return whether its last part is a role noun
   */
  boolean roleCompound(int p) {
    int s = tokens.start(p);
    int len = tokens.length(p);
    for (int head = MIN_ROLE_HEAD; head <= len - MIN_ROLE_PART; head++) {
      int from = s + head;
      if (Character.isLetter(lower[from]) && Category.CUE_NAME.in(SwedishLexicon.categories(lexicon.facts(lower, from, len - head)))
          && !NO_ROLE.contains(lower, from, len - head)) {
        return true;
      }
    }
    return false;
  }

  private static final int MIN_ROLE_HEAD = 3;
  private static final int MIN_ROLE_PART = 5;
  /** The shortest compound {@link #roleCompound} looks into ("överläkaren" has eleven letters). */
  static final int MIN_ROLE_COMPOUND = MIN_ROLE_HEAD + MIN_ROLE_PART;

  /** Words of the name-cue list that are no role or kin noun: verbs, "namnet", the police, a family. */
  private static final WordSieve NO_ROLE = WordSieve.of("heter", "hette", "kallas", "kallad", "kallar", "kallade",
      "namnet", "säger", "skriver", "berättar", "enligt", "polisen", "familjen", "familjerna", "fröken");

  /** A street name ("Storgatan", "Vasavägen"), which the address detector reports. */
  boolean isStreet(int t) {
    long hit = words.ending(t);
    return any(hit, Category.bits(Category.STREET_SUFFIX, Category.STREET_SUFFIX_CAPITALISED))
        && (int) (hit >>> 32) < tokens.length(t);
  }

  /**
   * A street name that the address detector takes in lowercase too ("storgatan", "järntorget"); not
   * one whose ending also ends ordinary words and counts only capitalised ("medborgarplatsen").
   */
  boolean isLowercaseStreet(int t) {
    long hit = words.ending(t);
    return Category.STREET_SUFFIX.in(hit) && (int) (hit >>> 32) < tokens.length(t);
  }

  /**
   * A Hunspell proper noun flagged as a place ("Bagdad", "Narvik"), or its genitive ("Bagdads"),
   * unless the flag is shared with surnames and the word ends like one ("Strindberg").
   */
  boolean dictionaryPlace(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    int base = len > 3 && lower[s + len - 1] == 's' ? len - 1 : len;
    return DictionaryPlaces.isPlace(lower, s, len) || base < len && DictionaryPlaces.isPlace(lower, s, base)
        || DictionaryPlaces.isPlaceOrSurname(lower, s, len) && !surnameShaped(t, true)
        || base < len && DictionaryPlaces.isPlaceOrSurname(lower, s, base) && !surnameEnding(s, base); // "Strindbergs"
  }
}
