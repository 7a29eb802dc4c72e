package se.avid.models.review;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.names.NameLetters;

/**
 * Shapes and positions that make a lowercase word a likely name or place when no list knows it:
 * after a role noun in its definite form ({@code ägaren daut}, {@code sköterskan shirzad}), a
 * nickname's shape ({@code kattis}, {@code lollo}, {@code talle}) and letters that no Swedish word
 * has ({@code özgül}). Each is weaker than a cue; {@link ResidualSignal} gives each its measured
 * score. Stateless.
 */
final class WeakSlots {

  private WeakSlots() {}

  /**
   * Definite endings of nouns for a person by role ({@code ägaren}, {@code rörmokaren},
   * {@code sköterskan}, {@code lärarinnan}, {@code chauffören}): a name often follows them.
   */
  private static final String[] ROLE_ENDINGS = {"aren", "ären", "ören", "erskan", "skan", "innan"};

  /** Shortest role noun: shorter words with these endings are seldom persons ("baren", "året"). */
  private static final int MIN_ROLE = 6;

  /** "växte upp", "vuxit upp": grew up, before where. */
  private static final WordSieve GREW_UP = WordSieve.of("växte", "vuxit");

  /** The units of an age after a number ("3 år", "en 5-åring"). */
  private static final WordSieve AGE_UNITS = WordSieve.of("år", "åring", "åringen");

  /**
   * Endings of verb forms and adjectives ("inledde", "inlett", "strategiska", "decennier"): a word
   * no list knows that ends so is an inflected word, hardly ever a name.
   */
  private static final String[] VERB_AND_ADJECTIVE_ENDINGS = {"ade", "de", "te", "tt", "isk", "iska", "iskt",
      "ier", "rna", "ande", "ende", "iga"};

  /**
   * Endings of inflected forms ("gumman", "uppmanar", "framförs", "ramlat"): a word the stemmer
   * reads as a form of another that ends so is that form; a nickname ends otherwise ("talle", "zinnis").
   */
  private static final String[] FORM_ENDINGS = {"ar", "er", "or", "as", "es", "ts", "ds", "rs", "ns", "de", "te",
      "at", "it", "ad", "en", "et", "na", "an",
      // the neuter of adjectives, adverbs ("anonymt", "giltigt", "civilrättsligt", "snällt")
      "gt", "mt", "lt", "kt", "pt", "vt", "ft"};

  /** Shortest word whose ending says it is a form: shorter ones are names as often ("jan", "per"). */
  private static final int MIN_FORM = 5;

  /** True when a word no list knows ends like a verb form or an adjective ("inledde", "strategiska"). */
  static boolean hasVerbOrAdjectiveEnding(char[] lower, int start, int length) {
    return length >= MIN_FORM && endsWithAny(lower, start, length, VERB_AND_ADJECTIVE_ENDINGS);
  }

  /** True when a word ends like an inflected form ("gumman", "uppmanar", "ramlat", "anonymt"). */
  static boolean hasFormEnding(char[] lower, int start, int length) {
    return length >= MIN_FORM && endsWithAny(lower, start, length, FORM_ENDINGS);
  }

  private static boolean endsWithAny(char[] lower, int start, int length, String[] endings) {
    for (String ending : endings) {
      if (ending.length() + 2 <= length && endsWith(lower, start + length - ending.length(), ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The preposition of a person's home or office ("sover hos jannick", "hos bup"): a word that is no
   * word after it is a likely name. Not {@code med}, {@code av}, {@code efter}: in SUC and the news
   * corpus a word no list knows after them was a rare noun ("med ympvax", "av neopentylglykol").
   */
  private static final WordSieve PERSON_PREPOSITIONS = WordSieve.of("hos");

  /**
   * Verbs of a person as subject, present and past ("noria flyttade", "farre blir arg", "kamme är
   * snäll"), chat's {@code e} for {@code är} too: a word that is no word right before one is a likely
   * subject, a name.
   */
  private static final WordSieve SUBJECT_VERBS = WordSieve.of("är", "e", "var", "blir", "blev", "har", "hade", "säger",
      "sa", "sade", "vill", "ville", "ska", "skulle", "kan", "kunde", "får", "fick", "bor", "bodde", "jobbar",
      "jobbade", "flyttade", "slår", "slog", "dricker", "drack", "mår", "går", "gick", "kom", "kommer", "hotar",
      "hotade", "tycker", "tror", "vet", "gör", "gjorde", "ringer", "ringde", "skriver", "skrev", "sitter", "satt",
      "tar", "tog", "röker", "sover", "sov", "heter", "hette", "brukar", "måste", "behöver", "verkar", "skär", "skadar",
      "ljuger", "gråter", "stjäl", "snor", "knarkar", "spelar", "hänger", "säljer", "köper", "pratar", "träffar",
      "mobbar");

  /**
   * Verbs of where one lives or comes from, before a place preposition ("bor i", "flyttade till",
   * "kommer från", "uppvuxen i"): the place after them is where a person can be found.
   */
  private static final WordSieve RESIDENCE_VERBS = WordSieve.of("bor", "bodde", "bo", "flyttade", "flyttat", "flytta",
      "flyttar", "kommer", "kom", "uppvuxen", "uppväxt", "född", "bosatt", "bosatta", "hemma");

  /** Most digits of an age written after a name ("zinnis, 12", "/hille 12"). */
  private static final int MAX_AGE_DIGITS = 2;

  /** Fewest digits of the first group of a phone number after a name ("ring donnis 0611-22 314"). */
  private static final int MIN_PHONE_DIGITS = 3;

  /** Longest top-level domain after a word and a dot ("gotland.se", "1177.se", "blocket.com"). */
  private static final int MAX_DOMAIN = 4;

  /**
   * True when word {@code t} follows a place preposition after a verb of residence ({@code bor i},
   * {@code flyttade till}, {@code kommer från}, {@code växte upp i}).
   */
  static boolean isAfterResidenceVerb(Tokens tokens, int t) {
    int verb = t - 2;
    return tokens.adjacent(verb) && (RESIDENCE_VERBS.has(tokens, verb)
        || tokens.is(verb, "upp") && tokens.adjacent(verb - 1) && GREW_UP.has(tokens, verb - 1));
  }

  /**
   * True when word {@code t} follows a place preposition after a verb of living or moving house
   * ({@code bor på}, {@code flyttade till}); not of coming from or being at home ({@code kommer
   * från träningen}, {@code hemma i vapenskåpet}), after which an ordinary noun is as likely.
   */
  static boolean isAfterLivingVerb(Tokens tokens, int t) {
    int verb = t - 2;
    return tokens.adjacent(verb) && LIVING_VERBS.has(tokens, verb);
  }

  /** The verbs of {@link #RESIDENCE_VERBS} that say where someone lives. */
  private static final WordSieve LIVING_VERBS = WordSieve.of("bor", "bodde", "bo", "flyttade", "flyttat", "flytta",
      "flyttar", "bosatt", "bosatta");

  /** True when word {@code t} follows the preposition of a person's home ({@code hos}). */
  static boolean isAfterPersonPreposition(Tokens tokens, int t) {
    return tokens.adjacent(t - 1) && PERSON_PREPOSITIONS.has(tokens, t - 1);
  }

  /** Greetings that a name follows ("hej nejdet!"). */
  private static final WordSieve GREETINGS = WordSieve.of("hej", "hejsan", "hallå", "tjena", "tjenare", "tack", "kära");

  /** True when word {@code t} is greeted or thanked alone before a comma or the sentence's end ({@code hej nejdet!}). */
  static boolean isGreeted(Tokens tokens, int t) {
    return tokens.adjacent(t - 1) && GREETINGS.has(tokens, t - 1)
        && (t + 1 >= tokens.size() || tokens.kind(t + 1) == Tokens.PUNCT && !tokens.isPunct(t + 1, '-'));
  }

  /** True when word {@code t} is the focus of a cleft: {@code det var X som}, {@code det är X som}. */
  static boolean isCleftFocus(Tokens tokens, int t) {
    return tokens.is(t + 1, "som") && (tokens.is(t - 1, "var") || tokens.is(t - 1, "är")) && tokens.is(t - 2, "det")
        && tokens.adjacent(t - 1) && tokens.adjacent(t);
  }

  /** True when word {@code t} comes right before a verb of a person as subject ({@code noria flyttade}). */
  static boolean isBeforeSubjectVerb(Tokens tokens, int t) {
    return tokens.adjacent(t) && SUBJECT_VERBS.has(tokens, t + 1);
  }

  /**
   * True when word {@code t} comes before an age ({@code zinnis, 12}, {@code hille 12}: a number of
   * one or two digits that ends its sentence or is followed by a comma or {@code år}) or before a
   * phone number ({@code donnis 0611-22 314}: a number of three digits or more that begins with 0):
   * how a post signs or points to a person.
   */
  static boolean isBeforeAgeOrPhone(Tokens tokens, int t) {
    int n = tokens.isPunct(t + 1, ',') ? t + 2 : t + 1;
    if (n >= tokens.size() || tokens.kind(n) != Tokens.NUMBER || tokens.start(n) - tokens.end(n - 1) > 1) {
      return false;
    }
    int digits = tokens.length(n);
    if (digits <= MAX_AGE_DIGITS) {
      int after = n + 1;
      return after >= tokens.size() || tokens.is(after, "år") || tokens.kind(after) == Tokens.PUNCT
          && !tokens.isPunct(after, '-') && !tokens.isPunct(after, ':') && !tokens.isPunct(after, '/');
    }
    return digits >= MIN_PHONE_DIGITS && tokens.charAt(tokens.start(n)) == '0';
  }

  /**
   * True when word {@code t} comes right before a number and a unit that is no age ("max 3 veckor",
   * "per 100 kr"), or is "max" before a number or a numeral and a unit that is no age ("sa max 3",
   * "max en gång"): a word of quantity, not a name, even after a cue ("läkaren säger max 3 veckor").
   */
  static boolean isBeforeMeasure(Tokens tokens, int t) {
    int n = t + 1;
    int unit = n + 1;
    if (n < tokens.size() && tokens.adjacent(t) && tokens.is(t, "max")) {
      // "jag sa max 3", "dom säger max en gång i veckan": a limit, with or without its unit
      return tokens.kind(n) == Tokens.NUMBER && !(tokens.isWord(unit) && AGE_UNITS.has(tokens, unit))
          || SMALL_NUMERALS.has(tokens, n) && tokens.isWord(unit) && !AGE_UNITS.has(tokens, unit);
    }
    return n < tokens.size() && tokens.kind(n) == Tokens.NUMBER && tokens.adjacent(t) && tokens.isWord(unit)
        && tokens.adjacent(n) && !AGE_UNITS.has(tokens, unit);
  }

  /** Numerals in words that a limit counts ("max en gång", "max två timmar"). */
  private static final WordSieve SMALL_NUMERALS = WordSieve.of("en", "ett", "två", "tre", "fyra", "fem", "sex", "sju",
      "åtta", "nio", "tio");

  /** True when word {@code t} is the name part of a web address ({@code gotland.se}): a site, no name or place. */
  static boolean isDomainName(Tokens tokens, int t) {
    int dot = t + 1;
    return tokens.isPunct(dot, '.') && tokens.start(dot) == tokens.end(t) && tokens.isWord(dot + 1)
        && tokens.start(dot + 1) == tokens.end(dot) && tokens.length(dot + 1) <= MAX_DOMAIN;
  }

  /**
   * True when word {@code t} is a compound that ends in a noun of an organisation, in the definite
   * form ({@code Riksidrottsförbundet}, {@code Hyresgästföreningen}, {@code Nykterhetsrörelsen}):
   * a body that names no one and is no place.
   */
  static boolean isOrganisationCompound(Tokens tokens, int t) {
    for (String noun : ORGANISATION_NOUNS) {
      if (tokens.length(t) >= noun.length() + MIN_FIRST_PART && tokens.endsWithAny(t, noun)) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of organisations in the definite form, which end the compounds that name them. */
  private static final String[] ORGANISATION_NOUNS = {"förbundet", "föreningen", "rörelsen", "sällskapet",
      "stiftelsen", "fonden", "partiet", "samfundet", "organisationen"};

  /** The shortest first part of a compound of {@link #ORGANISATION_NOUNS} ("Arvsfonden"). */
  private static final int MIN_FIRST_PART = 3;

  /** Letters of Latin script that no Swedish word has, but many names of people who live in Sweden do. */
  private static final String FOREIGN_LETTERS = "üçşğıñøæãõâêîôûàèìòùćčšžłńśźżő";

  /** True when word {@code t} follows a role noun in its definite form ({@code ägaren}, {@code sköterskan}). */
  static boolean isAfterRoleNoun(Tokens tokens, int t) {
    int p = t - 1;
    return p >= 0 && tokens.isWord(p) && tokens.adjacent(p) && tokens.length(p) >= MIN_ROLE
        && tokens.endsWithAny(p, ROLE_ENDINGS);
  }

  /** True when the word has a letter of Latin script that no Swedish word has ({@code özgül}, {@code çelik}). */
  static boolean hasForeignLetter(char[] lower, int start, int length) {
    for (int i = start; i < start + length; i++) {
      char c = lower[i];
      // the listed letters of Latin-1, any of Latin Extended ("đ", "ş") and of Vietnamese ("ẵ", "ấ")
      if (NameLetters.isExtendedLatin(c) || FOREIGN_LETTERS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] lower, int from, String ending) {
    for (int i = 0; i < ending.length(); i++) {
      if (lower[from + i] != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
