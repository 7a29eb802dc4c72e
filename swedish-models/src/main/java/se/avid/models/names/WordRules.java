package se.avid.models.names;

import static se.avid.models.names.Cues.CUE_STRONG;
import static se.avid.models.names.Cues.CUE_VOCATIVE;
import static se.avid.models.names.NameScores.*;
import static se.avid.models.names.ProperNameDetector.PERSON;
import static se.avid.models.names.ProperNameDetector.SWEDISH_PLACE;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.WordFacts.MAX_LOWERCASE_PROPER_NOUN;
import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.PLACE;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.context.ContextScorer;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;

/**
 * Decides each word on its own: from its categories, its shape (capitalised, at a sentence start,
 * all caps), its cues and its neighbour (a first name and a surname, a place before "kommun"),
 * setting a type and score or asking the context scorer. Full names ({@link FullNames}), words
 * that are names too ({@link Homographs}), words in no list ({@link UnknownWords}) and place
 * words ({@link PlaceWords}) have rules of their own. Not thread-safe; one per call.
 */
final class WordRules {

  private final Tokens tokens;
  private final boolean keepCountries;
  private final boolean keepPublicBodies;
  private final CharArraySet keepWords;
  private final long[] flags;
  private final boolean[] genitive;
  private final byte[] type;
  private final WordFacts words;
  private final WordShapes shapes;
  private final Cues cues;
  private final WordLabels labels;
  private final UnknownWords unknown;
  private final FullNames fullNames;
  private final Homographs homographs;
  private final PlaceWords placeWords;
  private final HomographPairs homographPairs;
  private final SwedishLexicon lexicon;
  private final NameSlots slots;
  private final DoubtfulSlots doubts;
  private final CaseRules byCase;

  WordRules(Tokens tokens, SwedishLexicon lexicon, ContextScorer scorer, boolean keepCountries, boolean keepPublicBodies,
      CharArraySet keepWords, WordFacts words, WordShapes shapes, Cues cues, WordLabels labels) {
    this.tokens = tokens;
    this.lexicon = lexicon;
    this.keepCountries = keepCountries;
    this.keepPublicBodies = keepPublicBodies;
    this.keepWords = keepWords;
    this.flags = words.flags;
    this.genitive = words.genitive;
    this.type = labels.type;
    this.words = words;
    this.shapes = shapes;
    this.cues = cues;
    this.labels = labels;
    this.slots = new NameSlots(tokens, words, cues, shapes);
    this.unknown = new UnknownWords(tokens, lexicon, scorer, words, shapes, cues, labels, slots);
    this.fullNames = new FullNames(tokens, words, shapes, cues, labels, unknown);
    this.homographs = new Homographs(tokens, words, cues, labels, slots);
    this.placeWords = new PlaceWords(tokens, lexicon, words, cues, labels);
    this.homographPairs = new HomographPairs(tokens, words, shapes, cues, labels, unknown, slots);
    this.doubts = new DoubtfulSlots(tokens, words, cues, labels, slots);
    this.byCase = new CaseRules(tokens, words, shapes, cues, labels, homographs, unknown, slots);
  }

  /**
   * A surname, listed or borne by hundreds, of five letters or more, that is no first name and no
   * ordinary word: after "en" it is "a certain" person of that name, not a noun. The short ones
   * are mostly old words of nature the dictionary lacks ("en holm", "en lund").
   */
  private boolean isSurnameOnly(int t, long f) {
    return tokens.length(t) >= MIN_SURNAME_AFTER_ARTICLE
        && (Category.SURNAME.in(f) || words.surnameBearers(t) >= NameCounts.HUNDREDS) && !Category.FIRST_NAME.in(f)
        && !Category.WORD_FORM.in(f) && words.firstNameBearers(t) == 0 && !words.listedWord(t);
  }

  private static final int MIN_SURNAME_AFTER_ARTICLE = 5;

  /** Word {@code t} has a nickname's shape and is no frequent word nor a verb's form ("samme", not "kalle" the verb). */
  private boolean nicknameShaped(int t) {
    return NicknameShape.of(tokens.lower(), tokens.start(t), tokens.length(t)) && !words.isFrequent(t)
        && !Category.WORD_FORM.in(flags[t]) && !shapes.verbLike(t);
  }

  /** Word {@code t} ends in {@code nr}, the abbreviation of "nummer" that no Swedish name ends in ("mobilnr", "pnr"). */
  private boolean numberAbbreviation(int t) {
    int len = tokens.length(t);
    char[] lower = tokens.lower();
    int end = tokens.start(t) + len;
    return len >= 3 && lower[end - 2] == 'n' && lower[end - 1] == 'r';
  }

  /**
   * Word {@code t} is the genitive of a kin noun right after a possessive ("min brors", "hennes
   * systers"), or written small or opening a sentence before the noun it owns ("om pappas pengar",
   * "Mammas lägenhet"), though "Pappas" is a surname too; not capitalised inside ("Nikos Pappas").
   */
  private boolean kinOfPossessive(int t) {
    int len = tokens.length(t);
    char[] lower = tokens.lower();
    int s = tokens.start(t);
    if (len <= Cues.MIN_OWNER || lower[s + len - 1] != 's') {
      return false;
    }
    boolean possessive = tokens.isWord(t - 1) && tokens.adjacent(t - 1) && Category.CUE_POSSESSIVE.in(flags[t - 1]);
    boolean owning = (!tokens.has(t, Tokens.CAPITALISED) || tokens.has(t, Tokens.SENTENCE_START))
        && tokens.adjacent(t) && tokens.isWord(t + 1);
    return (possessive || owning) && (SwedishLexicon.categories(lexicon.facts(lower, s, len - 1)) & KIN_NOUN) != 0;
  }

  /**
   * The base of genitive {@code t} ("lisa" of "lisas") can be a person's name: a listed name, a
   * first name that Statistics Sweden counts or holds as rare, or no word at all; not a frequent
   * word that fewer than a thousand are called by ("allas föräldrar"), an ordinary noun ("barnens
   * pappa"), a kin noun or a genitive after a possessive ("min brors son").
   */
  private boolean ownerMayBeNamed(int t, long f, boolean person) {
    char[] lower = tokens.lower();
    int s = tokens.start(t);
    int base = tokens.length(t) - 1;
    long baseFacts = lexicon.facts(lower, s, base);
    if (Cues.isCueWord(SwedishLexicon.categories(baseFacts)) || tokens.isWord(t - 1) && Category.CUE_POSSESSIVE.in(flags[t - 1])) {
      return false; // "min brors son", "hennes mammas kompis": kin of kin
    }
    int bearers = NameCounts.firstName(lower, s, base);
    if (SwedishLexicon.isFrequentWord(baseFacts) && bearers < NameCounts.THOUSANDS) {
      return false; // "allas föräldrar"; but "lisas pappa", "stigs mamma": thousands are called so
    }
    return person || bearers > 0 || NameCounts.rareFirstName(lower, s, base)
        || f == 0 && !words.isCommon(t) && unknown.noWordAtAll(t);
  }

  /**
   * "jag heter Kuba", "vår son kuba": a country that people are also called by (Statistics Sweden
   * counts it as a given name), right after a cue that names a person, is that person.
   */
  private boolean namedAfterCue(int t) {
    return cues.nameCue(t) == CUE_STRONG && words.givenName(t);
  }

  /** Cue nouns of kin and relation ("bror", "syster", "kille"), whose genitive after a possessive is theirs. */
  private static final long KIN_NOUN = Category.bits(Category.CUE_NAME, Category.CUE_RELATION);

  /** Subordinators of time, after which a month may open the clause: "sedan Maj har", "tills Juni är slut". */
  private static final String[] TIME_SUBORDINATORS = {"sedan", "sen", "innan", "tills", "när"};
  /** Prepositions before a month that is a time ("i juni 3 år i rad", "från maj 2 år framåt"). */
  private static final String[] TIME_PREPOSITIONS = {"i", "sedan", "sen", "från", "till", "före", "efter", "under",
      "om", "på", "varje", "nästa", "förra", "mitten", "början", "slutet"};

  /** Unknown words in capitals up to this length are acronyms ("BUP", "ADHD"), not names. */
  private static final int MAX_ACRONYM_LENGTH = 4;
  /** Capitals up to this length that sign a post are the writer's initials ("/M", "mvh JK"). */
  private static final int MAX_SIGNED_INITIALS = 2;

  /**
   * Decides word {@code t}, not yet decided: sets its type and score in the labels, or leaves it;
   * a lowercase word left under the review band may still be flagged in a doubtful slot.
   */
  void decide(int t) {
    decideWord(t);
    if (type[t] != KEEP && labels.score[t] < DoubtfulSlots.DOUBTFUL_SUBJECT && !tokens.has(t, Tokens.CAPITALISED)
        && !tokens.has(t, Tokens.ALL_CAPS) && words.isCommon(t)) {
      doubts.flag(t);
    }
  }

  private void decideWord(int t) {
    long f = flags[t];
    boolean capitalised = tokens.has(t, Tokens.CAPITALISED);
    boolean allCaps = tokens.has(t, Tokens.ALL_CAPS);
    boolean sentenceStart = tokens.has(t, Tokens.SENTENCE_START);
    boolean person = any(f, PERSON);
    boolean place = any(f, SWEDISH_PLACE);

    if (!keepWords.isEmpty() && words.inSet(keepWords, t) || cues.monthInADate(t) || ActShortForms.isSocialServicesAct(tokens, t)) {
      type[t] = KEEP;
      return;
    }
    if (Category.PUBLIC_BODY.in(f) && keepPublicBodies && cues.ownerOfKin(t) && ownerMayBeNamed(t, f, false)) {
      labels.set(t, NAME, CUE); // "Livs pappa": a body has no father; the genitive of a first name
      return;
    }
    if (Category.PUBLIC_BODY.in(f) && keepPublicBodies && !(person && cues.nameCue(t) == CUE_STRONG)) {
      // but "min dotter Juni", "han heter Mars"; and capitalised inside a sentence as the subject
      // of a clause: "att Maj ska", "Efter att Maj dog" (Swedish writes its months in lowercase;
      // not "sedan Maj har", where a month may open the clause)
      boolean capitalisedSubject = capitalised && !allCaps && !sentenceStart && slots.subordinateSubject(t)
          && !tokens.isAnyOf(t - 1, TIME_SUBORDINATORS);
      if (person && cues.ages.ageAfter(t) && !tokens.isAnyOf(t - 1, TIME_PREPOSITIONS)) {
        labels.set(t, NAME, NAMED_IN_SLOT); // "Alve (6 år) och Juni (9 år)": no month is aged
        return;
      }
      if (!(person && capitalisedSubject && words.isCommon(t) && homographs.nameInSlot(t, true, false))) {
        type[t] = KEEP;
      }
      return;
    }
    if (Category.COUNTRY.in(f) && !place && !person) {
      if (namedAfterCue(t)) {
        labels.set(t, NAME, CUE);
      } else if (keepCountries) {
        type[t] = KEEP;
      } else {
        labels.set(t, PLACE, CAPITALISED_KNOWN);
      }
      return;
    }
    if (Cues.isCueWord(f) && !person && !place) {
      return; // "Hola", "Kiitos", "äiti": a word that announces a name, in no list of names, names no one
    }
    if (keepPublicBodies && cues.places.isRegionBody(t)) {
      // "Region Gävleborg": the body's word is kept, its name is the county it serves, judged as a place
      type[t] = KEEP;
      return;
    }
    if ((allCaps || capitalised) && !person && !place && tokens.length(t) <= MAX_SIGNED_INITIALS
        && (tokens.length(t) == 1 || !words.isFrequentOrListed(t) && !words.isCommon(t)) // not "OK", "PS"
        && (cues.signatures.signsOff(t) || cues.signatures.aloneAsLastSentence(t))) {
      labels.set(t, NAME, VOCATIVE); // "…skäms så mkt /M", "mvh JK", "…mitt namn. B.": the writer's initials sign the post
      return;
    }
    if (allCaps && !person && !place && tokens.length(t) <= MAX_ACRONYM_LENGTH) {
      return; // acronyms: "BUP", "LSS", "ICA"; longer words in capitals are read as lowercase text
    }
    if (!person && numberAbbreviation(t)) {
      return; // "mobilnr", "samnr", "kontonr": the word before a number, no name
    }
    if (person && Cues.isCueWord(f) && (!capitalised || sentenceStart) && tokens.adjacent(t) && tokens.isWord(t + 1)
        && Category.CUE_POSSESSIVE.in(flags[t + 1])) {
      type[t] = KEEP; // "bror min Baran", "syster min": the kin noun before its possessive, though "Bror" is a name
      return;
    }
    if (person && kinOfPossessive(t)) {
      type[t] = KEEP; // "min brors son", "hennes systers kille": a kin noun's genitive, though "Bror" is a name
      return;
    }
    if (cues.ownerOfKin(t) && ownerMayBeNamed(t, f, person)) {
      labels.set(t, NAME, CUE); // "lisas pappa", "Naylas kurator": whose kin it is, is a person
      return;
    }
    boolean cased = capitalised && !allCaps;
    if ((f & ~PERSON) == 0 && words.firstNameBearers(t) < NameCounts.HUNDREDS
        && tokens.length(t) >= 3 && !words.isFrequentOrListed(t)) {
      // a word the lists lack, or a name fewer than a hundred are called by ("fran"), and no word
      // form as written: maybe typed without å, ä, ö; not a name that hundreds are called by, listed
      // or not ("palle" is no "pålle")
      AsciiFolding.Reading folded = words.foldedPlace(t);
      if (f == 0 && placeWords.localPlace(t, folded)) {
        return;
      }
      if (folded == AsciiFolding.Reading.LISTED_WORD && !cased && !cues.namingCue(t)
          && !(cues.nameCue(t) == CUE_STRONG && slots.subjectBeforeVerbForm(t))) { // but "chefen madde e snäll"
        // "gora", "nagot", "fran": "göra", "något", "från", not names after "polisen", "sa"; a
        // name that Statistics Sweden counts stays one ("sara", not "såra")
        return;
      }
    }
    if (!cased && !person && !place && !cues.anyCue(t)) {
      if (fullNames.countedPair(t) || fullNames.letteredPair(t) || f == 0 && fullNames.unknownPair(t)) {
        return; // "oussama mellouli", "nawzat bladh", "timofej rybakov"
      }
      if (homographs.namedRareWord(t)) {
        return;
      }
      if (f == 0 && words.isCommon(t) && (words.firstNameBearers(t) > 0 && homographs.nameInSlot(t, false, sentenceStart)
          || homographs.reportedName(t))) {
        return; // "liana sa att", ", säger söder.": a word that no list files as a name, but SCB counts
      }
      unknown.lowercaseUnknown(t, f); // the most frequent case: an ordinary lowercase word
      return;
    }
    boolean common = words.isCommon(t);

    if (cues.places.institutionNamed(t)) {
      labels.set(t, PLACE, PLACE_CUE); // "boendet heter vitsippan", "Förskolan heter Solrosen"
      return;
    }
    // a cue decides: "heter Anna", "min son elias", "handläggaren Lena", "hej Anna", "mvh Peter"
    int cue = cues.nameCue(t);
    if (cue == 0 && cues.afterTitle(t)) {
      cue = CUE_STRONG; // "fru x-son": "fru" is a cue of its own only after a possessive ("min fru")
    }
    if (!Category.WORD_FORM.in(f) && (person || !common) && cues.naming.nameInApposition(t)) {
      labels.set(t, NAME, NAMED_IN_SLOT); // "sitt gamla namn, klara, i alla system": no word stands so
      return;
    }
    if (!cased && Category.FIRST_NAME.in(f) && words.isCommon(t) && !Category.WORD_FORM.in(f) && !Cues.isCueWord(f)
        && cues.personGovernor(t) && !cues.coordinatedWithNoun(t)) {
      labels.set(t, NAME, CUE_COMMON); // "hos lisa", "ringde mark", "sms till sten": one visits, calls, texts a person
      return;
    }
    if (!cased && Category.SURNAME.in(f) && words.isCommon(t) && !Category.WORD_FORM.in(f) && !Cues.isCueWord(f)
        && cues.personGovernor(t) && PersonMentions.isAtWorkplaceAfter(tokens, flags, t)) {
      labels.set(t, NAME, CUE_COMMON); // "pratat med skog på socialkontoret": one talks with a person at a workplace
      return;
    }
    if (Category.CUE_POSSESSIVE.in(f) && Category.FIRST_NAME.in(f) && (words.firstNameBearers(t) >= NameCounts.TEN_THOUSANDS
        && slots.pronounAsName(t) || words.firstNameBearers(t) >= NameCounts.HUNDREDS && slots.personVerbAfter(t))) {
      labels.set(t, NAME, NAME_SLOT); // "hans är 16", "hans och jag", "med hans igår", "och mina säger": no noun follows
      return;
    }
    if (!cased && cue == CUE_STRONG && Category.CUE_POSSESSIVE.in(f) && Category.FIRST_NAME.in(f)
        && words.firstNameBearers(t) >= NameCounts.HUNDREDS && slots.ageAfter(t)) {
      labels.set(t, NAME, NAMED_IN_SLOT); // "min dotter mina är 4": after a kin noun no possessive is aged
      return;
    }
    if (Category.FIRST_NAME.in(f) && Category.WORD_FORM.in(f) && !cased && cues.naming.namedWordForm(t)) {
      labels.set(t, NAME, CUE); // "heter inga och", "heter hans.": even a pronoun that is a name, when it ends the phrase
      return;
    }
    // "läkaren säger max 3 veckor": after a verb of saying, a lowercase "max" before a number is the limit
    if (cue != 0 && !Category.CUE_PLACE.in(f) && !Cues.isCueWord(f) && (cased || !cues.maximum(t))) {
      if (!cased && !person && !place && cues.signatures.slashSignature(t) && !words.isFrequent(t) && !Category.WORD_FORM.in(f)) {
        labels.set(t, NAME, VOCATIVE); // "…i Trollhättan. /lemar": what signs the post, though the dictionary reads it as a word
        return;
      }
      if (!cased && cue == CUE_STRONG && !Category.WORD_FORM.in(f) && !words.isFrequent(t)
          && (Category.FIRST_NAME.in(f) || words.countedFirstName(t)) && slots.subjectBeforeVerbForm(t)) {
        labels.set(t, NAME, NAMED_IN_SLOT); // "barnbarnet taras flyttade", "chefen madde e snäll": no possessive needed before a verb
        return;
      }
      if (common && !cased && cue == CUE_STRONG && homographs.cuedSubject(t)) {
        labels.set(t, NAME, NAMED_IN_SLOT); // "pappa bo har bott", "vår dotter vilja fyller 18"
        return;
      }
      if (common && !cased && cue == CUE_STRONG && homographs.cuedBeforeClauseOrPair(t)) {
        labels.set(t, NAME, NAME_SLOT); // "min dotter sol som", "tvillingarna sol och theo"
        return;
      }
      if (common && !cased && !person && cue == CUE_STRONG && homographs.cuedAtPhraseEnd(t)) {
        labels.set(t, NAME, NAME_SLOT); // "deras dotter sol.", "vår dotter sol föddes"
        return;
      }
      if (!cased && !person && !place && cue == CUE_STRONG && kinSubject(t, f)) {
        labels.set(t, NAME, NAMED_IN_SLOT); // "hennes syster lek kom hit", "min dotter vy hjälper mig"
        return;
      }
      if (!cased && !place && cue == CUE_STRONG && kinNamePair(t, f)) {
        labels.set(t, NAME, NAMED_IN_SLOT); // "min mormor risten omma är 91": a first name and a surname that is no word
        labels.set(t + 1, NAME, NAMED_IN_SLOT);
        return;
      }
      if (person && common && !cased) {
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
        if (cue == CUE_STRONG && Category.FIRST_NAME.in(f) && !Category.WORD_FORM.in(f) && cues.namingCue(t)) {
          labels.set(t, NAME, CUE); // "jag heter mark", "min son sten": a first name, whatever else the word means
          return;
        }
        labels.judge(t, NAME, Category.WORD_FORM.in(f) ? CUE_WORD_FORM : CUE_COMMON); // "min son björn", "brodern ville"
        return;
      }
      if (cues.afterTitle(t) && !person && !place && !words.listedWord(t) && !words.isFrequentOrListed(t)) {
        labels.set(t, NAME, CUE); // "herr mitter", "fru x-son": the light stemmer reads "mitter" as "mitt" + "er"
        return;
      }
      if (!person && !place && homographs.countedName(t, common, cue)) {
        labels.set(t, NAME, common ? CUE_COMMON : CUE);
        return;
      }
      if (!person && !place && !common && !cased && !shapes.nameShaped(t)) {
        int len = tokens.length(t);
        if (len >= 3 && len <= MAX_LOWERCASE_PROPER_NOUN && !unknown.tripledLetter(t) && !unknown.compoundOrPastTense(t)) {
          // a kin noun as a title: Swedish ones, or a cue no Swedish word list holds ("áhkku", "hooyo");
          // not a role noun or a verb of saying ("polisen inlett", "skriver forskarna")
          boolean kinTitle = tokens.adjacent(t - 1) && tokens.isWord(t - 1) && Category.CUE_NAME.in(flags[t - 1])
              && (words.inSet(CueLists.OWNED_KIN, t - 1) || !words.isFrequent(t - 1));
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
        return;
      }
      if (!person && !place && !cased && cue == CUE_STRONG && cues.namingCue(t) && nicknameShaped(t)) {
        labels.set(t, NAME, CUE); // "min son samme är 16", "min bror kosse": a nickname after a kin noun, though a rare word
        return;
      }
      if (cue == CUE_VOCATIVE && !place && cues.signatures.fullNameAsLastSentence(t, t - 1, cues.writtenWithCapitals)) {
        labels.set(t, NAME, VOCATIVE); // "…hos kommunen? Biret Labba": a full name signs, though the stemmer reads a word
        return;
      }
      if (person || (!common && !place) || (cased && cue == CUE_STRONG) || !place && cues.naming.selfNamed(t)) {
        labels.set(t, NAME, cue == CUE_STRONG ? CUE : VOCATIVE); // "jag heter lek": a word as a name, which only a name is there
        return;
      }
      if (!cased && !place && homographs.namedRareWord(t)) {
        return; // what none of the above took
      }
    }

    if (common && homographs.nameInSlot(t, cased, sentenceStart)) {
      return; // "Klara blir utfryst", "Vilja 9 år", "min dotter vilja är 22"
    }
    if (Category.FIRST_NAME.in(f) && !Category.WORD_FORM.in(f) && slots.contactNumberAfter(t)) {
      labels.set(t, NAME, NAME_SLOT); // "…ingen annanstans tina 0734567812": the one to call
      return;
    }
    if (sentenceStart && Category.SURNAME.in(f) && !Category.WORD_FORM.in(f) && slots.speakers.atPlace(t)) {
      labels.set(t, NAME, NAME_SLOT); // "Berg på hemtjänsten säger": a surname, though a place or a word too, says so
      return;
    }
    if (common && !cased && !Category.WORD_FORM.in(f) && homographs.reportedName(t)) {
      return; // ", säger söder.", "enligt lind är": a listed name that is also a word, as the speaker
    }
    if (!common && (cues.ages.ageAfter(t) || cues.ages.ageInAList(t)) && !cues.afterArticle(t) && !cues.maximum(t)
        && (words.countedFirstName(t) || f == 0 && shapes.nameShaped(t))) {
      labels.set(t, NAME, CUE); // "ilhan 6 och sagal 2", "setayesh (12)": an age names the word before it
      return;
    }
    if (!common && !place && tokens.is(t - 1, "en") && tokens.adjacent(t - 1) && isSurnameOnly(t, f)) {
      labels.set(t, NAME, NAME_SLOT); // "ärendet har en johansson", "polisen, en sandberg, sa": a certain person
      return;
    }
    // "Anna Lindqvist", "sten andersson", "Anna Xyz", "Sakvan Källgren"
    if (fullNames.pair(t) || fullNames.letteredPair(t) || !cased && person && homographPairs.pair(t, cue == CUE_STRONG)) {
      return;
    }
    if (placeWords.placeBefore(t, f, common, cased)) {
      return;
    }
    if (placeWords.institution(t, cased, sentenceStart)) {
      return;
    }
    if (cased && !sentenceStart) {
      byCase.capitalisedInside(t, f, person, place, common);
    } else if (cased) {
      byCase.capitalisedAtStart(t, f, person, place, common);
    } else {
      byCase.lowercase(t, f, person, place, common);
    }
  }

  /**
   * Word {@code t}, which no list of names holds nor hundreds are called by, right after a kin or role noun and its possessive
   * ("hennes syster", "min dotter") and right before an everyday finite verb: the subject the noun
   * names, whatever the word means alone ("hennes syster lek kom", "min dotter vy hjälper"). No
   * bare noun stands between a possessive's noun and its verb; an adverb may ("min son bara
   * skriker"), and a word form or a verb is no subject ("min son ville ha").
   */
  private boolean kinSubject(int t, long f) {
    // a name hundreds are called by is weighed by Homographs.cuedSubject ("min dotter vilja är stark")
    return words.firstNameBearers(t) < NameCounts.HUNDREDS && afterKinNoun(t, f) && finiteVerbAt(t + 1)
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

  /** Token {@code k} is an everyday finite verb. */
  private boolean finiteVerbAt(int k) {
    return tokens.isWord(k) && words.inSet(ClauseWords.FINITE_VERBS, k);
  }
}
