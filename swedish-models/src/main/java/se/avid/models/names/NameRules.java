package se.avid.models.names;

import static se.avid.models.names.ProperNameDetector.PERSON;
import static se.avid.models.names.ProperNameDetector.SWEDISH_PLACE;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.NameScores.*;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import se.avid.EntityType;
import se.avid.models.context.ContextFeatures;
import se.avid.models.context.ContextScorer;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexicon;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordEndings;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * One run of {@link ProperNameDetector} over one text: looks each word up once, decides it from
 * its shape and neighbours, and reports runs of name words as one finding. Not thread-safe; one
 * per call.
 */
final class NameRules {

  /** Unknown words in capitals up to this length are acronyms ("BUP", "ADHD"), not names. */
  private static final int MAX_ACRONYM_LENGTH = 4;

  private static final byte NONE = 0;
  private static final byte NAME = 1;
  private static final byte PLACE = 2;
  /** Decided to keep (a public body, a country): no other rule may claim it. */
  private static final byte KEEP = 3;

  private final Tokens tokens;
  private final char[] lower;
  private final SwedishLexicon lexicon;
  private final Lexicon.Cursor cursor;
  private final WordEndings endings;
  /** For the ending of part of a word; made on first use. */
  private Lexicon.Cursor suffixes;
  private final ContextScorer scorer;
  private final boolean keepCountries;
  private final boolean keepPublicBodies;
  private final CharArraySet keepWords;
  private final int n;
  private final long[] flags;
  /** Per word, its {@link SwedishLexicon#facts} as written (Hunspell stem, frequent word, proper noun). */
  private final long[] facts;
  /** End offset of each word (beyond the token for a multiword place), or 0 for none. */
  private final int[] spanEnd;
  /** Whether the word is a name or place only in its genitive base ("Annas" of "Anna"). */
  private final boolean[] genitive;
  private final byte[] type;
  /** isCommon per token: 0 not yet known, 1 yes, -1 no. */
  private final byte[] commonCache;
  private final double[] score;
  private char[] scratch = new char[64];
  /** The last token that is no punctuation: where a signature stands. */
  private final int lastNonPunct;
  private ScorerWindows windows;
  /** Whether any word was set a name or place; whether any name is sure; whether "och" occurs. */
  private boolean anyFound;
  private boolean sureName;
  private boolean hasAnd;
  /** The scorer's probability that the word it last judged is a person or a place. */
  private double lastPersonOrPlace;

  NameRules(ScanText text, SwedishLexicon lexicon, ContextScorer scorer, boolean keepCountries, boolean keepPublicBodies,
      CharArraySet keepWords) {
    this.tokens = Tokens.of(text);
    this.lower = tokens.lower();
    this.lexicon = lexicon;
    this.cursor = lexicon.words().cursor();
    this.endings = WordEndings.of(text, lexicon);
    this.scorer = scorer;
    this.keepCountries = keepCountries;
    this.keepPublicBodies = keepPublicBodies;
    this.keepWords = keepWords;
    this.n = tokens.size();
    this.flags = new long[n];
    this.facts = new long[n];
    this.spanEnd = new int[n];
    this.genitive = new boolean[n];
    this.type = new byte[n];
    this.commonCache = new byte[n];
    int last = n - 1;
    while (last >= 0 && tokens.kind(last) == Tokens.PUNCT) {
      last--;
    }
    this.lastNonPunct = last;
    this.score = new double[n];
  }

  void run(FindingSink sink) {
    for (int t = 0; t < n; t++) {
      if (tokens.isWord(t)) {
        lookUp(t);
        hasAnd = hasAnd || tokens.is(t, "och");
      }
    }
    for (int t = 0; t < n; t++) {
      if (tokens.isWord(t) && type[t] == NONE) {
        decide(t);
      }
    }
    // each pass below needs something most posts lack: skipped without it
    if (sureName) {
      propagate();
    }
    if (hasAnd && sureName) {
      coordinate();
    }
    if (anyFound) {
      placeLists();
      foreignPlaceNames();
    }
    report(sink);
  }

  // ---- lexicon ---------------------------------------------------------------------------

  private void lookUp(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    facts[t] = lexicon.facts(lower, s, len); // one lookup: the categories and the Hunspell facts
    long f = SwedishLexicon.categories(facts[t]);
    spanEnd[t] = tokens.end(t);
    if (!any(f, PERSON | SWEDISH_PLACE | Category.bits(Category.PUBLIC_BODY, Category.COUNTRY))) {
      long g = genitiveBase(s, len);
      if (g != 0) {
        f = (f & ~Category.COMMON_WORD.bit()) | g;
        genitive[t] = true;
      } else if (f == 0) {
        f = hyphenated(s, len);
      }
    }
    flags[t] = f;
    if (Category.MULTIWORD_HEAD.in(f)) {
      multiword(t);
    }
  }

  /** "Annas", "Anna's", "Umeås", "Göteborgs": the categories of the word without its genitive s, or 0. */
  private long genitiveBase(int s, int len) {
    if (len < 3 || lower[s + len - 1] != 's') {
      return 0;
    }
    int baseLength = lower[s + len - 2] == '\'' ? len - 2 : len - 1; // "Anna's", a common misspelling
    long base = cursor.get(lower, s, baseLength)
        & (PERSON | SWEDISH_PLACE | Category.bits(Category.COUNTRY, Category.PUBLIC_BODY, Category.COMMON_WORD));
    if (!any(base, PERSON | SWEDISH_PLACE | Category.bits(Category.COUNTRY, Category.PUBLIC_BODY))) {
      return 0;
    }
    // "dags" is the genitive of the word "dag", not of Dag, when it is itself a word
    if (lexicon.isListedWord(lower, s, len)) {
      return 0;
    }
    return base;
  }

  /** "Anna-Karin", "Lars-Erik", "Svensson-Berg": a first name if every part is one, else a surname. */
  private long hyphenated(int s, int len) {
    int end = s + len;
    int hyphen = s;
    while (hyphen < end && lower[hyphen] != '-') {
      hyphen++;
    }
    if (hyphen == end) {
      return 0; // no hyphen: already looked up whole
    }
    int from = s;
    boolean allFirst = true;
    boolean anySurname = false;
    boolean parts = false;
    for (int i = s; i <= end; i++) {
      if (i == end || lower[i] == '-') {
        if (i == from) {
          return 0;
        }
        long p = cursor.get(lower, from, i - from);
        allFirst &= Category.FIRST_NAME.in(p);
        anySurname |= Category.SURNAME.in(p);
        parts |= i < end;
        from = i + 1;
      }
    }
    if (!parts) {
      return 0;
    }
    if (allFirst) {
      return Category.FIRST_NAME.bit(); // "Anna-Karin"
    }
    int first = firstPartLength(s, end);
    int rest = end - (s + first + 1);
    if (Category.FIRST_NAME.in(cursor.get(lower, s, first))
        && !lexicon.isCommonWord(lower, s + first + 1, rest, scratch(rest + 1))) {
      return Category.FIRST_NAME.bit(); // "Lars-Börje", but not "LO-kongressen"
    }
    return anySurname ? Category.SURNAME.bit() : 0;
  }

  private int firstPartLength(int s, int end) {
    int i = s;
    while (i < end && lower[i] != '-') {
      i++;
    }
    return i - s;
  }

  /** "Upplands Väsby", "Lilla Edet", "Svenska kyrkan": up to three words as one entry. */
  private void multiword(int t) {
    for (int words = 3; words >= 2; words--) {
      int last = t + words - 1;
      if (last >= n) {
        continue;
      }
      boolean ok = true;
      for (int k = t; k < last && ok; k++) {
        ok = tokens.isWord(k + 1) && tokens.adjacent(k);
      }
      if (!ok) {
        continue;
      }
      int s = tokens.start(t);
      int len = tokens.end(last) - s;
      char[] buf = scratch(len);
      System.arraycopy(lower, s, buf, 0, len);
      for (int k = t; k < last; k++) {
        // the gaps hold spaces only (adjacent), but the lower buffer has no chars there
        for (int i = tokens.end(k); i < tokens.start(k + 1); i++) {
          buf[i - s] = ' ';
        }
      }
      long f = cursor.get(buf, 0, len);
      if (any(f, SWEDISH_PLACE | Category.bits(Category.PUBLIC_BODY, Category.COUNTRY))) {
        flags[t] = f & ~Category.COMMON_WORD.bit();
        spanEnd[t] = tokens.end(last);
        for (int k = t + 1; k <= last; k++) {
          type[k] = KEEP; // part of this entry: decided with it
        }
        return;
      }
    }
  }

  private char[] scratch(int len) {
    if (scratch.length < len) {
      scratch = new char[Math.max(len, scratch.length * 2)];
    }
    return scratch;
  }

  // ---- decisions ---------------------------------------------------------------------------

  private void decide(int t) {
    long f = flags[t];
    boolean capitalised = tokens.has(t, Tokens.CAPITALISED);
    boolean allCaps = tokens.has(t, Tokens.ALL_CAPS);
    boolean sentenceStart = tokens.has(t, Tokens.SENTENCE_START);
    boolean person = any(f, PERSON);
    boolean place = any(f, SWEDISH_PLACE);

    if (!keepWords.isEmpty() && inSet(keepWords, t)) {
      type[t] = KEEP;
      return;
    }
    if (Category.PUBLIC_BODY.in(f) && keepPublicBodies && !(person && nameCue(t) == CUE_STRONG)) {
      type[t] = KEEP; // but "min dotter Juni", "han heter Mars"
      return;
    }
    if (Category.COUNTRY.in(f) && !place && !person) {
      if (keepCountries) {
        type[t] = KEEP;
      } else {
        set(t, PLACE, CAPITALISED_KNOWN);
      }
      return;
    }
    if (keepPublicBodies && isRegionBody(t)) {
      type[t] = KEEP;
      type[t + 1] = KEEP;
      return;
    }
    if (allCaps && !person && !place && tokens.length(t) <= MAX_ACRONYM_LENGTH) {
      return; // acronyms: "BUP", "LSS", "ICA"; longer words in capitals are read as lowercase text
    }
    boolean cased = capitalised && !allCaps;
    if (!cased && !person && !place && !anyCue(t)) {
      lowercaseUnknown(t, f); // the most frequent case: an ordinary lowercase word
      return;
    }
    boolean common = isCommon(t);

    // a cue decides: "heter Anna", "min son elias", "handläggaren Lena", "hej Anna", "mvh Peter"
    int cue = nameCue(t);
    if (cue == 0 && afterTitle(t)) {
      cue = CUE_STRONG; // "fru x-son": "fru" is a cue of its own only after a possessive ("min fru")
    }
    if (!cased && Category.FIRST_NAME.in(f) && isCommon(t) && !Category.WORD_FORM.in(f) && !isCueWord(f)
        && personGovernor(t) && !coordinatedWithNoun(t)) {
      set(t, NAME, CUE_COMMON); // "hos lisa", "ringde mark", "sms till sten": one visits, calls, texts a person
      return;
    }
    if (Category.FIRST_NAME.in(f) && Category.WORD_FORM.in(f) && !cased && namedWordForm(t)) {
      set(t, NAME, CUE); // "heter inga och", "heter hans.": even a pronoun that is a name, when it ends the phrase
      return;
    }
    if (cue != 0 && !Category.CUE_PLACE.in(f) && !isCueWord(f)) {
      if (person && common && !cased) {
        if (cue == CUE_VOCATIVE) {
          set(t, NAME, VOCATIVE); // "hej björn!", "mvh dag": nobody greets a bear or signs as a day
          return;
        }
        if (cue == CUE_STRONG && Category.FIRST_NAME.in(f) && !Category.WORD_FORM.in(f) && namingCue(t)) {
          set(t, NAME, CUE); // "jag heter mark", "min son sten": a first name, whatever else the word means
          return;
        }
        judge(t, NAME, Category.WORD_FORM.in(f) ? CUE_WORD_FORM : CUE_COMMON); // "min son björn", "brodern ville"
        return;
      }
      if (afterTitle(t) && !person && !place && !listedWord(t) && !isFrequentOrListed(t)) {
        set(t, NAME, CUE); // "herr mitter", "fru x-son": the light stemmer reads "mitter" as "mitt" + "er"
        return;
      }
      if (!person && !place && !common && !cased && !nameShaped(t)) {
        judge(t, NAME, CUE_WORDLIKE); // "mamma skurade", "kallas resonanspartiklar"; not "herr mitter"
        return;
      }
      if (person || (!common && !place) || (cased && cue == CUE_STRONG)) {
        set(t, NAME, cue == CUE_STRONG ? CUE : VOCATIVE);
        return;
      }
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
    if (place && (!person || placeCue(t) && !genitive[t])) { // "i Noras blick": "i" governs the noun
      set(t, PLACE, CAPITALISED_KNOWN);
    } else if (person && !Category.FIRST_NAME.in(f) && !genitive[t] && tokens.adjacent(t - 1) && tokens.is(t - 1, "i")) {
      set(t, PLACE, CAPITALISED_KNOWN); // "i Toledo", "i Salem": nobody is "in" a person
    } else if (person) {
      set(t, NAME, CAPITALISED_KNOWN);
    } else if (isStreet(t)) {
      // left to the address detector
    } else if (properNoun(t) && !listedWord(t)) {
      // tested before the stemmed common-word test, which reads "Paris" as "pari" + "s"
      set(t, locativeCue(t) || afterPå(t) || dictionaryPlace(t) || placeShapedNoSurname(t) || placeCompound(t) ? PLACE : NAME,
          PROPER_NOUN);
    } else if (common) {
      judge(t, NAME, CAPITALISED_COMMON);
    } else if (tokens.length(t) <= 2) {
      judge(t, NAME, SHORT_UNKNOWN);
    } else if (placeShaped(t)) {
      judgeUnknown(t, PLACE, CAPITALISED_UNKNOWN, true); // "Gruvberget", "Riddarholmen"
    } else if (longInflectedCompound(t) && !surnameShaped(t, true)) {
      if (placePrefix(t)) {
        set(t, PLACE, CAPITALISED_UNKNOWN); // "Göteborgstrakten", "Kirunagruvan"
      } else {
        judge(t, NAME, CAPITALISED_COMPOUND);
      }
    } else {
      // the rules give the type where a locative cue stands before the word ("i Toledo", "i
      // Granberga") or it ends like a surname ("Wikmans", "Sjölander"); elsewhere the scorer's
      // neighbours decide
      boolean possessor = genitiveOfSurnameShape(t); // "i Wikmans bok"
      boolean locative = !possessor && locativeCue(t);
      boolean surnameLike = !locative && (surnameShaped(t, true) || possessor);
      judgeUnknown(t, locative ? PLACE : NAME, CAPITALISED_UNKNOWN, locative || surnameLike);
    }
  }

  private void capitalisedAtStart(int t, long f, boolean person, boolean place, boolean common) {
    if (common && !person && !place && properNoun(t) && !listedWord(t)) {
      set(t, dictionaryPlace(t) || placeShapedNoSurname(t) ? PLACE : NAME, PROPER_NOUN);
      return;
    }
    if (common) {
      if (person && !place && !Category.WORD_FORM.in(f)) {
        judge(t, NAME, SENTENCE_START_AMBIGUOUS); // "Björn", "Per" opening a sentence; not "Hans", "Inga"
      } else if (person || place) {
        judge(t, place ? PLACE : NAME, AMBIGUOUS); // "Vara", "Mark" opening a sentence
      }
      return; // "Jag", "Det", "Hej": the most frequent case, no scorer call
    }
    if (place && (!person || placeCue(t) && !genitive[t])) { // "i Noras blick": "i" governs the noun
      set(t, PLACE, SENTENCE_START_KNOWN);
    } else if (person) {
      set(t, NAME, SENTENCE_START_KNOWN);
    } else if (isStreet(t)) {
      // left to the address detector
    } else if (properNoun(t)) {
      set(t, dictionaryPlace(t) || placeShapedNoSurname(t) ? PLACE : NAME, PROPER_NOUN);
    } else {
      if (placeShaped(t)) {
        judgeUnknown(t, PLACE, SENTENCE_START_NAME_SHAPED, true);
      } else if (surnameShaped(t, true) || nameShaped(t)) {
        judgeUnknown(t, NAME, surnameShaped(t, true) ? SURNAME_SHAPED : SENTENCE_START_NAME_SHAPED, surnameShaped(t, true));
      } else {
        judge(t, NAME, SENTENCE_START_UNKNOWN);
      }
    }
  }

  private void lowercase(int t, long f, boolean person, boolean place, boolean common) {
    if (isCueWord(f) && tokens.isWord(t - 1) && Category.CUE_POSSESSIVE.in(flags[t - 1])) {
      return; // "min bror", "hennes son": the kin noun, not the names Bror and Son
    }
    if (Category.FIRST_NAME.in(f) && common && ageAfter(t) && !afterArticle(t)) {
      set(t, NAME, CUE); // "två barn, lisa 5 år och theo 8": a child's age names the word before it
      return;
    }
    if (place && !common) {
      set(t, PLACE, placeCue(t) ? PLACE_CUE : LOWERCASE_PLACE);
    } else if (person && !common) {
      set(t, NAME, Category.FIRST_NAME.in(f) ? LOWERCASE_FIRST_NAME : LOWERCASE_SURNAME);
    } else if (place && strongPlaceCue(t)) {
      judgeUnknown(t, PLACE, PLACE_WORD_WITH_CUE, true); // "flyttade till vara", "bor i mark"
    } else if (place || person) {
      judge(t, place && placeCue(t) ? PLACE : person ? NAME : PLACE, AMBIGUOUS);
    } else {
      lowercaseUnknown(t, f);
    }
  }

  /** A lowercase word in no name or place list: a Hunspell proper noun, or shaped like a surname. */
  private void lowercaseUnknown(int t, long f) {
    if (f != 0 && !Category.WORD_FORM.in(f) || tokens.length(t) < 3) {
      return; // a cue, a country, a public body, or a listed word
    }
    if (!genitive[t] && (Category.COMMON_WORD.in(f) || isFrequentOrListed(t))) {
      // the most frequent case: an ordinary word, which none of the tests below would take
      // (each needs a word that is neither listed nor frequent); one or two lookups instead of up to six
      return;
    }
    if (properNoun(t)) {
      // the exact word only: the light stemmer would read "paris" as "pari" + "s"
      int s = tokens.start(t);
      int len = tokens.length(t);
      if (len <= MAX_LOWERCASE_PROPER_NOUN && !lexicon.isListedWord(lower, s, len)
          && !lexicon.isFrequentWord(lower, s, len) && !frequentStem(s, len) && !isStreet(t)) {
        set(t, locativeCue(t) || dictionaryPlace(t) || placeShapedNoSurname(t) ? PLACE : NAME, LOWERCASE_PROPER_NOUN);
      }
    } else if (surnameShaped(t, false) && !isCommon(t)) {
      set(t, NAME, SURNAME_SHAPED);
    } else if (f == 0 && possessiveOfUnknown(t) && !isCommon(t)) {
      // "merikes vackra konstverk", "voglers opera": the genitive of no word at all, before the
      // thing it owns, is a person's name far more often than a typo
      judgeUnknown(t, NAME, SURNAME_SHAPED, true);
    } else if (scorer != null && f == 0 && (nameShaped(t) || placeShaped(t) || placePrefix(t)
        || tokens.length(t) <= MAX_LOWERCASE_PROPER_NOUN && !definiteEnding(t) && locativeCue(t)) && !isCommon(t)) {
      // "tarkovskij", "göksjön", "göteborgstrakten", "i kessoura": no word at all, so a name, a
      // place, a typo or a foreign word; the scorer decides, and without one the word is kept
      boolean locative = locativeCue(t);
      boolean placeLike = placeShaped(t) || placePrefix(t) || locative;
      judge(t, placeLike ? PLACE : NAME, LOWERCASE_UNKNOWN, placeLike);
      // after "i", "på", "från" a word that is no word at all is most likely a place: "i florange"
      double doubt = locative ? UNKNOWN_WORD_DOUBT : LOWERCASE_UNKNOWN_DOUBT;
      if (score[t] >= doubt && score[t] < REDACT) {
        score[t] = REDACT;
      }
    }
  }

  /**
   * Lowercase proper nouns longer than this are mostly compounds and inflections that the
   * dictionary lists capitalised ("socialdemokraterna"), not names.
   */
  private static final int MAX_LOWERCASE_PROPER_NOUN = 12;

  /** "bergen" is "berg" + "en": the light stem is a frequent word ("paris" is not "pari" + "s"). */
  private boolean frequentStem(int s, int len) {
    char[] buf = scratch(len + 1);
    System.arraycopy(lower, s, buf, 0, len);
    int stemmed = STEMMER.stem(buf, len);
    return stemmed < len && stemmed >= 2 && lexicon.isFrequentWord(buf, 0, stemmed);
  }

  private static final SwedishLightStemmer STEMMER = new SwedishLightStemmer();

  /** A frequent word form or a dictionary stem, exactly as written. */
  private boolean isFrequentOrListed(int t) {
    return SwedishLexicon.isFrequentOrListedWord(facts[t]);
  }

  /** Any cue next to the word: a name cue before, or a place word after ("kommun"). */
  private boolean anyCue(int t) {
    int p = t - 1;
    while (p >= 0 && tokens.kind(p) == Tokens.PUNCT) {
      p--;
    }
    long before = p >= 0 && tokens.isWord(p) ? flags[p] : 0;
    long after = tokens.isWord(t + 1) ? flags[t + 1] : 0;
    return any(before, Category.bits(Category.CUE_NAME, Category.CUE_RELATION, Category.CUE_GREETING,
            Category.CUE_SIGNATURE)) || Category.CUE_PLACE_AFTER.in(after) || tokens.isPunct(t - 1, '/')
        || tokens.has(t, Tokens.LINE_START) || endsInstitution(t);
  }

  /** Ends in "-skolan", "-kyrkan"...; the shortest such name has seven letters ("Vasaskola" has nine). */
  private boolean endsInstitution(int t) {
    return tokens.length(t) >= MIN_INSTITUTION_LENGTH
        && Category.INSTITUTION_SUFFIX.in(ending(t));
  }

  private static final int MIN_INSTITUTION_LENGTH = 7;

  private boolean listedWord(int t) {
    return SwedishLexicon.isListedWord(facts[t]);
  }

  /**
   * Longer than a name and ending like an inflected ordinary word: a compound after a proper
   * noun, capitalised for its first part ("Europasamarbetet", "Dalamodellen").
   */
  private boolean longInflectedCompound(int t) {
    int len = tokens.length(t);
    return len > NAME_SHAPED_MAX_LENGTH
        && Category.WORD_ENDING.in(ending(t));
  }

  /**
   * Ends like a Swedish place name, with at least three letters before the ending ("Gruv|berget",
   * "Vindel|älven"): decides the type of an unknown word or a proper noun the dictionary does
   * not flag as a place.
   */
  private boolean placeShaped(int t) {
    long hit = ending(t);
    return Category.PLACE_SUFFIX.in(hit) && (int) (hit >>> 32) + 3 <= tokens.length(t);
  }

  /**
   * Ends like the definite form of a noun ("-en", "-et", "-na"): "i studien", "i akvariet" are
   * words the dictionary's stems do not reach, not places.
   */
  private boolean definiteEnding(int t) {
    int e = tokens.end(t);
    char a = lower[e - 2];
    char b = lower[e - 1];
    return a == 'e' && (b == 'n' || b == 't') || a == 'n' && b == 'a';
  }

  /** Ends like a place and not like a surname: "Öreälven", but not "Ekholm" or "Strindbergs". */
  private boolean placeShapedNoSurname(int t) {
    return placeShaped(t) && !surnameShaped(t, true) && !genitiveOfSurnameShape(t);
  }

  /** A genitive whose base ends like a surname: "Strindbergs", "Wikmans". */
  private boolean genitiveOfSurnameShape(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    return len > 3 && lower[s + len - 1] == 's' && surnameEnding(s, len - 1);
  }

  /** "Göteborgshamnen", "Malmömässan": begins with a known place and does not end like a surname ("Lundberg"). */
  private boolean placeCompound(int t) {
    int head = placePrefixLength(t);
    // a place of four letters or more and a part of four or more after it: not "Sad|dam"
    return head >= 4 && tokens.length(t) - head >= 4 && !surnameShaped(t, true) && !genitiveOfSurnameShape(t);
  }

  /** Begins with a Swedish place of at least three letters ("Göteborgs|trakten"). */
  private boolean placePrefix(int t) {
    return placePrefixLength(t) >= 3;
  }

  /** The length of the longest Swedish place that word {@code t} begins with, or 0. */
  private int placePrefixLength(int t) {
    return (int) (cursor.longestPrefix(lower, tokens.start(t), tokens.length(t), SWEDISH_PLACE) >>> 32);
  }

  /** Short enough for a name and without an ending of ordinary words. */
  private boolean nameShaped(int t) {
    int len = tokens.length(t);
    if (len < 3 || len > NAME_SHAPED_MAX_LENGTH) {
      return false;
    }
    long hit = ending(t);
    return !Category.WORD_ENDING.in(hit);
  }

  /** {@code lower[s, s+len)} ends like a surname, capitalised ("Strindberg" of "Strindbergs"). */
  private boolean surnameEnding(int s, int len) {
    if (suffixes == null) {
      suffixes = lexicon.suffixes().cursor(); // rare: only for genitives of proper nouns
    }
    long hit = suffixes.longestSuffix(lower, s, len);
    return any(hit, Category.bits(Category.SURNAME_SUFFIX, Category.SURNAME_SUFFIX_CAPITALISED))
        && (int) (hit >>> 32) + 2 <= len;
  }

  /** Ends like a surname ("-sson", "-ović"; capitalised also "-berg", "-man"), longer than the ending. */
  private boolean surnameShaped(int t, boolean cased) {
    long hit = ending(t);
    long bits = cased ? Category.bits(Category.SURNAME_SUFFIX, Category.SURNAME_SUFFIX_CAPITALISED) : Category.SURNAME_SUFFIX.bit();
    return any(hit, bits) && (int) (hit >>> 32) + 2 <= tokens.length(t);
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
    if (isCueWord(f) && !tokens.has(t, Tokens.CAPITALISED)) {
      return false; // "min bror Mohammed": "bror" names him, it is not his first name
    }
    boolean commonT = isCommon(t);
    boolean commonU = isCommon(u);
    boolean casedT = tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS);
    boolean casedU = tokens.has(u, Tokens.CAPITALISED) && !tokens.has(u, Tokens.ALL_CAPS);
    boolean surname = Category.SURNAME.in(g) || Category.FIRST_NAME.in(g) && casedU;
    // in lowercase, an unknown second word only after a first name that is no word: "sina
    // tunnelbyggarspår" and "hans biografiska" are a pronoun and a rare word
    boolean lowercasePair = !casedU && !casedT && tokens.length(u) >= 3
        && (!commonT || !Category.WORD_FORM.in(f) && (surnameShaped(u, true) || properNoun(u))); // "björn engholm"
    // an unknown lowercase second word needs four letters: "love you", "ella nej" are no names
    boolean unknownSurname = (casedU && casedT || lowercasePair && tokens.length(u) >= MIN_UNKNOWN_LOWERCASE_SURNAME)
        && !commonU && g == 0 && !isStreet(u);
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
    set(t, NAME, s);
    set(u, NAME, s);
    return true;
  }

  /** "Luleå kommun", "Göteborgs stad", "bor i Kiruna" for places no lexicon knows or that are words. */
  private boolean placeBefore(int t, long f, boolean common, boolean cased) {
    int u = t + 1;
    if (!tokens.isWord(u) || !tokens.adjacent(t) || !Category.CUE_PLACE_AFTER.in(flags[u])) {
      return false;
    }
    if (any(f, SWEDISH_PLACE) || (!common && !any(f, PERSON) && (cased || f == 0 || genitive[t]))) {
      set(t, PLACE, PLACE_CUE);
      return true;
    }
    return false;
  }

  /** "Rosengårdsskolan", "Sofiakyrkan": an institution named after a place or a person. */
  private boolean institution(int t, boolean cased, boolean sentenceStart) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    long hit = ending(t);
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
      set(t, PLACE, PLACE_CUE); // but not "stenkyrka" in lowercase: "sten" is a word
      return true;
    }
    if (cased && !isCommon(t)) {
      set(t, PLACE, sentenceStart ? SENTENCE_START_UNKNOWN : CAPITALISED_UNKNOWN);
      return true;
    }
    return false;
  }

  /** A street name ("Storgatan", "Vasavägen"), which the address detector reports. */
  private boolean isStreet(int t) {
    long hit = ending(t);
    return any(hit, Category.bits(Category.STREET_SUFFIX, Category.STREET_SUFFIX_CAPITALISED))
        && (int) (hit >>> 32) < tokens.length(t);
  }

  /** "Region Skåne", "region stockholm": the region as a public body. */
  private boolean isRegionBody(int t) {
    return tokens.is(t, "region") && tokens.isWord(t + 1) && tokens.adjacent(t) && Category.REGION.in(flags[t + 1]);
  }

  // ---- cues --------------------------------------------------------------------------------

  private static final int CUE_STRONG = 1;
  private static final int CUE_VOCATIVE = 2;

  private static boolean isCueWord(long f) {
    return any(f, Category.bits(Category.CUE_NAME, Category.CUE_RELATION, Category.CUE_POSSESSIVE,
        Category.CUE_GREETING, Category.CUE_SIGNATURE));
  }

  /** CUE_STRONG after "heter", "min son", "handläggaren"; CUE_VOCATIVE after "hej", "mvh", "/"; else 0. */
  private int nameCue(int t) {
    int p = t - 1;
    if (tokens.isPunct(p, '/') && tokens.end(p) == tokens.start(t)) {
      return signatureEnd(t) ? CUE_VOCATIVE : 0;
    }
    while (p >= 0 && (tokens.isPunct(p, ',') || tokens.isPunct(p, '!'))) {
      p--;
    }
    if (!tokens.isWord(p)) {
      return lastLineAlone(t) ? CUE_VOCATIVE : 0;
    }
    long f = flags[p];
    if (Category.CUE_NAME.in(f) && (p == t - 1 || apposition(p, t))) {
      return CUE_STRONG;
    }
    if (Category.CUE_RELATION.in(f) && p == t - 1 && tokens.isWord(p - 1) && Category.CUE_POSSESSIVE.in(flags[p - 1])) {
      return CUE_STRONG;
    }
    if (any(f, Category.bits(Category.CUE_GREETING, Category.CUE_SIGNATURE))) {
      return CUE_VOCATIVE;
    }
    return lastLineAlone(t) ? CUE_VOCATIVE : 0;
  }

  /** After an article: "en björn 5 år gammal" is a bear. */
  private boolean afterArticle(int t) {
    return tokens.is(t - 1, "en") || tokens.is(t - 1, "ett") || tokens.is(t - 1, "den") || tokens.is(t - 1, "det");
  }

  /** An age right after the word: "lisa 5 år", "linda 14 år", "lisa (5)", "lisa, 5 år". */
  private boolean ageAfter(int t) {
    int u = t + 1;
    if (tokens.isPunct(u, '(') || tokens.isPunct(u, ',')) {
      u++;
    }
    if (u >= n || tokens.kind(u) != Tokens.NUMBER || tokens.length(u) > 2) {
      return false;
    }
    return tokens.isPunct(t + 1, '(') ? tokens.isPunct(u + 1, ')') : tokens.is(u + 1, "år") || tokens.is(u + 1, "åring");
  }

  /**
   * The word right before names the next one: a naming verb ("heter", "kallas") or a kin or role
   * noun after a possessive ("min son", "hennes man"); not a role noun alone ("läraren per brev").
   */
  private boolean namingCue(int t) {
    int p = t - 1;
    if (tokens.isPunct(p, ',')) {
      return apposition(p - 1, t); // "en kollega, per, tar"
    }
    return inSet(NAMING_VERBS, p)
        || tokens.isWord(p - 1) && tokens.adjacent(p - 1) && Category.CUE_POSSESSIVE.in(flags[p - 1]);
  }

  /** "en kollega, per, tar", "grannen, sten, sa": word {@code t} alone between commas right after the noun {@code p}. */
  private boolean apposition(int p, int t) {
    return p == t - 2 && tokens.isPunct(t - 1, ',') && tokens.isPunct(t + 1, ',');
  }

  /**
   * After a naming verb, a word form that is also a first name is the name when nothing follows
   * it in its phrase: "mamma heter inga och", "han heter hans." but not "vad heter hans mamma".
   */
  private boolean namedWordForm(int t) {
    int p = t - 1;
    if (!tokens.isWord(p) || !inSet(NAMING_VERBS, p)) {
      return false;
    }
    int u = t + 1;
    return !tokens.isWord(u) || tokens.is(u, "och") || tokens.is(u, "men") || tokens.is(u, "som") || tokens.is(u, "eller");
  }

  private static final CharArraySet NAMING_VERBS =
      CharArraySet.unmodifiableSet(new CharArraySet(ContextFeatures.NAMING_WORDS, false));

  /**
   * The word before governs a person: "hos lisa", "ringde mark", "träffade sten"; or "till"/"med"
   * after a verb or noun of calling, writing or talking: "sms till sten", "pratade med dag".
   */
  private boolean personGovernor(int t) {
    int p = t - 1;
    if (!tokens.isWord(p) || !tokens.adjacent(p)) {
      return false;
    }
    if (inSet(PERSON_GOVERNORS, p)) {
      return true;
    }
    int q = p - 1;
    return (tokens.is(p, "till") || tokens.is(p, "med")) && tokens.isWord(q) && tokens.adjacent(q)
        && inSet(TALKING_WORDS, q);
  }

  /**
   * A lowercase genitive in -s of at least five letters whose base is no word, right before a
   * lowercase word: the owner of what follows ("merikes vackra", "voglers opera").
   */
  private boolean possessiveOfUnknown(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    int u = t + 1;
    if (len < 5 || len > MAX_LOWERCASE_PROPER_NOUN || lower[s + len - 1] != 's' || !tokens.isWord(u)
        || !tokens.adjacent(t) || tokens.has(u, Tokens.CAPITALISED)) {
      return false;
    }
    int base = len - 1;
    char a = lower[s + base - 2];
    char b = lower[s + base - 1];
    // the genitive of a definite or plural noun ("genrens", "ämnenas", "handlingars") or a Latin
    // word in -us ("magnificus") is no name's; a surname in -ius ("Afzelius") is
    char z = lower[s + base - 3];
    boolean definitePlural = a == 'n' && b == 'a' && (z == 'e' || z == 'r'); // "-ena", "-arna", "-orna", "-erna"
    if (b == 'u' && a != 'i' || a == 'e' && (b == 'n' || b == 't') || definitePlural || a == 'a' && b == 'r') {
      return false;
    }
    long facts = lexicon.facts(lower, s, base);
    return SwedishLexicon.categories(facts) == 0 && !SwedishLexicon.isFrequentOrListedWord(facts)
        && !lexicon.isCommonWord(facts, lower, s, base, scratch(base + 1));
  }

  /** "dag och natt", "sten och grus": followed by "och" and an ordinary word that is no name. */
  private boolean coordinatedWithNoun(int t) {
    int u = t + 2;
    // a dictionary stem as written, no verb form: "natt", "grus", but not "drack" in "hos lisa och drack"
    return tokens.is(t + 1, "och") && tokens.isWord(u) && !any(flags[u], PERSON)
        && !Category.WORD_FORM.in(flags[u]) && listedWord(u);
  }

  /** Words whose object is a person: one is at someone's place, calls or meets someone. */
  private static final CharArraySet PERSON_GOVERNORS = words(
      "hos", "ringde", "ringer", "ringt", "ringa", "smsade", "messade", "mejlade", "träffade",
      "träffar", "träffat", "frågade", "kramade", "pussade", "gifte", "sambo");

  /** Verbs and nouns of calling, writing and talking, before "till" or "med": "sms till", "pratade med". */
  private static final CharArraySet TALKING_WORDS = words(
      "ringde", "ringer", "ringt", "ringa", "ring", "sms", "smsa", "smsade", "mejl", "mejlade", "brev",
      "meddelande", "skrev", "skriver", "skrivit", "pratade", "pratar", "pratat", "prata", "snackade",
      "snackar", "bråkade", "bråkar", "gift", "ihop", "skickade", "skickar", "sa", "säger", "berättade");

  /** Right after a title: "herr mitter", "fröken x", "doktor gren". */
  private boolean afterTitle(int t) {
    int p = t - 1;
    return tokens.isWord(p) && tokens.adjacent(p) && inSet(TITLES, p);
  }

  /** Titles, after which an unknown word is a surname even if shaped like an inflected word. */
  private static final CharArraySet TITLES = words(
      "herr", "fru", "fröken", "doktor", "dr", "professor", "pastor", "syster");

  /** "/Lena" closing the text: nothing but punctuation after it on its line, and no more lines. */
  private boolean signatureEnd(int t) {
    return t == lastNonPunct;
  }

  /** A capitalised word alone on the last line of a text of several lines: a signature. */
  private boolean lastLineAlone(int t) {
    return t > 0 && tokens.has(t, Tokens.LINE_START) && tokens.has(t, Tokens.CAPITALISED) && signatureEnd(t);
  }

  /**
   * A cue that names a place more surely than a bare "i" ("i handen", "i boden" are words): "bor
   * i", "från", "till", "utanför", "kommun" after.
   */
  private boolean strongPlaceCue(int t) {
    int p = t - 1;
    if (!tokens.isWord(p) || !tokens.adjacent(p)) {
      return tokens.isWord(t + 1) && tokens.adjacent(t) && Category.CUE_PLACE_AFTER.in(flags[t + 1]);
    }
    if (!Category.CUE_PLACE.in(flags[p])) {
      return false;
    }
    // "i handen", "på boden" are words: a bare "i" or "på" is strong only after a verb of living
    boolean bare = tokens.is(p, "i") || tokens.is(p, "på");
    return !bare || tokens.isWord(p - 1) && Category.CUE_PLACE.in(flags[p - 1]); // "bor i"
  }

  /**
   * A cue that places an unknown capitalised word rather than a person: "i", "på", "från",
   * "utanför", "nära" before it, "bor i" or "flyttade till", or "kommun" after it. Not a bare
   * "till", "mot" or "kring": "gav den till Zarvina", "log mot Karin".
   */
  private boolean locativeCue(int t) {
    int p = t - 1;
    if (tokens.isWord(p) && tokens.adjacent(p) && Category.CUE_PLACE.in(flags[p]) && !inSet(LOCATIVE_EXCEPTIONS, p)) {
      return true;
    }
    return strongPlaceCue(t) && !(tokens.isWord(p) && tokens.adjacent(p)
        && inSet(LOCATIVE_EXCEPTIONS, p) && !(tokens.isWord(p - 1) && Category.CUE_PLACE.in(flags[p - 1])));
  }

  /** Place cues that as often point at a person: "till", "mot", "kring", "runt", "på" ("lyssnar på Sibelius"). */
  private static final CharArraySet LOCATIVE_EXCEPTIONS = words(
      "till", "mot", "kring", "runt", "på");

  /** A place cue before: "i", "från", "bor i", "flyttade till", "utanför". */
  private boolean placeCue(int t) {
    int p = t - 1;
    return tokens.isWord(p) && tokens.adjacent(p) && Category.CUE_PLACE.in(flags[p])
        || tokens.isWord(t + 1) && tokens.adjacent(t) && Category.CUE_PLACE_AFTER.in(flags[t + 1]);
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** The longest listed ending of word {@code t} (see {@link Lexicon.Cursor#longestSuffix}), found once per text. */
  private long ending(int t) {
    return endings.of(t); // shared with the address detector
  }

  private boolean isCommon(int t) {
    if (commonCache[t] != 0) {
      return commonCache[t] > 0;
    }
    boolean common = computeCommon(t);
    commonCache[t] = (byte) (common ? 1 : -1);
    return common;
  }

  private boolean computeCommon(int t) {
    long f = flags[t];
    if (Category.COMMON_WORD.in(f)) {
      return true;
    }
    if (genitive[t] || any(f, PERSON | SWEDISH_PLACE)) {
      return false; // a listed name or place is an ordinary word only if the lexicon says so
    }
    int s = tokens.start(t);
    int len = tokens.length(t);
    if (lexicon.isCommonWord(facts[t], lower, s, len, scratch(len + 1))) {
      return true;
    }
    // "TV-serien", "SOS-centralen", "Jupiter-liknande": a compound whose last part is a word
    int hyphen = s + len - 1;
    while (hyphen > s && lower[hyphen] != '-') {
      hyphen--;
    }
    int last = s + len - hyphen - 1;
    return hyphen > s && last >= 2 && lexicon.isCommonWord(lower, hyphen + 1, last, scratch(last + 1));
  }

  /** A Hunspell proper noun, or its genitive ("Strindbergs"). */
  private boolean properNoun(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    return SwedishLexicon.isProperNoun(facts[t])
        || len > 3 && lower[s + len - 1] == 's' && lexicon.isProperNoun(lower, s, len - 1);
  }

  /**
   * A Hunspell proper noun flagged as a place ("Bagdad", "Narvik"), or its genitive ("Bagdads"),
   * unless the flag is shared with surnames and the word ends like one ("Strindberg").
   */
  private boolean dictionaryPlace(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    int base = len > 3 && lower[s + len - 1] == 's' ? len - 1 : len;
    return DictionaryPlaces.isPlace(lower, s, len) || base < len && DictionaryPlaces.isPlace(lower, s, base)
        || DictionaryPlaces.isPlaceOrSurname(lower, s, len) && !surnameShaped(t, true)
        || base < len && DictionaryPlaces.isPlaceOrSurname(lower, s, base) && !surnameEnding(s, base); // "Strindbergs"
  }

  private void set(int t, byte kind, double s) {
    type[t] = kind;
    score[t] = s;
    anyFound = true;
    sureName |= kind == NAME && s >= SURE;
  }

  /** Asks the context scorer, if any, about an ambiguous word; else uses the fallback. */
  private void judge(int t, byte fallbackType, double fallbackScore) {
    judge(t, fallbackType, fallbackScore, false);
  }

  /**
   * Asks the context scorer whether the word is a person or a place at all; {@code ruleType} keeps
   * the type the rules found (a place ending, a place cue, a surname ending), which the model,
   * seeing only the word's last four letters and its neighbours, knows less well.
   */
  private void judge(int t, byte fallbackType, double fallbackScore, boolean ruleType) {
    if (scorer == null) {
      set(t, fallbackType, fallbackScore);
      return;
    }
    if (windows == null) {
      windows = new ScorerWindows(tokens, scorer);
    }
    ContextScorer.Judgement j = windows.judge(t);
    lastPersonOrPlace = j.person() + j.place();
    // the chance that the word is a person or a place at all decides the score: a word judged
    // 0.3 person and 0.3 place is more likely a name than not (recall first)
    double entity = Math.min(1.0, lastPersonOrPlace);
    if (ruleType) {
      set(t, fallbackType, entity);
    } else {
      set(t, j.person() * PERSON_OVER_PLACE >= j.place() ? NAME : PLACE, entity);
    }
  }

  /**
   * Like {@link #judge}, for a word that the rules alone would redact: a name-shaped word that no
   * lexicon knows ("Lewin", "Tarkovskij", "Rüger"), or a listed place that is also a word after
   * a strong place cue ("flyttade till lund"). The scorer, trained on edited prose, has seen few
   * of the names that posts hold, so it may raise the score but lower it under the redact
   * threshold only when it is sure the word is neither a person nor a place (recall first); a
   * word it is unsure of keeps the rules' type.
   */
  private void judgeUnknown(int t, byte fallbackType, double fallbackScore) {
    judgeUnknown(t, fallbackType, fallbackScore, false);
  }

  private void judgeUnknown(int t, byte fallbackType, double fallbackScore, boolean ruleType) {
    judge(t, fallbackType, fallbackScore, ruleType);
    if (scorer != null && score[t] < REDACT && lastPersonOrPlace >= UNKNOWN_WORD_DOUBT) {
      set(t, fallbackType, REDACT);
    }
  }

  /**
   * A word found as a name with good evidence somewhere in the text is the same name elsewhere:
   * "Havel" opening a sentence after "sa Havel", "björn" after "min son Björn".
   */
  private void propagate() {
    CharArraySet names = null;
    long[] shapes = null;
    for (int t = 0; t < n; t++) {
      if (type[t] == NAME && score[t] >= SURE && !Category.WORD_FORM.in(flags[t])) {
        if (names == null) {
          names = new CharArraySet(8, false);
          shapes = new long[SHAPE_WORDS];
        }
        char[] w = new char[tokens.length(t)];
        System.arraycopy(lower, tokens.start(t), w, 0, w.length);
        names.add(w);
        int shape = shape(w[0], w.length);
        shapes[shape >>> 6] |= 1L << shape;
      }
    }
    if (names == null) {
      return;
    }
    for (int t = 0; t < n; t++) {
      if (tokens.isWord(t) && (type[t] == NONE || type[t] == NAME) && score[t] < 0.5
          && (sameName(names, shapes, t) || genitiveOf(names, shapes, t))) {
        set(t, NAME, tokens.has(t, Tokens.CAPITALISED) ? SAME_NAME_CAPITALISED : SAME_NAME_LOWERCASE);
      }
    }
  }

  /** Bits of the {@link #shape} filter of {@link #propagate}. */
  private static final int SHAPE_BITS = 1024;
  private static final int SHAPE_WORDS = SHAPE_BITS / 64;

  /**
   * A small hash of a word's first char and length: most words of a text differ from every
   * found name in one of them, and so are passed over without a set lookup.
   */
  private static int shape(char first, int length) {
    return (first * 31 + length) & (SHAPE_BITS - 1);
  }

  private static boolean mayBe(long[] shapes, char first, int length) {
    int shape = shape(first, length);
    return (shapes[shape >>> 6] & 1L << shape) != 0;
  }

  /** The word is a name found elsewhere in the text. */
  private boolean sameName(CharArraySet names, long[] shapes, int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    return mayBe(shapes, lower[s], len) && names.contains(lower, s, len);
  }

  /** "elias" after "min son heter Elias": the genitive of a name found elsewhere in the text. */
  private boolean genitiveOf(CharArraySet names, long[] shapes, int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    return len > 3 && lower[s + len - 1] == 's' && mayBe(shapes, lower[s], len - 1)
        && names.contains(lower, s, len - 1);
  }

  /**
   * "Anna och Zarvina", "hassan och zavrolik": a word coordinated with a name found with good
   * evidence is a name too, if it is no ordinary word and no lexicon files it under something
   * else. Runs after every word is decided; looks two words either side of each "och".
   */
  private void coordinate() {
    for (int c = 1; c + 1 < n; c++) {
      if (!tokens.is(c, "och") || !tokens.isWord(c - 1) || !tokens.isWord(c + 1)) {
        continue;
      }
      if (type[c - 1] == NAME && score[c - 1] >= SURE) {
        coordinated(c + 1);
      } else if (type[c + 1] == NAME && score[c + 1] >= SURE) {
        coordinated(c - 1);
      }
      if (type[c - 1] == PLACE && score[c - 1] >= SURE) {
        coordinatedPlace(c + 1);
      } else if (type[c + 1] == PLACE && score[c + 1] >= SURE) {
        coordinatedPlace(c - 1);
      }
    }
  }

  /**
   * "Botkyrka, Salem, Haninge": a known place that is also a name, listed between places, is the
   * place; "staden Kessoura", "byn Ngozeka": a capitalised word named by a place noun before it is a
   * place.
   */
  private void placeLists() {
    for (int t = 1; t < n; t++) {
      if (type[t] == NAME && t >= 2 && t + 2 < n && inPlaceList(t)) {
        type[t] = PLACE;
      } else if ((type[t] == NAME || type[t] == NONE) && tokens.isWord(t) && capitalisedWord(t)
          && tokens.adjacent(t - 1) && inSet(PLACE_NOUNS, t - 1) && !any(flags[t], PERSON)) {
        set(t, PLACE, Math.max(score[t], CAPITALISED_UNKNOWN));
      }
    }
  }

  /** Definite nouns of places that name the place after them: "staden Kessoura", "byn Ängsbo". */
  private static final CharArraySet PLACE_NOUNS = words(
      "staden", "byn", "orten", "ön", "berget", "sjön", "älven", "stadsdelen", "förorten", "kommunen",
      "socknen", "gården", "halvön", "dalen", "rymdbasen", "flygplatsen", "fjället");

  private void coordinated(int t) {
    if (!(type[t] == NONE || type[t] == NAME) || score[t] >= REDACT || tokens.has(t, Tokens.ALL_CAPS)
        || (flags[t] != 0 && !any(flags[t], PERSON)) || tokens.length(t) < 3 || isCommon(t)
        || longInflectedCompound(t)) {
      return;
    }
    if (tokens.has(t, Tokens.CAPITALISED) || any(flags[t], PERSON) || nameShaped(t)) {
      set(t, NAME, COORDINATED_NAME);
    }
  }

  /**
   * "Kiruna och Jukkasvaara": a word found as a name only by its shape or the dictionary's proper
   * nouns, coordinated with a sure place, is a place too.
   */
  private void coordinatedPlace(int t) {
    if (type[t] == NAME && score[t] >= REDACT && !any(flags[t], PERSON) && !tokens.has(t, Tokens.ALL_CAPS)
        && (t == n - 1 || type[t + 1] != NAME) && (t == 0 || type[t - 1] != NAME)) {
      type[t] = PLACE;
    }
  }

  /** "på Kreta", "på Gotland": for a proper noun of the dictionary, "på" places it. */
  private boolean afterPå(int t) {
    return t > 0 && tokens.adjacent(t - 1) && tokens.is(t - 1, "på");
  }

  /** Between two sure places, each separated from it by a comma or "och": one of a list of places. */
  private boolean inPlaceList(int t) {
    return any(flags[t], SWEDISH_PLACE) && listSeparator(t - 1) && listSeparator(t + 1)
        && type[t - 2] == PLACE && score[t - 2] >= SURE && type[t + 2] == PLACE && score[t + 2] >= SURE;
  }

  private boolean listSeparator(int t) {
    return tokens.isPunct(t, ',') || tokens.is(t, "och");
  }





  /**
   * "San Francisco", "Monte Carlo", "Salt Lake City": a run of capitalised words that opens with
   * a word that begins place names abroad, or ends with one that closes them, is one place, not a
   * first name and a surname.
   */
  private void foreignPlaceNames() {
    for (int t = 0; t < n; t++) {
      if (!tokens.isWord(t) || !capitalisedWord(t)) {
        continue;
      }
      int last = t;
      while (last + 1 < n && tokens.adjacent(last) && tokens.isWord(last + 1) && capitalisedWord(last + 1)) {
        last++;
      }
      if (last > t && (inSet(PLACE_NAME_OPENERS, t) || inSet(PLACE_NAME_CLOSERS, last)) && anyName(t, last)) {
        double best = CAPITALISED_UNKNOWN;
        for (int k = t; k <= last; k++) {
          best = Math.max(best, score[k]);
          type[k] = KEEP; // part of the place: reported with its first word
        }
        set(t, PLACE, best);
        spanEnd[t] = tokens.end(last);
      }
      t = last;
    }
  }

  private boolean capitalisedWord(int t) {
    return tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS) && type[t] != KEEP;
  }

  /** Some word of {@code t..last} was found as a name, so the run is no ordinary phrase. */
  private boolean anyName(int t, int last) {
    for (int k = t; k <= last; k++) {
      if (type[k] == NAME || type[k] == PLACE) {
        return true;
      }
    }
    return false;
  }

  /** An unmodifiable set of lowercase words. */
  private static CharArraySet words(String... words) {
    return CharArraySet.unmodifiableSet(new CharArraySet(List.of(words), false));
  }

  private boolean inSet(CharArraySet set, int t) {
    return set.contains(lower, tokens.start(t), tokens.length(t));
  }

  /** First words of place names abroad ("San Francisco", "Mont Blanc", "Puerto Rico"). */
  private static final CharArraySet PLACE_NAME_OPENERS = words(
      "san", "santa", "santo", "são", "sankt", "saint", "sainte", "mont", "monte", "puerto", "porto",
      "port", "fort", "nueva", "nuevo");

  /** Last words of place names abroad ("Salt Lake City", "Silicon Valley", "Long Island"). */
  private static final CharArraySet PLACE_NAME_CLOSERS = words(
      "city", "valley", "beach", "bay", "island", "islands", "lake", "springs", "mountains", "heights",
      "hills");

  // ---- report ------------------------------------------------------------------------------

  /** Reports places one by one and runs of adjacent name words as one name. */
  private void report(FindingSink sink) {
    for (int t = 0; t < n; t++) {
      if (type[t] == PLACE) {
        sink.add(tokens.start(t), spanEnd[t], EntityType.PLACE, score[t]);
      } else if (type[t] == NAME) {
        int last = t;
        double best = score[t];
        while (last + 1 < n && type[last + 1] == NAME && tokens.adjacent(last)
            && (score[last + 1] >= 0.5) == (best >= 0.5)) {
          last++;
          best = Math.max(best, score[last]);
        }
        sink.add(tokens.start(t), tokens.end(last), EntityType.NAME, best);
        t = last;
      }
    }
  }
}
