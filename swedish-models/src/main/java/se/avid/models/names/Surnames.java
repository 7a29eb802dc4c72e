package se.avid.models.names;

import static se.avid.models.names.NameScores.*;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.NONE;
import static se.avid.models.names.WordLabels.PLACE;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The parts of a full name around a first name found: the surname after it, a second surname
 * after the pair, a first name before a surname or a pair. A follow-up pass of
 * {@link Propagation}, run once every word is decided. Not thread-safe; one per call.
 */
final class Surnames {

  private final Tokens tokens;
  private final char[] lower;
  private final int n;
  private final long[] flags;
  private final byte[] type;
  private final double[] score;
  private final WordLabels labels;
  private final WordFacts words;
  private final WordShapes shapes;
  private final Cues cues;

  Surnames(Tokens tokens, WordFacts words, WordShapes shapes, Cues cues, WordLabels labels) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.n = tokens.size();
    this.flags = words.flags;
    this.type = labels.type;
    this.score = labels.score;
    this.labels = labels;
    this.words = words;
    this.shapes = shapes;
    this.cues = cues;
  }

  /**
   * "min dotter elsa brandt", "pappa sune lund", "tränaren niclas örtegren", "jag heter florentina
   * rusu": the word right after a first name found as a name is its surname when Statistics Sweden
   * counts it as one, a list names it, it ends like one or it is no word at all, even if it is
   * also a word ("strand", "fält"). Not "min son elias har", "lisa de", "hos anna i": a verb, a
   * pronoun, a preposition. In text written with capitals, a capitalised name takes only a
   * capitalised surname.
   */
  void find() {
    for (int t = 0; t + 1 < n; t++) {
      int u = t + 1;
      if (type[t] == NAME && score[t] >= REDACT && tokens.isWord(u) && tokens.adjacent(t) && !words.genitive[t]
          && firstNameLike(t) && openForSurname(u) && (surnameShaped(t, u) || initial(u))) {
        labels.set(u, NAME, Math.min(score[t], NAME_PAIR));
      }
    }
    secondSurnames();
    firstNamesBeforeSurnames();
    firstNamesBeforePairs();
  }

  /**
   * "rodrigo fuentes aravena", "María López Vega", "nguyễn thị hoa": after a first name and a
   * surname found, a word that is no word at all is the second surname that Spanish and
   * Portuguese names carry, and a first name that hundreds bear the given name after a
   * Vietnamese family name; one more part only, written as the surname is (a name has a bounded
   * number of parts).
   */
  private void secondSurnames() {
    for (int t = 1; t + 1 < n; t++) {
      int u = t + 1;
      int first = t - 1;
      if (type[t] != NAME || score[t] < REDACT || type[first] != NAME || !tokens.adjacent(first) || !tokens.adjacent(t)
          || !tokens.isWord(u) || !openForSurname(u)
          || first > 0 && type[first - 1] == NAME && tokens.adjacent(first - 1)) {
        continue; // the cheap tests first: this runs for every word found as a name
      }
      boolean sameCase = tokens.has(u, Tokens.CAPITALISED) == tokens.has(t, Tokens.CAPITALISED);
      // "helena andersson vik" alone on the last line: the writer signs, and a word there is a part of the name
      boolean signed = cues.signatures.lastWordBeforeNumbers(u)
          && (tokens.has(first, Tokens.LINE_START) || cues.signatures.afterClosing(first))
          && !Category.WORD_FORM.in(flags[u]);
      boolean noWord = (tokens.length(u) >= MIN_UNKNOWN_SURNAME || cues.naming.afterNamingVerb(first))
          && !words.isFrequentOrListed(u) && !words.isCommon(u);
      // "nguyễn thị hoa": or a short one that hundreds are called by, no frequent word
      boolean counted = words.firstNameBearers(u) >= NameCounts.HUNDREDS && !words.isFrequent(u);
      if (sameCase && !words.genitive[t] && (flags[u] == 0 && (noWord || counted) || signed)) {
        labels.set(u, NAME, Math.min(score[t], NAME_PAIR));
      }
    }
  }

  /**
   * The other direction: "tiiu [johansen]", "Yafet [Cederberg]", "ji [persson]". A word right
   * before a word found as a name that is no first name (a surname, listed or by its shape), that Statistics Sweden counts as a first name
   * (or, both capitalised, any word of no list: "Sakvan Källgren") and
   * that is no ordinary, frequent or listed word, is the person's first name: the surname alone
   * redacted would leave a rare first name, which names the person as surely.
   */
  private void firstNamesBeforeSurnames() {
    for (int u = 1; u < n; u++) {
      int t = u - 1;
      if (type[u] != NAME || score[u] < REDACT || !tokens.isWord(t)
          || !tokens.adjacent(t) || type[t] == KEEP || type[t] == NAME && score[t] >= REDACT || words.genitive[t]
          || tokens.length(t) < 2 || tokens.has(t, Tokens.ALL_CAPS)) {
        continue;
      }
      long f = flags[t];
      // "Rosa Dimitri" alone on the last line: the writer signs, and a first name there is one, though a word too
      boolean signed = tokens.has(t, Tokens.LINE_START) && cues.signatures.lastWordBeforeNumbers(u)
          && words.firstNameBearers(t) >= NameCounts.HUNDREDS && !Category.WORD_FORM.in(f);
      if (!signed && (Category.FIRST_NAME.in(flags[u]) || (f & ~Category.FIRST_NAME.bit()) != 0
          || words.isFrequentOrListed(t) || words.isCommon(t) || words.firstNameBearers(t) == 0 && !capitalisedPair(t, u)
          || cues.foldedListedWord(t))) {
        continue; // "pengar pa natcasino": in a text typed without å, ä, ö, "pa" is "på"
      }
      labels.set(t, NAME, Math.min(score[u], NAME_PAIR));
    }
  }

  /**
   * "/Biret Inga Kuhmunen": before a first name and surname found, both capitalised, a capitalised
   * word in no list that is no frequent or listed word (the stemmer may read one into it) is a
   * first name too; one more part only.
   */
  private void firstNamesBeforePairs() {
    for (int u = 1; u + 1 < n; u++) {
      int t = u - 1;
      if (type[u] != NAME || score[u] < REDACT || type[u + 1] != NAME || score[u + 1] < REDACT || flags[t] != 0
          || !tokens.isWord(t) || !tokens.adjacent(t) || !tokens.adjacent(u) || type[t] != NONE && type[t] != NAME
          || type[t] == NAME && score[t] >= REDACT || t > 0 && type[t - 1] == NAME && tokens.adjacent(t - 1)) {
        continue;
      }
      if (tokens.has(t, Tokens.CAPITALISED) && tokens.has(u, Tokens.CAPITALISED) && tokens.has(u + 1, Tokens.CAPITALISED)
          && !tokens.has(t, Tokens.ALL_CAPS) && tokens.length(t) >= 3 && !words.isFrequentOrListed(t)) {
        labels.set(t, NAME, Math.min(score[u], NAME_PAIR));
      }
    }
  }

  /**
   * "Sakvan Källgren är": both words capitalised, the first no word of any list or reading and of
   * three letters or more, the second a surname by the lists or its ending; a first name too rare
   * for the counts, before the surname found (not "Wall Street", "Greenwich Park").
   */
  private boolean capitalisedPair(int t, int u) {
    return tokens.has(t, Tokens.CAPITALISED) && tokens.has(u, Tokens.CAPITALISED) && flags[t] == 0
        && tokens.length(t) >= 3 && (listedSurname(u) || shapes.surnameShaped(u, true));
  }

  /**
   * "Anna K.", "birgitta l", "/kim s": a single letter after a first name is the initial of the
   * surname, which names the person with the first name; not a one-letter word of Swedish in
   * lowercase ("i", "å", "ö", and "o", "e" for "och", "är": "lisa o jag", "emma e snäll").
   */
  private boolean initial(int u) {
    if (tokens.length(u) != 1) {
      return false;
    }
    char c = lower[tokens.start(u)];
    return Character.isLetter(c) && (tokens.has(u, Tokens.CAPITALISED) || ONE_LETTER_WORDS.indexOf(c) < 0);
  }

  /** Letters that are words of their own in lowercase Swedish. */
  private static final String ONE_LETTER_WORDS = "iåöoea";

  /**
   * A listed first name, one Statistics Sweden counts, a word no list knows found as a name by a
   * cue, or any word a naming verb names ("jag heter gulnar abdukerim").
   */
  private boolean firstNameLike(int t) {
    long f = flags[t];
    return Category.FIRST_NAME.in(f) || words.firstNameBearers(t) >= NameCounts.HUNDREDS
        || f == 0 && score[t] >= SURE && !words.isCommon(t)
        || score[t] >= REDACT && cues.naming.afterNamingVerb(t);
  }

  /** Not found as a name yet, nor kept, nor a place that is no surname. */
  private boolean openForSurname(int u) {
    if (type[u] == KEEP || type[u] == NAME && score[u] >= REDACT) {
      return false;
    }
    return type[u] != PLACE || score[u] < REDACT || listedSurname(u);
  }

  private boolean listedSurname(int u) {
    return Category.SURNAME.in(flags[u])
        || words.surnameBearers(u) >= NameCounts.HUNDREDS;
  }

  /** Word {@code u}, right after the name {@code t}, may be its surname. */
  private boolean surnameShaped(int t, int u) {
    long f = flags[u];
    if (tokens.length(u) < 2 || tokens.has(u, Tokens.ALL_CAPS) || any(f, NOT_SURNAME)
        || tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.SENTENCE_START) && !tokens.has(u, Tokens.CAPITALISED)) {
      return false;
    }
    if (listedSurname(u)) {
      return true;
    }
    if (isVerbOrAdverb(u) || words.inSet(ClauseWords.VERBS_OF_A_PERSON, u)) {
      return false; // "innan ella föds i juni": the name's verb, which no list of words holds in that form
    }
    if (NameSlots.objectPronounAfter(tokens, u) && shapes.finiteVerbForm(u)) {
      return false; // "hans fru anneli filmar oss": a verb's form before a person as its object
    }
    if (cues.signatures.opensSignature(t) && !tokens.isWord(u + 1) && tokens.length(u) >= 3) {
      return true; // "/robin kask", "hälsningar gullan brodd (e-post)": the name that ends a signature
    }
    if (f == 0 && cues.naming.afterNamingVerb(t) && !words.isCommon(u) && !words.isFrequentOrListed(u)
        && NameLetters.hasVowel(tokens.lower(), tokens.start(u), tokens.length(u))) {
      // a name's part has a vowel; "xd", "pga" and other letters of chat have none
      return true; // "jag heter naw paw htoo", "han heter saw eh doh": after "heter" a short part that is no word is the name's
    }
    if (tokens.length(u) < 3) {
      return false;
    }
    if (f == 0 && rareStem(u) && (!words.isCommon(t) || score[t] >= NameScores.CUE)) {
      // "grannen göran dal", "psykologen hedda ranta": a name that is no word, then a rare word;
      // "min dotter liv ranta": a name that is a word too, which a kin noun or "heter" names
      return true;
    }
    if (words.isCommon(u) && !tokens.has(u, Tokens.CAPITALISED) && score[t] >= NameScores.CUE && beforeItsVerb(u)) {
      return true; // "läraren hanna sjö sa att", "enhetschefen johan vinter har": a word between a named person and the verb
    }
    if (words.isCommon(u) && !tokens.has(u, Tokens.CAPITALISED) && namedPairEndingPhrase(t, u)) {
      return true; // "tränaren heter mattias grön och": what "heter" names is the whole name
    }
    if (words.isCommon(u) && !tokens.has(u, Tokens.CAPITALISED) && setOffPair(t, u)) {
      return true; // "en kvinna, ionela stan, från rumänien": a first name and one more word set off by commas
    }
    if (words.isCommon(u)) {
      // "Jag heter Florin Stan": in a text written with capitals, a word capitalised inside its
      // sentence right after a capitalised first name is the surname though it is a word too; not
      // one of a run of capitalised words (a title) nor a word of no letters but capitals
      int v = u + 1;
      return cues.writtenWithCapitals && tokens.has(t, Tokens.CAPITALISED) && tokens.has(u, Tokens.CAPITALISED)
          && !tokens.has(u, Tokens.SENTENCE_START) && !(tokens.isWord(v) && tokens.has(v, Tokens.CAPITALISED));
    }
    // a word no list knows needs four letters: "love you" is no name
    return Category.FIRST_NAME.in(f) || shapes.surnameShaped(u, true)
        || f == 0 && tokens.length(u) >= MIN_UNKNOWN_SURNAME && !words.isFrequentOrListed(u);
  }

  private static final int MIN_UNKNOWN_SURNAME = 4;

  /**
   * First name {@code t} and word {@code u} stand alone between commas, after a word ("en kvinna,
   * ionela stan, från"): an apposition naming who the phrase before it is, the word its surname;
   * not an adverb or a verb ("min vän, lisa alltså, har").
   */
  private boolean setOffPair(int t, int u) {
    return tokens.isPunct(t - 1, ',') && tokens.isPunct(u + 1, ',') && tokens.isWord(t - 2)
        && !isVerbOrAdverb(u) && !tokens.is(u, "alltså");
  }

  /**
   * Word {@code u}, after a first name that a naming verb names ("heter mattias"), is an open-class
   * word ending the name's phrase (the text's or a sentence's end, a comma or a word of
   * {@link PersonMentions#PHRASE_ENDS}): the surname. In the development posts the word after
   * "heter" and a first name is the surname or a closed-class word, an adverb or a verb ("heter
   * anna och", "heter erik tror jag", "heter lisa nu"); none is an open-class word ending the phrase.
   */
  private boolean namedPairEndingPhrase(int t, int u) {
    int v = u + 1;
    return score[t] >= REDACT && cues.naming.afterNamingVerb(t) && tokens.length(u) >= 2
        && !Category.WORD_FORM.in(flags[u]) && !isVerbOrAdverb(u) && !words.inSet(ClauseWords.VERBS_OF_A_PERSON, u)
        && !words.inSet(PersonMentions.PHRASE_ENDS, u) && !CLOSING_ADVERBS.has(tokens, u) && !shapes.verbLike(u)
        && !ClauseWords.adverbShaped(lower, tokens.start(u), tokens.length(u))
        && (!tokens.isWord(v) || !tokens.adjacent(u) || words.inSet(PersonMentions.PHRASE_ENDS, v));
  }

  /** Adverbs that close a clause, after a name too: "hon heter sara förresten", "han heter erik istället". */
  private static final WordSieve CLOSING_ADVERBS = WordSieve.of("istället", "förresten", "alltså", "dessutom",
      "däremot", "iallafall", "visst", "förstås", "dock", "numera", "tillbaka", "med", "till", "ut", "in", "hem", "bort",
      "så", "själv", "båda", "annars", "heller", "ändå", "kanske", "tror", "trodde", "nämligen", "faktiskt");

  /** Word {@code u} is an everyday finite verb or an adverb: no surname ("anna inte vill", "anna sover"). */
  private boolean isVerbOrAdverb(int u) {
    return words.inSet(ClauseWords.FINITE_VERBS, u) || words.inSet(ClauseWords.ADVERBS_BEFORE_VERB, u)
        || words.inSet(ClauseWords.SENTENCE_ADVERBS, u);
  }


  /**
   * Word {@code u}, after a first name that a cue names, stands right before an everyday finite
   * verb and is no verb or adverb itself: the first name's subject phrase goes on, so the word is
   * its surname ("hanna sjö sa"; not "anna inte vill", "anna sover nu").
   */
  private boolean beforeItsVerb(int u) {
    int verb = u + 1;
    return tokens.adjacent(u) && tokens.isWord(verb) && words.inSet(ClauseWords.FINITE_VERBS, verb) && !isVerbOrAdverb(u);
  }

  /**
   * A dictionary stem as written that is no frequent word form: after a first name that is no
   * word ("göran", "hedda") a noun like "dal" or "ranta" is far likelier the surname than the
   * word, since a name is followed by a verb, a preposition or a pronoun, which are frequent
   * forms ("göran har", "hedda i", "göran de"), or by an inflected form, which is no stem
   * ("hedda cyklar").
   */
  private boolean rareStem(int u) {
    long facts = words.lexeme(u).facts();
    return SwedishLexicon.isListedWord(facts) && !SwedishLexicon.isFrequentWord(facts);
  }

  /** Categories of words that are never a surname after a first name: pronouns, cues, bodies. */
  private static final long NOT_SURNAME = Category.bits(Category.WORD_FORM, Category.PUBLIC_BODY, Category.COUNTRY,
      Category.CUE_NAME, Category.CUE_RELATION, Category.CUE_POSSESSIVE, Category.CUE_GREETING,
      Category.CUE_SIGNATURE, Category.CUE_PLACE, Category.CUE_PLACE_AFTER);
}
