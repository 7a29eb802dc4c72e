package se.avid.models.institutions;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Hospitals' and schools' short names and short forms ({@code KS}, {@code Karolinska}, {@code
 * Hvitfeldtska}), the listed ones read once from {@code hospital-names.txt}. Stateless.
 */
final class HospitalNames {

  /** A short name may also be listed as a place; any other category is a word or a name. */
  private static final long PLACE = Category.bits(Category.MUNICIPALITY, Category.TOWN, Category.DISTRICT);

  private HospitalNames() {}

  private static final class Holder {
    /** As listed, in capitals. */
    static final Set<String> SHORT_FORMS = new HashSet<>();
    /** The short forms in lowercase: the test on the text's own buffer that passes before the one on the original. */
    static final CharArraySet SHORT_FORMS_LOWER = new CharArraySet(16, false);
    static final CharArraySet NAMES = new CharArraySet(32, false);
    /**
     * The names that are also ordinary words ("Östra", "Lasarettet"), other than the adjectives
     * in -ska ("Akademiska"), which name hospitals in lowercase as well: the hospital only when
     * capitalised ("på östra sidan", "läkaren på lasarettet" stay).
     */
    static final CharArraySet WORD_NAMES = new CharArraySet(8, false);

    static {
      SwedishLexicon lexicon = SwedishLexicon.get();
      for (String line : SwedishLexicon.lines(HospitalNames.class, "hospital-names.txt")) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (line.equals(line.toUpperCase(Locale.ROOT))) {
          SHORT_FORMS.add(line);
          SHORT_FORMS_LOWER.add(lower);
        } else {
          NAMES.add(lower);
          char[] chars = lower.toCharArray();
          if (!lower.endsWith("ska") && lexicon.isCommonWord(chars, 0, chars.length, new char[chars.length + 1])) {
            WORD_NAMES.add(lower);
          }
        }
      }
    }
  }

  /** A short form written in capitals, as listed ("KS", "SÖS"). */
  static boolean isShortForm(Tokens tokens, int t) {
    return tokens.has(t, Tokens.ALL_CAPS) && tokens.length(t) <= 4
        && Holder.SHORT_FORMS_LOWER.contains(tokens.lower(), tokens.start(t), tokens.length(t))
        && Holder.SHORT_FORMS.contains(tokens.original(t));
  }

  /** A short name in any case ("karolinska"); one that is also an ordinary word only capitalised ("Östra", not "östra sidan"). */
  static boolean isName(Tokens tokens, int t) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    return Holder.NAMES.contains(lower, start, length)
        && (tokens.has(t, Tokens.CAPITALISED) || !Holder.WORD_NAMES.contains(lower, start, length));
  }

  /**
   * Words after a short name that is an adjective ("östra") that leave it a name: no noun it
   * modifies ("på östra sidan" stays), but a preposition, an adverb or a conjunction ("ligger på
   * östra sedan i går").
   */
  private static final WordSieve AFTER_NAME = WordSieve.of("i", "och", "o", "på", "med", "sedan", "sen", "nu", "igen", "för",
      "efter", "när", "där", "men", "som", "till", "hela", "en", "ett", "idag", "igår", "förra", "vid", "över", "under");

  /**
   * A listed short form or short name typed in lowercase that is also an ordinary word ({@code
   * sus}, {@code mas}, {@code östra}) or too short to tell from a typo ({@code ks} after {@code
   * till}), in a sentence that speaks of a hospital ({@link HospitalContext}): {@code ligger på
   * sus}, {@code föddes på östra}, {@code åkte in till ks med ambulans}. A short name that is an
   * adjective only where no noun follows it ({@code på östra sidan} stays); an institution noun
   * ({@code lasarettet}) is the noun.
   *
   * @param tokens the tokens of a text
   * @param t the index of a lowercase word after a preposition of place
   * @return whether it names a hospital there
   */
  static boolean isWordInHospitalContext(Tokens tokens, int t) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    boolean shortForm = Holder.SHORT_FORMS_LOWER.contains(lower, start, length);
    if (!shortForm && !Holder.WORD_NAMES.contains(lower, start, length)) {
      return false;
    }
    if (!shortForm && (InstitutionNouns.isNounOrCompound(tokens, t)
        || tokens.isWord(t + 1) && tokens.adjacent(t) && !AFTER_NAME.has(tokens, t + 1))) {
      return false; // "på lasarettet", "på östra sidan"
    }
    // "var på sus över natten", "en kurator på sus": a short form of three letters or more right
    // after "på", "till" or "från" is the hospital, for the slang word ("det är sus") takes none
    // of them; after "i" it may be an idiom ("i sus och dus"), so a context is asked there
    if (shortForm && length >= 3 && tokens.adjacent(t - 1) && (tokens.is(t - 1, "på") || tokens.is(t - 1, "till")
        || tokens.is(t - 1, "från"))) {
      return true;
    }
    return HospitalContext.isAround(tokens, t);
  }

  /** The shortest unlisted short name in -ska ("Hvitfeldtska"); shorter ones are adjectives ("ryska"). */
  private static final int MIN_SKA_NAME = 8;

  /**
   * Whether word {@code t} may be a short name, told without a word-table look-up: a listed
   * short form in lowercase, of three letters or more ("näl", "sös") or of two after "på" ("på
   * ks", "ligger på us"), or a long word in -ska.
   */
  static boolean mayBeShortName(Tokens tokens, int t) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    return (length >= 3 || length == 2 && tokens.is(t - 1, "på")) && Holder.SHORT_FORMS_LOWER.contains(lower, start, length)
        || length >= MIN_SKA_NAME && lower[start + length - 3] == 's' && lower[start + length - 2] == 'k'
            && lower[start + length - 1] == 'a' && lower[start + length - 4] != 'i' && noHyphen(lower, start, length);
  }

  /**
   * Whether the lowercase word may be a hospital's listed short form or name, or an unlisted short
   * name in -ska, whatever its case and its neighbours: what every test of this class asks first.
   */
  static boolean mayBeListedOrShortName(char[] lower, int start, int length) {
    return Holder.SHORT_FORMS_LOWER.contains(lower, start, length) || Holder.NAMES.contains(lower, start, length)
        || length >= MIN_SKA_NAME && lower[start + length - 3] == 's' && lower[start + length - 2] == 'k'
            && lower[start + length - 1] == 'a';
  }

  /** Adjectives in -iska ("strategiska") are words; a word with a hyphen ("schweizisk-italienska") is two. */
  private static boolean noHyphen(char[] lower, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (lower[i] == '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * A short name the list lacks, or a short form typed in lowercase, after a preposition of
   * place (the caller's test): {@code på hvitfeldtska}, {@code till näl}; no ordinary word
   * ({@code på engelska}, {@code på politiska}).
   */
  static boolean isShortName(Tokens tokens, int t, Lexeme word) {
    return mayBeShortName(tokens, t) && !word.isCommonWord() && !tokens.has(t, Tokens.ALL_CAPS)
        && (SwedishLexicon.categories(word.facts()) & ~PLACE) == 0;
  }

  /** The nouns of a hospital or hospice that a kept name before them names ("Norrlands universitetssjukhus"). */
  private static final WordSieve HOSPITAL_NOUNS = WordSieve.of("sjukhus", "sjukhuset", "universitetssjukhus", "universitetssjukhuset",
      "lasarett", "lasarettet", "hospice", "sjukhem", "sjukhemmet");

  /**
   * Word {@code t} is a kept region, body or foundation right before a hospital's noun, and so
   * that hospital's name, which tells where a patient lies ("Norrlands universitetssjukhus",
   * "Ersta hospice"); not Sweden's ("Sveriges sjukhus", which are all of them).
   */
  static boolean isKeptNameOfHospital(Tokens tokens, int t) {
    return tokens.adjacent(t) && HOSPITAL_NOUNS.has(tokens, t + 1) && !SWEDEN.has(tokens, t);
  }

  private static final WordSieve SWEDEN = WordSieve.of("sverige", "sveriges");
}
