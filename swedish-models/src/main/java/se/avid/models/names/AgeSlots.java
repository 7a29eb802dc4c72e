package se.avid.models.names;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Ages right after a word, which name the word before them: "lisa 5 år", "lisa (5)", "vilja (4
 * år)", ", lisa, 5,", "vilja är 22 år", and lists of names with their ages ("yusuf 12, hamdi 9 och
 * sagal 2"). Read by {@link Cues} and the slot rules; not thread-safe, one per call.
 */
final class AgeSlots {

  private final Tokens tokens;
  private final WordFacts words;
  private final int n;

  AgeSlots(Tokens tokens, WordFacts words) {
    this.tokens = tokens;
    this.words = words;
    this.n = tokens.size();
  }

  /** An age right after the word: "lisa 5 år", "linda 14 år", "lisa (5)", "lisa, 5 år", ", lisa, 5,", ", lisa 5,". */
  boolean ageAfter(int t) {
    return ageInParenthesesOrYears(t);
  }

  /**
   * "yusuf 12, hamdi 9, ilhan 6 och sagal 2", "max 12 år och ella 8", "sol (9) och ask (6)": an age
   * of one or two digits (with "år", in parentheses or not) after the word, in a list of such pairs
   * (a pair before it, or one after it).
   */
  boolean ageInAList(int t) {
    int after = afterAge(t + 1);
    if (after < 0) {
      return false;
    }
    boolean pairBefore = (tokens.isPunct(t - 1, ',') || tokens.is(t - 1, "och")) && ageEndsBefore(t - 1);
    boolean pairAfter = (tokens.isPunct(after, ',') || tokens.is(after, "och")) && tokens.isWord(after + 1)
        && afterAge(after + 2) >= 0;
    return pairBefore || pairAfter;
  }

  /**
   * "Vår äldsta, Kuba 14, har börjat skolka": the word and an age of its own set off by commas
   * after a word, in apposition to it; a person described so, whatever else the word may name.
   */
  boolean ageInApposition(int t) {
    int after = afterAge(t + 1);
    return after >= 0 && tokens.isPunct(t - 1, ',') && tokens.isWord(t - 2) && tokens.isPunct(after, ',')
        && !Category.COUNTRY.in(words.flags[t - 2]); // not "i Polen, Kuba 2, Spanien 3 år": a list of stays
  }

  /**
   * Word {@code t} is in a list of names with ages right after a word found as a name: "alva 5 och
   * ask 3", "Ella (8), Ask (5)", "ella som är 9 och ask som är 6"; the children of a post are listed so.
   *
   * @param type the labels of the words so far ({@link WordLabels#type})
   */
  boolean namedBeforeInAList(int t, byte[] type) {
    int name = wordBeforeInAList(t);
    return name >= 0 && type[name] == WordLabels.NAME;
  }

  /**
   * The word with its age before word {@code t} in a list of such pairs ("alva 5 och ask 3",
   * "ella som är 9 och ask som är 6": ella for ask), when {@code t} has an age too, said the same way; or -1.
   */
  int wordBeforeInAList(int t) {
    int p = t - 1;
    if (!(tokens.isPunct(p, ',') || tokens.is(p, "och") || tokens.is(p, "o")) || !ageEndsBefore(p)) {
      return -1;
    }
    boolean commas = tokens.isPunct(p - 1, ','); // "tor, 8, och vilja, 11"
    int x = tokens.isPunct(p - 1, ')') || commas ? p - 2 : p - 1;
    x = tokens.is(x, "år") ? x - 1 : x; // the number
    int name = tokens.isPunct(x - 1, '(') || commas ? x - 2 : x - 1;
    boolean relative = copulaOfRelative(name);
    if (relative) {
      name = tokens.isPunct(name - 2, ',') ? name - 3 : name - 2; // "ella, som är 9, och ask som är 6"
    }
    return name >= 0 && tokens.isWord(name) && (afterAge(t + 1) >= 0 || relative && ageByCopula(t)) ? name : -1;
  }

  /** Word {@code v} is the copula of a relative clause: "som är", "som e". */
  private boolean copulaOfRelative(int v) {
    return (tokens.is(v, "är") || tokens.is(v, "e")) && tokens.is(v - 1, "som");
  }

  /**
   * The token after an age that starts at {@code u} ("9", "9 år", "(9)", "(9 år)", ", 9," set off by
   * commas), or -1 if none does.
   */
  private int afterAge(int u) {
    if (tokens.isPunct(u, ',') && smallNumber(u + 1) && (u + 2 >= n || tokens.isPunct(u + 2, ',') || tokens.isPunct(u + 2, '.'))) {
      return u + 3; // "tor, 8, och vilja, 11,"
    }
    boolean open = tokens.isPunct(u, '(');
    int d = open ? u + 1 : u;
    if (!smallNumber(d)) {
      return -1;
    }
    int e = tokens.is(d + 1, "år") ? d + 2 : d + 1;
    return !open ? e : tokens.isPunct(e, ')') ? e + 1 : -1;
  }

  /** An age ends right before token {@code e}: "9", "9 år", "(9)", "(9 år)", ", 9,". */
  private boolean ageEndsBefore(int e) {
    if (tokens.isPunct(e - 1, ',') && smallNumber(e - 2) && tokens.isPunct(e - 3, ',')) {
      return true; // "tor, 8, och"
    }
    boolean close = tokens.isPunct(e - 1, ')');
    int x = close ? e - 2 : e - 1;
    if (tokens.is(x, "år")) {
      x--;
    }
    return smallNumber(x) && (!close || tokens.isPunct(x - 1, '('));
  }

  /** "sol (9)", "vilja (4 år)": the age in parentheses right after the word. */
  boolean ageInParentheses(int t) {
    return ageInParentheses(tokens, t);
  }

  /** As {@link #ageInParentheses(int)}, for the callers with no slots of their own. */
  static boolean ageInParentheses(Tokens tokens, int t) {
    int u = t + 2;
    return tokens.isPunct(t + 1, '(') && smallNumber(tokens, u)
        && (tokens.isPunct(u + 1, ')') || tokens.isWord(u + 1)
            && WordSenses.AGE_UNITS.contains(tokens.lower(), tokens.start(u + 1), tokens.length(u + 1))
            && tokens.isPunct(u + 2, ')'));
  }

  /** Token {@code u} is a unit of an age: "år", "mån", "månader". */
  boolean ageUnit(int u) {
    return tokens.isWord(u) && words.inSet(WordSenses.AGE_UNITS, u);
  }

  /** Token {@code u} is a number of one or two digits: an age, a count, a class. */
  boolean smallNumber(int u) {
    return smallNumber(tokens, u);
  }

  /** Token {@code u} of {@code tokens} is a number of one or two digits (for the callers with no slots of their own). */
  static boolean smallNumber(Tokens tokens, int u) {
    return u >= 0 && u < tokens.size() && tokens.kind(u) == Tokens.NUMBER && tokens.length(u) <= 2;
  }

  private boolean ageInParenthesesOrYears(int t) {
    int u = t + 1;
    if (tokens.isPunct(u, '(') || tokens.isPunct(u, ',')) {
      u++;
    }
    if (!smallNumber(u)) {
      return false;
    }
    if (tokens.isPunct(t + 1, '(')) {
      return ageInParentheses(tokens, t); // "setayesh (12)", "vilja (4 år)"
    }
    // "lisa 5 år", "lisa, 5 år"; "en elev, elife, 8, har", "min äldsta, dunya 11, gråter": a word
    // set off by a comma before it, then its age (after a comma or right after it) and a comma or
    // the end; "min grabb ville 11 har blivit": between a person named by a kin noun and its verb
    // "och mykyta 11 går": so too a word in no list at all, opening its clause
    boolean cueBefore = tokens.isWord(t - 1) && Cues.isCueWord(words.flags[t - 1]);
    // "min dotter mina, 16, delar", "min dotter dina, 11.": after a kin noun that names her, an
    // age set off by commas, as after a comma
    boolean setOff = (tokens.isPunct(t + 1, ',') || u == t + 1) && tokens.isPunct(t - 1, ',')
        || tokens.isPunct(t + 1, ',') && cueBefore;
    return tokens.is(u + 1, "år") || tokens.is(u + 1, "åring")
        || u == t + 1 && tokens.adjacent(u) && tokens.isWord(u + 1) && words.inSet(ClauseWords.FINITE_VERBS, u + 1)
            && (cueBefore || words.flags[t] == 0 && opensClause(t))
        || setOff && (u + 1 >= n || tokens.isPunct(u + 1, ',') || tokens.isPunct(u + 1, '.'));
  }

  /** Word {@code t} opens a sentence or a clause joined by "och" ("… och mykyta 11 går"). */
  private boolean opensClause(int t) {
    return tokens.has(t, Tokens.SENTENCE_START) || tokens.is(t - 1, "och") || tokens.is(t - 1, "o");
  }

  /**
   * "Ville är 7 och", "vilja är 22 år", "klara som är 7 år", "Sol e 10 mån": a copula (chat "e"
   * too), also of a relative clause about the word, and a number of one or two digits
   * that is an age, with a unit of age, nothing, a comma or "och" after it (not "är 3 timmar", "är
   * 20 kr").
   */
  boolean ageByCopula(int t) {
    // "föräldrar till klara som är 7 år", "med liv, som är 8 månader": the copula of a relative
    // clause about the word
    int relative = tokens.isPunct(t + 1, ',') ? t + 2 : t + 1;
    int v = t + 1;
    boolean clause = tokens.is(relative, "som");
    if (clause) {
      v = relative + 1;
      if (tokens.is(v, "nu") || tokens.isWord(v) && words.inSet(ClauseWords.SENTENCE_ADVERBS, v)) {
        v++; // "saga, som nu är 8"
      }
    }
    int u = v + 1;
    if (!tokens.isWord(v) || !(tokens.is(v, "är") || tokens.is(v, "e") || tokens.is(v, "var") || tokens.is(v, "fyller")
        || tokens.is(v, "fyllde")) || u >= tokens.size()) {
      return false;
    }
    if (tokens.isWord(u) && words.inSet(HEDGES, u)) {
      u++; // "den äldsta mina är kanske 10", "han är snart 16"
    }
    if (tokens.isWord(u) && words.inSet(AGE_NUMERALS, u)) {
      return tokens.is(u + 1, "år"); // "Ask är fem år", "vilja fyller tolv år"; not "är fem minuter sen"
    }
    if (!smallNumber(u)) {
      return false;
    }
    // "Sol e 10 mån": a baby's age in months
    int w = u + 1;
    return w >= tokens.size() || ageUnit(w) || tokens.is(w, "och") || tokens.is(w, "o") // "vilja e 6 o sov"
        || clause && tokens.isWord(w) && words.inSet(ClauseWords.FINITE_VERBS, w) // "Vilja som är 6 har börjat"
        || tokens.kind(w) == Tokens.PUNCT
        && !tokens.isPunct(w, '%') && !tokens.isPunct(w, ':');
  }

  /**
   * "Vilja som är 6 har börjat", "klara, som är 7 år,": an age said in a relative clause about the
   * word; a thing's count is said with a unit ("som är 6 meter"), a child's age without one.
   */
  boolean ageInRelativeClause(int t) {
    int relative = tokens.isPunct(t + 1, ',') ? t + 2 : t + 1;
    return tokens.is(relative, "som") && ageByCopula(t);
  }

  /**
   * "hemma är alve och juni som är 10 och 6": two words joined by "och", then one relative clause
   * that gives two ages joined so, one for each: both are children.
   */
  boolean agesOfAPair(int t) {
    int second = PAIR_WORDS.has(tokens, t + 1) ? t + 2 : PAIR_WORDS.has(tokens, t - 1) ? t : -1;
    if (second < 2 || !tokens.isWord(second) || !tokens.isWord(second - 2) || !ageInRelativeClause(second)) {
      return false;
    }
    for (int u = second + 3; u <= second + 4; u++) { // "som är 10", "som är typ 10"
      if (smallNumber(u)) {
        int w = u + 3; // after the second age: its unit, or nothing of a thing's count ("10 och 6 grader")
        return PAIR_WORDS.has(tokens, u + 1) && smallNumber(u + 2)
            && (w >= tokens.size() || ageUnit(w) || tokens.kind(w) == Tokens.PUNCT || PAIR_WORDS.has(tokens, w)
                || tokens.isWord(w) && words.inSet(ClauseWords.FINITE_VERBS, w));
      }
    }
    return false;
  }

  private static final WordSieve PAIR_WORDS = WordSieve.of("och", "o");

  /** The adverbs that hedge an age after its copula: "är kanske 10", "är nästan 14", "är typ 15". */
  private static final CharArraySet HEDGES = WordFacts.words("kanske", "nästan", "typ", "snart", "bara", "redan",
      "ungefär", "cirka", "ca", "runt", "väl", "nog", "nu", "just");

  /** Numerals of a child's or young person's age, written out: "fem år", "sjutton år". */
  private static final CharArraySet AGE_NUMERALS = WordFacts.words(
      "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton",
      "femton", "sexton", "sjutton", "arton", "nitton", "tjugo");
}
