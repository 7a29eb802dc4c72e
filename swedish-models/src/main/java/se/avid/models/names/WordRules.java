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
import se.avid.models.lexicon.Lexicon;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;

/**
 * Decides each word on its own: from its categories, its shape (capitalised, at a sentence start,
 * all caps), its cues and its neighbour (a first name and a surname, a place before "kommun"),
 * setting a type and score or asking the context scorer. Not thread-safe; one per call.
 */
final class WordRules {

  private final Tokens tokens;
  private final char[] lower;
  private final SwedishLexicon lexicon;
  private final Lexicon.Cursor cursor;
  private final ContextScorer scorer;
  private final boolean keepCountries;
  private final boolean keepPublicBodies;
  private final CharArraySet keepWords;
  private final long[] flags;
  private final boolean[] genitive;
  private final byte[] type;
  private final double[] score;
  private final WordFacts words;
  private final WordShapes shapes;
  private final Cues cues;
  private final WordLabels labels;

  WordRules(Tokens tokens, SwedishLexicon lexicon, ContextScorer scorer, boolean keepCountries, boolean keepPublicBodies,
      CharArraySet keepWords, WordFacts words, WordShapes shapes, Cues cues, WordLabels labels) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.lexicon = lexicon;
    this.cursor = words.cursor;
    this.scorer = scorer;
    this.keepCountries = keepCountries;
    this.keepPublicBodies = keepPublicBodies;
    this.keepWords = keepWords;
    this.flags = words.flags;
    this.genitive = words.genitive;
    this.type = labels.type;
    this.score = labels.score;
    this.words = words;
    this.shapes = shapes;
    this.cues = cues;
    this.labels = labels;
  }

  /** Unknown words in capitals up to this length are acronyms ("BUP", "ADHD"), not names. */
  private static final int MAX_ACRONYM_LENGTH = 4;

  /** Decides word {@code t}, not yet decided: sets its type and score in the labels, or leaves it. */
  void decide(int t) {
    long f = flags[t];
    boolean capitalised = tokens.has(t, Tokens.CAPITALISED);
    boolean allCaps = tokens.has(t, Tokens.ALL_CAPS);
    boolean sentenceStart = tokens.has(t, Tokens.SENTENCE_START);
    boolean person = any(f, PERSON);
    boolean place = any(f, SWEDISH_PLACE);

    if (!keepWords.isEmpty() && words.inSet(keepWords, t) || cues.monthInADate(t)) {
      type[t] = KEEP;
      return;
    }
    if (Category.PUBLIC_BODY.in(f) && keepPublicBodies && !(person && cues.nameCue(t) == CUE_STRONG)) {
      type[t] = KEEP; // but "min dotter Juni", "han heter Mars"
      return;
    }
    if (Category.COUNTRY.in(f) && !place && !person) {
      if (keepCountries) {
        type[t] = KEEP;
      } else {
        labels.set(t, PLACE, CAPITALISED_KNOWN);
      }
      return;
    }
    if (keepPublicBodies && cues.isRegionBody(t)) {
      // "Region Gävleborg": the body's word is kept, its name is the county it serves, judged as a place
      type[t] = KEEP;
      return;
    }
    if (allCaps && !person && !place && tokens.length(t) <= MAX_ACRONYM_LENGTH) {
      return; // acronyms: "BUP", "LSS", "ICA"; longer words in capitals are read as lowercase text
    }
    boolean cased = capitalised && !allCaps;
    if ((f == 0 || (f & ~PERSON) == 0 && words.firstNameBearers(t) < NameCounts.HUNDREDS)
        && tokens.length(t) >= 3 && !words.isFrequentOrListed(t)) {
      // a word the lists lack, or a name fewer than a hundred are called by ("fran"), and no word
      // form as written: maybe typed without å, ä, ö
      AsciiFolding.Reading folded = words.foldedPlace(t);
      if (f == 0 && localPlace(t, folded)) {
        return;
      }
      if (folded == AsciiFolding.Reading.LISTED_WORD && !cased && !cues.namingCue(t)) {
        // "gora", "nagot", "fran": "göra", "något", "från", not names after "polisen", "sa"; a
        // name that Statistics Sweden counts stays one ("sara", not "såra")
        return;
      }
    }
    if (!cased && !person && !place && !cues.anyCue(t)) {
      if (countedPair(t)) {
        return;
      }
      if (!namedRareWord(t)) {
        lowercaseUnknown(t, f); // the most frequent case: an ordinary lowercase word
      }
      return;
    }
    boolean common = words.isCommon(t);

    // a cue decides: "heter Anna", "min son elias", "handläggaren Lena", "hej Anna", "mvh Peter"
    int cue = cues.nameCue(t);
    if (cue == 0 && cues.afterTitle(t)) {
      cue = CUE_STRONG; // "fru x-son": "fru" is a cue of its own only after a possessive ("min fru")
    }
    if (!cased && Category.FIRST_NAME.in(f) && words.isCommon(t) && !Category.WORD_FORM.in(f) && !Cues.isCueWord(f)
        && cues.personGovernor(t) && !cues.coordinatedWithNoun(t)) {
      labels.set(t, NAME, CUE_COMMON); // "hos lisa", "ringde mark", "sms till sten": one visits, calls, texts a person
      return;
    }
    if (Category.FIRST_NAME.in(f) && Category.WORD_FORM.in(f) && !cased && cues.namedWordForm(t)) {
      labels.set(t, NAME, CUE); // "heter inga och", "heter hans.": even a pronoun that is a name, when it ends the phrase
      return;
    }
    if (cue != 0 && !Category.CUE_PLACE.in(f) && !Cues.isCueWord(f)) {
      if (person && common && !cased) {
        if (pair(t)) {
          // "domaren mark clattenburg", "hej björn lindqvist": a cue and a surname settle the word
          labels.set(t, NAME, NAME_PAIR);
          labels.set(t + 1, NAME, NAME_PAIR);
          return;
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
      if (!person && !place && countedName(t, common, cue)) {
        labels.set(t, NAME, common ? CUE_COMMON : CUE);
        return;
      }
      if (!person && !place && !common && !cased && !shapes.nameShaped(t)) {
        int len = tokens.length(t);
        if (len >= 3 && len <= MAX_LOWERCASE_PROPER_NOUN && !tripledLetter(t) && !compoundOrPastTense(t)) {
          // "pappa yemer", "skrev steinfeld": an ending of ordinary words, but no word, compound
          // or past tense: the scorer may keep it only if it is sure
          labels.judgeUnknown(t, NAME, CUE);
        } else {
          labels.judge(t, NAME, CUE_WORDLIKE); // "mamma skurade", "kallas resonanspartiklar"; not "herr mitter"
        }
        return;
      }
      if (person || (!common && !place) || (cased && cue == CUE_STRONG)) {
        labels.set(t, NAME, cue == CUE_STRONG ? CUE : VOCATIVE);
        return;
      }
      if (!cased && !place && namedRareWord(t)) {
        return; // what none of the above took
      }
    }

    if (!common && (cues.ageAfter(t) || cues.ageInAList(t)) && !cues.afterArticle(t) && (cues.countedFirstName(t) || f == 0 && shapes.nameShaped(t))) {
      labels.set(t, NAME, CUE); // "ilhan 6 och sagal 2", "setayesh (12)": an age names the word before it
      return;
    }
    // "Anna Lindqvist", "sten andersson", "Anna Xyz"
    if (pair(t)) {
      return;
    }
    if (placeBefore(t, f, common, cased)) {
      return;
    }
    if (institution(t, cased, sentenceStart)) {
      return;
    }
    if (cased && !sentenceStart) {
      capitalisedInside(t, f, person, place, common);
    } else if (cased) {
      capitalisedAtStart(t, f, person, place, common);
    } else {
      lowercase(t, f, person, place, common);
    }
  }

  private void capitalisedInside(int t, long f, boolean person, boolean place, boolean common) {
    if (place && (!person || cues.placeCue(t) && !genitive[t])) { // "i Noras blick": "i" governs the noun
      labels.set(t, PLACE, CAPITALISED_KNOWN);
    } else if (person && !Category.FIRST_NAME.in(f) && !genitive[t] && tokens.adjacent(t - 1) && tokens.is(t - 1, "i")) {
      labels.set(t, PLACE, CAPITALISED_KNOWN); // "i Toledo", "i Salem": nobody is "in" a person
    } else if (person) {
      labels.set(t, NAME, CAPITALISED_KNOWN);
    } else if (shapes.isStreet(t)) {
      // left to the address detector
    } else if (words.properNoun(t) && !words.listedWord(t)) {
      // tested before the stemmed common-word test, which reads "Paris" as "pari" + "s"
      labels.set(t, cues.locativeCue(t) || cues.afterPå(t) || shapes.dictionaryPlace(t) || shapes.placeShapedNoSurname(t) || shapes.placeCompound(t) ? PLACE : NAME,
          PROPER_NOUN);
    } else if (common && countedCapitalised(t)) {
      // "med Ask till", "och Vide": capitalised inside a sentence, a word that hundreds are called by
      labels.judgeUnknown(t, NAME, CAPITALISED_COUNTED_WORD);
    } else if (common) {
      labels.judge(t, NAME, CAPITALISED_COMMON);
    } else if (tokens.length(t) <= 2) {
      labels.judge(t, NAME, SHORT_UNKNOWN);
    } else if (shapes.placeShaped(t)) {
      labels.judgeUnknown(t, PLACE, CAPITALISED_UNKNOWN, true); // "Gruvberget", "Riddarholmen"
    } else if (shapes.longInflectedCompound(t) && !shapes.surnameShaped(t, true)) {
      if (shapes.placePrefix(t)) {
        labels.set(t, PLACE, CAPITALISED_UNKNOWN); // "Göteborgstrakten", "Kirunagruvan"
      } else {
        labels.judge(t, NAME, CAPITALISED_COMPOUND);
      }
    } else {
      // the rules give the type where a locative cue stands before the word ("i Toledo", "i
      // Granberga") or it ends like a surname ("Wikmans", "Sjölander"); elsewhere the scorer's
      // neighbours decide
      boolean possessor = shapes.genitiveOfSurnameShape(t); // "i Wikmans bok"
      boolean locative = !possessor && cues.locativeCue(t);
      boolean surnameLike = !locative && (shapes.surnameShaped(t, true) || possessor);
      labels.judgeUnknown(t, locative ? PLACE : NAME, CAPITALISED_UNKNOWN, locative || surnameLike);
    }
  }

  private void capitalisedAtStart(int t, long f, boolean person, boolean place, boolean common) {
    if (common && !person && !place && words.properNoun(t) && !words.listedWord(t)) {
      labels.set(t, shapes.dictionaryPlace(t) || shapes.placeShapedNoSurname(t) ? PLACE : NAME, PROPER_NOUN);
      return;
    }
    if (common) {
      if (!person && !place && countedCapitalised(t)) {
        labels.judge(t, NAME, SENTENCE_START_AMBIGUOUS); // "Ask är fem år", "Vide ringde"
        return;
      }
      if (person && !place && !Category.WORD_FORM.in(f)) {
        labels.judge(t, NAME, SENTENCE_START_AMBIGUOUS); // "Björn", "Per" opening a sentence; not "Hans", "Inga"
      } else if (person || place) {
        labels.judge(t, place ? PLACE : NAME, AMBIGUOUS); // "Vara", "Mark" opening a sentence
      }
      return; // "Jag", "Det", "Hej": the most frequent case, no scorer call
    }
    if (place && (!person || cues.placeCue(t) && !genitive[t])) { // "i Noras blick": "i" governs the noun
      labels.set(t, PLACE, SENTENCE_START_KNOWN);
    } else if (person) {
      labels.set(t, NAME, SENTENCE_START_KNOWN);
    } else if (shapes.isStreet(t)) {
      // left to the address detector
    } else if (words.properNoun(t)) {
      labels.set(t, shapes.dictionaryPlace(t) || shapes.placeShapedNoSurname(t) ? PLACE : NAME, PROPER_NOUN);
    } else {
      if (shapes.placeShaped(t)) {
        labels.judgeUnknown(t, PLACE, SENTENCE_START_NAME_SHAPED, true);
      } else if (shapes.surnameShaped(t, true) || shapes.nameShaped(t)) {
        labels.judgeUnknown(t, NAME, shapes.surnameShaped(t, true) ? SURNAME_SHAPED : SENTENCE_START_NAME_SHAPED, shapes.surnameShaped(t, true));
      } else {
        labels.judge(t, NAME, SENTENCE_START_UNKNOWN);
      }
    }
  }

  private void lowercase(int t, long f, boolean person, boolean place, boolean common) {
    if (Cues.isCueWord(f) && tokens.isWord(t - 1) && Category.CUE_POSSESSIVE.in(flags[t - 1])) {
      return; // "min bror", "hennes son": the kin noun, not the names Bror and Son
    }
    if (Category.FIRST_NAME.in(f) && common && cues.ageAfter(t) && !cues.afterArticle(t)) {
      labels.set(t, NAME, CUE); // "två barn, lisa 5 år och theo 8": a child's age names the word before it
      return;
    }
    if ((common || words.listedWord(t)) && cues.wordOfTheText(t) || cues.maximum(t)) {
      return;
    }
    if (place && !common) {
      labels.set(t, PLACE, cues.placeCue(t) ? PLACE_CUE : LOWERCASE_PLACE);
    } else if (person && !common) {
      // in a text written with capitals a name without one is as likely a word, a brand or a typo
      // ("spotify på max", "av yasmin"): in the review band, not redacted
      labels.set(t, NAME, cues.writtenWithCapitals ? LOWERCASE_NAME_IN_CAPITALISED_TEXT
          : Category.FIRST_NAME.in(f) ? LOWERCASE_FIRST_NAME : LOWERCASE_SURNAME);
    } else if (Category.MUNICIPALITY.in(f) && cues.locativeCue(t) && !shapes.definiteEnding(t)
        && !words.isFrequent(t)) {
      // "i lund", "från skara": a municipality, not a grove or a crowd, when the word is no frequent
      // one ("i boden", "i mark" are the shed and the soil more often); only a sure scorer keeps it
      labels.judgeUnknown(t, PLACE, PLACE_WORD_WITH_CUE, true);
    } else if (place && cues.strongPlaceCue(t)) {
      labels.judgeUnknown(t, PLACE, PLACE_WORD_WITH_CUE, true); // "flyttade till vara", "bor i mark"
    } else if (place || person) {
      labels.judge(t, place && cues.placeCue(t) ? PLACE : person ? NAME : PLACE, AMBIGUOUS);
      if (Category.MUNICIPALITY.in(f) && cues.locativeCue(t) && !shapes.definiteEnding(t)
          && labels.score[t] < UNKNOWN_AFTER_PLACE_CUE) {
        // "en familj i skara": a municipality that is also a frequent word, after a place cue, is
        // too likely the place to publish unseen; flagged, not redacted
        labels.set(t, PLACE, UNKNOWN_AFTER_PLACE_CUE);
      }
    } else {
      lowercaseUnknown(t, f);
    }
  }

  /**
   * "hon heter jojo", "som de kallar jojo": what a naming verb names is a name even when it is also
   * a word that is no frequent one; the model decides, but it stays at least in the review band.
   */
  private boolean namedRareWord(int t) {
    int verbLength = t > 0 && tokens.isWord(t - 1) ? tokens.length(t - 1) : 0;
    if (verbLength < 4 || verbLength > 7 || !cues.afterNameGivingVerb(t)
        || words.isFrequent(t)) {
      return false; // a length test first: this runs for most lowercase words
    }
    labels.judge(t, NAME, CUE_WORDLIKE);
    if (labels.score[t] < CUE_WORD_FORM) {
      labels.set(t, NAME, CUE_WORD_FORM);
    }
    return true;
  }

  /** A lowercase word in no name or place list: a Hunspell proper noun, or shaped like a surname. */
  private void lowercaseUnknown(int t, long f) {
    if (f != 0 && !Category.WORD_FORM.in(f) || tokens.length(t) < 3) {
      return; // a cue, a country, a public body, or a listed word
    }
    if (!genitive[t] && (Category.COMMON_WORD.in(f) || words.isFrequentOrListed(t))) {
      // the most frequent case: an ordinary word, which none of the tests below would take
      // (each needs a word that is neither listed nor frequent); one or two lookups instead of up to six
      return;
    }
    if (words.properNoun(t)) {
      // the exact word only: the light stemmer would read "paris" as "pari" + "s"
      int s = tokens.start(t);
      int len = tokens.length(t);
      // a longer one only if it ends like a place that the address detector does not take in
      // lowercase: "medborgarplatsen", "slottsparken"
      boolean shaped = len <= MAX_LOWERCASE_PROPER_NOUN ? !shapes.isStreet(t)
          : shapes.placeShapedNoSurname(t) && !shapes.isLowercaseStreet(t);
      if (shaped && !words.listedWord(t) && !words.isFrequent(t) && !words.frequentStem(s, len)) {
        labels.set(t, cues.locativeCue(t) || shapes.dictionaryPlace(t) || shapes.placeShapedNoSurname(t) ? PLACE : NAME, LOWERCASE_PROPER_NOUN);
      }
    } else if (shapes.surnameShaped(t, false) && !words.isCommon(t)) {
      labels.set(t, NAME, SURNAME_SHAPED);
    } else if (f == 0 && words.possessiveOfUnknown(t) && !words.isCommon(t)) {
      // "merikes vackra konstverk", "voglers opera": the genitive of no word at all, before the
      // thing it owns, is a person's name far more often than a typo
      labels.judgeUnknown(t, NAME, SURNAME_SHAPED, true);
    } else if (scorer != null && f == 0 && (shapes.nameShaped(t) || shapes.placeShaped(t) || shapes.placePrefix(t)
        || tokens.length(t) <= MAX_LOWERCASE_PROPER_NOUN && (!shapes.definiteEnding(t) && cues.locativeCue(t)
            || surnameEnding(t) && !words.isCommon(t) && !compoundOrPastTense(t)))
        && !words.isCommon(t)) {
      // (the compound test, which costs a look-up per split, only after the word's cached ordinary-word test)
      // "tarkovskij", "liffner", "göksjön", "göteborgstrakten", "i kessoura": no word at all, so a name, a
      // place, a typo or a foreign word; the scorer decides, and without one the word is kept
      boolean locative = cues.locativeCue(t);
      boolean placeLike = shapes.placeShaped(t) || shapes.placePrefix(t) || locative;
      labels.judge(t, placeLike ? PLACE : NAME, LOWERCASE_UNKNOWN, placeLike);
      // after "i", "på", "från" a word that is no word at all is most likely a place: "i florange"
      // after "hos", "ringde", "träffade", "sms till" a word that is no word, compound or past
      // tense is most likely a person: "hos shabnam", "ringde kebede"
      boolean governed = !placeLike && score[t] < LOWERCASE_UNKNOWN_DOUBT && cues.personGovernor(t)
          && !compoundOrPastTense(t);
      double doubt = locative || governed ? UNKNOWN_WORD_DOUBT : LOWERCASE_UNKNOWN_DOUBT;
      if (score[t] >= doubt && score[t] < REDACT) {
        score[t] = REDACT;
      } else if (locative && score[t] < UNKNOWN_AFTER_PLACE_CUE) {
        score[t] = UNKNOWN_AFTER_PLACE_CUE; // "i craiova": the scorer is sure, but flag it
      }
    }
  }

  /**
   * The counts of Statistics Sweden make a name of a word the lists lack, in a name slot: one
   * that is no ordinary word after any cue ("min mamma rigmor", "heter meseret"); one that is also
   * a word only right after a naming verb ("heter sol"), or, if it is no word form as written
   * ("vide", "maj-lis" are read through the stemmer or a hyphen), after a kin noun when a thousand
   * people or more are called so ("min kompis vide"), or after a greeting or closing when a hundred
   * are ("/maj-lis"); never a pronoun or another closed-class form.
   */
  private boolean countedName(int t, boolean common, int cue) {
    int bearers = words.firstNameBearers(t);
    if (bearers == 0 || Category.WORD_FORM.in(flags[t])) {
      return false;
    }
    if (!common) {
      return true;
    }
    if (cue == CUE_STRONG && cues.afterNamingVerb(t)) {
      return true;
    }
    return !words.isFrequentOrListed(t) && (cue == CUE_STRONG && cues.namingCue(t) && bearers >= THOUSANDS
        || cue == CUE_VOCATIVE && bearers >= NameCounts.HUNDREDS); // "hej vide", "/maj-lis"
  }

  /**
   * A capitalised word that is also an ordinary word but no frequent one, which Statistics Sweden
   * counts as the first name of a hundred people or more ("Ask", "Vide", "Tor"): the prior that it
   * is the name where it is written as one.
   */
  private boolean countedCapitalised(int t) {
    return !Category.WORD_FORM.in(flags[t]) && !words.isFrequent(t)
        && words.firstNameBearers(t) >= NameCounts.HUNDREDS;
  }

  /** The order of magnitude of 1,000–9,999 bearers. */
  private static final int THOUSANDS = 3;

  /**
   * "gavle", "bor i vasteras", "bussen till sommen": a word the lists lack that is a Swedish place
   * typed without å, ä, ö ({@code folded}, from {@link AsciiFolding}), or a small locality
   * ({@link Localities}); a locality that is also a word or a word's -s form ("nås") only after a
   * place cue. Sets the word a place.
   */
  private boolean localPlace(int t, AsciiFolding.Reading folded) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    boolean cue = cues.locativeCue(t) || cues.placeCue(t);
    if (words.isLocality(t)) {
      if (!cue && (words.isCommon(t) || lower[s + len - 1] == 's' && lexicon.isCommonWord(lower, s, len - 1,
          new char[len]))) {
        return false;
      }
    } else if (folded != AsciiFolding.Reading.NAME_OR_PLACE) {
      return false; // a variant is a word, or none is a place; the stemmer's guess counts for less ("kavlinge")
    }
    labels.set(t, PLACE, cue ? PLACE_CUE : LOCAL_PLACE);
    return true;
  }

  private static final int MIN_UNKNOWN_LOWERCASE_SURNAME = 4;

  /** A first name next to a surname (or to an unknown capitalised word): both are one name. */
  private boolean pair(int t) {
    int u = t + 1;
    if (!tokens.isWord(u) || !tokens.adjacent(t) || type[u] == KEEP) {
      return false;
    }
    long f = flags[t];
    long g = flags[u];
    if (!Category.FIRST_NAME.in(f) || any(g, SWEDISH_PLACE | Category.bits(Category.PUBLIC_BODY, Category.COUNTRY))) {
      return false;
    }
    if (Cues.isCueWord(f) && !tokens.has(t, Tokens.CAPITALISED)) {
      return false; // "min bror Mohammed": "bror" names him, it is not his first name
    }
    boolean commonT = words.isCommon(t);
    boolean commonU = words.isCommon(u);
    boolean casedT = tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS);
    boolean casedU = tokens.has(u, Tokens.CAPITALISED) && !tokens.has(u, Tokens.ALL_CAPS);
    boolean surname = Category.SURNAME.in(g) || Category.FIRST_NAME.in(g) && casedU;
    // in lowercase, an unknown second word only after a first name that is no word: "sina
    // tunnelbyggarspår" and "hans biografiska" are a pronoun and a rare word
    boolean lowercasePair = !casedU && !casedT && tokens.length(u) >= 3
        && (!commonT || !Category.WORD_FORM.in(f) && (shapes.surnameShaped(u, true) || words.properNoun(u) // "björn engholm"
            || noWordAtAll(u))); // "mark clattenburg", "tina thörner": a first name that is a word, then no word at all
    // an unknown lowercase second word needs four letters: "love you", "ella nej" are no names
    boolean unknownSurname = (casedU && casedT || lowercasePair && tokens.length(u) >= MIN_UNKNOWN_LOWERCASE_SURNAME)
        && !commonU && g == 0 && !shapes.isStreet(u);
    if (!surname && !unknownSurname) {
      return false;
    }
    if (!casedT && !casedU && commonT && commonU) {
      return false; // "per holm": too weak
    }
    if (!casedU && commonU && commonT) {
      return false; // "björn berg" in lowercase: both are words
    }
    // "bo ramfors", "sven malm" in lowercase: one of the two is a word, so less sure
    double s = !casedT && !casedU && (commonT || commonU) ? LOWERCASE_PAIR_WITH_WORD : NAME_PAIR;
    labels.set(t, NAME, s);
    labels.set(u, NAME, s);
    return true;
  }

  /**
   * "oussama mellouli", "joonas vikho", "ben affleck": a lowercase word that the lists do not file
   * as a first name but that Statistics Sweden counts as one (a hundred bearers or more if it is
   * also a word), and no pronoun or other closed-class form, right before a word that is no word
   * at all, is a first name and a surname. The next word is tested first (array reads): the count is looked up only
   * for the few words before an unknown one.
   */
  private boolean countedPair(int t) {
    int u = t + 1;
    // most words are followed by a word form or stem: that test first
    if (!tokens.isWord(u) || words.isFrequentOrListed(u) || flags[u] != 0 || tokens.length(t) < 3
        || Category.WORD_FORM.in(flags[t]) || tokens.has(u, Tokens.CAPITALISED) || !tokens.adjacent(t) || !noWordAtAll(u)) {
      return false;
    }
    int bearers = NameCounts.firstName(lower, tokens.start(t), tokens.length(t));
    if (bearers == 0 || bearers < NameCounts.HUNDREDS && (words.isFrequentOrListed(t) || tokens.length(t) < RARE_NAME_LENGTH)) {
      return false; // fewer than a hundred bearers: only a longer word that is no word as written ("joonas", not "the")
    }
    double s = words.isCommon(t) ? LOWERCASE_PAIR_WITH_WORD : NAME_PAIR;
    labels.set(t, NAME, s);
    labels.set(u, NAME, s);
    return true;
  }

  /**
   * Word {@code u} is in no list, no word form or stem as written, no ordinary word when stemmed,
   * and no long word with an ending of ordinary words (a compound): at least {@value #MIN_UNKNOWN_LOWERCASE_SURNAME} letters
   * that can only be a name, a foreign word or a typo ("clattenburg", "mellouli").
   */
  private boolean noWordAtAll(int u) {
    return flags[u] == 0 && tokens.length(u) >= MIN_UNKNOWN_LOWERCASE_SURNAME && !words.isFrequentOrListed(u)
        && !shapes.longInflectedCompound(u) && !shapes.isStreet(u) && !words.isCommon(u) && !compoundOrPastTense(u);
  }

  /**
   * "liffner", "weinberger", "treffenberg": a word that ends in -er or like a capitalised surname
   * (-berg, -ström); in no list, no word when stemmed (a plural or present tense would be) and no
   * compound, it is more often a German or Nordic surname than anything else, and
   * {@link WordShapes#nameShaped} leaves it out for its ending or length, so the scorer is asked.
   */
  private boolean surnameEnding(int t) {
    int e = tokens.end(t);
    return tokens.length(t) >= MIN_ER_SURNAME && lower[e - 2] == 'e' && lower[e - 1] == 'r' || shapes.surnameShaped(t, true);
  }

  private static final int MIN_ER_SURNAME = 5;

  /** "hallåååå", "neeej": a letter three times in a row, which no name has. */
  private boolean tripledLetter(int t) {
    for (int i = tokens.start(t) + 2; i < tokens.end(t); i++) {
      if (lower[i] == lower[i - 1] && lower[i] == lower[i - 2]) {
        return true;
      }
    }
    return false;
  }

  /** A rarely counted first name shorter than this is as often a foreign word ("the", "will"). */
  private static final int RARE_NAME_LENGTH = 5;
  /** The shortest part of a compound that {@link #compoundOrPastTense} tries. */
  private static final int MIN_COMPOUND_PART = 3;

  /**
   * Word {@code u} is a compound of two words that the dictionary lacks whole ("honungsdoft",
   * "heltids|lön", with or without the linking s) or the past tense in -ade(s) of a listed verb
   * ("länsade", "räddades"): an ordinary word, not a surname. Asked only of an unknown word after a
   * possible first name.
   */
  private boolean compoundOrPastTense(int u) {
    int s = tokens.start(u);
    int len = tokens.length(u);
    char[] buf = words.scratch(len + 1); // the thread's buffer: no allocation per call
    int past = lower[s + len - 1] == 's' ? len - 1 : len; // "räddades": the passive's -s
    if (past > 4 && lower[s + past - 3] == 'a' && lower[s + past - 2] == 'd' && lower[s + past - 1] == 'e') {
      System.arraycopy(lower, s, buf, 0, past - 2);
      if (lexicon.isFrequentOrListedWord(buf, 0, past - 2)) {
        return true; // "läns|ade", "rädd|ades": "länsa", "rädda"
      }
    }
    for (int head = MIN_COMPOUND_PART; head <= len - MIN_COMPOUND_PART; head++) {
      if (lexicon.isCommonWord(lower, s + head, len - head, buf)
          && (lexicon.isFrequentOrListedWord(lower, s, head)
              || lower[s + head - 1] == 's' && head > MIN_COMPOUND_PART && lexicon.isFrequentOrListedWord(lower, s, head - 1))) {
        return true;
      }
    }
    return false;
  }

  /** "Luleå kommun", "Göteborgs stad", "bor i Kiruna" for places no lexicon knows or that are words. */
  private boolean placeBefore(int t, long f, boolean common, boolean cased) {
    int u = t + 1;
    if (!tokens.isWord(u) || !tokens.adjacent(t) || !Category.CUE_PLACE_AFTER.in(flags[u])) {
      return false;
    }
    if (any(f, SWEDISH_PLACE) || (!common && !any(f, PERSON) && (cased || f == 0 || genitive[t]))) {
      labels.set(t, PLACE, PLACE_CUE);
      return true;
    }
    return false;
  }

  /** "Rosengårdsskolan", "Sofiakyrkan": an institution named after a place or a person. */
  private boolean institution(int t, boolean cased, boolean sentenceStart) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    long hit = words.ending(t);
    if (!Category.INSTITUTION_SUFFIX.in(hit)) {
      return false;
    }
    int headLen = len - (int) (hit >>> 32);
    if (headLen < 2) {
      return false;
    }
    long head = cursor.get(lower, s, headLen);
    if (!any(head, PERSON | SWEDISH_PLACE) && lower[s + headLen - 1] == 's') {
      head = cursor.get(lower, s, headLen - 1); // "Rosengårds|skolan"
    }
    if (any(head, PERSON | SWEDISH_PLACE) && (cased || !Category.COMMON_WORD.in(head))) {
      labels.set(t, PLACE, PLACE_CUE); // but not "stenkyrka" in lowercase: "sten" is a word
      return true;
    }
    if (cased && !words.isCommon(t)) {
      labels.set(t, PLACE, sentenceStart ? SENTENCE_START_UNKNOWN : CAPITALISED_UNKNOWN);
      return true;
    }
    return false;
  }
}
