package se.avid.models.names;

import static se.avid.models.names.Cues.CUE_STRONG;
import static se.avid.models.names.Cues.CUE_VOCATIVE;
import static se.avid.models.names.NameScores.CUE_WORDLIKE;
import static se.avid.models.names.NameScores.CUE_WORD_FORM;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.WordLabels.NAME;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.lexicon.Words;

/**
 * Words that are both a first name and an ordinary word ("Ask", "vide", "jojo"): the counts of
 * Statistics Sweden as the prior, the slot the word stands in as the evidence (right after a cue
 * that names a person: {@link CuedHomographs}). Not thread-safe; one per call.
 */
final class Homographs {

  private final Tokens tokens;
  private final long[] flags;
  private final WordFacts words;
  private final Cues cues;
  private final WordLabels labels;
  private final NameSlots slots;

  Homographs(Tokens tokens, WordFacts words, Cues cues, WordLabels labels, NameSlots slots) {
    this.tokens = tokens;
    this.flags = words.flags;
    this.words = words;
    this.cues = cues;
    this.labels = labels;
    this.slots = slots;
  }

  /**
   * "hon heter jojo", "som de kallar jojo": what a naming verb names is a name even when it is also
   * a word that is no frequent one; the model decides, but it stays at least in the review band.
   */
  boolean namedRareWord(int t) {
    // the verb right before, or before the one it names ("kallar honom lillen", "kallar hon lillen")
    int verbLength = t > 0 && tokens.isWord(t - 1) ? tokens.length(t - 1) : 0;
    if (verbLength <= MAX_NAMED_PRONOUN && t > 1 && tokens.isWord(t - 2) && tokens.length(t - 2) >= 4) {
      verbLength = tokens.length(t - 2);
    }
    if (verbLength < 4 || verbLength > 7 || !cues.naming.afterNameGivingVerb(t)
        || words.isFrequent(t) && !frequentButBorne(t) || thingNamed(t) || agentNounCalled(t)) {
      return false; // a length test first: this runs for most lowercase words
    }
    labels.judge(t, NAME, CUE_WORDLIKE);
    double floor = cues.naming.afterNamedObject(t) || personNamed(t) ? NameScores.NAMED_OBJECT : CUE_WORD_FORM;
    if (labels.score[t] < floor) {
      labels.set(t, NAME, floor);
    }
    return true;
  }

  /**
   * "alla kallar mig lek", "de kallar honom sol": after a calling verb and the one it names, a
   * frequent word that people are called by too is the name; an insult there is no first name
   * ("kallar mig fet").
   */
  private boolean frequentButBorne(int t) {
    return cues.naming.afterNamedObject(t) && words.givenName(t) && !Category.WORD_FORM.in(flags[t]);
  }

  /**
   * "de kallar henne zigenare", "han kallar mig lögnare": a listed noun of a kind of person in -are,
   * what the one named is called as an insult or a label, no one's given name.
   */
  private boolean agentNounCalled(int t) {
    return tokens.length(t) >= 6 && Words.endsWith(tokens.lower(), tokens.start(t), tokens.length(t), "are")
        && words.listedWord(t) && !words.givenName(t) && !tokens.has(t, Tokens.CAPITALISED);
  }

  /** The longest pronoun between a naming verb and the name ("honom", "henne"). */
  private static final int MAX_NAMED_PRONOUN = 5;

  /**
   * "det heter färdtjänst", "något som heter budget- och skuldrådgivning": "heter" with a thing
   * for its subject ("det", "detta", or "som" after "något") names a thing, and an ordinary word
   * there is the thing's name, no person's.
   */
  private boolean thingNamed(int t) {
    int subject = t - 2;
    return tokens.is(t - 1, "heter") && (tokens.is(subject, "det") || tokens.is(subject, "detta")
        || tokens.is(subject, "som") && THINGS.has(tokens, subject - 1));
  }

  /** Pronouns of a person, the subject of "heter" before what it names ("jag heter gulnar"). */
  private static final WordSieve PERSONS = WordSieve.of("jag", "ja", "han", "hon", "hen", "du", "jg");

  /**
   * "jag heter gulnar", "hon hette ronja", "mitt namn är sol": a naming verb whose subject is a
   * person pronoun, or a person's "namn", names a person, even by a word that is a rare word too
   * ("gulnar" is also a verb): redacted, not only flagged.
   */
  private boolean personNamed(int t) {
    return (tokens.is(t - 1, "heter") || tokens.is(t - 1, "hette")) && PERSONS.has(tokens, t - 2) || cues.naming.namedByNoun(t);
  }

  /** Pronouns of a thing before "som heter": "något som heter", "nåt som heter". */
  private static final WordSieve THINGS = WordSieve.of("något", "nåt", "ngt", "nånting", "någonting", "det");

  /**
   * The counts of Statistics Sweden make a name of a word the lists lack, in a name slot: one
   * that is no ordinary word after any cue ("min mamma rigmor", "heter meseret"); one that is also
   * a word only right after a naming verb ("heter sol"), or, if it is no word form as written
   * ("vide", "maj-lis" are read through the stemmer or a hyphen), after a kin noun when a thousand
   * people or more are called so ("min kompis vide"), or after a greeting or closing when a hundred
   * are ("/maj-lis"); never a pronoun or another closed-class form.
   */
  boolean countedName(int t, boolean common, int cue) {
    int bearers = words.firstNameBearers(t);
    if (bearers == 0 || Category.WORD_FORM.in(flags[t])) {
      return false;
    }
    if (!common) {
      return true;
    }
    if (cue == CUE_STRONG && cues.naming.afterNamingVerb(t)) {
      return true;
    }
    return !words.isFrequentOrListed(t) && (cue == CUE_STRONG && cues.namingCue(t) && bearers >= THOUSANDS
        || cue == CUE_VOCATIVE && bearers >= NameCounts.HUNDREDS) // "hej vide", "/maj-lis"
        || cue == CUE_VOCATIVE && cues.signatures.signsOff(t); // "mvh ros", "/liv": fifty bearers or more
  }

  /**
   * A capitalised word that is also an ordinary word but no frequent one, which Statistics Sweden
   * counts as the first name of a hundred people or more ("Ask", "Vide", "Tor"): the prior that it
   * is the name where it is written as one.
   */
  boolean countedCapitalised(int t) {
    return !Category.WORD_FORM.in(flags[t]) && !words.isFrequent(t)
        && words.firstNameBearers(t) >= NameCounts.HUNDREDS;
  }

  /**
   * ", säger söder.", "sa lind,", "enligt berg är": a first name or surname, listed or counted by
   * Statistics Sweden, that is also an ordinary word, as the speaker of a report ({@link Speakers#reported}), is the person;
   * not a pronoun ("sa hans") or a word of two letters ("sade ha ..."), and not in a text written
   * with capitals.
   *
   * @param t a lowercase word that is a listed name and an ordinary word
   * @return whether it was set a name
   */
  boolean reportedName(int t) {
    if (!slots.speakers.reported(t) || tokens.length(t) < 3 || cues.writtenWithCapitals || words.inSet(PRONOUNS, t)
        || !(any(flags[t], ProperNameDetector.PERSON) || words.firstNameBearers(t) > 0 || words.surnameBearers(t) > 0)) {
      return false; // the slot first: this runs for lowercase words the lists file as no name
    }
    labels.set(t, NAME, NameScores.NAME_SLOT);
    return true;
  }

  /**
   * "Lind har envetet", "Ek blev": a capitalised surname that is also an ordinary word but no
   * frequent one, opening a sentence before its finite verb, is the person; a bare noun seldom opens
   * a sentence as its subject. Not a first name (see {@link #nameInSlot}) or a frequent word ("Berg
   * är", "Ström blev" stay to the scorer).
   *
   * @param t a capitalised word at a sentence start that is an ordinary word
   * @return whether it was set a name
   */
  boolean surnameSubject(int t) {
    if (!slots.subjectBeforeVerb(t) || words.isFrequent(t) || Category.WORD_FORM.in(flags[t])
        || !(Category.SURNAME.in(flags[t]) || words.surnameBearers(t) >= NameCounts.HUNDREDS)) {
      return false;
    }
    labels.set(t, NAME, NameScores.NAME_SLOT);
    return true;
  }

  /**
   * Word {@code t}, capitalised inside its sentence, stands alone: its sentence opens with a
   * capital (the writer uses them), neither neighbour is capitalised inside the sentence, as the
   * words of a title or an organisation are ("Sol och Bad"), and no definite noun follows, as in the
   * name of a place ("i Vita huset").
   */
  private boolean capitalAlone(int t) {
    // a writer who opens no sentence with a capital gives one to a name alone ("första julen utan Sol.")
    return (cues.sentenceOpensCapitalised(t) || !cues.writtenWithCapitals)
        && !capitalisedInside(t - 1) && !capitalisedInside(t + 1) && !slots.beforeDefiniteNoun(t);
  }

  private boolean capitalisedInside(int u) {
    return tokens.isWord(u) && tokens.has(u, Tokens.CAPITALISED) && !tokens.has(u, Tokens.SENTENCE_START);
  }

  /** Shortest word taken for a genitive before a noun ("barnets", not "dess", "hos"). */
  private static final int MIN_GENITIVE = 5;

  /** Word {@code t} follows a genitive of at least {@value #MIN_GENITIVE} letters: a noun it owns ("kärlekens mark"). */
  private boolean afterGenitive(int t) {
    int p = t - 1;
    return tokens.isWord(p) && tokens.adjacent(p) && tokens.length(p) >= MIN_GENITIVE
        && tokens.lower()[tokens.end(p) - 1] == 's';
  }

  /** The order of magnitude of 1,000–9,999 bearers. */
  static final int THOUSANDS = NameCounts.THOUSANDS;

  /** "tyra 13 o vide 10 i": a name redacted with its age before the word and its age, in a list. */
  private boolean redactedBeforeInAList(int t) {
    int before = cues.ages.wordBeforeInAList(t);
    return before >= 0 && labels.type[before] == NAME && labels.score[before] >= NameScores.REDACT
        && !MEASURE_UNITS.has(tokens, t);
  }

  /**
   * "barnbarnet bo 7 hos oss": a number of one or two digits right after the word, and no unit
   * after it that makes it a quantity ("3 dagar", "2 timmar", "500 kr") or a time ("7:30").
   */
  boolean bareAgeAfter(int t) {
    int u = t + 1;
    if (!cues.ages.smallNumber(u) || !tokens.adjacent(t)) {
      return false;
    }
    int v = u + 1;
    return !(tokens.isPunct(v, ':') || tokens.isPunct(v, '.') && tokens.kind(v + 1) == Tokens.NUMBER
        || MEASURE_UNITS.has(tokens, v));
  }

  /**
   * "tage e 3 o saga 6", "Ask 8 och vilja 5": the second of a pair, after "och" ("o"), with a bare
   * age that ends the clause; not "och bo 3 nätter", where a unit or other word follows the number.
   */
  private boolean agedSecondOfPair(int t) {
    int after = t + 2;
    return (tokens.is(t - 1, "och") || tokens.is(t - 1, "o")) && bareAgeAfter(t)
        && (!tokens.isWord(after) || RELATIVE_OR_AND.has(tokens, after) || tokens.is(after, "år")
            // "melvin 6 och saga 3 är placerade"; not a unit counted on ("dag 3 och dag 4 var värst")
            || words.inSet(ClauseWords.FINITE_VERBS, after) && !MEASURE_UNITS.has(tokens, t));
  }

  /**
   * "Ville vår son e 16", "sol min dotter har": right after the word a possessive and a kin noun in
   * apposition, then the finite verb of both; a verb opening a question has an infinitive there
   * ("Ville vår son åka?").
   */
  private boolean kinApposition(int t) {
    // "Sol, mitt barnbarn, har flyttat", "innan dag, min bror, hittade henne": set off by commas
    boolean setOff = tokens.isPunct(t + 1, ',');
    int possessive = setOff ? t + 2 : t + 1;
    int noun = possessive + 1;
    boolean closed = !setOff || tokens.isPunct(noun + 1, ','); // the second comma closes what the first opens
    int verb = setOff ? noun + 2 : noun + 1;
    return (setOff || tokens.adjacent(t)) && tokens.adjacent(possessive) && tokens.isWord(possessive)
        && Category.CUE_POSSESSIVE.in(flags[possessive]) && tokens.isWord(noun)
        && (Category.CUE_NAME.in(flags[noun]) || Category.CUE_RELATION.in(flags[noun]))
        && closed && slots.finiteVerbAt(verb);
  }

  /** A relative pronoun, or "och" ("o" as chat writes it) joining a second person. */
  static final WordSieve RELATIVE_OR_AND = WordSieve.of("som", "och", "o");

  /** Units after a number that make it a quantity, not an age. */
  private static final WordSieve MEASURE_UNITS = WordSieve.of("dag", "dagar", "vecka", "veckor", "månad", "månader",
      "timme", "timmar", "minut", "minuter", "min", "kr", "kronor", "gång", "gånger", "st", "procent", "mil", "km",
      "kg", "cm", "meter", "liter", "tabletter", "glas", "öl", "burkar");

  /**
   * A word that is both a first name and an ordinary word, in the slots where a person is named:
   * the subject opening a sentence before a finite verb ("Klara blir utfryst", "Liv har sagt"; twice
   * before a verb only a person does: "Vilja vill inte gå"),
   * before an age ("Vilja 9 år", "Ville är 7 och Ebba 11", "en elev, Ask, 8 år") or a telephone
   * number ("lisa 070-123 45 67"), after a kin or
   * role noun ("min dotter vilja är 22", one more if a finite verb follows: "min son ask har"), an
   * age set off by a comma ("en elev, ask, 8 år" counts twice), or capitalised inside a sentence. Each slot is one piece
   * of evidence; the counts of Statistics Sweden are another where a thousand people or more are
   * called by the word, or a hundred and it is no frequent word. Two pieces make the name. The
   * word readings stay: "Klara av", "Bo hos pappa" (no verb follows), "max 3 år" (maximum), "en
   * björn 5 år" (an article), "Liv och hälsa"; a pronoun that is a name ("Inga har svarat", a
   * closed-class form) needs two slots.
   *
   * @return whether the word was set a name
   */
  boolean nameInSlot(int t, boolean cased, boolean sentenceStart) {
    int bearers = words.firstNameBearers(t);
    if (bearers == 0 && !Category.FIRST_NAME.in(flags[t])) {
      return false;
    }
    // a frequent word needs ten thousand bearers in the slots below ("att liv är viktigt" is life),
    // unless a writer who uses capitals gave it one inside a sentence, which no noun there takes
    // ("att Maj ska", "Nu har Sol sagt", "hämta Sol efter")
    boolean capitalAlone = cased && !sentenceStart && capitalAlone(t);
    boolean rareOrCapitalised = bearers >= NameCounts.TEN_THOUSANDS || !words.isFrequent(t) || capitalAlone;
    // "Nu har Sol sagt", "hämta Sol efter": such a capital is itself a slot of a name that a hundred
    // people or more are called by, or fifty and it is no frequent word ("hämtade jag Ask på")
    boolean capitalSlot = capitalAlone && (bearers >= NameCounts.HUNDREDS || !words.isFrequent(t));
    // the subject opening a sentence, or a subordinate clause ("att saga ljuger", "om klara vill")
    boolean speaker = sentenceStart && slots.speakers.atPlace(t); // "Per i receptionen sa"
    boolean subject = sentenceStart && (slots.subjectBeforeVerb(t) || speaker)
        || !sentenceStart && (slots.subordinateSubject(t) && (rareOrCapitalised
                // "efter att maj dog", "om klara vill": before a verb only a person does, hundreds of bearers do
                || bearers >= NameCounts.HUNDREDS && slots.onlyAPersonsVerbAfter(t))
            || slots.coordinatedSubject(t) && rareOrCapitalised)
            && (cased || !cues.writtenWithCapitals && !cues.sentenceOpensCapitalised(t)); // "När lucia betecknar"
    boolean agedPair = cues.ages.agesOfAPair(t); // "alve och juni som är 10 och 6"
    boolean age = slots.ageAfter(t) || agedSecondOfPair(t) || redactedBeforeInAList(t) // "tyra 13 o vide 10 i"
        || agedPair;
    boolean pair = slots.groups.pairAfterPersonNoun(t); // "två barn, ask och liv, som"
    // "två barn, vilja 9 och melker 12": a list of children with their ages
    boolean listed = cues.ages.ageInAList(t) && slots.groups.listAfterPersonNoun(t);
    boolean setOff = slots.apposition(t) // "hennes kontaktperson på boendet, klara, har sett"
        || slots.appositionToPerson(t) // "en äldre man, alf, på drottninggatan"
        || slots.describedAfter(t) // "särbo med sten, en änkling från svenstavik"
        || slots.resumedByPronoun(t) // "jag litar på klara, hon är lugn"
        || slots.withOthers(t); // "åker till stig o dom andra gamla"
    boolean kin = kinApposition(t) || pair || listed;
    boolean named = cues.nameCue(t) == CUE_STRONG;
    // "lisa 070-123 45 67": the one to call (not "per" in "kontakta oss per 08-…")
    boolean contact = !tokens.is(t, "per") && TelephoneNumbers.after(tokens, t);
    // "hämtade jag ask på förskolan", "brukar passa saga men": the child fetched or minded, if hundreds are called so
    // (before where children go, any first name; before the clause's end, one of hundreds)
    int fetchedSlot = bearers > 0 ? ChildcareSlots.fetched(tokens, t) : ChildcareSlots.NONE;
    boolean fetched = fetchedSlot == ChildcareSlots.BEFORE_CHILDRENS_PLACE
        || fetchedSlot == ChildcareSlots.BEFORE_CLAUSE_END && bearers >= NameCounts.HUNDREDS;
    // "åkte med björn till stan", "orolig för ask": as for a subordinate subject, a frequent word
    // needs ten thousand bearers ("kämpar för liv") and a writer who uses capitals the capital
    boolean object = !subject && slots.personObject(t) && rareOrCapitalised
        && (cased || !cues.writtenWithCapitals && !cues.sentenceOpensCapitalised(t));
    // "sen dess har liana inte", "hej ramadan!", "vi träffade alban på": a slot where a person
    // stands (greeted, inverted subject, cleft, with the writer) or right after a word that governs
    // one; as for a subordinate subject a frequent word needs ten thousand bearers ("det var liv
    // som gällde"); not the head of a genitive's noun phrase ("kärlekens mark och jag")
    // "nu har sol sagt", "säger vilja att": the subject after its finite verb, where no bare noun stands
    int inverted = !subject && !age && !named && !kin ? slots.inverted.at(t) : InvertedSubjects.NONE;
    boolean other = !subject && !age && !named && !contact && !object && !kin
        && (inverted != InvertedSubjects.NONE || slots.homographSlot(t, labels.type)
            || rareOrCapitalised && !afterGenitive(t)
                && (slots.certainPersonSlot(t) || cues.personGovernor(t)));
    if (!subject && !age && !named && !contact && !object && !other && !kin && !capitalSlot && !setOff && !fetched) {
      return false; // the most frequent case: no slot
    }
    if (cues.afterArticle(t) || cues.maximum(t) || Cues.isCueWord(flags[t]) || words.inSet(PRONOUNS, t)
        || timeAdverb(t) || cues.wordContext(t) && !NameSlots.subjectAfterAtt(tokens, words, t)) {
      return false; // "vem får bo kvar": a verb after an auxiliary; but "att vilja ska dö"
    }
    // "en elev, ask, 8 år", "ett barn, vilja 9 år,": an age in an apposition set off by a comma;
    // "min son ask har adhd": the named word is the subject of the verb after it
    // (not "max" and "per", which count before a number: "fängelse, max 3 år"; not a frequent word
    // after a kin noun: "min dotter vilja är stark" is as likely her will)
    boolean apposition = age && tokens.isPunct(t - 1, ',') && !tokens.is(t, "max") && !tokens.is(t, "per");
    // a frequent word too before a verb only a person does ("min tjej vilja tror att")
    boolean namedSubject = named && !sentenceStart
        && (slots.subjectBeforeVerb(t) && !words.isFrequent(t) || slots.personVerbAfter(t));
    int evidence = (subject ? 1 : 0) + (age ? 1 : 0) + (named ? 1 : 0) + (contact ? 1 : 0) + (object ? 1 : 0)
        + (other ? 1 : 0)
        + (kin ? 2 : 0) // "Ville vår son e 16": who the kin noun after it is, and the verb of both
        + (fetched ? 2 : 0)
        + (cased && !sentenceStart ? 1 : 0) + (capitalSlot ? 1 : 0)
        + (apposition ? 1 : 0) + (namedSubject ? 1 : 0) + (setOff ? 1 : 0)
        + (age && cues.ages.ageInParentheses(t) && cues.ages.ageInAList(t) ? 1 : 0) // "syskonen sol (9) och ask (6)"
        // "vår sol (5)": a possessive's word with its age in parentheses; no noun takes an age so
        // "vi fick ask (2 mån)": an age in parentheses, said by any word before it, is a person's
        + (age && cues.ages.ageInParentheses(t) ? 1 : 0)
        + (age && cues.ages.namedBeforeInAList(t, labels.type) ? 1 : 0) // "alva 5 och ask 3": after a name with its age
        + (age && cues.ages.ageInRelativeClause(t) ? 1 : 0) // "Vilja som är 6 har": a relative clause gives a person's age
        + (agedPair ? 1 : 0) // "alve och juni som är 10 och 6": an age each
        + (subject && slots.speakers.beforeThat(t) || speaker ? 1 : 0) // "Elvan sa att": who says so is a person
        + (subject && slots.personVerbAfter(t) ? 1 : 0) // "Vilja vill inte gå": wanting is a person's
        + (inverted == InvertedSubjects.PERSONS ? 1 : 0) // "nu har sol sagt": saying is a person's
        // "Elita och jag", "det var dina som": a slot no bare noun stands in, and no frequent word
        + (other && !words.isFrequent(t) && slots.writerCleftOrGreeted(t) ? 1 : 0);
    boolean closedClass = Category.WORD_FORM.in(flags[t]);
    boolean prior = !closedClass && (bearers >= THOUSANDS || bearers >= NameCounts.HUNDREDS && !words.isFrequent(t));
    if (evidence + (prior ? 1 : 0) < 2) {
      return false;
    }
    labels.set(t, NAME, named || pair ? NameScores.NAMED_IN_SLOT : NameScores.NAME_SLOT);
    return true;
  }

  /**
   * A frequent word that is also a first name opens a sentence right before a preposition or
   * particle: a verb with its complement ("Bo hos pappa", "Klara av det", "Bo i Rinkeby"), for a
   * subject would be followed by its verb.
   *
   * @return whether the word reading stands
   */
  boolean wordBeforePreposition(int t) {
    return tokens.adjacent(t) && tokens.isWord(t + 1) && words.inSet(PREPOSITIONS, t + 1) && words.isFrequent(t);
  }

  /** "i dag", "i kväll": word {@code t} and the "i" before it are an adverb of time ("som i dag är 8"). */
  private boolean timeAdverb(int t) {
    return tokens.is(t - 1, "i") && tokens.adjacent(t - 1) && words.inSet(TIMES_AFTER_I, t);
  }

  /** Nouns of time that "i" makes an adverb of: "i dag", "i morgon", "i kväll". */
  private static final CharArraySet TIMES_AFTER_I = WordFacts.words(
      "dag", "morgon", "kväll", "natt", "förmiddag", "eftermiddag", "helgen", "vår", "sommar", "höst", "vinter");

  /** Prepositions and verb particles that follow a verb opening its clause. */
  private static final CharArraySet PREPOSITIONS = WordFacts.words(
      "hos", "av", "i", "på", "med", "till", "från", "efter", "upp", "ut", "in", "ner", "om", "under", "över", "vid",
      "kvar", "hemma", "ensam", "själv", "ihop", "tillsammans"); // "Bo kvar i huset", "bo ensam"


  /** Pronouns that some are called by ("Han", "Inga", "Mina"): "Han är 90" is no name. */
  static final CharArraySet PRONOUNS = WordFacts.words(
      "jag", "du", "han", "hon", "hen", "den", "det", "vi", "ni", "de", "dom", "man", "hans", "hennes", "inga",
      "ingen", "mina", "dina", "sina", "alla", "båda", "några", "vissa", "andra", "många", "dessa", "denna");
}
