package se.avid.models.institutions;

import static se.avid.models.institutions.InstitutionDetector.KEPT;
import static se.avid.models.institutions.InstitutionDetector.MIN_GENITIVE;
import static se.avid.models.institutions.InstitutionDetector.NOT_NOUNS;
import static se.avid.models.institutions.InstitutionDetector.PERSON;
import static se.avid.models.institutions.InstitutionDetector.PLACE;
import static se.avid.models.institutions.InstitutionDetector.endsInAny;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The word right before an institution noun that names it ("Hemgården äldreboende", "hemgården
 * äldreboende", "tallbacken förskola"), told from an adjective, a determiner or a kept phrase
 * ("nya vårdcentralen", "Svenska kyrkan"). A part of {@link InstitutionDetector}; immutable and
 * thread-safe.
 */
final class NamesBeforeNouns {

  private final SwedishLexicon lexicon;

  NamesBeforeNouns(SwedishLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Endings of participles and adjectives, which describe an institution rather than name it ("anpassad skola", "drivna sjukhus"). */
  private static final String[] ADJECTIVE_ENDINGS = {"ad", "ade", "at", "ta", "da", "na", "isk", "iska", "iskt", "lig", "liga", "ligt", "ande", "ende"};

  /**
   * A word that is no genitive right before an institution noun and names it: a capitalised
   * word that is no frequent word ("Hemgården äldreboende", "Hagaberg familjecentral"), or one that
   * is no word, name or acronym at all ("hemgården äldreboende"); not an adjective or a
   * determiner ("nya vårdcentralen", "en förskola", "Svenska kyrkan", "BUP mottagning").
   */
  boolean isProperBeforeNoun(Tokens tokens, int t, Lexeme word, boolean capitalised) {
    long facts = word.facts();
    if (tokens.has(t, Tokens.ALL_CAPS) || SwedishLexicon.isFrequentWord(facts) || keptPhrase(tokens, t, facts)) {
      return false;
    }
    if (tokens.adjacent(t - 1) && INDEFINITE_DETERMINERS.has(tokens, t - 1)) {
      return false; // "ett konsulentstött familjehem", "en nystartad förskola": a noun phrase, no institution's name
    }
    long categories = SwedishLexicon.categories(facts);
    if ((categories & PLACE) != 0) {
      return true; // "Hagaberg familjecentral", "sävja förskola"
    }
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    boolean element = !capitalised && NameElements.isNameLike(lower, start, length); // "vårsol", "ekbacken", "lärkan"
    if (!capitalised && word.isCommonWord() && !element
        || endsInAny(lower, start, length, ADJECTIVE_ENDINGS) && (!capitalised || word.isCommonWord())) {
      // capitalised inside a sentence, a rare word names it ("Hemgården äldreboende"), even with an
      // adjective's ending if the dictionary lacks it ("Tjärna förskola"; not "Öppna förskolan")
      return false;
    }
    if (capitalised) {
      return !word.isCommonWord() || !tokens.has(t, Tokens.SENTENCE_START) && !tokens.has(t, Tokens.LINE_START);
    }
    // lowercase: only a word shaped like a place ("hemgården", "solbacka"), not a person's name
    long ending = word.ending();
    return (categories & PERSON) == 0 && (element || Category.PLACE_SUFFIX.in(ending) || !Category.WORD_ENDING.in(ending));
  }

  /** Determiners of an indefinite noun phrase, which no institution's name follows. */
  private static final WordSieve INDEFINITE_DETERMINERS = WordSieve.of("en", "ett", "någon", "något", "nån", "nåt",
      "ingen", "inget", "varje", "annan", "annat");

  /**
   * A lowercase definite noun that is no frequent word, no name and nothing kept, before an
   * listed institution noun in the indefinite form ("hemgården äldreboende", "tallbacken förskola";
   * not "helgen", not before "förskolan", where the two may be two phrases, and not before a
   * compound, which may be a firm: "hyresvärden rikshem").
   */
  boolean isDefiniteBeforeNoun(Tokens tokens, int t, Lexeme word) {
    char[] lower = tokens.lower();
    int end = tokens.end(t);
    int length = tokens.length(t);
    long facts = word.facts();
    long categories = SwedishLexicon.categories(facts);
    boolean definite = length >= MIN_GENITIVE + 1 && lower[end - 1] == 'n' && (lower[end - 2] == 'e' || lower[end - 2] == 'a');
    if (!definite || SwedishLexicon.isFrequentWord(facts) || (categories & (PERSON | KEPT)) != 0
        || Category.WORD_FORM.in(categories) || NOT_NOUNS.has(tokens, t + 1) || !InstitutionNouns.isNoun(tokens, t + 1)) {
      return false;
    }
    char last = lower[tokens.end(t + 1) - 1];
    return last != 'n' && last != 't'; // the noun after it is indefinite
  }

  /** The word heads a kept phrase of two words that goes on with the next ("Svenska kyrkan"). */
  private boolean keptPhrase(Tokens tokens, int t, long facts) {
    if (!Category.MULTIWORD_HEAD.in(SwedishLexicon.categories(facts)) || !tokens.isWord(t + 1)) {
      return false;
    }
    int start = tokens.start(t);
    return (SwedishLexicon.categories(lexicon.facts(tokens.lower(), start, tokens.end(t + 1) - start)) & KEPT) != 0;
  }
}
