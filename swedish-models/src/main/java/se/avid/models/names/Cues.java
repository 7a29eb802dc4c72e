package se.avid.models.names;

import static se.avid.models.names.ProperNameDetector.PERSON;
import static se.avid.models.names.ProperNameDetector.any;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The words around a word that say what it is: a name cue before it ("heter", "min son", "hej",
 * "mvh", "/"), a place cue ("bor i", "från", "kommun" after), an age after it, a title, a verb
 * whose object is a person. Its parts: {@link Signatures} (where the writer signs),
 * {@link RelationCues} (who a person is to someone), {@link LocativeCues} (what places a word) and
 * {@link AgeSlots}. Not thread-safe; one per call.
 */
final class Cues {

  private final Tokens tokens;
  private final long[] flags;
  private final int n;
  /** Where the writer signs the text. */
  final Signatures signatures;
  /** Who a person is to someone: partner, child, kin. */
  private final RelationCues relations;
  /** The cues that place a word. */
  final LocativeCues places;
  private final WordFacts words;
  private final WordShapes shapes;
  /** The ages after words, which name the word before them. */
  final AgeSlots ages;
  /** The verbs and nouns that give a person's name. */
  final NamingVerbs naming;

  Cues(Tokens tokens, WordFacts words, WordShapes shapes) {
    this.tokens = tokens;
    this.flags = words.flags;
    this.n = tokens.size();
    this.signatures = new Signatures(tokens, words);
    this.relations = new RelationCues(tokens, words);
    this.places = new LocativeCues(tokens, words);
    this.words = words;
    this.shapes = shapes;
    this.ages = new AgeSlots(tokens, words);
    this.naming = new NamingVerbs(tokens, words);
    this.writtenWithCapitals = WritingHabits.withCapitals(tokens);
    this.habits = new WritingHabits(tokens);
    this.contexts = new WordContexts(tokens, words, shapes, this);
  }

  /**
   * The sentence of word {@code t} opens with a capital: its writer uses them, even in a text of
   * one sentence, which {@link #writtenWithCapitals} does not judge.
   *
   * @param t a word
   * @return whether the first word of its sentence is capitalised
   */
  boolean sentenceOpensCapitalised(int t) {
    int v = t;
    while (v > 0 && !(tokens.isWord(v) && tokens.has(v, Tokens.SENTENCE_START))) {
      v--;
    }
    return tokens.isWord(v) && tokens.has(v, Tokens.CAPITALISED);
  }

  /**
   * Whether the writer uses capitals ({@link WritingHabits#withCapitals}). In such a text a name
   * is written with one, and a lowercase word that is also a word is the word ("kan bo hos
   * henne", "en sten i magen").
   */
  final boolean writtenWithCapitals;

  /** How the text is typed, beyond its capitals: whether it has å, ä, ö. */
  private final WritingHabits habits;
  private final WordContexts contexts;

  /**
   * Whether the writer never types å, ä or ö ({@link WritingHabits#withoutDiacritics}), so that a
   * folded function word ("nar", "pa") is that word, not a name.
   *
   * @return whether no letter of the text is å, ä or ö
   */
  boolean writtenWithoutDiacritics() {
    return habits.withoutDiacritics();
  }

  /**
   * In a text typed without å, ä, ö, word {@code t} is a listed word with them put back ("lamnade":
   * lämnade): an ordinary word, however unknown as typed.
   */
  boolean foldedListedWord(int t) {
    return writtenWithoutDiacritics() && words.foldedPlace(t) == AsciiFolding.Reading.LISTED_WORD;
  }

  /** As {@link #foldedListedWord}, but any ordinary word with å, ä, ö put back ("forskolan", "förskolan"). */
  boolean foldedWord(int t) {
    if (!writtenWithoutDiacritics()) {
      return false;
    }
    AsciiFolding.Reading reading = words.foldedPlace(t);
    return reading == AsciiFolding.Reading.LISTED_WORD || reading == AsciiFolding.Reading.WORD;
  }

  /**
   * A lowercase word that is also a word is the word, not a name: in a text written with
   * capitals ("kan bo hos henne"), or where the words before say so ({@link WordContexts#wordContext}).
   */
  boolean wordOfTheText(int t) {
    return !tokens.has(t, Tokens.CAPITALISED) && (writtenWithCapitals || contexts.wordContext(t));
  }

  /** {@link WordContexts#wordContext}: the words before say that word {@code t} is the word, not the name. */
  boolean wordContext(int t) {
    return contexts.wordContext(t);
  }

  /** The pronouns of the writer, and of the one written to, that "och" joins a person to ("jag och max", "mig och max"). */
  private static final WordSieve FIRST_PERSONS = WordSieve.of("jag", "mig", "mej", "vi", "oss", "du", "dig", "dej");

  /**
   * "max" meaning maximum: before a number or an ordinary noun ("max 3 timmar", "på max volym",
   * "fängelse max 3 år"), not before a verb, a pronoun or a name ("max är sjuk", "max och ella"),
   * and not before an age after a name cue, in a list of ages or opening a clause ("min son max 3
   * år", "max 12 år och ella 8", "Max 3 år har feber").
   */
  boolean maximum(int t) {
    int u = t + 1;
    if (!tokens.is(t, "max") || u >= n || !tokens.adjacent(t) || naming.afterNamingVerb(t)) {
      return false; // "tränaren heter max o han": what he is called
    }
    if (tokens.is(t - 1, "och") && FIRST_PERSONS.has(tokens, t - 2)) {
      return false; // "han såg mig och max på väla", "jag och max": one of two people, no limit
    }
    if (tokens.kind(u) == Tokens.NUMBER) {
      // a verb of saying cues a name after it ("sa Max"), but not one that a number follows: what
      // was said is a limit ("läkaren säger max 3 veckor", "skolan skriver max 2 dagar")
      boolean saying = tokens.isWord(t - 1) && words.inSet(CueLists.REPORTING_VERBS, t - 1);
      if (nameCue(t) == CUE_STRONG && !saying || ages.ageInAList(t)) {
        return false; // "min son max 3 år", "barnen max 12 år och ella 8": a boy
      }
      // an age after it is the boy's where a clause or an apposition opens ("Max 3 år har feber",
      // "två barn: max 3 år"); after a word it is a limit ("fängelse max 3 år", "vara där max 3 år")
      return !ages.ageAfter(t) || tokens.isWord(t - 1) && !tokens.is(t - 1, "och");
    }
    if (limitOnAMeasure(t)) {
      return true;
    }
    if (PLACE_PREPOSITIONS.has(tokens, u) && !(tokens.kind(u + 1) == Tokens.NUMBER || tokens.isWord(u + 1) && words.inSet(WordSenses.NUMERALS, u + 1))) {
      return false; // "max i korridoren säger": a person where he is; but "max i tre veckor", a limit
    }
    return tokens.isWord(u) && !any(flags[u], PERSON) && !Category.WORD_FORM.in(flags[u]) && words.isCommon(u)
        && !shapes.verbLike(u) && !shapes.finiteVerb(u); // "min polare max skrev", "vår son max flyttade"
  }

  /** Prepositions of place after a person's name ("max i korridoren", "max på jobbet"). */
  private static final WordSieve PLACE_PREPOSITIONS = WordSieve.of("i", "på", "från", "hos", "vid");

  /**
   * A month in a date: after a day number ("15 jan", "3 juni") or before a year ("maj 2023"),
   * where "Jan", "Maj", "Juni" are no names.
   */
  boolean monthInADate(int t) {
    int p = t - 1;
    int u = t + 1;
    boolean day = p >= 0 && tokens.kind(p) == Tokens.NUMBER && tokens.length(p) <= 2 && tokens.adjacent(p);
    boolean year = u < n && tokens.kind(u) == Tokens.NUMBER && tokens.length(u) == 4 && tokens.adjacent(t);
    return (day || year) && words.inSet(CueLists.MONTHS, t); // the set last: this runs for every word
  }

  static final int CUE_STRONG = 1;
  static final int CUE_VOCATIVE = 2;

  static boolean isCueWord(long f) {
    return any(f, Category.bits(Category.CUE_NAME, Category.CUE_RELATION, Category.CUE_POSSESSIVE,
        Category.CUE_GREETING, Category.CUE_SIGNATURE));
  }

  /**
   * "…hatbrott? /biret inga kuhmunen": in a text written without capitals, the words from {@code t}
   * to the end are a full name signing it ({@link Signatures#lowercaseNameEndingText}), {@code p}
   * the token before them.
   */
  boolean lowercaseSignedName(int t, int p) {
    return !writtenWithCapitals && signatures.lowercaseNameEndingText(t, p);
  }

  /** CUE_STRONG after "heter", "min son", "handläggaren"; CUE_VOCATIVE after "hej", "mvh", "/"; else 0. */
  int nameCue(int t) {
    int p = t - 1;
    if (tokens.isPunct(p, '/') && tokens.end(p) == tokens.start(t)) {
      // "/lemar", "/stig 72, skellefteå", "/biret inga kuhmunen"
      return signatures.slashSignature(t) || lowercaseSignedName(t, p) ? CUE_VOCATIVE : 0;
    }
    while (p >= 0 && (tokens.isPunct(p, ',') || tokens.isPunct(p, '!'))) {
      p--;
    }
    if (!tokens.isWord(p)) {
      return signatures.lastLineAlone(t) || signatures.lastSentenceAlone(t, p) || signatures.lastSentenceWithAge(t, p)
          || signatures.lastSentenceWithRole(t, p)
          || signatures.fullNameAsLastSentence(t, p, writtenWithCapitals) || signatures.initialledNameEndingText(t, p)
          || lowercaseSignedName(t, p) ? CUE_VOCATIVE : 0;
    }
    long f = flags[p];
    if (Category.CUE_NAME.in(f) && (p == t - 1 || apposition(p, t)) && !naming.soCalled(p)) {
      return CUE_STRONG;
    }
    if (Category.CUE_RELATION.in(f) && p == t - 1 && possessiveBefore(p)) {
      return CUE_STRONG;
    }
    if (p == t - 1 && relations.postposedPossessive(p) || relations.namedByHeterAfter(t) || relations.parentOf(t)) {
      return CUE_STRONG; // "bror min esko", "klara heter hon", "pappa till ask"
    }
    if (Category.CUE_RELATION.in(f) && p == t - 1 && definiteSingular(p) && !words.isFrequentOrListed(t)) {
      return CUE_STRONG; // "träffade killen maret": a definite relation noun needs no possessive to name
    }
    if (Category.CUE_RELATION.in(f) && apposition(p, t) && !words.isCommon(t)) {
      return CUE_STRONG; // "en tjej, mediha, som", "min son, elias, är": no ordinary word ("min son, alltså,")
    }
    if (p == t - 1 && (naming.afterNamedObject(t) || naming.givenWithoutCueWord(t))) {
      return CUE_STRONG; // "alla kallar mig kwan", "en kille som kallas lillen", "bytte namn till ro"
    }
    if (p == t - 1 && tokens.adjacent(p) && (eldestOrYoungest(p) || roleCopula(p) && !words.isCommon(t))
        || apposition(p, t) && eldestOrYoungest(p)) {
      return CUE_STRONG; // "min äldsta sol 9 vill", "chefen e sussie på humana", "vår yngsta, sol, flyttade"
    }
    if (p == t - 1 && relations.partnerOf(t) && !words.isCommon(t)) {
      return CUE_STRONG; // "gifte sig med joy", "är ihop med mojje"
    }
    if (any(f, Category.bits(Category.CUE_GREETING, Category.CUE_SIGNATURE))) {
      return CUE_VOCATIVE;
    }
    if (signatures.signatureEnd(t) && signatures.afterClosing(t)) {
      return CUE_VOCATIVE; // "tack, lama", "tack på förhand, ros": the thanks closes, the name signs
    }
    if (roleCompoundBefore(t)) {
      return CUE_STRONG; // "barnläkaren björn", "partiledaren anna ek"
    }
    return signatures.lastLineAlone(t) ? CUE_VOCATIVE : 0;
  }

  /**
   * Right before word {@code t}, a compound that ends in a role or kin noun of the cue list
   * ({@link WordShapes#roleCompound}: "överläkaren", "gruppledare", "soc-handläggaren"), itself no cue.
   * Asked of candidate words only (a name, a capitalised word, a word in no list), never of every word.
   */
  private boolean roleCompoundBefore(int t) {
    int p = t - 1;
    return longWordBefore(t) && tokens.adjacent(p) && !isCueWord(flags[p]) && !any(flags[p], ProperNameDetector.PERSON)
        && shapes.roleCompound(p);
  }

  /** A word long enough to be a compound of a role noun right before {@code t}. */
  private boolean longWordBefore(int t) {
    return tokens.isWord(t - 1) && tokens.length(t - 1) >= WordShapes.MIN_ROLE_COMPOUND;
  }

  /**
   * Right after a word of quantity ("mycket mojje", "lite tjafs", "massa skit"): a mass noun or an
   * adjective, no person, unless the thanks "tack så mycket" greets the one after it.
   */
  boolean afterQuantity(int t) {
    int p = t - 1;
    return tokens.adjacent(p) && QUANTITIES.has(tokens, p) && !(tokens.is(p - 1, "så") && tokens.is(p - 2, "tack"));
  }

  private static final WordSieve QUANTITIES = WordSieve.of("mycket", "lite", "massa", "mer", "mindre", "jättemycket",
      "jättelite", "mkt");

  /** After an article: "en björn 5 år gammal" is a bear. */
  boolean afterArticle(int t) {
    return tokens.is(t - 1, "en") || tokens.is(t - 1, "ett") || tokens.is(t - 1, "den") || tokens.is(t - 1, "det");
  }

  /**
   * The word right before names the next one: a naming verb ("heter", "kallas"), one with the one
   * it names ("kallar mig"), or a kin or role noun after a possessive ("min son", "hennes man"); not
   * a role noun alone ("läraren per brev").
   */
  boolean namingCue(int t) {
    return naming.afterNamingVerb(t) || naming.afterNamedObject(t) || naming.givenWithoutCueWord(t) || namingCueNoun(t)
        || relations.partnerOf(t) && !words.isCommon(t)
        || relations.namedByHeterAfter(t) || tokens.isWord(t - 1) && relations.postposedPossessive(t - 1) || relations.parentOf(t);
  }

  /** Shortest genitive taken for a person's before a kin noun ("bos", "alis"). */
  static final int MIN_OWNER = 3;

  /**
   * Word {@code t} is a genitive right before a kin or care noun ({@link CueLists#OWNED_KIN}:
   * "lisas pappa", "naylas kurator", at a sentence start too), no possessive pronoun or word form
   * ("hans", "vars"). Whose the kin is, is a person; the caller asks whether the word's base can
   * be a name.
   */
  boolean ownerOfKin(int t) {
    return genitiveBeforeWord(t) && !any(flags[t], Category.bits(Category.CUE_POSSESSIVE, Category.WORD_FORM))
        && words.inSet(CueLists.OWNED_KIN, t + 1);
  }

  /** Word {@code t} ends in s, of {@value #MIN_OWNER} letters or more, right before a word: maybe a genitive and what it owns. */
  private boolean genitiveBeforeWord(int t) {
    int len = tokens.length(t);
    return len >= MIN_OWNER && tokens.lower()[tokens.start(t) + len - 1] == 's' && tokens.adjacent(t) && tokens.isWord(t + 1);
  }

  /**
   * Word {@code t} is a genitive right before a thing a person has ({@link CueLists#OWNED_THINGS}:
   * "stens bil", "sagas rum"), after no article ("en stens kast"), no possessive or word form; the
   * caller asks whether the word's base is a first name.
   */
  boolean ownerOfThing(int t) {
    // a word form only with a capital inside its sentence, "som står på Dags namn", not "dags att";
    // or in the phrase of ownership itself, "huset står på dags namn"
    boolean capitalInside = tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.SENTENCE_START);
    return genitiveBeforeWord(t) && !Category.CUE_POSSESSIVE.in(flags[t])
        && (!Category.WORD_FORM.in(flags[t]) || capitalInside || inWhoseName(t)) && !afterArticle(t)
        && words.inSet(CueLists.OWNED_THINGS, t + 1);
  }

  /** "står på dags namn", "skrevs i sols namn": genitive {@code t} between "på" or "i" and "namn", whose name a thing is in. */
  boolean inWhoseName(int t) {
    return tokens.is(t + 1, "namn") && (tokens.is(t - 1, "på") || tokens.is(t - 1, "pa") || tokens.is(t - 1, "i"))
        && tokens.adjacent(t - 1);
  }

  /**
   * "max budget", "om max restid", "Max fyra månader", "hur många timmar max kan": "max" (word
   * {@code t}) beside what a limit is set on, or before a numeral and it, with no cue naming it.
   */
  boolean limitOnAMeasure(int t) {
    int u = t + 1;
    return tokens.is(t, "max") && nameCue(t) == 0 && (MEASURED.has(tokens, u)
        || tokens.isWord(u) && words.inSet(WordSenses.NUMERALS, u) && MEASURED.has(tokens, u + 1)
        || tokens.isWord(t - 1) && MEASURED.has(tokens, t - 1) && tokens.adjacent(t - 1));
  }

  /**
   * What a limit is set on, before or after "max" ("max budget", "timmar max", "max fyra månader"):
   * units of time (not "år", a child's age: "min son max fyra år"), money and way, and nouns of an amount.
   */
  private static final WordSieve MEASURED = WordSieve.of("dagar", "veckor", "månader", "timmar", "minuter",
      "kr", "kronor", "gånger", "mil", "km", "budget", "restid", "belopp", "summa", "kostnad", "pris", "antal", "hyra",
      "avgift", "hastighet", "tid", "väntetid", "ålder");

  /** "två gånger om dan", "hela dan": "dan" as talk says "dagen", after a word of time, not a man's name. */
  boolean spokenDay(int t) {
    return tokens.is(t, "dan") && tokens.adjacent(t - 1) && tokens.isWord(t - 1) && words.inSet(DAY_WORDS, t - 1);
  }

  /** The words before "dan" as talk says "dagen": "om dan", "hela dan", not "med dan" (a man). */
  private static final CharArraySet DAY_WORDS = WordFacts.words("om", "hela", "per", "varje", "samma", "nästa", "förra");

  /** After a kin or role noun after a possessive ("min son"), or between commas after a noun ("en kollega, per,"). */
  private boolean namingCueNoun(int t) {
    int p = t - 1;
    if (tokens.isPunct(p, ',')) {
      return apposition(p - 1, t); // "en kollega, per, tar"
    }
    if (!tokens.isWord(p)) {
      return false; // the first word of the text, or after other punctuation
    }
    return tokens.isWord(p - 1) && tokens.adjacent(p - 1) && Category.CUE_POSSESSIVE.in(flags[p - 1])
        || tokens.isWord(p - 1) && words.inSet(CueLists.KIN_ADJECTIVES, p - 1) && possessiveBefore(p);
  }

  /**
   * A possessive before the kin or role noun {@code p}, right before it or before one of the
   * adjectives that tell kin apart ("min son", "hans bästa kompis", "min äldsta dotter").
   */
  /**
   * Cue word {@code u} is a role, kin or relation noun in its definite singular ("kuratorn",
   * "handläggaren", "killen"): a definite noun takes no noun after it, and no compound is typed
   * apart from one; not a plural ("barnen", "föräldrarna"), which a verb or an adverb follows.
   */
  boolean definiteSingular(int u) {
    char[] lower = tokens.lower();
    int end = tokens.end(u);
    return tokens.length(u) >= MIN_DEFINITE_CUE && lower[end - 1] == 'n' && !words.inSet(PLURALS_IN_N, u)
        && !(lower[end - 2] == 'a' && lower[end - 3] == 'n'); // "-arna", "-erna", "-orna"
  }

  /** The shortest definite cue noun ("sonen"; not "man", "son"). */
  private static final int MIN_DEFINITE_CUE = 5;

  /** Definite plurals of kin and group nouns that end in -n like a singular. */
  private static final CharArraySet PLURALS_IN_N = WordFacts.words("barnen", "syskonen", "barnbarnen", "föräldrarna",
      "vännerna", "kompisarna", "grannarna", "killarna", "tjejerna");

  private boolean possessiveBefore(int p) {
    int q = p - 1;
    if (tokens.isWord(q) && words.inSet(CueLists.KIN_ADJECTIVES, q)) {
      q--;
    }
    return tokens.isWord(q) && (Category.CUE_POSSESSIVE.in(flags[q]) || relations.personsGenitive(q));
  }

  /** Superlatives that stand for a child after a possessive: "min äldsta", "vår yngsta". */
  private static final WordSieve ELDEST_OR_YOUNGEST = WordSieve.of("äldsta", "yngsta", "mellersta");

  /** Word {@code p} is "äldsta" or "yngsta" right after a possessive: the noun left out is a child. */
  private boolean eldestOrYoungest(int p) {
    // "min äldsta", and "den äldsta" after the children are counted ("har tre barn, den äldsta mina är 10")
    return ELDEST_OR_YOUNGEST.has(tokens, p) && tokens.adjacent(p - 1) && tokens.isWord(p - 1)
        && (Category.CUE_POSSESSIVE.in(flags[p - 1]) || tokens.is(p - 1, "den") && tokens.isPunct(p - 2, ','));
  }

  /**
   * Word {@code p} is the copula after a role or kin noun that names a person ("chefen e",
   * "handläggaren är"): the word after it names who holds the role, if it is no ordinary word.
   */
  private boolean roleCopula(int p) {
    return words.inSet(ClauseWords.COPULAS, p) && tokens.isWord(p - 1) && tokens.adjacent(p - 1)
        && Category.CUE_NAME.in(flags[p - 1]) && !words.inSet(CueLists.NAMING_VERBS, p - 1);
  }

  /**
   * "en kollega, per, tar", "grannen, sten, sa", "en ukrainsk tjej, daryna.": word {@code t} alone
   * between commas right after the noun {@code p}, or after a comma at the end of its sentence.
   */
  private boolean apposition(int p, int t) {
    int u = t + 1;
    return p == t - 2 && tokens.isPunct(t - 1, ',')
        && (u >= n || tokens.isPunct(u, ',') || tokens.endsSentence(u));
  }

  /**
   * The word before governs a person: "hos lisa", "ringde mark", "träffade sten"; or "till"/"med"
   * after a verb or noun of calling, writing or talking: "sms till sten", "pratade med dag"; "på"
   * after trusting, waiting, shouting ("litar på alf"), "för" after telling ("berätta för sohna"),
   * "från" after a message ("ett sms från jaker").
   */
  boolean personGovernor(int t) {
    int p = t - 1;
    if (!tokens.isWord(p) || !tokens.adjacent(p)) {
      return false;
    }
    if (words.inSet(CueLists.PERSON_GOVERNORS, p)) {
      return true;
    }
    int q = p - 1;
    if (!tokens.isWord(q) || !tokens.adjacent(q)) {
      return false;
    }
    return (tokens.is(p, "till") || tokens.is(p, "med")) && words.inSet(CueLists.TALKING_WORDS, q)
        || tokens.is(p, "på") && words.inSet(CueLists.VERBS_ON_A_PERSON, q)
        || tokens.is(p, "för") && words.inSet(CueLists.VERBS_FOR_A_PERSON, q)
        || PersonMentions.isMessageSender(tokens, t); // "ett sms från jaker"
  }

  /**
   * The words before name whom one talks or feels about: "om" after a verb of talking ("ringde om",
   * "pratade om"), "för", "på", "över" after a feeling ("orolig för", "arg på", "kär i"). Weaker
   * than {@link #personGovernor}: one talks about things as often, so it is asked only of a word
   * that is no word at all.
   */
  boolean aboutAPerson(int t) {
    return PersonMentions.isFeltOrTalkedAbout(tokens, t);
  }

  /** "dag och natt", "sten och grus": followed by "och" and an ordinary word that is no name. */
  boolean coordinatedWithNoun(int t) {
    int u = t + 2;
    // a dictionary stem as written, no verb form: "natt", "grus", but not "drack" in "hos lisa och drack"
    return tokens.is(t + 1, "och") && tokens.isWord(u) && !any(flags[u], PERSON)
        && !Category.WORD_FORM.in(flags[u]) && words.listedWord(u);
  }

  /** Right after a title: "herr mitter", "fröken x", "doktor gren". */
  boolean afterTitle(int t) {
    int p = t - 1;
    return tokens.isWord(p) && tokens.adjacent(p) && words.inSet(CueLists.TITLES, p);
  }

  /** Any cue next to the word: a name cue before, or a place word after ("kommun"). */
  boolean anyCue(int t) {
    int p = t - 1;
    while (p >= 0 && tokens.kind(p) == Tokens.PUNCT) {
      p--;
    }
    long before = p >= 0 && tokens.isWord(p) ? flags[p] : 0;
    long after = tokens.isWord(t + 1) ? flags[t + 1] : 0;
    return any(before, Category.bits(Category.CUE_NAME, Category.CUE_RELATION, Category.CUE_GREETING,
            Category.CUE_SIGNATURE)) || Category.CUE_PLACE_AFTER.in(after) || tokens.isPunct(t - 1, '/')
        || naming.givenWithoutCueWord(t) // "bytte namn till ro", "som vi kallar acke"
        || lowercaseSignedName(t, t - 1) // "…hatbrott? /biret inga kuhmunen"
        || signatures.signatureEnd(t) && signatures.afterClosing(t) // "tack, lama"
        || signatures.initialledNameEndingText(t, t - 1) // "…hjälpa oss? rosa k"
        || tokens.has(t, Tokens.LINE_START) || shapes.endsInstitution(t) || ages.ageAfter(t) || ages.ageInAList(t)
        || flags[t] == 0 && longWordBefore(t) && !words.isFrequentOrListed(t) && !words.isCommon(t)
            && roleCompoundBefore(t) // "överläkaren dijar": a word in no list; the look-ups last
        || p == t - 1 && tokens.adjacent(p) && (eldestOrYoungest(p) || roleCopula(p)) // "min äldsta sol", "chefen e sussie"
        || p == t - 1 && (naming.afterNamedObject(t) || relations.partnerOf(t) || relations.postposedPossessive(p) || relations.parentOf(t)); // "kallar mig kwan", "gifte sig med joy", "bror min esko"
  }


}
