package se.avid.models.review;

import se.avid.models.institutions.InstitutionNouns;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The positions in a post where a word is a name or a place whatever its case: after a place
 * preposition ({@code bor i kista}), next to an institution noun ({@code förskola trollskogen},
 * {@code hemgården äldreboende}), before a naming verb and a pronoun ({@code ask heter hon}), and
 * the cue words before a number ({@code tel}, {@code konto}). Lowercased posts lose the capital
 * that marks a name; these positions still mark it. Stateless.
 */
final class ResidualSlots {

  private ResidualSlots() {}

  /** Prepositions before a place ("bor i", "flyttade till", "från"), also typed without å. */
  private static final WordSieve PLACE_PREPOSITIONS = WordSieve.of("i", "på", "pa", "från", "fran", "vid", "till");

  /** "heter" in the present and the past. */
  private static final WordSieve HETER = WordSieve.of("heter", "hette");

  /** Verbs that name the words before them when a pronoun follows ("Ask heter hon"). */
  private static final WordSieve NAMING_VERBS = WordSieve.of("heter", "hette", "kallas");

  private static final WordSieve PERSONAL_PRONOUNS = WordSieve.of("han", "hon", "hen");

  /** Subjects of a naming verb that name a thing ("något som heter", "det heter", "vad den hette"). */
  private static final WordSieve THING_SUBJECTS = WordSieve.of("något", "nåt", "det", "den", "vad", "sak", "grej",
      "stället", "firman", "företaget", "appen", "programmet", "boken", "filmen", "låten", "stiftelsen", "föreningen");

  /** Longest preposition above: most words are longer and are settled by their length alone. */
  private static final int MAX_PREPOSITION = 4;

  /** Shortest present form in {@code -r} taken for a verb after a subject ("gråter", "skär"; not "är"). */
  private static final int MIN_PRESENT_VERB = 3;

  /** Shortest definite noun ("gården") that a name of a place or home takes. */
  private static final int MIN_DEFINITE = 5;

  /**
   * True when word {@code t} follows a place preposition ({@code i}, {@code på}, {@code från},
   * {@code vid}, {@code till}); not {@code på} after a word that governs a language or a person with
   * it ({@code tolk på}, {@code pratar mest på}).
   */
  static boolean isAfterPlacePreposition(Tokens tokens, int t) {
    int p = t - 1;
    if (!tokens.isWord(p) || tokens.length(p) > MAX_PREPOSITION) {
      return false;
    }
    if (!PLACE_PREPOSITIONS.has(tokens, p)) {
      return false;
    }
    if (!tokens.is(p, "på")) {
      return true;
    }
    // "tolk på kalo", "pratar mest på sorani": what "på" governs after these is a language (after
    // "litar på", "väntar på" it may be a person, whom the flag catches as well)
    int v = ADVERBS_BEFORE_PÅ.has(tokens, p - 1) ? p - 2 : p - 1;
    return !LANGUAGE_BEFORE_PÅ.has(tokens, v);
  }

  /** Adverbs between a verb and its "på" ("pratar mest på"). */
  private static final WordSieve ADVERBS_BEFORE_PÅ = WordSieve.of("inte", "mest", "bara", "helst", "mycket");

  /** Words after which "på" governs a language, not a place. */
  private static final WordSieve LANGUAGE_BEFORE_PÅ = WordSieve.of("tolk", "tolken", "tolkar", "tolkning", "pratar",
      "pratade", "prata", "talar", "talade", "tala", "översatt", "översättning", "översätta", "broschyr", "information",
      "papper");

  /** True when word {@code t} comes right after an institution noun ("förskola trollskogen"). */
  static boolean isAfterInstitutionNoun(Tokens tokens, int t) {
    return tokens.adjacent(t - 1) && InstitutionNouns.isNoun(tokens, t - 1);
  }

  /**
   * True when word {@code t} follows an institution's noun and "i": the institution's town
   * ("vårdcentralen i forsa"); not a time ("sjukhus i vintras").
   */
  static boolean isAfterInstitutionsI(Tokens tokens, int t) {
    return !TIMES_AFTER_I.has(tokens, t) && InstitutionNouns.isAfterNounAndI(tokens, t);
  }

  /**
   * The words of a time after "i": "i vintras", "i fjol", "i morse"; and a school year ("går på
   * polhemsgymnasiet i trean", "förskolan i ettan"), which is no place.
   */
  private static final WordSieve TIMES_AFTER_I = WordSieve.of("vintras", "somras", "höstas", "våras", "fjol", "morse",
      "förrgår", "helgen", "helgas", "påskas", "julas", "höst", "vår", "sommar", "vinter", "perioder", "omgångar",
      "ettan", "tvåan", "trean", "fyran", "femman", "sexan", "sjuan", "åttan", "nian", "förskoleklass");

  /**
   * True when word {@code t} is a noun of a kind of place or a time that names none, where a place
   * may stand: a home of a school or a hospital ("bor på internatet", "patienthotellet"), a part
   * of a country or a town ("i inlandet", "på fastlandet", "i centralorten"), a floor ("på trean"),
   * a housing association ("lägenhet i föreningen"), a day ("på måndagen").
   */
  static boolean isKindOfPlaceOrTime(Tokens tokens, int t) {
    return KINDS_OF_PLACE_OR_TIME.has(tokens, t);
  }

  private static final WordSieve KINDS_OF_PLACE_OR_TIME = WordSieve.of("internatet", "patienthotellet", "elevhemmet",
      "inlandet", "fastlandet", "landsbygden", "glesbygden", "kusten", "centralorten", "orten", "bygden", "landet",
      "föreningen", "våningen", "ettan", "tvåan", "trean", "fyran", "femman", "måndagen", "tisdagen", "onsdagen",
      "torsdagen", "fredagen", "lördagen", "söndagen", "morgonen", "kvällen", "natten", "helgen");

  /** True when word {@code t} comes right before an institution noun ("hemgården äldreboende"). */
  static boolean isBeforeInstitutionNoun(Tokens tokens, int t) {
    return tokens.adjacent(t) && InstitutionNouns.isNoun(tokens, t + 1);
  }

  /**
   * True when word {@code t} comes right after {@code heter} or {@code hette} said of someone
   * ("min kille heter sotte"), not of a thing ("något som heter anhörigstöd", "vad det heter").
   * Not {@code kallas}: it names concepts as often ("tillstånd som kallas schizofreni").
   */
  static boolean isAfterNamingVerb(Tokens tokens, int t) {
    int verb = t - 1;
    if (!tokens.adjacent(verb) || !HETER.has(tokens, verb)) {
      return false;
    }
    int subject = tokens.is(verb - 1, "som") ? verb - 2 : verb - 1;
    return !THING_SUBJECTS.has(tokens, subject);
  }

  /** Passive forms of the verb that gives someone a nickname ("hon kallas lillen"). */
  private static final WordSieve NICKNAMING_PASSIVES = WordSieve.of("kallas", "kallades", "kallad", "kallat");

  /** Active forms of it, before the one named ("vi kallar honom lillen"). */
  private static final WordSieve NICKNAMING_ACTIVES = WordSieve.of("kallar", "kallade", "kalla", "kallat");

  /** Subjects that make a passive nickname verb one of a person ("hon kallas", "en kallas"). */
  private static final WordSieve PERSON_SUBJECTS = WordSieve.of("han", "hon", "hen", "en", "jag", "du", "vi", "de",
      "dom", "ni");

  /** Objects that make an active nickname verb one of a person ("kallar honom", "kallar sig"). */
  private static final WordSieve PERSON_OBJECTS = WordSieve.of("honom", "henne", "hen", "henom", "mig", "mej", "dig",
      "dej", "sig", "sej", "oss", "dem", "dom", "er");

  /** Shortest weak adjective taken between a genitive and an institution noun ("nya", "särskilda"). */
  private static final int MIN_ADJECTIVE = 3;

  /**
   * True when word {@code t} is a weak adjective, in {@code -a} or {@code -e}, right before an
   * institution noun ("vintergatans särskilda boende", "tallbackens nya förskola"): the genitive
   * before it names the institution as it would right before the noun.
   */
  static boolean isAdjectiveBeforeInstitutionNoun(Tokens tokens, int t) {
    if (!tokens.isWord(t) || !tokens.adjacent(t - 1) || !tokens.adjacent(t) || tokens.length(t) < MIN_ADJECTIVE) {
      return false;
    }
    char last = tokens.lower()[tokens.end(t) - 1];
    return (last == 'a' || last == 'e') && InstitutionNouns.isNoun(tokens, t + 1);
  }

  /**
   * True when word {@code t} is what a person is called by: after {@code kallas} with a personal
   * pronoun before it ("hon kallas lillen", "en kallas ziggy") or after {@code kallar} and a
   * personal object ("vi kallar honom lillen", "han kallar sig zorro"). The verb alone names
   * concepts as often ("tillstånd som kallas schizofreni"); its person makes the word a nickname.
   */
  static boolean isNicknamed(Tokens tokens, int t) {
    int v = t - 1;
    if (!tokens.adjacent(v)) {
      return false;
    }
    if (NICKNAMING_PASSIVES.has(tokens, v)) {
      return tokens.adjacent(v - 1) && PERSON_SUBJECTS.has(tokens, v - 1);
    }
    return PERSON_OBJECTS.has(tokens, v) && tokens.adjacent(v - 1) && NICKNAMING_ACTIVES.has(tokens, v - 1);
  }

  /**
   * True when word {@code t} stands before what a subject is followed by: a verb of a person
   * ({@code ros skär sig}, {@code vilja säger}: a listed one or a present form in {@code -r}),
   * {@code som}, a comma, or the end of its sentence. After a cue ({@code min dotter}) the word in
   * that slot is the person's name even when it is also an ordinary word.
   */
  static boolean isBeforeVerbOrEnd(Tokens tokens, int t) {
    int n = t + 1;
    if (n >= tokens.size()) {
      return true;
    }
    if (!tokens.isWord(n)) {
      return tokens.kind(n) == Tokens.PUNCT && (tokens.isPunct(n, ',') || tokens.endsSentence(n));
    }
    if (!tokens.adjacent(t)) {
      return false;
    }
    return tokens.is(n, "som") || WeakSlots.isBeforeSubjectVerb(tokens, t)
        || tokens.length(n) >= MIN_PRESENT_VERB && tokens.lower()[tokens.end(n) - 1] == 'r'; // "skär", "gråter"
  }

  /**
   * True when word {@code t}, and at most one more word, come before a naming verb and a personal
   * pronoun ("ask lindgren heter hon"): the words a post names someone by; not a preposition
   * before what is named ("på insta heter hon": where she goes by a name).
   */
  static boolean isBeforeNamingVerb(Tokens tokens, int t) {
    if (PLACE_PREPOSITIONS.has(tokens, t)) {
      return false;
    }
    for (int verb = t + 1; verb <= t + 2; verb++) {
      if (!tokens.adjacent(verb - 1)) {
        return false;
      }
      if (NAMING_VERBS.has(tokens, verb)) {
        return tokens.adjacent(verb) && PERSONAL_PRONOUNS.has(tokens, verb + 1);
      }
      if (!tokens.isWord(verb)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a word in a definite form ends in {@code -en}, {@code -et} or {@code -an}
   * ("hemgården", "trollskogen"): the form the name of a home, a school or a venue takes.
   */
  static boolean isDefinite(char[] lower, int start, int length) {
    if (length < MIN_DEFINITE) {
      return false;
    }
    char last = lower[start + length - 1];
    char before = lower[start + length - 2];
    boolean het = last == 't' && lower[start + length - 3] == 'h'; // "verksamhet": no definite form
    return (before == 'e' && (last == 'n' || last == 't') && !het) || before == 'a' && last == 'n';
  }

  /** Endings of plurals and participles ("kvällarna", "ärvda", "anpassad"): an inflected word. */
  private static final String[] INFLECTIONS = {"rna", "da", "de", "ad", "at", "ade", "ande", "ende", "iga", "ig"};

  /** True when the word ends in a plural or participle ending ({@link #INFLECTIONS}), leaving three letters. */
  static boolean isInflected(char[] lower, int start, int length) {
    for (String ending : INFLECTIONS) {
      int n = ending.length();
      if (length >= n + 3 && endsWith(lower, start + length - n, ending)) {
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

  /** Words of a post's last line that may be a signature. */
  private static final int SIGNATURE_WORDS = 3;

  /**
   * The first token of the post's last sentence if it has at most {@value #SIGNATURE_WORDS} words
   * ("…kan de tvinga honom? Tina", "/robin kask"); past the last token otherwise.
   */
  static int signatureStart(Tokens tokens) {
    int words = 0;
    for (int t = tokens.size() - 1; t >= 0; t--) {
      if (tokens.isWord(t)) {
        words++;
        if (words > SIGNATURE_WORDS) {
          return tokens.size();
        }
        if (tokens.has(t, Tokens.SENTENCE_START) || tokens.has(t, Tokens.LINE_START) || t > 0 && tokens.isPunct(t - 1, '/')) {
          return hasWordBefore(tokens, t) ? t : tokens.size(); // a text of three words is no signature
        }
      } else if (tokens.kind(t) == Tokens.NUMBER) {
        return tokens.size();
      }
    }
    return tokens.size();
  }

  private static boolean hasWordBefore(Tokens tokens, int t) {
    for (int u = t - 1; u >= 0; u--) {
      if (tokens.isWord(u)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word after a comma or at the start of a sentence or line, followed by an age ({@code , ask,
   * 8 år}, {@code Vilja 9 år}): the way people introduce a child, so a first name there is one even
   * when it is also a word; "max 3 år" inside a sentence is no such place.
   */
  static boolean isAgedFirstName(Tokens tokens, int t) {
    boolean opens = t == 0 || tokens.isPunct(t - 1, ',') || tokens.has(t, Tokens.SENTENCE_START)
        || tokens.has(t, Tokens.LINE_START);
    if (!opens) {
      return false;
    }
    int n = tokens.isPunct(t + 1, ',') ? t + 2 : t + 1;
    return tokens.kind(n) == Tokens.NUMBER && tokens.length(n) <= 2 && tokens.is(n + 1, "år");
  }

  /** True when word {@code t} opens a quotation ("kallad \"Tankar\""): a title or a saying, not a name. */
  static boolean isQuoted(Tokens tokens, int t) {
    return tokens.isPunct(t - 1, '"') || tokens.isPunct(t - 1, '”') || tokens.isPunct(t - 1, '“')
        || tokens.isPunct(t - 1, '»') || tokens.isPunct(t - 1, '\'');
  }

  /** Capitalised, not all caps (acronyms are mostly bodies and diagnoses), not first in its sentence. */
  static boolean isNamePosition(Tokens tokens, int t) {
    return tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS)
        && !tokens.has(t, Tokens.SENTENCE_START) && !tokens.has(t, Tokens.LINE_START);
  }

  /** Possessives and other genitives that own an institution without naming it ("hans", "kommunens"). */
  static boolean isDeterminer(Tokens tokens, int t) {
    return tokens.is(t, "hans") || tokens.is(t, "hennes") || tokens.is(t, "deras") || tokens.is(t, "dess")
        || tokens.is(t, "barnens") || tokens.is(t, "kommunens") || tokens.is(t, "regionens")
        || tokens.is(t, "stadens") || tokens.is(t, "ortens") || tokens.is(t, "närmaste")
        || tokens.is(t, "andras") || tokens.is(t, "allas");
  }

  /** A hyphenated word whose last part is lowercase is a compound noun ("ADHD-utredning", "AA-möten"). */
  static boolean isCompoundNoun(Tokens tokens, char[] lower, int t) {
    for (int i = tokens.end(t) - 2; i > tokens.start(t); i--) {
      if (lower[i] == '-') {
        return Character.isLowerCase(tokens.charAt(i + 1));
      }
    }
    return false;
  }

  /**
   * True when word {@code t}, in any case, is in a place position and may be a place the other
   * detectors left: after a place preposition a word that is no ordinary word or that is listed as
   * a place ("i sickla", "på näl", "bor i kista"); next to an institution noun a word that is no
   * ordinary word, is listed as a name or place, or is a definite noun no frequent one ("förskola trollskogen",
   * "vårdcentral lund", "hemgården äldreboende").
   */
  static boolean isResidualPlace(Tokens tokens, int t, long categories, boolean placeAfter, boolean noWord, boolean frequent) {
    boolean named = noWord || (categories & ResidualWords.NAME_OR_PLACE) != 0;
    if (placeAfter && (noWord || (categories & ResidualWords.PLACE) != 0)) {
      return true;
    }
    boolean after = ResidualSlots.isAfterInstitutionNoun(tokens, t);
    boolean before = !after && ResidualSlots.isBeforeInstitutionNoun(tokens, t);
    if (!after && !before || isDeterminer(tokens, t) || after && (tokens.is(t, "verksamhet") || tokens.is(t, "verksamheten"))) {
      return false; // "dagliga verksamheten": the unit's own noun after its adjective, no name
    }
    // a definite noun next to an indefinite institution noun names it ("förskola trollskogen", "hemgården äldreboende")
    int noun = after ? t - 1 : t + 1;
    char[] lower = tokens.lower();
    // (not a frequent noun: "vilken skola barnen går i", "ha barnen boende hos sig")
    return named || !frequent && ResidualSlots.isDefinite(lower, tokens.start(t), tokens.length(t))
        && !ResidualSlots.isDefinite(lower, tokens.start(noun), tokens.length(noun));
  }
}
