package se.avid.models.names;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The slots in a sentence where a person is named, whatever the word in them: the subject before
 * a finite verb, before an age, with "jag och", alone on the last line. Each is evidence, not
 * proof: the rules weigh it with what the word is ({@link Homographs}, {@link UnknownWords}). Not
 * thread-safe; one per call.
 */
final class NameSlots {

  private final Tokens tokens;
  private final WordFacts words;
  private final Cues cues;
  private final WordShapes shapes;

  /** Persons named together after a noun of several persons. */
  final PersonGroups groups;
  /** Who says something: the speaker of a report, before "att", named with where it works. */
  final Speakers speakers;
  /** The subject after its finite verb: "nu har sol sagt", "säger vilja att". */
  final InvertedSubjects inverted;

  NameSlots(Tokens tokens, WordFacts words, Cues cues, WordShapes shapes) {
    this.groups = new PersonGroups(tokens, words);
    this.speakers = new Speakers(tokens, words, shapes);
    this.inverted = new InvertedSubjects(tokens, words);
    this.tokens = tokens;
    this.words = words;
    this.cues = cues;
    this.shapes = shapes;
  }

  /** An age after the word: "lisa 5 år", "lisa (5)", "Ville är 7 och", "vilja är 22 år". */
  boolean ageAfter(int t) {
    return cues.ages.ageAfter(t) || cues.ages.ageByCopula(t);
  }

  /**
   * "jag och mojje bråkar", "med mig och mojje": coordinated with the writer, the word is a person.
   * Not "X och jag": there "och jag" as often opens a clause ("har börjat vapa och jag hittade").
   */
  boolean withTheWriter(int t) {
    return tokens.is(t - 1, "och") && (tokens.is(t - 2, "jag") || tokens.is(t - 2, "mig"));
  }

  /**
   * "en tjej, mediha, som är här", "en av dem, zeid, har fått": the word alone between commas after
   * a word, before "som" or a finite verb: an apposition that names who the phrase before it is.
   */
  boolean apposition(int t) {
    int v = t + 2;
    return tokens.isPunct(t - 1, ',') && tokens.isPunct(t + 1, ',') && tokens.isWord(t - 2) && tokens.isWord(v)
        && (tokens.is(v, "som") || words.inSet(ClauseWords.FINITE_VERBS, v) || shapes.finiteVerbForm(v)) && !tokens.sameWord(t - 2, t);
  }

  /**
   * "till en bekant, rebwar, och nu", "min granne, zoran, ringde": the word alone between commas
   * after a noun and the article or possessive before it, who that noun phrase is.
   */
  boolean appositionAfterNounPhrase(int t) {
    int noun = t - 2;
    int determiner = t - 3;
    return tokens.isPunct(t - 1, ',') && tokens.isPunct(t + 1, ',') && tokens.isWord(noun) && tokens.isWord(determiner)
        && tokens.adjacent(determiner) && (tokens.is(determiner, "en") || tokens.is(determiner, "ett")
            || Category.CUE_POSSESSIVE.in(words.flags[determiner]));
  }

  /** Singular nouns of a person that the cue list lacks ("en äldre kvinna, alf,"). */
  private static final WordSieve PERSON_NOUNS = WordSieve.of("kvinna", "kvinnan", "tjej", "tjejen", "pojke", "pojken",
      "flicka", "flickan", "person", "personen", "herre", "dam", "damen", "snubbe", "snubben", "gubbe", "gubben",
      "tant", "tanten", "farbror", "kompis", "vän", "granne", "änkling", "änka");

  /**
   * "en äldre man, alf, på drottninggatan", "en tjej, mina, i klassen", "en elev, liv.": the word
   * alone between commas, or after one at the sentence's end, after a noun of a person (a kin or role noun of the cue list, or "kvinna", "tjej") and
   * its article or possessive, with one adjective between them at most: who that person is.
   */
  boolean appositionToPerson(int t) {
    int noun = t - 2;
    // closed by a comma, or by the sentence's end: "orolig för en elev, liv."
    if (!tokens.isPunct(t - 1, ',') || !(tokens.isPunct(t + 1, ',') || sentenceEndsAfter(t)) || !isPersonNoun(noun)) {
      return false;
    }
    // "en man", or "en äldre man": the word between is the noun's adjective
    return isDeterminer(noun - 1) || tokens.isWord(noun - 1) && isDeterminer(noun - 2);
  }

  /**
   * "särbo med sten, en änkling från svenstavik", "pratat med ros, en granne som": the word before a
   * comma and a noun phrase of a person (an article or possessive, one adjective at most, a kin or
   * role noun or "kvinna", "granne"), which says who the word is.
   */
  boolean describedAfter(int t) {
    int k = t + 2;
    if (!tokens.isPunct(t + 1, ',') || !isDeterminer(k)) {
      return false;
    }
    return isPersonNoun(k + 1) || tokens.isWord(k + 1) && isPersonNoun(k + 2);
  }

  private boolean isPersonNoun(int k) {
    return tokens.isWord(k) && (Category.CUE_RELATION.in(words.flags[k]) || Category.CUE_NAME.in(words.flags[k])
        || PERSON_NOUNS.has(tokens, k));
  }

  /**
   * "åker till stig o dom andra gamla", "lisa och de andra kom": the word beside "de andra", the
   * others of a group of persons, before the clause or phrase ends or a word of persons follows
   * ("sol och de andra planeterna" stays).
   */
  boolean withOthers(int t) {
    int others = t + 3;
    if (!tokens.adjacent(t) || !OTHERS_AND.has(tokens, t + 1) || !(tokens.is(t + 2, "de") || tokens.is(t + 2, "dom"))
        || !tokens.is(others, "andra")) {
      return false;
    }
    int after = others + 1;
    return !tokens.isWord(after) || OTHER_PERSONS.has(tokens, after) || words.inSet(ClauseWords.FINITE_VERBS, after);
  }

  private static final WordSieve OTHERS_AND = WordSieve.of("och", "o", "å");
  /** Words of persons after "de andra": "de andra gamla", "dom andra barnen". */
  private static final WordSieve OTHER_PERSONS = WordSieve.of("gamla", "barnen", "ungarna", "killarna", "tjejerna",
      "kompisarna", "grabbarna", "vuxna", "äldre", "också");

  /** The text ends after word {@code t}, or a full stop, exclamation or question mark follows it. */
  boolean sentenceEndsAfter(int t) {
    int u = t + 1;
    return u >= tokens.size() || tokens.endsSentence(u);
  }

  private boolean isDeterminer(int k) {
    return tokens.isWord(k) && (tokens.is(k, "en") || tokens.is(k, "ett") || Category.CUE_POSSESSIVE.in(words.flags[k]));
  }

  /** "…\nmojje": the word alone on the last line of a text of several lines, a signature. */
  boolean aloneOnLastLine(int t) {
    return t > 0 && tokens.has(t, Tokens.LINE_START) && cues.signatures.lastWord(t);
  }

  /**
   * Anywhere in a sentence, a place where a person stands: the subject before a finite verb ("när
   * X kom hem", "X sa att") or after one ("har X inte", "igår bråkade X"), greeted or thanked
   * ("tack X,"), with the writer ("X och jag", "jag och X"),
   * the focus of a cleft ("det var X som"), the object of a preposition that takes a person
   * ("berätta för X", "bor med X"), the object of a verb that takes a person ("träffade X", "hos X"),
   * before an age, alone on the last line. Only words that can be
   * nothing else are asked: a word here can as well be a noun, a typo or a foreign word.
   *
   * @param t a word
   * @return whether it stands where a person is named
   */
  boolean personSlot(int t) {
    boolean verbAfter = clauseStart(t) && finiteVerbAfter(t);
    boolean finiteBefore = tokens.adjacent(t - 1) && tokens.isWord(t - 1)
        && (words.inSet(ClauseWords.FINITE_VERBS, t - 1) || pastTense(t - 1));
    // "har X inte", "igår bråkade X med": a subject after its verb, before an adverb or after one
    boolean verbBefore = finiteBefore && (tokens.isWord(t + 1) && words.inSet(ClauseWords.SENTENCE_ADVERBS, t + 1)
        || tokens.isWord(t - 2) && tokens.adjacent(t - 2) && words.inSet(ClauseWords.CLAUSE_OPENERS, t - 2))
        || PersonMentions.isQuestionSubject(tokens, t);
    boolean object = PersonMentions.isPrepositionalObject(tokens, t);
    // "vi träffade X på", "hos X", "ringde X": the object of a verb that takes a person
    return verbAfter || verbBefore || writerCleftOrGreeted(t) || object || ageAfter(t) || aloneOnLastLine(t)
        || cues.personGovernor(t);
  }

  /**
   * The two words {@code t} and {@code u} of a first name and a surname stand where a person is
   * named: the subject before its verb ("bo ceder kom", "och anna ek sa"), after a verb of saying
   * or "enligt" ("tycker björn söder.", "enligt anna ek är"), the object of a preposition that
   * takes a person ("med bo ceder och"), with the writer ("jag och anna ek"), the focus of a cleft
   * ("det var anna ek som").
   *
   * @param t the first name
   * @param u the surname, right after it
   * @return whether the pair stands in a person's slot
   */
  boolean pairSlot(int t, int u) {
    int next = u + 1;
    boolean ended = !tokens.isWord(next) || words.inSet(PersonMentions.PHRASE_ENDS, next) || words.inSet(ClauseWords.SENTENCE_ADVERBS, next);
    boolean subject = clauseStart(t) && tokens.adjacent(u) && tokens.isWord(next) && words.inSet(ClauseWords.FINITE_VERBS, next);
    int p = t - 1;
    boolean governed = tokens.isWord(p) && tokens.adjacent(p)
        && (words.inSet(ClauseWords.SAYING_VERBS, p) || words.inSet(PersonMentions.PERSON_PREPOSITIONS, p));
    boolean writer = withTheWriter(t) || tokens.is(next, "och") && (tokens.is(u + 2, "jag") || tokens.is(u + 2, "mig"));
    boolean cleft = tokens.is(next, "som") && (tokens.is(p, "var") || tokens.is(p, "är")) && tokens.is(t - 2, "det");
    return subject || governed && ended || writer || cleft;
  }

  /**
   * The places of {@link #personSlot} where a bare word can hardly be anything but a person:
   * greeted or thanked ("hej X!", "tack X,"), with the writer ("jag och X", "X och jag"), the focus
   * of a cleft ("det var X som"), the subject opening a clause before its verb ("X tycker att") or
   * between its verb and a sentence adverb ("har X inte"), the speaker of a report
   * ({@link Speakers#reported}), before an age or a telephone number ({@link TelephoneNumbers#after}),
   * alone on the last line. A noun there would have its article or definite form.
   *
   * @param t a word
   * @return whether it stands in such a slot
   */
  boolean strongPersonSlot(int t) {
    return clauseStart(t) && finiteVerbAfter(t) || certainPersonSlot(t);
  }

  /**
   * The strong slots of {@link #strongPersonSlot} but the subject before its verb: between its
   * verb and a sentence adverb ("sen dess har X inte"), greeted or thanked, with the writer, the
   * focus of a cleft, the speaker of a report, before an age or a telephone number, alone on the
   * last line, the subject of a question ("har X rätt"), what one feels about ("orolig för X").
   * A word no language of the text has is a person there even if its letters read like no
   * name; before a verb it may be a noun the dictionary lacks ("och ministrar avstår").
   *
   * @param t a word
   * @return whether it stands in such a slot
   */
  boolean certainPersonSlot(int t) {
    // "sen dess har X inte", "då sa X aldrig": the subject between its verb and a sentence adverb
    boolean inverted = tokens.adjacent(t - 1) && tokens.isWord(t - 1) && words.inSet(ClauseWords.FINITE_VERBS, t - 1)
        && tokens.adjacent(t) && tokens.isWord(t + 1) && words.inSet(ClauseWords.SENTENCE_ADVERBS, t + 1);
    return inverted || writerCleftOrGreeted(t) || speakers.reported(t) || ageAfter(t)
        || aloneOnLastLine(t) || TelephoneNumbers.after(tokens, t) || thankedLast(t) || PersonMentions.isQuestionSubject(tokens, t)
        || cues.aboutAPerson(t);
  }

  /**
   * The narrowest of {@link #certainPersonSlot}: with the writer ("X och jag", "jag och X"), the
   * focus of a cleft ("det var X som") or greeted ("hej X!"), where no noun stands bare.
   *
   * @param t a word
   * @return whether it stands in such a slot
   */
  boolean writerCleftOrGreeted(int t) {
    boolean vocative = tokens.isWord(t - 1) && tokens.adjacent(t - 1) && words.inSet(ClauseWords.GREETINGS, t - 1)
        && !tokens.isWord(t + 1);
    boolean writerAfter = tokens.is(t + 1, "och") && (tokens.is(t + 2, "jag") || tokens.is(t + 2, "mig"));
    boolean cleft = tokens.is(t + 1, "som") && (tokens.is(t - 1, "var") || tokens.is(t - 1, "är"))
        && tokens.is(t - 2, "det");
    return vocative || writerAfter || cleft || withTheWriter(t);
  }

  /**
   * "tack för allt X!", "tack för svaret X": thanked at the end of the sentence after what one
   * thanks for, in one word.
   */
  private boolean thankedLast(int t) {
    return tokens.is(t - 3, "tack") && tokens.is(t - 2, "för") && tokens.isWord(t - 1) && tokens.adjacent(t - 1)
        && tokens.adjacent(t - 2) && tokens.adjacent(t - 3) && !tokens.isWord(t + 1);
  }

  /**
   * A finite verb right after word {@code t}: an everyday one, or any listed verb by its form
   * ({@link WordShapes#finiteVerbForm}: "mojje tjatar", "kowsar hotade", "X argumenterar"); only
   * the slots of words that no list holds ask this, not those of words that are words too, where
   * "Liv handlar om" opens with the noun.
   */
  private boolean finiteVerbAfter(int t) {
    int v = t + 1;
    return tokens.adjacent(t) && tokens.isWord(v) && (words.inSet(ClauseWords.FINITE_VERBS, v) || shapes.finiteVerbForm(v));
  }

  /** A past tense in -ade or -de of five letters or more: "bråkade", "ringde", "flyttade". */
  private boolean pastTense(int t) {
    int e = tokens.end(t);
    char[] lower = tokens.lower();
    return tokens.length(t) >= 5 && lower[e - 2] == 'd' && lower[e - 1] == 'e'
        && (lower[e - 3] == 'a' || lower[e - 3] == 'r' || lower[e - 3] == 'l' || lower[e - 3] == 'v');
  }

  /**
   * Word {@code t} opens a clause: first in its sentence or after a comma, or after a conjunction
   * or subjunction ("när X kom", "och X sa"); not after an adjective or a verb ("ondsinta X blir",
   * "lyckas X kommer"), where a word before a verb is seldom its subject.
   */
  private boolean clauseStart(int t) {
    return tokens.has(t, Tokens.SENTENCE_START) || !tokens.isWord(t - 1) || words.inSet(ClauseWords.CLAUSE_OPENERS, t - 1);
  }

  /**
   * Word {@code t} is the object of a preposition that takes a person, its phrase ended after it
   * ("åkte med björn till stan", "orolig för ask.", "bråkar med klara hela tiden").
   *
   * @param t a word
   * @return whether it stands so
   */
  boolean personObject(int t) {
    int p = t - 1;
    int u = t + 1;
    return tokens.isWord(p) && tokens.adjacent(p) && words.inSet(ClauseWords.OBJECT_PREPOSITIONS, p)
        && (!tokens.isWord(u) || words.inSet(PersonMentions.PHRASE_ENDS, u) || words.inSet(ClauseWords.OBJECT_FOLLOWERS, u));
  }

  /**
   * Word {@code t} follows "att" and a finite verb follows it, right after it or after a sentence
   * adverb ("att vilja ska dö", "att liv snart ska få"): "att" opens a clause and the word is its
   * subject, not a verb after the infinitive marker.
   */
  static boolean subjectAfterAtt(Tokens tokens, WordFacts words, int t) {
    int v = t + 1;
    if (!tokens.is(t - 1, "att") || !tokens.adjacent(t) || !tokens.isWord(v)) {
      return false;
    }
    if (words.inSet(ClauseWords.SENTENCE_ADVERBS, v) && tokens.adjacent(v)) {
      v++;
    }
    return tokens.isWord(v) && words.inSet(ClauseWords.FINITE_VERBS, v);
  }

  /**
   * Word {@code t} opens a subordinate clause before its finite verb ("att saga ljuger", "om klara
   * vill", "eftersom sten har slutat"): the subject.
   *
   * @param t a word
   * @return whether it is the subject of such a clause
   */
  boolean subordinateSubject(int t) {
    return tokens.isWord(t - 1) && tokens.adjacent(t - 1) && words.inSet(ClauseWords.SUBORDINATORS, t - 1) && finiteVerbAfter(t);
  }

  /**
   * "… och saga frågar varje dag", "men klara vägrar": word {@code t} opens a clause joined by a
   * conjunction, before a verb only a person does; a bare noun seldom stands there.
   */
  boolean coordinatedSubject(int t) {
    int p = t - 1;
    return tokens.isWord(p) && tokens.adjacent(p) && (tokens.is(p, "och") || tokens.is(p, "o") || tokens.is(p, "men"))
        && personVerbAfter(t);
  }

  /**
   * Word {@code t}, opening a sentence, is followed by a finite verb: a subject ("Klara blir", "Liv
   * har", "lisa bråkade"), not an imperative or an elided subject ("Bo hos pappa", "Klara av det").
   * Besides the everyday verbs, the past tense in -ade of a listed infinitive, which no noun has.
   */
  boolean subjectBeforeVerb(int t) {
    int v = t + 1;
    if (tokens.is(v, "själv") && tokens.adjacent(v)) {
      v++; // "stig själv vill inte"
    }
    return tokens.adjacent(t) && tokens.isWord(v) && (words.inSet(ClauseWords.FINITE_VERBS, v) || shapes.pastTenseOfListedVerb(v)
        // "Rosa hämtar honom", "rosa låser in mig": a verb's form before a person as its object (after
        // a particle or not), which no plural noun takes
        || objectPronounAfter(tokens, v) && shapes.finiteVerbForm(v));
  }

  /** A person's pronoun as the object right after word {@code v}, or after it and a particle ("låser in mig"). */
  static boolean objectPronounAfter(Tokens tokens, int v) {
    int o = tokens.adjacent(v) && PARTICLES.has(tokens, v + 1) && tokens.adjacent(v + 1) ? v + 2 : v + 1;
    return tokens.adjacent(v) && OBJECT_PRONOUNS.has(tokens, o);
  }

  /** Particles between a verb and its object: "låser in mig", "hämtar upp honom". */
  private static final WordSieve PARTICLES = WordSieve.of("in", "ut", "upp", "ner", "av", "bort", "hem", "fast", "iväg");

  /** Pronouns of a person as an object: after a verb's form, they make it the verb. */
  private static final WordSieve OBJECT_PRONOUNS = WordSieve.of("honom", "henne", "hen", "mig", "dig", "oss", "dem", "dom");

  /**
   * "den enda jag litar på är klara, hon är lugn": the word set off by a comma before "hon", "han"
   * or "hen" and a finite verb, the pronoun taking it up again, as one does a person.
   */
  boolean resumedByPronoun(int t) {
    int pronoun = t + 2;
    return tokens.isPunct(t + 1, ',') && (tokens.is(pronoun, "hon") || tokens.is(pronoun, "han") || tokens.is(pronoun, "hen"))
        && finiteVerbAt(pronoun + 1)
        && !(tokens.isWord(t - 1) && Category.CUE_POSSESSIVE.in(words.flags[t - 1])); // not "hela hennes liv, hon sover"
  }

  /** Token {@code v} is a finite verb of the list or shaped like a listed verb's present or past ({@link WordShapes#finiteVerb}). */
  boolean finiteVerbAt(int v) {
    return shapes.finiteVerb(v);
  }

  /**
   * "min mamma lilja märker", "vår son ask kastar": the word before a finite verb of the list or
   * one shaped like a listed verb's present or past; asked only after a kin or role noun, where
   * a plural noun in the same form does not follow a name.
   */
  boolean subjectBeforeVerbForm(int t) {
    return subjectBeforeVerb(t) || tokens.adjacent(t) && tokens.isWord(t + 1) && shapes.finiteVerbForm(t + 1);
  }

  /**
   * Word {@code t} stands before a lowercase noun in the definite form, as an adjective or the first
   * word of a name of a place does ("Vita huset", "Röda korset", "Gamla stan"), not a person.
   */
  boolean beforeDefiniteNoun(int t) {
    int u = t + 1;
    if (!tokens.adjacent(t) || !tokens.isWord(u) || tokens.length(u) < MIN_DEFINITE_NOUN
        || tokens.has(u, Tokens.CAPITALISED | Tokens.ALL_CAPS)) {
      return false;
    }
    char[] lower = tokens.lower();
    int e = tokens.end(u);
    boolean an = lower[e - 2] == 'a' && lower[e - 1] == 'n'; // "stan", "kyrkan"
    return (an || shapes.definiteEnding(u)) && words.isCommon(u);
  }

  /** Shortest noun read as definite by its ending ("stan", not "kan"). */
  private static final int MIN_DEFINITE_NOUN = 4;

  /**
   * Token {@code v} goes on as a subject's clause does: no word, a finite verb, an adverb or
   * conjunction, or a word shaped like a present or past tense ("bråkar", "ringde").
   */
  private boolean clauseGoesOn(int v) {
    if (!tokens.isWord(v)) {
      return true;
    }
    if (words.inSet(ClauseWords.FINITE_VERBS, v) || words.inSet(ClauseWords.SENTENCE_ADVERBS, v) || words.inSet(PersonMentions.PHRASE_ENDS, v)) {
      return true;
    }
    if (tokens.length(v) < 4) {
      return false;
    }
    int e = tokens.end(v);
    char[] lower = tokens.lower();
    char last = lower[e - 1];
    char before = lower[e - 2];
    return last == 'r' && (before == 'a' || before == 'e') || last == 'e' && (before == 'd' || before == 't');
  }

  /**
   * Beyond the subject and the age that {@link Homographs#nameInSlot} weighs, the places where a
   * word that is also an ordinary word stands as a person: thanked or greeted ("tack lisa för
   * svaret", "tack björn!"), with the writer ("jag och tuva", "sol och jag bråkar"), or joined by "och" to a name found
   * before it ("kalle och lisa bråkar"). Not the focus of a cleft, which as often is a thing ("det
   * var liv som gällde").
   *
   * @param t a word that is also a first name
   * @param type the labels so far (the words before {@code t} are decided)
   * @return whether it stands in such a slot
   */
  boolean homographSlot(int t, byte[] type) {
    int p = t - 1;
    boolean greeted = tokens.isWord(p) && tokens.adjacent(p) && words.inSet(ClauseWords.GREETINGS, p)
        && (!tokens.isWord(t + 1) || tokens.is(t + 1, "för") || tokens.is(t + 1, "och"));
    // not "X och jag" anywhere: "här var kärlekens mark och jag älskade" opens a clause with "och
    // jag"; but opening a clause before the verb of both, X is a subject with the writer ("sol och
    // jag bråkar", "när liv och jag var små")
    boolean writer = withTheWriter(t) || clauseStart(t) && tokens.is(t + 1, "och") && tokens.is(t + 2, "jag")
        && finiteVerbAfter(t + 2);
    // "elias och lisa bråkar", "kalle och lisa.", "tage e 3 o saga 6" ("o" as chat writes "och"):
    // not "alva och per månad", where a noun follows
    boolean joined = (tokens.is(p, "och") || tokens.is(p, "o")) && t >= 2 && type[t - 2] == WordLabels.NAME && clauseGoesOn(t + 1);
    // "det var stig som började": the focus of a past cleft before a listed or past verb, a frequent
    // word only if ten thousand are called by it; not "det är liv som gäller", "det var liv som gällde"
    int v = t + 2;
    boolean cleft = tokens.is(t + 1, "som") && tokens.is(p, "var") && tokens.is(t - 2, "det") && tokens.adjacent(t + 1)
        && tokens.isWord(v) && (words.inSet(ClauseWords.FINITE_VERBS, v) || pastTense(v))
        && (!words.isFrequent(t) || words.firstNameBearers(t) >= NameCounts.TEN_THOUSANDS);
    return greeted || writer || joined || cleft;
  }

  /**
   * Possessive pronoun {@code t} that is also a first name ("hans") stands where no noun follows it,
   * so it names someone: before a finite verb ("hans är 16"), before "och jag" ("hans och jag
   * bråkar"), before an adverb of time ("med hans igår") or at the end of its sentence, but not as
   * the predicate of a copula, with an adverb between or none ("boken är hans.", "kontot är inte
   * hans.") nor what is compared after "än" ("min svenska är bättre än hans.").
   *
   * @param t a possessive pronoun that is a first name
   * @return whether it stands as a name
   */
  boolean pronounAsName(int t) {
    int u = t + 1;
    if (u >= tokens.size() || tokens.endsSentence(u)) {
      return !(tokens.isWord(t - 1) && (words.inSet(ClauseWords.COPULAS, t - 1) || tokens.is(t - 1, "än")
          || words.inSet(ClauseWords.SENTENCE_ADVERBS, t - 1) && tokens.isWord(t - 2) && words.inSet(ClauseWords.COPULAS, t - 2)));
    }
    if (!tokens.isWord(u) || !tokens.adjacent(t)) {
      return false;
    }
    return words.inSet(ClauseWords.FINITE_VERBS, u) || words.inSet(ClauseWords.TIME_ADVERBS, u)
        || tokens.is(u, "och") && tokens.adjacent(u) && tokens.is(u + 1, "jag");
  }

  /**
   * "Vilja vill inte", "ask väcker oss": the finite verb right after word {@code t} is one of a
   * person ({@link ClauseWords#VERBS_OF_A_PERSON}), or a copula and a person's state ("Vilja är arg").
   *
   * @param t a word
   * @return whether a verb of a person follows it
   */
  boolean personVerbAfter(int t) {
    return tokens.adjacent(t) && tokens.isWord(t + 1) && words.inSet(ClauseWords.VERBS_OF_A_PERSON, t + 1)
        || ClauseWords.personStateAfter(tokens, words, t); // "Vilja är arg på mig"
  }

  /** "efter att maj dog": the finite verb right after word {@code t} is one only a person does ({@link ClauseWords#VERBS_ONLY_OF_A_PERSON}). */
  boolean onlyAPersonsVerbAfter(int t) {
    return tokens.adjacent(t) && tokens.isWord(t + 1) && words.inSet(ClauseWords.VERBS_ONLY_OF_A_PERSON, t + 1);
  }
}
