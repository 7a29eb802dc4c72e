package se.avid.models.lexicon;

import org.apache.lucene.analysis.sv.SwedishLightStemmer;

/**
 * The inflected forms of listed words that the frequency lists and the light stemmer miss, read
 * back to their Hunspell stem: imperatives ("sök"), s-passives ("nås", "anses"), past tenses and
 * supines ("bråkade", "köpte", "anmält"), genitives of frequent words ("dotters"), definite neuter
 * nouns ("boendet"), past participles ("placerad"), and what the light stemmer reads
 * ("björnen", "dricker"). Part of {@link SwedishLexicon#isCommonWord}. Stateless.
 */
final class CommonWordForms {

  private CommonWordForms() {}

  /**
   * Whether the lowercase word {@code chars[offset, offset+length)}, of {@code facts}, is an
   * inflected form of a listed word (see the class comment).
   *
   * @param lexicon the lexicon, for the frequent words
   * @param hunspell the dictionary's stems and forms
   * @param facts the word's facts
   * @param chars the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @param scratch a buffer of at least {@code length + 1} chars
   * @return whether it is such a form
   */
  static boolean isForm(SwedishLexicon lexicon, HunspellWords hunspell, long facts, char[] chars, int offset, int length,
      char[] scratch) {
    // the forms below are rarely frequent words: looked up in the whole table only
    System.arraycopy(chars, offset, scratch, 0, length);
    scratch[length] = 'a'; // an imperative is the infinitive without its -a: "sök", "följ", "behåll"
    if (length >= 2 && hunspell.isCommonForm(scratch, 0, length + 1)) {
      return true;
    }
    // the s-passive of a listed verb in a long vowel, which the light stemmer misses: "nås" (nå),
    // "fås", "slås", "sys" (sy)
    if (length >= 3 && chars[offset + length - 1] == 's' && LONG_VOWELS.indexOf(chars[offset + length - 2]) >= 0
        && hunspell.isCommonForm(chars, offset, length - 1)) {
      return true;
    }
    if (length < 4) {
      return false;
    }
    // the past tense in -ade (or its passive -ades) of a listed infinitive, which the frequency
    // lists and the light stemmer miss: "bråkade", "separerade", "kollapsade"
    int past = chars[offset + length - 1] == 's' ? length - 1 : length;
    if (past >= MIN_PAST_TENSE && chars[offset + past - 3] == 'a' && chars[offset + past - 2] == 'd'
        && chars[offset + past - 1] == 'e') {
      System.arraycopy(chars, offset, scratch, 0, past - 2);
      if (hunspell.isCommonForm(scratch, 0, past - 2)) {
        return true;
      }
    }
    // the past tense in -de or -te and the supine in -t of a listed infinitive whose stem ends in
    // a consonant, which the light stemmer misses: "anmälde", "köpte", "anmält" (anmäla, köpa);
    // not a listed name, which many such are ("malte", "svante", "mette")
    int weak = (facts & NAMES) == 0 ? weakPastStem(chars, offset, length) : 0;
    if (weak > 0) {
      System.arraycopy(chars, offset, scratch, 0, weak);
      scratch[weak] = 'a';
      if (hunspell.isCommonForm(scratch, 0, weak + 1)) {
        return true;
      }
    }
    // the s-passive of a listed verb in -e, which the light stemmer misses: "friges" (frige),
    // "anses" (anse), "förses" (förse)
    if (length >= 5 && chars[offset + length - 1] == 's' && chars[offset + length - 2] == 'e'
        && hunspell.isCommonForm(chars, offset, length - 1)) {
      return true;
    }
    // the genitive of a frequent word that the word list and the light stemmer miss ("dotters",
    // "min dotters förskola"); not a listed name, as "mats" is besides the genitive of "mat"
    if (length >= 5 && chars[offset + length - 1] == 's' && chars[offset + length - 2] != 's' && (facts & NAMES) == 0
        && lexicon.isFrequentWord(chars, offset, length - 1)) {
      return true;
    }
    // the definite form of a neuter noun in -e or -a adds only -t, which the light stemmer misses:
    // "förhållandet", "beteendet", "boendet", "hjärtat"
    char last = chars[offset + length - 1];
    char beforeLast = chars[offset + length - 2];
    if (last == 't' && (beforeLast == 'e' || beforeLast == 'a') && hunspell.isCommonForm(chars, offset, length - 1)) {
      return true;
    }
    // the past participle in -ad of a listed infinitive in -a, as its neuter in -at above:
    // "anpassad", "placerad", "stressad"
    if (last == 'd' && beforeLast == 'a' && length >= MIN_PAST_TENSE - 1
        && hunspell.isCommonForm(chars, offset, length - 1)) {
      return true;
    }
    System.arraycopy(chars, offset, scratch, 0, length);
    int stemmed = STEMMER.stem(scratch, length);
    if (stemmed == length || stemmed < 3) {
      return false;
    }
    if (hunspell.isCommonForm(scratch, 0, stemmed)) {
      return true; // "björnen" -> "björn"
    }
    scratch[stemmed] = 'a'; // verbs are listed by their infinitive: "dricker" -> "drick" -> "dricka"
    return hunspell.isCommonForm(scratch, 0, stemmed + 1);
  }

  /**
   * The length of the stem of a weak verb's past tense or supine ({@code anmälde}, {@code köpte},
   * {@code anmält}: {@code anmäl}, {@code köp}): the word without its -de, -te or -t, when at least
   * {@value #MIN_WEAK_STEM} letters ending in a consonant stay; else 0.
   */
  private static int weakPastStem(char[] chars, int offset, int length) {
    char last = chars[offset + length - 1];
    int stem;
    if (last == 'e' && length >= 2 && (chars[offset + length - 2] == 'd' || chars[offset + length - 2] == 't')) {
      stem = length - 2;
    } else if (last == 't') {
      stem = length - 1;
    } else {
      return 0;
    }
    return stem >= MIN_WEAK_STEM && CONSONANTS.indexOf(chars[offset + stem - 1]) >= 0 ? stem : 0;
  }

  /** The categories of the names, whose forms are read as no verb's. */
  private static final long NAMES = Category.bits(Category.FIRST_NAME, Category.SURNAME);
  /** The shortest stem read so: "köp" of "köpte". */
  private static final int MIN_WEAK_STEM = 3;
  /** The consonants a weak verb's stem ends in before -de, -te, -t. */
  private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";

  /** Has no state: {@code stem} edits only the buffer it is given. */
  private static final SwedishLightStemmer STEMMER = new SwedishLightStemmer();

  /** Shortest past tense in -ade read by its infinitive ("åkade" of "åka"). */
  private static final int MIN_PAST_TENSE = 5;
  /** The vowels a one-syllable verb ends in before its s-passive ("nå", "sy", "strö"). */
  private static final String LONG_VOWELS = "åäöy";
}
