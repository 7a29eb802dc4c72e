package se.avid.models.names;

import static se.avid.models.names.NameScores.LOWERCASE_PROPER_NOUN;
import static se.avid.models.names.NameScores.LOWERCASE_UNKNOWN;
import static se.avid.models.names.NameScores.LOWERCASE_UNKNOWN_DOUBT;
import static se.avid.models.names.NameScores.REDACT;
import static se.avid.models.names.NameScores.SURNAME_SHAPED;
import static se.avid.models.names.NameScores.UNKNOWN_AFTER_PLACE_CUE;
import static se.avid.models.names.NameScores.UNKNOWN_IN_NAME_SLOT;
import static se.avid.models.names.NameScores.UNKNOWN_WORD_DOUBT;
import static se.avid.models.names.WordFacts.MAX_LOWERCASE_PROPER_NOUN;
import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.PLACE;

import se.avid.models.context.ContextScorer;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Words in no name, place or word list: whether one is a name, a place, a compound or past
 * tense of ordinary words, or a typo; a lowercase one is decided here, the tests serve the other
 * rules. Not thread-safe; one per call.
 */
final class UnknownWords {

  private final Tokens tokens;
  private final char[] lower;
  private final SwedishLexicon lexicon;
  private final ContextScorer scorer;
  private final long[] flags;
  private final boolean[] genitive;
  private final double[] score;
  private final WordFacts words;
  private final WordShapes shapes;
  private final Cues cues;
  private final WordLabels labels;
  private final NameSlots slots;
  /** How the word is built: compounds, inflections, hyphens ({@link WordParts}). */
  final WordParts parts;

  UnknownWords(Tokens tokens, SwedishLexicon lexicon, ContextScorer scorer, WordFacts words, WordShapes shapes, Cues cues,
      WordLabels labels, NameSlots slots) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.lexicon = lexicon;
    this.scorer = scorer;
    this.flags = words.flags;
    this.genitive = words.genitive;
    this.score = labels.score;
    this.words = words;
    this.shapes = shapes;
    this.cues = cues;
    this.labels = labels;
    this.slots = slots;
    this.parts = new WordParts(tokens, lexicon, words, shapes);
  }

  /** A lowercase word in no name or place list: a Hunspell proper noun, or shaped like a surname. */
  void lowercaseUnknown(int t, long f) {
    if (f != 0 && !Category.WORD_FORM.in(f) || tokens.length(t) < 3 || cues.afterQuantity(t)) {
      return; // a cue, a country, a public body, or a listed word; "mycket mojje": a mass noun
    }
    if (!genitive[t] && (Category.COMMON_WORD.in(f) || words.isFrequentOrListed(t))) {
      // the most frequent case: an ordinary word, which none of the tests below would take
      // (each needs a word that is neither listed nor frequent); one or two lookups instead of up to six
      return;
    }
    // "har polisanmalt", "pa forskolan": in a text typed without å, ä, ö, a word with them put back
    // (as written or through the stemmer) is that word; after a naming cue ("heter bjorn") only the
    // slot below may still make an unlisted one a name
    boolean folded = cues.foldedWord(t);
    if (folded && !cues.namingCue(t)) {
      return;
    }
    if (f == 0 && (inNameSlot(t) || countedAfterGovernor(t) || nameByLetters(t) || namedByPredicate(t))) {
      labels.set(t, NAME, UNKNOWN_IN_NAME_SLOT);
      return;
    }
    if (folded) {
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
        labels.set(t, cues.places.locativeCue(t) || shapes.dictionaryPlace(t) || shapes.placeShapedNoSurname(t) ? PLACE : NAME, LOWERCASE_PROPER_NOUN);
      }
    } else if (shapes.surnameShaped(t, false) && !words.isCommon(t)) {
      labels.set(t, NAME, SURNAME_SHAPED);
    } else if (f == 0 && words.possessiveOfUnknown(t) && !words.isCommon(t)) {
      // "merikes vackra konstverk", "voglers opera": the genitive of no word at all, before the
      // thing it owns, is a person's name far more often than a typo
      labels.judgeUnknown(t, NAME, SURNAME_SHAPED, true);
    } else if (scorer != null && f == 0 && (shapes.nameShaped(t) || shapes.placeShaped(t) || shapes.placePrefix(t)
        || tokens.length(t) <= MAX_LOWERCASE_PROPER_NOUN && (!shapes.definiteEnding(t) && cues.places.locativeCue(t)
            || surnameEnding(t) && !words.isCommon(t) && !parts.compoundOrPastTense(t)))
        && !words.isCommon(t)) {
      // (the compound test, which costs a look-up per split, only after the word's cached ordinary-word test)
      // "tarkovskij", "liffner", "göksjön", "göteborgstrakten", "i kessoura": no word at all, so a name, a
      // place, a typo or a foreign word; the scorer decides, and without one the word is kept
      if (withNordicLetter(t) && PLACE_PREPOSITIONS.has(tokens, t - 1)) {
        // "till bagsværd varje dag", "kommunen i københavn": a Danish or Norwegian letter makes the
        // word no Swedish word in any form (no compound, no inflection, no typo of one), and after
        // a preposition of place a foreign word that is no common noun is the place
        labels.set(t, PLACE, REDACT);
        return;
      }
      boolean locative = cues.places.locativeCue(t);
      boolean placeLike = shapes.placeShaped(t) || shapes.placePrefix(t) || locative;
      labels.judge(t, placeLike ? PLACE : NAME, LOWERCASE_UNKNOWN, placeLike);
      // after "i", "på", "från" a word that is no word at all is most likely a place: "i florange"
      // after "hos", "ringde", "träffade", "sms till" a word that is no word, compound or past
      // tense is most likely a person: "hos shabnam", "ringde kebede"
      boolean governed = !placeLike && score[t] < LOWERCASE_UNKNOWN_DOUBT && cues.personGovernor(t)
          && !parts.compoundOrPastTense(t);
      double doubt = locative || governed ? UNKNOWN_WORD_DOUBT : LOWERCASE_UNKNOWN_DOUBT;
      if (score[t] >= doubt && score[t] < REDACT) {
        score[t] = REDACT;
      } else if (locative && score[t] < UNKNOWN_AFTER_PLACE_CUE
          && (shapes.placeShaped(t) || shapes.placePrefix(t) || !parts.compoundOfLongWords(t))) {
        // (not a compound of words with no place's ending: "i sorggrupp", "i stödboende", "i barnfotboll")
        // "i craiova": the scorer is sure, but flag it; redact it where Swedish stands on both
        // sides ("tror att jag är i prijedor igen", "kommer från midyat i turkiet"), not in
        // English ("haha i think so")
        score[t] = inASwedishPlaceSlot(t) ? REDACT : UNKNOWN_AFTER_PLACE_CUE;
      }
    }
  }

  static final int MIN_UNKNOWN_LOWERCASE_SURNAME = 4;

  /** Word {@code t} ends like a participle or a plural: "-ad", "-ande", "-ende", "-er" ("graderad", "halvstående", "krematorier"). */
  private boolean participle(int t) {
    int e = tokens.end(t);
    char a = lower[e - 2];
    char b = lower[e - 1];
    return a == 'a' && b == 'd' || a == 'd' && b == 'e' && lower[e - 3] == 'n' || a == 'e' && b == 'r';
  }

  /** English words that Swedish has too, which follow an English verb after "i" ("i live in", "i think so"). */
  private static final WordSieve ENGLISH_AFTER = WordSieve.of("in", "is", "and", "on", "at", "so", "to", "the", "for",
      "it", "you", "me", "my", "a", "an", "of", "not", "no", "be", "do", "am", "that", "this", "him", "her", "them",
      "us");

  /**
   * Word {@code t}, no word at all, after "i" or "från" that a Swedish word comes before, and before
   * the end of its sentence or another frequent Swedish word: a place named in Swedish prose, not
   * an English verb after "I".
   */
  private boolean inASwedishPlaceSlot(int t) {
    int p = t - 1;
    if (!(tokens.is(p, "i") || tokens.is(p, "från") || tokens.is(p, "fran")) || tokens.has(p, Tokens.SENTENCE_START) || !tokens.isWord(p - 1)
        || !(words.isFrequent(p - 1) || Category.COUNTRY.in(flags[p - 1])) || ENGLISH_AFTER.has(tokens, p - 1)) {
      return false; // a Swedish word before it, or the country it lies in ("i pakistan i quetta")
    }
    // no word in any form: not a compound, a participle, a definite or a plural form the
    // dictionary lacks ("i mikroskala", "i graderad fattigdom", "ut i öknen", "i krematorier")
    // but a compound that ends as a place name does, no ordinary word whole and in no definite
    // form, is the place's ("i torpgärdan"; not "i processvattnet", "i sextioårsåldern")
    boolean placeShaped = shapes.placeShaped(t) && !words.isCommon(t) && !parts.headedByWord(t);
    if (!placeShaped && !noWordAtAll(t) || shapes.definiteEnding(t) || participle(t)) {
      return false;
    }
    int u = t + 1;
    if (u >= tokens.size() || !tokens.isWord(u)) {
      return true; // "i prijedor.", "från kashgar, och"
    }
    return words.isFrequent(u) && !ENGLISH_AFTER.has(tokens, u);
  }

  /** Prepositions before a place: "i", "från", "till", "på". */
  private static final WordSieve PLACE_PREPOSITIONS = WordSieve.of("i", "från", "fran", "till", "på", "utanför");

  /** Word {@code t} has a letter of Danish or Norwegian that Swedish never writes: æ, ø. */
  private boolean withNordicLetter(int t) {
    for (int i = tokens.start(t); i < tokens.end(t); i++) {
      if (lower[i] == 'æ' || lower[i] == 'ø') {
        return true;
      }
    }
    return false;
  }

  /**
   * Word {@code u} is in no list, no word form or stem as written, no ordinary word when stemmed,
   * and no long word with an ending of ordinary words (a compound): at least {@value #MIN_UNKNOWN_LOWERCASE_SURNAME} letters
   * that can only be a name, a foreign word or a typo ("clattenburg", "mellouli"); in a text typed
   * without å, ä, ö, no listed word with them put back either ("min man lamnade oss").
   */
  boolean noWordAtAll(int u) {
    return flags[u] == 0 && tokens.length(u) >= MIN_UNKNOWN_LOWERCASE_SURNAME && !words.isFrequentOrListed(u)
        && !shapes.longInflectedCompound(u) && !shapes.isStreet(u) && !words.isCommon(u) && !parts.compoundOrPastTense(u)
        && !cues.foldedListedWord(u);
  }


  /**
   * Word {@code u} fails {@link #noWordAtAll} only because it splits into two words ("supa|nya",
   * "man|sur"): a name whose letters read strongly as one is no compound.
   */
  private boolean noWordButCompound(int u) {
    return flags[u] == 0 && tokens.length(u) >= MIN_UNKNOWN_LOWERCASE_SURNAME && !words.isFrequentOrListed(u)
        && !shapes.longInflectedCompound(u) && !shapes.isStreet(u) && !words.isCommon(u) && parts.compoundOrPastTense(u);
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


  /**
   * "frågade masud om hjälp", "träffade riham", "sms till salwan": a lowercase word that no list
   * has but Statistics Sweden counts as a first name (or a rare given name), and that is no word at all, right after a
   * word that governs a person, or after what one talks or feels about ("ringde om nayla", "orolig
   * för precy"), is that person's name, whatever its shape.
   */
  private boolean countedAfterGovernor(int t) {
    return (cues.personGovernor(t) || cues.aboutAPerson(t)) && words.givenName(t) && noWordAtAll(t) && !parts.tripledLetter(t);
  }

  /**
   * "när kowsar kom hem", "det var sharmarke som ringde", "jag bor med yamina": a lowercase word
   * that is no word at all, whose letters read like a name ({@link NameLetters}) or that
   * Statistics Sweden counts as one (or holds as a rare given name, {@link NameCounts#rareFirstName}), where a sentence has a place for a person
   * ({@link NameSlots#personSlot}), is a name: the names of every community, not only the listed.
   * Capitalised too: "Djezair slår mig", "vi träffade Böje på".
   *
   * @param t a word in no list
   * @return whether it is a name by its letters and its place in the sentence
   */
  boolean nameByLetters(int t) {
    // a strong slot: a word there can hardly be anything but a person (NameSlots.strongPersonSlot)
    boolean strong = slots.strongPersonSlot(t);
    if (!strong && !slots.personSlot(t) || cues.afterArticle(t) || parts.tripledLetter(t)) {
      return false;
    }
    int s = tokens.start(t);
    int len = tokens.length(t);
    if (strong && flags[t] == 0 && words.givenName(t) && !words.isCommon(t) && !words.isFrequentOrListed(t)) {
      // "mansur sa att", "har charbel inte", "träffade maxamad": a counted or rare given name that
      // the compound test would split ("man|sur")
      return true;
    }
    double compoundOdds = strong ? NameLetters.NAME_LIKE : STRONG_NAME_LETTERS;
    if (!noWordAtAll(t) && !(noWordButCompound(t) && (strong || !tokens.has(t, Tokens.CAPITALISED))
        && NameLetters.logOdds(lower, s, len) >= compoundOdds)) {
      // a word, unless only a split into two short words reads it as one ("supa|nya"), as the
      // letters say or, capitalised too, a subject opening its clause ("Ditana vill": "dit|ana")
      return false;
    }
    // the counts, the letters, or a given name too rare to count ("timofej", "ayaan"); greeted, with
    // the writer, in a cleft, letters that do not read as Swedish ones ("det var orinta som", "tack
    // rekik", "sen dess har vicentiu inte")
    double odds = NameLetters.logOdds(lower, s, len);
    boolean letters = words.firstNameBearers(t) > 0 || odds > NameLetters.NAME_LIKE
        || words.rareFirstName(t) || odds >= NOT_SWEDISH_LETTERS && slots.certainPersonSlot(t);
    if (!letters) {
      return false; // "omvänt", "häraf", "hängivna": Swedish letters, even where a subject stands
    }
    // no ending of inflected words: "mannarna", "linjen" are words the dictionary's stems miss;
    // but where only a person can stand, or the letters read strongly as a name's ("sakhidad",
    // "watcharapon"), the ending does not matter, short of a definite one ("sridhar", "elhad tycker")
    // (in lowercase only: a capitalised word out of shape is the context model's to judge)
    boolean definite = shapes.definiteEnding(t);
    boolean lettered = odds >= STRONG_NAME_LETTERS && !tokens.has(t, Tokens.CAPITALISED);
    return shapes.nameShaped(t) && (strong || !definite) || (strong || lettered) && !definite;
  }

  /** Mean log-odds at or above which letters do not read as a Swedish word's ("omvänt" is -3, "ocksa" -1.2). */
  private static final double NOT_SWEDISH_LETTERS = -0.5;
  /** Mean log-odds at or above which letters read as a name's whatever the ending ("sakhidad" 1.3). */
  private static final double STRONG_NAME_LETTERS = 1.0;

  /**
   * "atte är min kompis", "pette, min bror, har", "ligge är 15 år": a word that no list holds in any
   * form of its own, though it may read as an inflection of another ("ligge"), is a name when a
   * possessive and a kin noun, or an age, are said of it. Not a frequent word ("klockan var
   * 16.06"), not a definite form ("dottren är 15 år" is a typo, "centern är 24 år" a player) unless
   * shaped like a nickname in -an ("chrissan, min bror,"), and no letter tripled.
   *
   * @param t a word whose facts are none
   * @return whether a predicate says it is a person
   */
  boolean namedByPredicate(int t) {
    return (PersonMentions.isNamedByRelation(tokens, t) || cues.ages.ageByCopula(t)) && !cues.afterArticle(t)
        && !words.isFrequentOrListed(t) && !shapes.definiteEnding(t)
        && (!shapes.definiteOfNounInAOrEr(t) || NicknameShape.of(lower, tokens.start(t), tokens.length(t))) // "chrissan"
        && !parts.tripledLetter(t) && NameLetters.hasVowel(lower, tokens.start(t), tokens.length(t));
  }

  /** Words {@code t} and {@code u} stand where a person is named ({@link NameSlots#pairSlot}, or a kin noun is said of them). */
  boolean pairInPersonSlot(int t, int u) {
    return slots.pairSlot(t, u) || PersonMentions.isNamedByRelation(tokens, u);
  }

  /** "vi har farzana från afghanistan": a word before "från" and a country is one who comes from it. */
  private boolean fromACountry(int t) {
    int country = t + 2;
    return tokens.is(t + 1, "från") && tokens.adjacent(t) && tokens.isWord(country)
        && Category.COUNTRY.in(words.flags[country]);
  }

  /** "bara noi som bor i storuman": a word before "som" and a verb that only a person does. */
  private boolean personBySomClause(int t) {
    int verb = t + 2;
    return tokens.is(t + 1, "som") && tokens.adjacent(t) && tokens.isWord(verb)
        && words.inSet(ClauseWords.VERBS_OF_A_PERSON, verb);
  }

  /**
   * "hej. mojje har slutat svara", "zerihun är 12", "jag och mojje bråkar", "…\nmojje": a
   * lowercase word that is no word at all (no list, stem, compound or past tense; no letter
   * tripled; no ending of inflected words) as the subject opening a sentence, before an age, with the writer, in an
   * apposition between commas ("en tjej, mediha, som", "till en bekant, rebwar, och"), alone on
   * the last line, before "från" and a country or before "som" and a person's verb is a name: a
   * nickname or a rare name too rare for the counts.
   */
  private boolean inNameSlot(int t) {
    // the slots that name persons and nothing else: an age, a pair after a noun of persons, an apposition
    boolean personSlot = slots.ageAfter(t) || slots.apposition(t) || slots.describedAfter(t) // "med elmar, en granne"
        || slots.groups.pairAfterPersonNoun(t); // "barnen bredvid, artem o sofiia, e"
    boolean bySomClause = personBySomClause(t);
    boolean slot = personSlot || tokens.has(t, Tokens.SENTENCE_START) && slots.subjectBeforeVerb(t)
        || slots.withTheWriter(t) || slots.aloneOnLastLine(t) || slots.appositionAfterNounPhrase(t)
        || fromACountry(t) || bySomClause;
    // shaped like a name: no ending of ordinary words ("forskarna", "studien", "oväntat" are inflected
    // words), unless Statistics Sweden counts it as a first name ("rebwar"); in a slot of persons,
    // a short one too ("två barn, ton och fah,", "noi 8 år", "bara nok som jobbar")
    return slot && !cues.afterArticle(t) && ((shapes.nameShaped(t) || words.firstNameBearers(t) > 0)
        && !shapes.definiteEnding(t) && (noWordAtAll(t) || (personSlot || bySomClause) && shortNoWord(t)) && !parts.tripledLetter(t)
        || personSlot && shapes.hyphenedSyllables(t) && !words.isFrequentOrListed(t)); // "en pojke i min klass, jun-ho, 8 år,"
  }

  /** A word of three letters with a vowel that no list or dictionary knows ("fah", "noi"; not "mvh", "typ"). */
  private boolean shortNoWord(int t) {
    return flags[t] == 0 && tokens.length(t) == MIN_UNKNOWN_LOWERCASE_SURNAME - 1 && !words.isFrequentOrListed(t)
        && !words.isCommon(t) && NameLetters.hasVowel(tokens.lower(), tokens.start(t), tokens.length(t));
  }
}
