package se.avid.models.names;

import static se.avid.models.names.Cues.CUE_STRONG;
import static se.avid.models.names.NameScores.*;
import static se.avid.models.names.ProperNameDetector.PERSON;
import static se.avid.models.names.ProperNameDetector.SWEDISH_PLACE;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.PLACE;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.context.ContextScorer;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Decides each word on its own: from its categories, its shape (capitalised, at a sentence start,
 * all caps), its cues and its neighbour (a first name and a surname, a place before "kommun"),
 * setting a type and score or asking the context scorer. Words after a cue ({@link CuedWordRules}),
 * full names ({@link FullNames}), words that are names too ({@link Homographs}), words in no list
 * ({@link UnknownWords}) and place words ({@link PlaceWords}) have rules of their own. Not thread-safe; one per call.
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
  private final WordReadings readings;
  private final CuedWordRules cuedWords;

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
    this.readings = new WordReadings(tokens, words);
    this.cuedWords = new CuedWordRules(tokens, words, shapes, cues, labels, unknown, fullNames, homographs, homographPairs, slots);
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
    boolean possessive = tokens.isWord(t - 1) && tokens.adjacent(t - 1) && Category.CUE_POSSESSIVE.in(flags[t - 1]);
    boolean owning = (!tokens.has(t, Tokens.CAPITALISED) || tokens.has(t, Tokens.SENTENCE_START))
        && tokens.adjacent(t) && tokens.isWord(t + 1);
    return (possessive || owning) && words.kinGenitive(t);
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

  /** Subordinators of time, after which a month may open the clause: "sedan Maj har", "tills Juni är slut". */
  private static final WordSieve TIME_SUBORDINATORS = WordSieve.of("sedan", "sen", "innan", "tills", "när");
  /** Prepositions before a month that is a time ("i juni 3 år i rad", "från maj 2 år framåt"). */
  private static final WordSieve TIME_PREPOSITIONS = WordSieve.of("i", "sedan", "sen", "från", "till", "före", "efter",
      "under", "om", "på", "varje", "nästa", "förra", "mitten", "början", "slutet");

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

  // decideWord asks the rules in a fixed order, the first that decides ends it; each group of
  // rules is a method of its own, small enough for the JIT to compile early and inline
  private void decideWord(int t) {
    long f = flags[t];
    boolean capitalised = tokens.has(t, Tokens.CAPITALISED);
    boolean allCaps = tokens.has(t, Tokens.ALL_CAPS);
    boolean sentenceStart = tokens.has(t, Tokens.SENTENCE_START);
    boolean person = any(f, PERSON);
    boolean place = any(f, SWEDISH_PLACE);

    if (keptWord(t)) {
      type[t] = KEEP;
      return;
    }
    if (decidePublicBody(t, f, capitalised, allCaps, sentenceStart, person)
        || decideCountryOrCueWord(t, f, person, place)
        || decideShortCapitals(t, capitalised, allCaps, person, place)
        || decideKinGenitive(t, f, capitalised, sentenceStart, person)) {
      return;
    }
    boolean cased = capitalised && !allCaps;
    if (decideFoldedWord(t, f, cased)) {
      return;
    }
    if (!cased && !allCaps && cues.naming.termNamed(t)) {
      return; // "en så kallad zorro", "det som kallas lillfingret": a thing's term, not a person's name
    }
    if (!cased && !allCaps && Category.FIRST_NAME.in(f) && !place && words.isCommon(t) && readings.wordReading(t)) {
      return; // "arbete och liv saknar mening", "pappa bo 3 dagar hos oss": the word
    }
    if (!cased && !allCaps && CaseRules.partOfTown(tokens, cues, t)) {
      labels.set(t, PLACE, PLACE_WORD_WITH_CUE); // "vi bor ihop på söder": capitalised, by CaseRules
      return;
    }
    if (!cased && !person && !place && !cues.anyCue(t)) {
      decideUncuedLowercase(t, f, sentenceStart); // the most frequent case
      return;
    }
    boolean common = words.isCommon(t);

    if (cues.places.institutionNamed(t)) {
      labels.set(t, PLACE, PLACE_CUE); // "boendet heter vitsippan", "Förskolan heter Solrosen"
      return;
    }
    int cue = cueBefore(t);
    if (decideGovernedName(t, f, cased, person, common)
        || decidePronounAsName(t, f, cased, cue)
        || cuedWords.decide(t, f, cased, person, place, common, cue)
        || decideInSlot(t, f, cased, sentenceStart, place, common)) {
      return;
    }
    decideByNeighbourOrCase(t, f, cased, sentenceStart, person, place, common, cue);
  }

  /** The last rules: a full name's pair, a place or an institution by its neighbour, else by how the word is written. */
  private void decideByNeighbourOrCase(int t, long f, boolean cased, boolean sentenceStart, boolean person, boolean place,
      boolean common, int cue) {
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

  /** A word the caller keeps, a month in a date, or the Social Services Act's short form. */
  private boolean keptWord(int t) {
    return !keepWords.isEmpty() && words.inSet(keepWords, t) || cues.monthInADate(t) || ActShortForms.isSocialServicesAct(tokens, t);
  }

  /** The cue that names word {@code t}, 0 for none. */
  private int cueBefore(int t) {
    // a cue decides: "heter Anna", "min son elias", "handläggaren Lena", "hej Anna", "mvh Peter"
    int cue = cues.nameCue(t);
    if (cue == 0 && cues.afterTitle(t)) {
      cue = CUE_STRONG; // "fru x-son": "fru" is a cue of its own only after a possessive ("min fru")
    }
    return cue;
  }

  /** A public body's word ("Försäkringskassan", a month): kept, unless a person's name in its slot; true when decided. */
  private boolean decidePublicBody(int t, long f, boolean capitalised, boolean allCaps, boolean sentenceStart, boolean person) {
    if (Category.PUBLIC_BODY.in(f) && keepPublicBodies && cues.ownerOfKin(t) && ownerMayBeNamed(t, f, false)) {
      labels.set(t, NAME, CUE); // "Livs pappa": a body has no father; the genitive of a first name
      return true;
    }
    if (Category.PUBLIC_BODY.in(f) && keepPublicBodies && !(person && cues.nameCue(t) == CUE_STRONG)) {
      // but "min dotter Juni", "han heter Mars"; and capitalised inside a sentence as the subject
      // of a clause: "att Maj ska", "Efter att Maj dog" (Swedish writes its months in lowercase;
      // not "sedan Maj har", where a month may open the clause)
      // so too in lowercase before a verb only a person does: "efter att maj dog" (no month dies)
      boolean capitalisedSubject = (capitalised && !allCaps || slots.onlyAPersonsVerbAfter(t)) && !sentenceStart
          && slots.subordinateSubject(t) && !TIME_SUBORDINATORS.has(tokens, t - 1);
      if (person && (cues.ages.ageAfter(t) || cues.ages.agesOfAPair(t) || cues.ages.ageInAList(t))
          && !TIME_PREPOSITIONS.has(tokens, t - 1)) {
        // "Alve (6 år) och Juni (9 år)", "barnen Vilgot 5 och Maj 3": no month is aged
        labels.set(t, NAME, NAMED_IN_SLOT);
        return true;
      }
      if (!(person && capitalisedSubject && words.isCommon(t) && homographs.nameInSlot(t, capitalised, false))) {
        type[t] = KEEP;
      }
      return true;
    }
    return false;
  }

  /** A country, a cue word in no list of names, or a region's body word; true when decided. */
  private boolean decideCountryOrCueWord(int t, long f, boolean person, boolean place) {
    if (Category.COUNTRY.in(f) && !place && !person) {
      if (namedAfterCue(t)) {
        labels.set(t, NAME, CUE);
      } else if (cues.ages.ageInAList(t) || cues.ages.ageInApposition(t) || slots.groups.pairAfterPersonNoun(t)) {
        // "Zuzanna (10) och Kuba (8)", "Vår äldsta, Kuba 14, har", "tvillingar mali o kai som": a child
        labels.set(t, NAME, NAMED_IN_SLOT);
      } else if (keepCountries) {
        type[t] = KEEP;
      } else {
        labels.set(t, PLACE, CAPITALISED_KNOWN);
      }
      return true;
    }
    if (Cues.isCueWord(f) && !person && !place) {
      return true; // "Hola", "Kiitos", "äiti": a word that announces a name, in no list of names, names no one
    }
    if (Category.CUE_GREETING.in(f) && greetingOpensText(t)) {
      type[t] = KEEP; // "Selam. Jag heter…", "slaw, min dotter…": the greeting that opens the post, though a name too
      return true;
    }
    if (keepPublicBodies && cues.places.isRegionBody(t)) {
      // "Region Gävleborg": the body's word is kept, its name is the county it serves, judged as a place
      type[t] = KEEP;
      return true;
    }
    return false;
  }

  /** Word {@code t} is the text's first and a comma, full stop or exclamation mark follows it. */
  private boolean greetingOpensText(int t) {
    for (int p = t - 1; p >= 0; p--) {
      if (tokens.isWord(p) || tokens.kind(p) == Tokens.NUMBER) {
        return false;
      }
    }
    return tokens.isPunct(t + 1, '.') || tokens.isPunct(t + 1, ',') || tokens.isPunct(t + 1, '!');
  }

  /** Initials that sign a post, acronyms and number abbreviations, which name no one; true when decided. */
  private boolean decideShortCapitals(int t, boolean capitalised, boolean allCaps, boolean person, boolean place) {
    if ((allCaps || capitalised) && !person && !place && (tokens.length(t) <= MAX_SIGNED_INITIALS || hyphenedInitials(t))
        && (tokens.length(t) == 1 || !words.isFrequentOrListed(t) && !words.isCommon(t)) // not "OK", "PS"
        && (cues.signatures.signsOff(t) || cues.signatures.aloneAsLastSentence(t))) {
      labels.set(t, NAME, VOCATIVE); // "…skäms så mkt /M", "mvh JK", "…mitt namn. B.": the writer's initials sign the post
      return true;
    }
    if (allCaps && !person && !place && tokens.length(t) <= MAX_ACRONYM_LENGTH) {
      return true; // acronyms: "BUP", "LSS", "ICA"; longer words in capitals are read as lowercase text
    }
    if (!person && numberAbbreviation(t)) {
      return true; // "mobilnr", "samnr", "kontonr": the word before a number, no name
    }
    if (!person && ActShortForms.isStatuteBook(tokens, t)) {
      return true; // "afs 2015:4", "sosfs 2011:9": a statute book's short name before the year and number of a rule
    }
    return false;
  }

  /** "P-O", "K-G": the initials of a double first name, joined by a hyphen. */
  private boolean hyphenedInitials(int t) {
    return tokens.length(t) == 3 && tokens.lower()[tokens.start(t) + 1] == '-';
  }

  /** A kin noun by its possessive, or the genitive that owns kin ("lisas pappa"); true when decided. */
  private boolean decideKinGenitive(int t, long f, boolean capitalised, boolean sentenceStart, boolean person) {
    if (person && Cues.isCueWord(f) && (!capitalised || sentenceStart) && tokens.adjacent(t) && tokens.isWord(t + 1)
        && Category.CUE_POSSESSIVE.in(flags[t + 1])) {
      type[t] = KEEP; // "bror min Baran", "syster min": the kin noun before its possessive, though "Bror" is a name
      return true;
    }
    if (person && kinOfPossessive(t)) {
      type[t] = KEEP; // "min brors son", "hennes systers kille": a kin noun's genitive, though "Bror" is a name
      return true;
    }
    if (cues.ownerOfKin(t) && ownerMayBeNamed(t, f, person)) {
      labels.set(t, NAME, CUE); // "lisas pappa", "Naylas kurator": whose kin it is, is a person
      return true;
    }
    if (cues.ownerOfThing(t) && ownerMayBeNamed(t, f, person)
        && NameCounts.firstName(tokens.lower(), tokens.start(t), tokens.length(t) - 1) >= NameCounts.HUNDREDS) {
      labels.set(t, NAME, CUE); // "med stens bil", "sagas rum": a first name's genitive owns a thing
      return true;
    }
    return false;
  }

  /** A word maybe typed without å, ä, ö: a local place or an ordinary word so folded; true when decided. */
  private boolean decideFoldedWord(int t, long f, boolean cased) {
    if (!cased && AsciiFolding.isFoldedFunctionWord(tokens, t) && cues.writtenWithoutDiacritics()) {
      return true; // "nar nan ar sa radd", "en son pa 3": in a text that never types å, ä, ö, the function word, not Nan or Pa
    }
    if ((f & ~PERSON) == 0 && words.firstNameBearers(t) < NameCounts.HUNDREDS
        && tokens.length(t) >= 3 && !words.isFrequentOrListed(t)) {
      // a word the lists lack, or a name fewer than a hundred are called by ("fran"), and no word
      // form as written: maybe typed without å, ä, ö; not a name that hundreds are called by, listed
      // or not ("palle" is no "pålle")
      AsciiFolding.Reading folded = words.foldedPlace(t);
      if (f == 0 && placeWords.localPlace(t, folded)) {
        return true;
      }
      if (folded == AsciiFolding.Reading.LISTED_WORD && !cased && (AsciiFolding.isFoldedFunctionWord(tokens, t) || !cues.namingCue(t)
          && !(cues.nameCue(t) == CUE_STRONG && slots.subjectBeforeVerbForm(t)) // but "chefen madde e snäll"
          && !(words.givenName(t) && (cues.signatures.afterClosing(t) && cues.signatures.signsOff(t)
              || cues.signatures.slashSignature(t))))) { // nor "mvh madde", "/madde"
        // "gora", "nagot", "fran": "göra", "något", "från", not names after "polisen", "sa"; a
        // name that Statistics Sweden counts stays one ("sara", not "såra")
        return true;
      }
    }
    return false;
  }

  /** A lowercase word in no list of names or places, and no cue before it. */
  private void decideUncuedLowercase(int t, long f, boolean sentenceStart) {
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
    if (f == 0 && byCase.placeBySlot(t)) {
      return; // "vi bor i levanger", "bor i tjärna ängar"
    }
    unknown.lowercaseUnknown(t, f); // an ordinary lowercase word
  }

  /** A name in apposition, or governed as a person is ("hos lisa", "ringde mark"); true when decided. */
  private boolean decideGovernedName(int t, long f, boolean cased, boolean person, boolean common) {
    if (!Category.WORD_FORM.in(f) && (person || !common) && cues.naming.nameInApposition(t)) {
      labels.set(t, NAME, NAMED_IN_SLOT); // "sitt gamla namn, klara, i alla system": no word stands so
      return true;
    }
    if (!cased && Category.FIRST_NAME.in(f) && words.isCommon(t) && !Category.WORD_FORM.in(f) && !Cues.isCueWord(f)
        && cues.personGovernor(t) && !cues.coordinatedWithNoun(t)) {
      labels.set(t, NAME, CUE_COMMON); // "hos lisa", "ringde mark", "sms till sten": one visits, calls, texts a person
      return true;
    }
    if (!cased && Category.SURNAME.in(f) && words.isCommon(t) && !Category.WORD_FORM.in(f) && !Cues.isCueWord(f)
        && cues.personGovernor(t) && PersonMentions.isAtWorkplaceAfter(tokens, flags, t)) {
      labels.set(t, NAME, CUE_COMMON); // "pratat med skog på socialkontoret": one talks with a person at a workplace
      return true;
    }
    return false;
  }

  /** A possessive or pronoun that is a first name too ("hans", "mina", "inga"), standing as one; true when decided. */
  private boolean decidePronounAsName(int t, long f, boolean cased, int cue) {
    if (Category.CUE_POSSESSIVE.in(f) && Category.FIRST_NAME.in(f) && (words.firstNameBearers(t) >= NameCounts.TEN_THOUSANDS
        && slots.pronounAsName(t) || words.firstNameBearers(t) >= NameCounts.HUNDREDS && slots.personVerbAfter(t))) {
      labels.set(t, NAME, NAME_SLOT); // "hans är 16", "hans och jag", "med hans igår", "och mina säger": no noun follows
      return true;
    }
    if (!cased && cue == CUE_STRONG && Category.CUE_POSSESSIVE.in(f) && Category.FIRST_NAME.in(f)
        && words.firstNameBearers(t) >= NameCounts.HUNDREDS && slots.ageAfter(t)) {
      labels.set(t, NAME, NAMED_IN_SLOT); // "min dotter mina är 4": after a kin noun no possessive is aged
      return true;
    }
    if (Category.FIRST_NAME.in(f) && Category.WORD_FORM.in(f) && !cased && cues.naming.namedWordForm(t)) {
      labels.set(t, NAME, CUE); // "heter inga och", "heter hans.": even a pronoun that is a name, when it ends the phrase
      return true;
    }
    return false;
  }

  /** A word in a person's slot with no cue that decided it: a homograph, a contact, a speaker, an aged or "en" person; true when decided. */
  private boolean decideInSlot(int t, long f, boolean cased, boolean sentenceStart, boolean place, boolean common) {
    if (common && homographs.nameInSlot(t, cased, sentenceStart)) {
      return true; // "Klara blir utfryst", "Vilja 9 år", "min dotter vilja är 22"
    }
    if (Category.FIRST_NAME.in(f) && !Category.WORD_FORM.in(f) && TelephoneNumbers.after(tokens, t)) {
      labels.set(t, NAME, NAME_SLOT); // "…ingen annanstans tina 0734567812": the one to call
      return true;
    }
    if (sentenceStart && Category.SURNAME.in(f) && !Category.WORD_FORM.in(f) && slots.speakers.atPlace(t)) {
      labels.set(t, NAME, NAME_SLOT); // "Berg på hemtjänsten säger": a surname, though a place or a word too, says so
      return true;
    }
    if (common && !cased && !Category.WORD_FORM.in(f) && homographs.reportedName(t)) {
      return true; // ", säger söder.", "enligt lind är": a listed name that is also a word, as the speaker
    }
    if (!common && (cues.ages.ageAfter(t) || cues.ages.ageInAList(t)) && !cues.afterArticle(t) && !cues.maximum(t)
        && (words.countedFirstName(t) || f == 0 && shapes.nameShaped(t))) {
      labels.set(t, NAME, CUE); // "ilhan 6 och sagal 2", "setayesh (12)": an age names the word before it
      return true;
    }
    if (!common && !place && tokens.is(t - 1, "en") && tokens.adjacent(t - 1) && isSurnameOnly(t, f)) {
      labels.set(t, NAME, NAME_SLOT); // "ärendet har en johansson", "polisen, en sandberg, sa": a certain person
      return true;
    }
    return false;
  }
}
