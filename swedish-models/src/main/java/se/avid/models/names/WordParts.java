package se.avid.models.names;

import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.Words;

/**
 * How a word no list holds is built: a compound of ordinary words or of a thing's name and a
 * noun, a past tense or an inflection of a listed word, a hyphenated name, or letters no name has.
 * The tests that {@link UnknownWords} and the rules after it ask of such a word. Not thread-safe;
 * one per call.
 */
final class WordParts {

  private final Tokens tokens;
  private final char[] lower;
  private final SwedishLexicon lexicon;
  private final WordFacts words;
  private final WordShapes shapes;

  WordParts(Tokens tokens, SwedishLexicon lexicon, WordFacts words, WordShapes shapes) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.lexicon = lexicon;
    this.words = words;
    this.shapes = shapes;
  }

  /** "hallåååå", "neeej": a letter three times in a row, which no name has. */
  boolean tripledLetter(int t) {
    for (int i = tokens.start(t) + 2; i < tokens.end(t); i++) {
      if (lower[i] == lower[i - 1] && lower[i] == lower[i - 2]) {
        return true;
      }
    }
    return false;
  }

  /** The shortest last part, as listed, that makes {@link #headedByWord} a compound of a thing. */
  private static final int MIN_HEAD = 5;
  /** The shortest last part that counts when only the stemmer reads it as a word ("baletten"). */
  private static final int MIN_STEMMED_HEAD = 7;

  /**
   * Nouns of places and areas at the start of a last part: "Balkanområdet", "Norrlandskusten",
   * "Inlandsbanan", "Konstnärshuset" are places, not things.
   */
  private static final String[] PLACE_HEADS = {
      "område", "trakt", "kust", "region", "bygd", "skärgård", "hav", "kanal", "bana", "verk", "hus", "hamn",
      "stad", "land", "galax", "hammar", "fjord", "sund", "strand", "dal", "skog", "vik", "sjö", "ö", "bukt",
      "republik", "rike", "stat", "kommun", "län", "socken", "gård", "bygge"};

  /**
   * "Almedalsveckan", "Slussenprojekt", "Cullbergbaletten", "Byggkoncernen", "VM-silver": a word
   * in no list whose last part is an ordinary word and no name ({@value #MIN_HEAD} letters as
   * listed, {@value #MIN_STEMMED_HEAD} when only the stemmer reads it: "henes", "langer" are no
   * such parts of "Demosthenes", "Boulanger"; any part after a hyphen) after at least three letters names a thing, an event or a body
   * after its first part, not a person; unless the part is a place noun ("-området", "-kusten"),
   * or the word ends like a surname or its genitive ("Lindström", "Stiglunds"), or a place noun
   * follows it ("Östkinesiska havet").
   *
   * @param t a word
   * @return whether its last part is an ordinary word
   */
  boolean headedByWord(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    if (len < MIN_COMPOUND_PART + MIN_HEAD || shapes.surnameShaped(t, true) || shapes.genitiveOfSurnameShape(t)
        || tokens.isWord(t + 1) && placeHead(tokens.start(t + 1), tokens.length(t + 1))) {
      return false; // "Östkinesiska havet": the first word of a place
    }
    char[] buf = words.scratch(len + 1);
    int hyphen = lastHyphen(s, len);
    if (hyphen > 0) {
      // "VM-silver", "DN-galan": a word after the hyphen that is no name ("Volvo-Stig" is one)
      int from = s + hyphen + 1;
      int partLength = len - hyphen - 1;
      return partLength >= MIN_COMPOUND_PART + 1 && !placeHead(from, partLength) && !personWord(from, partLength)
          && lexicon.isCommonWord(lower, from, partLength, buf);
    }
    for (int head = MIN_COMPOUND_PART; head < len; head++) {
      if (placeHead(s + head, len - head) && lexicon.isCommonWord(lower, s + head, len - head, buf)) {
        return false; // "Förbundsrepubliken": "publiken" is a word, but the last part is a place noun
      }
    }
    for (int head = MIN_COMPOUND_PART; head <= len - MIN_HEAD; head++) {
      int headLength = len - head;
      if (Character.isLetter(lower[s + head]) && !personWord(s + head, headLength)
          && !verbForm(s + head, headLength)
          && (lexicon.isFrequentOrListedWord(lower, s + head, headLength)
              || headLength >= MIN_STEMMED_HEAD && lexicon.isCommonWord(lower, s + head, headLength, buf))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Word {@code t} is a listed word that ends in a vowel with -r or -s added: a plural, present
   * tense or passive the dictionary lacks as written ("aktie|r", "rama|s").
   *
   * @param t a word of at least three letters
   * @return whether it is such an inflection
   */
  boolean vowelStemInflection(int t) {
    return verbForm(tokens.start(t), tokens.length(t));
  }

  /**
   * The present tense or passive of a verb whose stem ends in a vowel ("ange|r", "rama|s"): the
   * end of "Boulanger", "Jarramas", not of a thing's name.
   */
  private boolean verbForm(int from, int length) {
    char last = lower[from + length - 1];
    char before = lower[from + length - 2];
    return (last == 'r' || last == 's') && "aeiouyåäö".indexOf(before) >= 0
        && lexicon.isFrequentOrListedWord(lower, from, length - 1);
  }

  /** The offset of the word's last inner hyphen from its start {@code s}, or -1 ("volvo-stig": 5). */
  int lastHyphen(int s, int len) {
    for (int i = len - 2; i > 0; i--) {
      if (lower[s + i] == '-') {
        return i;
      }
    }
    return -1;
  }

  /** The part is a listed first name or surname ("Annalena" has "lena"). */
  private boolean personWord(int from, int length) {
    return (SwedishLexicon.categories(lexicon.facts(lower, from, length)) & ProperNameDetector.PERSON) != 0;
  }

  private boolean placeHead(int from, int length) {
    return Words.startsWithAny(lower, from, length, PLACE_HEADS);
  }

  /** The shortest part of a compound that {@link #compoundOrPastTense} tries. */
  private static final int MIN_COMPOUND_PART = 3;

  /**
   * Word {@code u} is a compound of two words that the dictionary lacks whole ("honungsdoft",
   * "heltids|lön", with or without the linking s) or the past tense in -ade(s) of a listed verb
   * ("länsade", "räddades"): an ordinary word, not a surname. Asked only of an unknown word after a
   * possible first name.
   */
  boolean compoundOrPastTense(int u) {
    int s = tokens.start(u);
    int len = tokens.length(u);
    char[] buf = words.scratch(len + 1); // the thread's buffer: no allocation per call
    int past = lower[s + len - 1] == 's' ? len - 1 : len; // "räddades": the passive's -s
    if (past > 4 && lower[s + past - 3] == 'a' && lower[s + past - 2] == 'd' && lower[s + past - 1] == 'e') {
      System.arraycopy(lower, s, buf, 0, past - 2);
      if (lexicon.isFrequentOrListedWord(buf, 0, past - 2)) {
        return true; // "läns|ade", "rädd|ades": "länsa", "rädda"
      }
    }
    return splitsIntoWords(u, MIN_COMPOUND_PART);
  }

  /**
   * Word {@code u} splits into two parts of {@code minPart} letters or more, the first a frequent
   * or listed word (with or without a joining -s), the second an ordinary word.
   */
  private boolean splitsIntoWords(int u, int minPart) {
    int s = tokens.start(u);
    int len = tokens.length(u);
    char[] buf = words.scratch(len + 1);
    for (int head = minPart; head <= len - minPart; head++) {
      if (lexicon.isCommonWord(lower, s + head, len - head, buf)
          && (lexicon.isFrequentOrListedWord(lower, s, head)
              || lower[s + head - 1] == 's' && head > minPart && lexicon.isFrequentOrListedWord(lower, s, head - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Word {@code u} splits into two words of four letters or more, the first frequent or listed
   * (with or without a joining -s), the second an ordinary word: "sorg|grupp", "stöd|boende",
   * "barn|fotboll". Shorter parts would split a definite form ("lund|en" is no "lun" + "den").
   */
  boolean compoundOfLongWords(int u) {
    return splitsIntoWords(u, MIN_LONG_PART);
  }

  private static final int MIN_LONG_PART = 4;
}
