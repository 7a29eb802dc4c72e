package se.avid.models.names;

import static se.avid.models.names.Cues.CUE_STRONG;
import static se.avid.models.names.Cues.CUE_VOCATIVE;
import static se.avid.models.names.NameScores.*;
import static se.avid.models.names.WordFacts.MAX_LOWERCASE_PROPER_NOUN;
import static se.avid.models.names.WordLabels.NAME;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.lexicon.Words;

/**
 * The rules for a word right after a cue that names a person ("heter", "min son", "hej", "mvh"),
 * a step of {@link WordRules#decide}: a lowercase word in the named one's slot, a listed name that
 * is also a word, and a word in no list. Not thread-safe; one per call.
 */
final class CuedWordRules {

  private final Tokens tokens;
  private final long[] flags;
  private final WordFacts words;
  private final WordShapes shapes;
  private final Cues cues;
  private final WordLabels labels;
  private final UnknownWords unknown;
  private final FullNames fullNames;
  private final Homographs homographs;
  private final CuedHomographs cuedHomographs;
  private final HomographPairs homographPairs;
  private final NameSlots slots;

  CuedWordRules(Tokens tokens, WordFacts words, WordShapes shapes, Cues cues, WordLabels labels, UnknownWords unknown,
      FullNames fullNames, Homographs homographs, HomographPairs homographPairs, NameSlots slots) {
    this.tokens = tokens;
    this.flags = words.flags;
    this.words = words;
    this.shapes = shapes;
    this.cues = cues;
    this.labels = labels;
    this.unknown = unknown;
    this.fullNames = fullNames;
    this.homographs = homographs;
    this.cuedHomographs = new CuedHomographs(tokens, words, cues, slots, homographs);
    this.homographPairs = homographPairs;
    this.slots = slots;
  }

  /**
   * Decides word {@code t} after cue {@code cue} (0 for none, which decides nothing); true when
   * decided, false to leave it to the rules of slots, pairs and case.
   */
  boolean decide(int t, long f, boolean cased, boolean person, boolean place, boolean common, int cue) {
    // "läkaren säger max 3 veckor": after a verb of saying, a lowercase "max" before a number is the limit
    if (cue == 0 || Category.CUE_PLACE.in(f) || Cues.isCueWord(f) || !(cased || !cues.maximum(t))) {
      return false;
    }
    if (cue == CUE_VOCATIVE && !place && cues.signatures.initialledNameEndingText(t, t - 1)) {
      labels.set(t, NAME, VOCATIVE); // "…hjälpa oss? rosa k": a name and its initial sign the post
      labels.set(t + 1, NAME, VOCATIVE);
      return true;
    }
    if (decideLowercaseInSlot(t, f, cased, person, place, common, cue)) {
      return true;
    }
    if (person && common && !cased) {
      decideListedHomograph(t, f, cue);
      return true;
    }
    return decideUnlisted(t, f, cased, person, place, common, cue);
  }

  /** A lowercase word where the cue's named one stands: a signature, a subject, a phrase's end, a kin's name; true when decided. */
  private boolean decideLowercaseInSlot(int t, long f, boolean cased, boolean person, boolean place, boolean common, int cue) {
    if (!cased && !person && !place && cues.signatures.slashSignature(t) && !words.isFrequent(t) && !Category.WORD_FORM.in(f)) {
      labels.set(t, NAME, VOCATIVE); // "…i Trollhättan. /lemar": what signs the post, though the dictionary reads it as a word
      return true;
    }
    if (!cased && cue == CUE_STRONG && !Category.WORD_FORM.in(f) && !words.isFrequent(t)
        && (Category.FIRST_NAME.in(f) || words.countedFirstName(t)) && slots.subjectBeforeVerbForm(t)) {
      labels.set(t, NAME, NAMED_IN_SLOT); // "barnbarnet taras flyttade", "chefen madde e snäll": no possessive needed before a verb
      return true;
    }
    if (common && !cased && cue == CUE_STRONG && cuedHomographs.cuedSubject(t)) {
      labels.set(t, NAME, NAMED_IN_SLOT); // "pappa bo har bott", "vår dotter vilja fyller 18"
      return true;
    }
    if (common && !cased && cue == CUE_STRONG && cuedHomographs.cuedBeforeClauseOrPair(t)) {
      labels.set(t, NAME, NAME_SLOT); // "min dotter sol som", "tvillingarna sol och theo"
      return true;
    }
    if (common && !cased && !person && cue == CUE_STRONG && cuedHomographs.cuedAtPhraseEnd(t)) {
      labels.set(t, NAME, NAME_SLOT); // "deras dotter sol.", "vår dotter sol föddes"
      return true;
    }
    if (!cased && !person && !place && cue == CUE_STRONG && kinSubject(t, f)) {
      labels.set(t, NAME, NAMED_IN_SLOT); // "hennes syster lek kom hit", "min dotter vy hjälper mig"
      return true;
    }
    if (!cased && !place && cue == CUE_STRONG && kinNamePair(t, f)) {
      labels.set(t, NAME, NAMED_IN_SLOT); // "min mormor risten omma är 91": a first name and a surname that is no word
      labels.set(t + 1, NAME, NAMED_IN_SLOT);
      return true;
    }
    return false;
  }

  /** A lowercase listed name that is also a word ("min son björn"): always decided here. */
  private void decideListedHomograph(int t, long f, int cue) {
    if (fullNames.pair(t)) {
      // "domaren mark clattenburg", "hej björn lindqvist": a cue and a surname settle the word
      labels.set(t, NAME, NAME_PAIR);
      labels.set(t + 1, NAME, NAME_PAIR);
      return;
    }
    if (homographPairs.pair(t, true)) {
      return; // "jag heter anna ek", "min sambo bo ceder": both words are words too
    }
    if (cue == CUE_VOCATIVE) {
      labels.set(t, NAME, VOCATIVE); // "hej björn!", "mvh dag": nobody greets a bear or signs as a day
      return;
    }
    if (cue == CUE_STRONG && Category.FIRST_NAME.in(f) && !Category.WORD_FORM.in(f)
        && (cues.namingCue(t) || cuedHomographs.titledAtPhraseEnd(t))) {
      // "jag heter mark", "min son sten", "hos morfar stig i": a first name, whatever else the word means
      labels.set(t, NAME, CUE);
      return;
    }
    if (cue == CUE_STRONG && cues.naming.selfNamed(t)) {
      labels.set(t, NAME, CUE); // "han heter park", "jag bytte namn till berg": a surname, whatever else the word means
      return;
    }
    if (cue == CUE_STRONG && cuedHomographs.pronounNamedAtSentenceEnd(t)) {
      labels.set(t, NAME, NAME_SLOT); // "skrämde hans syster inga.": no noun follows the pronoun
      return;
    }
    if (cue == CUE_STRONG && Category.SURNAME.in(f) && !Category.WORD_FORM.in(f) && cuedHomographs.namedAtPhraseEnd(t)
        && !cues.afterArticle(t)) {
      // "sin mentor lind på skolan": a surname, as the role's person is called by one, ending the phrase
      labels.set(t, NAME, NAME_SLOT);
      return;
    }
    if (Category.WORD_FORM.in(f) && words.inSet(ClauseWords.FINITE_VERBS, t) && beforeItsInfinitive(t)) {
      labels.type[t] = WordLabels.KEEP; // "läkaren ville prata med mig": the role's own verb, before its infinitive
      return;
    }
    labels.judge(t, NAME, Category.WORD_FORM.in(f) ? CUE_WORD_FORM : CUE_COMMON); // "min son björn", "brodern ville"
  }

  /** The word after finite verb {@code t} is an infinitive (its present adds -r: "prata", "gå"), or "inte" or "att" before one. */
  private boolean beforeItsInfinitive(int t) {
    int u = t + 1;
    return tokens.adjacent(t) && tokens.isWord(u) && (tokens.is(u, "inte") || tokens.is(u, "att") || shapes.verbLike(u));
  }

  /** A word no list of names holds, or a capitalised one, after the cue; true when decided. */
  private boolean decideUnlisted(int t, long f, boolean cased, boolean person, boolean place, boolean common, int cue) {
    if (!person && !place && !cased && cue != CUE_VOCATIVE && cues.foldedWord(t)) {
      // "min styvfarsa slangde ut mig": in a text typed without å, ä, ö, a word with them put back
      // (here through the stemmer: "slängde"), which no list of names holds; but a signature's
      // word is the name ("…sedan 2019.\nlama\n+46 73…")
      return true;
    }
    if (cues.afterTitle(t) && !person && !place && !words.listedWord(t) && !words.isFrequentOrListed(t)
        && !cues.foldedListedWord(t)) {
      // "herr mitter", "fru x-son": the light stemmer reads "mitter" as "mitt" + "er"; but not a
      // word typed without å, ä, ö ("min syster forlorade", "min fru borjat prata")
      labels.set(t, NAME, CUE);
      return true;
    }
    if (!person && !place && homographs.countedName(t, common, cue)) {
      labels.set(t, NAME, common ? CUE_COMMON : CUE);
      return true;
    }
    if (!person && !place && !common && !cased && !shapes.nameShaped(t)) {
      decideUnknownLowercase(t, cue);
      return true;
    }
    if (!person && !place && !cased && cue == CUE_STRONG && cues.namingCue(t) && nicknameShaped(t)) {
      labels.set(t, NAME, CUE); // "min son samme är 16", "min bror kosse": a nickname after a kin noun, though a rare word
      return true;
    }
    if (cue == CUE_VOCATIVE && !place && (cues.signatures.fullNameAsLastSentence(t, t - 1, cues.writtenWithCapitals)
        || cues.lowercaseSignedName(t, t - 1))) {
      labels.set(t, NAME, VOCATIVE); // "…hos kommunen? Biret Labba": a full name signs, though the stemmer reads a word
      if (!cased) {
        signedWordsAfter(t);
      }
      return true;
    }
    if (!person && !place && !cased && !common && cue == CUE_STRONG && !cues.naming.selfNamed(t)
        && unknown.parts.compoundOrPastTense(t)) {
      labels.judge(t, NAME, CUE_WORDLIKE); // "läkaren sjukskrev mig": a compound's past tense, shaped as a name or not
      return true;
    }
    if (person || (!common && !place) || (cased && cue == CUE_STRONG) || !place && cues.naming.selfNamed(t)) {
      labels.set(t, NAME, cue == CUE_STRONG ? CUE : VOCATIVE); // "jag heter lek": a word as a name, which only a name is there
      return true;
    }
    if (!person && !place && !cased && cue == CUE_STRONG && rareWordAfterTitle(t, f)) {
      labels.set(t, NAME, CUE_COMMON);
      return true;
    }
    if (!cased && !place && homographs.namedRareWord(t)) {
      return true; // what none of the above took
    }
    return false;
  }

  /**
   * The words after the first of a lowercase signature, to the text's end: "biret labba", the
   * surname, no capitalised word to take on its own; but "/kerstin i othem", "/anna och jimmy":
   * the word joining them is none of the names (else every "i" and "och" of the post is taken for
   * the same name), and what follows "i", "på" or "från" is where the writer lives.
   */
  private void signedWordsAfter(int t) {
    byte kind = NAME;
    for (int u = t + 1; u < tokens.size() && tokens.isWord(u) && !cues.signatures.lastWord(u - 1); u++) {
      if (SIGNATURE_JOINERS.has(tokens, u)) {
        kind = tokens.is(u, "och") || tokens.is(u, "o") ? NAME : WordLabels.PLACE;
      } else {
        labels.set(u, kind, VOCATIVE);
      }
    }
  }

  /** Words that join a signature's name to another's or to the writer's place. */
  private static final WordSieve SIGNATURE_JOINERS = WordSieve.of("och", "o", "i", "på", "från");

  /** A lowercase word of no list and no name's shape after the cue: named, or judged by the scorer. */
  private void decideUnknownLowercase(int t, int cue) {
    int len = tokens.length(t);
    if (cues.foldedListedWord(t)) {
      return; // "min man lamnade oss": typed without å, ä, ö, a listed word with them put back
    }
    if (len >= 3 && len <= MAX_LOWERCASE_PROPER_NOUN && !unknown.parts.tripledLetter(t) && !unknown.parts.compoundOrPastTense(t)) {
      // a kin noun as a title: Swedish ones, or a cue no Swedish word list holds ("áhkku", "hooyo");
      // not a role noun or a verb of saying ("polisen inlett", "skriver forskarna")
      boolean kinTitle = kinTitleBefore(t);
      if ((cue == CUE_STRONG && (cues.namingCue(t) || kinTitle) || cue == CUE_VOCATIVE) && unknown.noWordAtAll(t)) {
        // "min kille dijar", "heter nizhar", "hej nejdet!", "ringer pappa yemer", "med áhkku
        // risten": a kin noun, also as a title without a possessive, "heter" or a greeting
        // names what no list knows
        labels.set(t, NAME, cue == CUE_STRONG ? CUE : VOCATIVE);
        return;
      }
      // "skrev steinfeld": an ending of ordinary words, but no word, compound or past tense:
      // the scorer may keep it only if it is sure
      labels.judgeUnknown(t, NAME, CUE);
    } else {
      labels.judge(t, NAME, CUE_WORDLIKE); // "mamma skurade", "kallas resonanspartiklar"; not "herr mitter"
    }
  }

  /**
   * A title right before word {@code t}: a kin noun as a title ({@link #kinTitleBefore}), or a name
   * or relation cue in its definite singular ("kuratorn", "killen", "grannen").
   */
  private boolean titleBefore(int t) {
    int p = t - 1;
    return kinTitleBefore(t) || tokens.adjacent(p) && tokens.isWord(p)
        && (Category.CUE_NAME.in(flags[p]) || Category.CUE_RELATION.in(flags[p])) && cues.definiteSingular(p);
  }

  /**
   * A kin noun as a title right before word {@code t}: a Swedish one, or a cue no Swedish word list
   * holds ("áhkku", "hooyo"); not a role noun ("polisen inlett": a typo, no name) or a verb of
   * saying ("skriver forskarna").
   */
  private boolean kinTitleBefore(int t) {
    int p = t - 1;
    return tokens.adjacent(p) && tokens.isWord(p) && Category.CUE_NAME.in(flags[p])
        && (words.inSet(CueLists.OWNED_KIN, p) || !words.isFrequent(p));
  }

  /**
   * Word {@code t}, a rare ordinary word, right after a title ({@link #titleBefore}) that is an
   * elder's kin noun ({@link #ELDER_KIN}), one of another language, a cue noun in its definite
   * singular, or a kin noun after a possessive ("med áhkku risten", "med mormor risten", "kuratorn
   * maret", "min son anan"). A title takes a name, never a noun of its own, and a rare word there
   * that is no verb, adjective or adverb by its shape or ending is the name, whatever it means
   * alone ("rist|en", a grate).
   */
  private boolean rareWordAfterTitle(int t, long f) {
    return titleBefore(t)
        && (words.inSet(ELDER_KIN, t - 1) || !words.isCommon(t - 1) || cues.definiteSingular(t - 1) || cues.namingCue(t))
        && tokens.length(t) >= MIN_RARE_AFTER_TITLE
        && !words.isFrequentOrListed(t) && !Category.WORD_FORM.in(f) && !Cues.isCueWord(f)
        && !shapes.verbLike(t) && !shapes.adjectiveLike(t) && !verbEnding(t)
        && !ClauseWords.adverbShaped(tokens.lower(), tokens.start(t), tokens.length(t));
  }

  /** Endings of the finite verbs, supines and passives that follow a subject ("mormor luktade", "farbror hotat"). */
  private static final String[] VERB_ENDINGS = {"ade", "ades", "ar", "er", "at", "it", "ats", "te", "de", "des", "tes", "es",
    "as"};

  /**
   * Word {@code t} ends as a verb form does ({@link #VERB_ENDINGS}), or in a -t that is no neuter
   * noun's definite -et: a supine or an adverb ("anmält", "slängt", "anonymt"), or a definite
   * object after a person its verb gives to ("gett polisen kontot").
   */
  private boolean verbEnding(int t) {
    char[] lower = tokens.lower();
    int end = tokens.end(t);
    if (lower[end - 1] == 't' && lower[end - 2] != 'e') {
      return true;
    }
    int length = tokens.length(t);
    for (String e : VERB_ENDINGS) {
      if (length > e.length() && Words.endsWith(lower, tokens.start(t), length, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Kin nouns said as a title before the name ("mormor Risten", "moster Lena"); not "mamma",
   * "pappa" or "barn", which also begin compounds typed apart ("mamma gruppen", "barn psykiatrin").
   */
  private static final CharArraySet ELDER_KIN = WordFacts.words("mormor", "morfar", "farmor", "farfar", "moster",
      "faster", "morbror", "farbror", "gammelmormor", "gammelmorfar", "gammelfarmor", "gammelfarfar");

  /** The shortest rare word taken as a name after a title. */
  private static final int MIN_RARE_AFTER_TITLE = 4;

  /** Word {@code t} has a nickname's shape and is no frequent word nor a verb's form ("samme", not "kalle" the verb). */
  private boolean nicknameShaped(int t) {
    return NicknameShape.of(tokens.lower(), tokens.start(t), tokens.length(t)) && !words.isFrequent(t)
        && !Category.WORD_FORM.in(flags[t]) && !shapes.verbLike(t);
  }

  /**
   * Word {@code t}, which no list of names holds nor hundreds are called by, right after a kin or role noun and its possessive
   * ("hennes syster", "min dotter") and right before an everyday finite verb: the subject the noun
   * names, whatever the word means alone ("hennes syster lek kom", "min dotter vy hjälper"), or
   * before a relative clause of its own if no adjective ("sin lillebror ton som är 5", not
   * "hans fru ensam som"). No
   * bare noun stands between a possessive's noun and its verb; an adverb may ("min son bara
   * skriker"), and a word form or a verb is no subject ("min son ville ha").
   */
  private boolean kinSubject(int t, long f) {
    // a name hundreds are called by is weighed by Homographs.cuedSubject ("min dotter vilja är stark")
    return words.firstNameBearers(t) < NameCounts.HUNDREDS && afterKinNoun(t, f)
        && (finiteVerbAt(t + 1) || relativeClauseAt(t + 1) && !shapes.adjectiveLike(t))
        && !words.inSet(ClauseWords.SENTENCE_ADVERBS, t) && !words.inSet(Homographs.PRONOUNS, t) && tokens.length(t) >= 2
        && !ClauseWords.adverbShaped(tokens.lower(), tokens.start(t), tokens.length(t)); // not "min man egentligen är"
  }

  /**
   * Word {@code t} right after a possessive's kin noun, and after it a word that is no word at all,
   * then an age or an everyday finite verb: the two words are the person's first name and
   * surname ("min mormor risten omma är 91"), whatever the first means alone.
   */
  private boolean kinNamePair(int t, long f) {
    int u = t + 1;
    return afterKinNoun(t, f) && tokens.isWord(u) && tokens.length(u) >= 3 && unknown.noWordAtAll(u)
        && (slots.ageAfter(u) || tokens.adjacent(u) && finiteVerbAt(u + 1));
  }

  /**
   * Word {@code t} stands right after a possessive's kin or role noun, as what it names may, and is
   * no word form, cue, everyday finite verb or adverb ("min son ville", "min son bara").
   */
  private boolean afterKinNoun(int t, long f) {
    return cues.namingCue(t) && tokens.adjacent(t) && !Category.WORD_FORM.in(f) && !Cues.isCueWord(f)
        && !words.inSet(ClauseWords.FINITE_VERBS, t) && !words.inSet(ClauseWords.ADVERBS_BEFORE_VERB, t);
  }

  /** A relative clause opens at token {@code k}: "som" and an everyday finite verb ("sin lillebror ton som är 5"). */
  private boolean relativeClauseAt(int k) {
    return tokens.isWord(k) && tokens.is(k, "som") && tokens.adjacent(k) && finiteVerbAt(k + 1);
  }

  /** Token {@code k} is an everyday finite verb. */
  private boolean finiteVerbAt(int k) {
    return tokens.isWord(k) && words.inSet(ClauseWords.FINITE_VERBS, k);
  }}
