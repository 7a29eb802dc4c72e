package se.avid.models.names;

import static se.avid.models.names.WordLabels.KEEP;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.lexicon.Words;

/**
 * A word found as a name that the text uses as an ordinary word: "max" or "per" before a number
 * ("max två veckor", "hon tar max en tablett", "200 kr per 10 minuter"): a name counts nothing.
 * Not after a word that cues a name ("min son Max två månader"), not before an age ("Max 8 år",
 * "Per två år") and not capitalised inside a sentence ("jag träffade Max två gånger"), where the
 * name is the likelier reading. {@link ThingNames} asks
 * it of the words found as names only. Stateless and thread-safe.
 */
final class WordSenses {

  private WordSenses() {}

  /** Cues before a word that make it a name: "heter", "son", "min", "hej", "mvh". */
  private static final long NAME_CUES = Category.bits(Category.CUE_NAME, Category.CUE_RELATION,
      Category.CUE_POSSESSIVE, Category.CUE_GREETING, Category.CUE_SIGNATURE);

  /**
   * Keeps word {@code t}, found as a name, if the text uses it as an ordinary word.
   *
   * @return whether it was kept
   */
  static boolean keep(Tokens tokens, byte[] type, long[] flags, int t) {
    if (dayInAList(tokens, t) || predicateOfPlural(tokens, t) || slangVocative(tokens, t) || hospitalUnit(tokens, t)
        || weather(tokens, t) || dayPhrase(tokens, t) || reflexiveVerb(tokens, flags, t)) {
      type[t] = KEEP;
      return true;
    }
    int p = t - 1;
    if (tokens.is(t, "max") && MAXIMUM_DETERMINERS.has(tokens, p) && tokens.adjacent(p)) {
      type[t] = KEEP; // "finns det något max?", "inget max": a determiner's noun
      return true;
    }
    // a verb of saying is a cue, but what is said may be a limit ("personalen säger max en timme");
    // so is "man" the pronoun, which no possessive comes before ("får man max ett besök")
    if (p >= 0 && tokens.isWord(p) && ProperNameDetector.any(flags[p], NAME_CUES)
        && !CueLists.REPORTING_VERBS.contains(tokens.lower(), tokens.start(p), tokens.length(p))
        && !(tokens.is(p, "man") && !(p > 0 && tokens.isWord(p - 1) && Category.CUE_POSSESSIVE.in(flags[p - 1])))) {
      return false;
    }
    if (quantity(tokens, t)) {
      type[t] = KEEP;
      return true;
    }
    return false;
  }

  /**
   * "max två veckor", "per 10 minuter": a word of quantity before a number that is no age, in
   * lowercase or first in its sentence.
   */
  private static boolean quantity(Tokens tokens, int t) {
    int number = t + 1;
    if (!in(QUANTITY_WORDS, tokens, t) || !tokens.adjacent(t) || number >= tokens.size()
        || tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.SENTENCE_START)) {
      // "jag träffade Max två gånger": a capital inside a sentence is the name's
      return false;
    }
    int unit = number + 1;
    while (unit < tokens.size() && isDigits(tokens, unit) && tokens.adjacent(unit - 1)) {
      unit++; // "max 50 000 kr": a number in groups
    }
    if (!isDigits(tokens, number) && !in(NUMERALS, tokens, number) || itemAfterAnAge(tokens, t)) {
      return false;
    }
    // "Max 8 år", "Per två år": a name and an age; but "max en månad", "är max ett år": one of
    // something is a limit, an age of one is written with its digit
    return unit >= tokens.size() || !in(AGE_UNITS, tokens, unit) || tokens.is(number, "en") || tokens.is(number, "ett");
  }

  /**
   * "klara 12 och max 9,", "wilma 13 och max 10 bor växelvis": the next item of a list of children
   * with their ages, after the age of the one before, with an age of its own that ends the item or
   * that the list's verb follows (not "2 och max 3 tabletter", "2 och max 3 åt gången").
   */
  private static boolean itemAfterAnAge(Tokens tokens, int t) {
    int joiner = t - 1;
    int age = t + 1;
    int after = t + 2;
    return (tokens.is(joiner, "och") || tokens.is(joiner, "o") || tokens.isPunct(joiner, ','))
        && AgeSlots.smallNumber(tokens, joiner - 1) && AgeSlots.smallNumber(tokens, age)
        && (after >= tokens.size() || tokens.kind(after) == Tokens.PUNCT || in(AGE_UNITS, tokens, after)
            || in(ClauseWords.FINITE_VERBS, tokens, after) && !tokens.is(after, "åt"));
  }

  /**
   * "vår son ligger på neo på Sahlgrenska", "hon har legat på IVA", "jobbar natt på BB": a hospital
   * unit's short form where a patient lies or staff work, though Neo, Iva and Odd are first names.
   */
  private static boolean hospitalUnit(Tokens tokens, int t) {
    int p = t - 1;
    return HOSPITAL_UNITS.has(tokens, t) && tokens.adjacent(p) && UNIT_PREPOSITIONS.has(tokens, p) && tokens.adjacent(p - 1)
        && CARE_AND_WORK_VERBS.has(tokens, p - 1);
  }

  /**
   * "när det e sol", "det har inte varit sol en enda dag", "det var sol ute": the weather, "det"
   * and a copula before the word, in lowercase; not "Sol är ute", a girl outside, nor a cleft's
   * person ("det var sol som ringde").
   */
  private static boolean weather(Tokens tokens, int t) {
    int p = t - 1;
    if (!WEATHER.has(tokens, t) || tokens.has(t, Tokens.CAPITALISED) || !tokens.adjacent(p) || !WEATHER_COPULAS.has(tokens, p)
        || tokens.is(t + 1, "som")) {
      return false; // "det var sol som ringde": a cleft's person
    }
    for (int k = p - 1; k >= p - 3 && k >= 0 && tokens.isWord(k) && tokens.adjacent(k); k--) {
      if (tokens.is(k, "det") || tokens.is(k, "de")) {
        return true; // "det e", "det har inte varit"
      }
    }
    return false;
  }

  /**
   * "sover hela dan", "jobba hela dan", "två gånger om dan": "dan" for "dagen" after a word of
   * time or measure, in lowercase; the name Dan is written with its capital there.
   */
  private static boolean dayPhrase(Tokens tokens, int t) {
    return tokens.is(t, "dan") && !tokens.has(t, Tokens.CAPITALISED) && tokens.adjacent(t - 1)
        && DAY_DETERMINERS.has(tokens, t - 1);
  }

  private static final WordSieve DAY_DETERMINERS = WordSieve.of("hela", "halva", "samma", "nästa", "varje", "förra",
      "andra", "om", "per", "mitt");

  /** Weather that is also a first name. */
  private static final WordSieve WEATHER = WordSieve.of("sol", "storm");
  private static final WordSieve WEATHER_COPULAS = WordSieve.of("är", "e", "var", "va", "varit", "blir", "blev", "bli");

  /** Short forms of hospital units: intensive care, neonatal care, the maternity ward, heart intensive care. */
  private static final WordSieve HOSPITAL_UNITS = WordSieve.of("iva", "niva", "biva", "thiva", "neo", "bb", "hia",
      "uva", "kava");
  private static final WordSieve UNIT_PREPOSITIONS = WordSieve.of("på", "pa", "till", "från");
  /** Verbs of a patient lying in a unit, taken there, or of staff working there. */
  private static final WordSieve CARE_AND_WORK_VERBS = WordSieve.of("ligger", "låg", "legat", "ligga", "inlagd",
      "inlagda", "inlagt", "lades", "lagts", "flyttades", "fördes", "kördes", "hamnade", "hamnat", "vårdas", "vårdades",
      "vårdats", "jobbar", "jobbade", "jobbat", "arbetar", "arbetade");

  /**
   * "bror jag hyr ett rum", "vila i frid bror": "bror" in lowercase as young writers address a friend,
   * opening a sentence before the writer's pronoun or closing "vila i frid"; the name Bror is an old
   * man's, capitalised by those who write about him.
   */
  private static boolean slangVocative(Tokens tokens, int t) {
    if (!tokens.is(t, "bror") || tokens.has(t, Tokens.CAPITALISED) || tokens.has(t, Tokens.ALL_CAPS)) {
      return false;
    }
    boolean opens = t == 0 || !tokens.isWord(t - 1) || tokens.has(t, Tokens.SENTENCE_START);
    return opens && tokens.adjacent(t) && VOCATIVE_FOLLOWERS.has(tokens, t + 1)
        || tokens.is(t - 1, "frid") && tokens.is(t - 2, "i") && !tokens.isWord(t + 1);
  }

  /** The pronouns a vocative opening a sentence is followed by: "bror jag", "bror du". */
  private static final WordSieve VOCATIVE_FOLLOWERS = WordSieve.of("jag", "ja", "du", "vi", "ni");

  /**
   * "tis o tor", "mån och ons", "fre, lör": a short weekday that "och", "o", "&", "till" or a comma
   * joins to another weekday, short or whole, is a day, even after a word that cues a name ("tid
   * hos kuratorn tis o tor"); one alone may be a name ("Tor", "Fre"), and so may two capitalised
   * inside a sentence ("Tor och Fre").
   */
  private static boolean dayInAList(Tokens tokens, int t) {
    if (!Weekdays.isShort(tokens, t) || isCapitalisedInside(tokens, t)) {
      return false;
    }
    return isDayAt(tokens, t + 2) && isDayJoiner(tokens, t + 1) || isDayAt(tokens, t - 2) && isDayJoiner(tokens, t - 1)
        || ON_DAY.has(tokens, t - 1) && anotherDayInTheSentence(tokens, t);
  }

  /** Words before an infinitive: a modal, "inte" after one, or the infinitive marker. */
  private static final WordSieve BEFORE_INFINITIVE = WordSieve.of("att", "inte", "kan", "ska", "måste", "vill", "får",
      "behöver", "kunna", "brukar", "orkar", "lär", "bör", "borde", "skulle", "kunde", "ville", "fick");

  /**
   * "Klara sig själv kan han inte", "hon kommer inte klara sig": a name that is also a word, right
   * before the reflexive "sig" and where an infinitive stands (opening its sentence, after a
   * modal or "att"), is the verb that takes it; not a subject after its verb ("sen satte Klara sig
   * ner", "drog Sten mig i armen").
   */
  private static boolean reflexiveVerb(Tokens tokens, long[] flags, int t) {
    return Category.COMMON_WORD.in(flags[t]) && tokens.adjacent(t) && tokens.is(t + 1, "sig")
        && (tokens.has(t, Tokens.SENTENCE_START) || BEFORE_INFINITIVE.has(tokens, t - 1));
  }

  /** Words before a day that place an event on it: "prov på tor", "nästa fre". */
  private static final WordSieve ON_DAY = WordSieve.of("på", "pa", "nästa", "varje", "innan", "före");
  /** How far apart two days of one sentence may stand: "tre prov på tor och ett på fre". */
  private static final int DAYS_APART = 6;

  /**
   * Another weekday, short or whole, within {@value #DAYS_APART} tokens of {@code t} in its
   * sentence ("har tre prov på tor och ett på fre"): a short day after "på" or "nästa" is a day
   * where the sentence counts days.
   */
  private static boolean anotherDayInTheSentence(Tokens tokens, int t) {
    return dayToward(tokens, t, -1) || dayToward(tokens, t, 1);
  }

  /** A weekday within {@value #DAYS_APART} tokens of {@code t} in direction {@code step}, before its sentence ends. */
  private static boolean dayToward(Tokens tokens, int t, int step) {
    for (int k = t + step, d = 1; d <= DAYS_APART && k >= 0 && k < tokens.size() && !tokens.endsSentence(k); k += step, d++) {
      if (isDayAt(tokens, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDayAt(Tokens tokens, int k) {
    return k >= 0 && k < tokens.size() && (Weekdays.isShort(tokens, k) || Weekdays.isWhole(tokens, k)) && !isCapitalisedInside(tokens, k);
  }

  private static boolean isCapitalisedInside(Tokens tokens, int k) {
    return tokens.has(k, Tokens.CAPITALISED) && !tokens.has(k, Tokens.SENTENCE_START);
  }

  private static boolean isDayJoiner(Tokens tokens, int k) {
    return k >= 0 && k < tokens.size() && (DAY_JOINERS.has(tokens, k)
        || tokens.isPunct(k, ',') || tokens.isPunct(k, '&') || tokens.isPunct(k, '-') || tokens.isPunct(k, '/'));
  }

  /** Adverbs between a copula and its predicate: "är inte sanna", "var alltid klara". */
  private static final WordSieve PREDICATE_ADVERBS = WordSieve.of("inte", "också", "helt", "alltid", "aldrig", "nog",
      "ju", "väl", "verkligen", "faktiskt", "kanske");
  private static final WordSieve COPULA_FORMS = WordSieve.of("är", "e", "var", "va", "blir", "blev", "vara", "varit",
      "bli", "blivit");
  private static final WordSieve PLURAL_PRONOUNS = WordSieve.of("de", "dom", "vi", "ni");

  /**
   * "uppgifterna är inte sanna", "historier som är sanna", "de var sanna": an ordinary word after the
   * copula of a plural subject is its predicate, an adjective in the plural; a name after a copula
   * follows a singular one ("det är Sanna"). Not capitalised inside a sentence, nor the first of a
   * list, which names the members of a plural ("döttrarna är saga och liv").
   */
  private static boolean predicateOfPlural(Tokens tokens, int t) {
    if (isCapitalisedInside(tokens, t) || LIST_JOINERS.has(tokens, t + 1)) {
      return false;
    }
    int c = PREDICATE_ADVERBS.has(tokens, t - 1) ? t - 2 : t - 1;
    if (!COPULA_FORMS.has(tokens, c)) {
      return false;
    }
    int subject = c - 1;
    if (PLURAL_PRONOUNS.has(tokens, subject) || endsIn(tokens, subject, "na")) {
      return true; // "de är sanna", "uppgifterna är inte sanna"
    }
    // "historier som är sanna": a relative clause of a plural noun
    return tokens.is(subject, "som") && (endsIn(tokens, subject - 1, "er") || endsIn(tokens, subject - 1, "ar")
        || endsIn(tokens, subject - 1, "or") || endsIn(tokens, subject - 1, "na"));
  }

  private static boolean endsIn(Tokens tokens, int k, String ending) {
    if (k < 0 || k >= tokens.size() || !tokens.isWord(k) || tokens.length(k) <= ending.length() + 1) {
      return false;
    }
    return Words.endsWith(tokens.lower(), tokens.start(k), tokens.length(k), ending);
  }

  private static final WordSieve DAY_JOINERS = WordSieve.of("och", "o", "å", "till", "eller");
  /** Words that join the members of a list ("saga och liv"); a "&" is a punctuation token, never one of them. */
  private static final WordSieve LIST_JOINERS = WordSieve.of("och", "o");

  private static boolean isDigits(Tokens tokens, int k) {
    return tokens.kind(k) == Tokens.NUMBER;
  }

  private static boolean in(CharArraySet set, Tokens tokens, int k) {
    return tokens.isWord(k) && set.contains(tokens.lower(), tokens.start(k), tokens.length(k));
  }

  /** Words of quantity that are also first names. */
  private static final CharArraySet QUANTITY_WORDS = WordFacts.words("max", "per");
  /** Determiners of "max" the noun: "något max", "inget max". */
  private static final WordSieve MAXIMUM_DETERMINERS = WordSieve.of("något", "inget", "ett", "nåt");
  /** Numerals a quantity word counts with: "max två", "per tio", "max några veckor". */
  static final CharArraySet NUMERALS = WordFacts.words(
      "några", "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "femton",
      "tjugo", "trettio", "fyrtio", "femtio", "hundra", "tusen", "halv", "halvt", "par");
  /** Units of an age: "Max 8 år", "Per två månader". */
  static final CharArraySet AGE_UNITS = WordFacts.words(
      "år", "års", "åring", "mån", "månad", "månader", "månaders");
}
