package se.avid.models.names;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.Words;

/**
 * Places in a sentence where a bare word is spoken of as a person, told from the words around it
 * alone: what one feels about ({@code orolig för X}, {@code arg på X}), who a message is from
 * ({@code ett sms från X}), the subject of a question right after its verb ({@code har X rätt
 * att}, {@code varför gör X så}), and one spoken with at a workplace ({@code pratat med X på
 * socialkontoret}). The name rules take a word there as a name by its letters or
 * counts; the review signal flags a word no list knows there. Stateless.
 */
public final class PersonMentions {

  /** Finite verbs that open a yes/no question before its subject: "har X rätt", "kan X få". */
  private static final CharArraySet QUESTION_VERBS = WordFacts.words(
      "har", "hade", "kan", "kunde", "ska", "skulle", "får", "fick", "måste", "vill", "ville", "borde", "är", "var",
      "bor", "brukar", "behöver", "orkar", "vågar", "förstår", "vet", "tycker", "mår", "gör", "gjorde", "säger", "sa");

  /** Question words before the verb and its subject: "varför gör X", "hur mår X". */
  private static final CharArraySet QUESTION_WORDS = WordFacts.words("varför", "hur", "när", "vad", "vart", "vem", "vilket");

  /** Endings of a supine after "har"/"hade" ("ridit", "pratat", "sett"). */
  private static final String[] SUPINE_ENDINGS = {"it", "at", "tt", "ått"};

  /** Words after which a preposition's object has ended: "berätta för X om", "bor med X och". */
  static final CharArraySet PHRASE_ENDS = WordFacts.words(
      "och", "om", "att", "eller", "men", "längre", "igen", "också", "nu", "heller", "i", "på", "som", "när",
      "varje", "hela", "idag", "igår");

  /** Prepositions whose object is as often a person as a thing, and is no place ("i", "på", "från" are). */
  static final CharArraySet PERSON_PREPOSITIONS = WordFacts.words(
      "med", "för", "åt", "mot", "utan", "bredvid", "av");

  private PersonMentions() {}

  /**
   * "berätta för X om", "bor med X och", "litar på X längre": word {@code t} is the object of a
   * preposition that takes a person, its phrase ended right after it (by a word of
   * {@link #PHRASE_ENDS} or no word); after "på", which takes places and firms too, only before
   * such a word.
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return whether it stands as such an object
   */
  public static boolean isPrepositionalObject(Tokens tokens, int t) {
    int p = t - 1;
    int u = t + 1;
    if (!tokens.adjacent(p) || !tokens.isWord(p)) {
      return false;
    }
    if (in(PERSON_PREPOSITIONS, tokens, p)) {
      return !tokens.isWord(u) || in(PHRASE_ENDS, tokens, u);
    }
    return tokens.is(p, "på") && tokens.isWord(u) && in(PHRASE_ENDS, tokens, u);
  }

  /**
   * "har X rätt att", "kan X få hjälp", "varför gör X så": word {@code t} is the subject of a
   * question, right after the finite verb that opens the sentence or follows its question word,
   * with a word after it; a noun there would have its article or definite form ("har barnen rätt").
   * Not a supine after har/hade ("hade ridit förr", the subject left out).
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return whether it stands as a question's subject
   */
  public static boolean isQuestionSubject(Tokens tokens, int t) {
    int v = t - 1;
    if (!tokens.isWord(v) || !tokens.adjacent(v) || !in(QUESTION_VERBS, tokens, v) || !tokens.isWord(t + 1)
        || !tokens.adjacent(t)) {
      return false;
    }
    if ((tokens.is(v, "har") || tokens.is(v, "hade")) && tokens.endsWithAny(t, SUPINE_ENDINGS)) {
      return false;
    }
    int w = v - 1;
    return tokens.has(v, Tokens.SENTENCE_START)
        || tokens.isWord(w) && tokens.adjacent(w) && tokens.has(w, Tokens.SENTENCE_START) && in(QUESTION_WORDS, tokens, w);
  }

  /**
   * "orolig för X", "arg på X", "kär i X", "ringde om X": word {@code t} is what one feels or
   * talks about, right after the feeling and its preposition, or a verb of talking and "om".
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return whether it is spoken of so
   */
  public static boolean isFeltOrTalkedAbout(Tokens tokens, int t) {
    int p = t - 1;
    int q = p - 1;
    if (!tokens.isWord(p) || !tokens.adjacent(p) || !tokens.isWord(q) || !tokens.adjacent(q)) {
      return false;
    }
    return tokens.is(p, "om") && in(CueLists.TALKING_WORDS, tokens, q)
        || (tokens.is(p, "för") || tokens.is(p, "på") || tokens.is(p, "över") || tokens.is(p, "i"))
            && in(CueLists.FEELING_WORDS, tokens, q);
  }

  /**
   * "ett sms från X", "samtalet från X": word {@code t} is who a message is from.
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return whether it follows a message noun and "från"
   */
  public static boolean isMessageSender(Tokens tokens, int t) {
    int p = t - 1;
    int q = p - 1;
    return tokens.is(p, "från") && tokens.adjacent(p) && tokens.isWord(q) && tokens.adjacent(q)
        && in(CueLists.MESSAGE_NOUNS, tokens, q);
  }

  /** Possessives before a kin or friend noun in a predicate or apposition: "är min kompis", ", hans bror,". */
  private static final CharArraySet POSSESSIVES = WordFacts.words(
      "min", "mitt", "mina", "din", "ditt", "dina", "hans", "hennes", "vår", "vårt", "våra", "er", "deras", "sin");

  /**
   * "X är min bästa kompis", "X var hennes pojkvän", "X, min bror, har": word {@code t} is who a
   * kin or friend noun after a possessive names, as the subject of "är"/"var" or before such an
   * apposition between commas.
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return whether a possessive and a kin noun say who it is
   */
  public static boolean isNamedByRelation(Tokens tokens, int t) {
    int p;
    if ((tokens.is(t + 1, "är") || tokens.is(t + 1, "var") || tokens.is(t + 1, "e")) && tokens.adjacent(t)) {
      p = t + 2;
    } else if (tokens.isPunct(t + 1, ',') && tokens.end(t) == tokens.start(t + 1)) {
      p = t + 2;
    } else {
      return false;
    }
    if (!tokens.isWord(p) || !in(POSSESSIVES, tokens, p)) {
      return false;
    }
    int k = p + 1;
    if (tokens.isWord(k) && in(CueLists.KIN_ADJECTIVES, tokens, k)) {
      k++;
    }
    if (!tokens.isWord(k) || !in(CueLists.OWNED_KIN, tokens, k)) {
      return false;
    }
    return !tokens.isPunct(t + 1, ',') || tokens.isPunct(k + 1, ',');
  }

  /** Endings of the definite nouns of workplaces and offices: "socialkontoret", "mottagningen", "förvaltningen". */
  private static final String[] WORKPLACE_ENDINGS = {"kontoret", "mottagningen", "förvaltningen", "centralen", "jouren"};

  /**
   * "på socialkontoret", "på försäkringskassan", "på jobbet" right after word {@code t}: where the
   * person spoken with works ("pratat med skog på socialkontoret").
   *
   * @param tokens the tokens of a text
   * @param flags the words' categories
   * @param t the index of a word
   * @return whether a workplace follows it after "på"
   */
  static boolean isAtWorkplaceAfter(Tokens tokens, long[] flags, int t) {
    int place = t + 2;
    if (!tokens.is(t + 1, "på") || !tokens.isWord(place)) {
      return false;
    }
    if (Category.PUBLIC_BODY.in(flags[place]) || tokens.is(place, "jobbet")) {
      return true;
    }
    for (String ending : WORKPLACE_ENDINGS) {
      if (Words.endsWith(tokens.lower(), tokens.start(place), tokens.length(place), ending)) {
        return true;
      }
    }
    return false;
  }

  private static boolean in(CharArraySet set, Tokens tokens, int t) {
    return set.contains(tokens.lower(), tokens.start(t), tokens.length(t));
  }
}
