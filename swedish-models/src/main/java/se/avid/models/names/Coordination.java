package se.avid.models.names;

import static se.avid.models.names.NameScores.*;
import static se.avid.models.names.ProperNameDetector.PERSON;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.PLACE;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;

/**
 * The follow-up passes of coordination, run once every word is decided: a word coordinated with
 * a found name is a name if it may be one ("Anna och Zarvina"), beside a kin noun ("farmor och
 * stig") or before one ("med sol o min sambo"), the next element of a list with gaps ("nimco på
 * årbyskolan, ilhan på…"), and a word found as a name beside a sure place is a place ("Kiruna och
 * Jukkasvaara"). Not thread-safe; one per call.
 */
final class Coordination {

  private final Tokens tokens;
  private final char[] lower;
  private final int n;
  private final long[] flags;
  private final byte[] type;
  private final double[] score;
  private final WordLabels labels;
  private final WordFacts words;
  private final WordShapes shapes;
  private final NameWorkspace workspace;
  private final Cues cues;

  Coordination(Tokens tokens, WordFacts words, WordShapes shapes, Cues cues, WordLabels labels, NameWorkspace workspace) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.n = tokens.size();
    this.flags = words.flags;
    this.type = labels.type;
    this.score = labels.score;
    this.labels = labels;
    this.words = words;
    this.shapes = shapes;
    this.workspace = workspace;
    this.cues = cues;
  }

  /**
   * "Anna och Zarvina", "hassan och zavrolik": a word coordinated with a name is a name too, if
   * it may be one and no lexicon files it under something else (see {@link #coordinated}); so too
   * a name's alternative ("kallas alex eller alle"). Runs after every word is decided; looks two
   * words either side of each "och", "o" or "eller".
   */
  void coordinate() {
    int[] ands = workspace.ands; // the tokens "och", "o" and "eller", in order, found by NameRules.run
    for (int k = 0; k < workspace.andCount; k++) {
      int c = ands[k];
      if (c < 1 || c + 1 >= n || !tokens.isWord(c - 1) || !tokens.isWord(c + 1)) {
        continue;
      }
      if (type[c - 1] == NAME && score[c - 1] >= REDACT && type[c + 1] != KEEP && cues.naming.alternativeName(c)) {
        labels.set(c + 1, NAME, COORDINATED_NAME); // "han kallas alex eller alle": the verb names both
      } else if (type[c - 1] == NAME && score[c - 1] >= REDACT) {
        coordinated(c + 1, score[c - 1] >= SURE);
      } else if (type[c + 1] == NAME && score[c + 1] >= REDACT) {
        coordinated(c - 1, score[c + 1] >= SURE, listedAfterName(c - 1));
      } else if (any(flags[c - 1], KIN_NOUNS) && words.listedWord(c - 1) && !Category.WORD_FORM.in(flags[c - 1])) {
        // "farmor och stig", "min mamma och lisa": a person beside a kin noun, if a thousand or
        // more are called so and nothing of a phrase follows (see coordinated)
        coordinated(c + 1, false);
      } else if (c + 2 < n && Category.CUE_POSSESSIVE.in(flags[c + 1]) && any(flags[c + 2], KIN_NOUNS)
          && !Category.WORD_FORM.in(flags[c - 1])) {
        coordinatedBeforeKin(c - 1); // "hemma med sol o min sambo"
      }
      if (type[c - 1] == PLACE && score[c - 1] >= SURE) {
        coordinatedPlace(c + 1);
      } else if (type[c + 1] == PLACE && score[c + 1] >= SURE) {
        coordinatedPlace(c - 1);
      }
    }
  }

  /** "nimco på årbyskolan, ilhan på…": the next element's first word ({@link GappedLists}), as beside a sure name. */
  void gappedLists() {
    for (int t = 3; t + 2 < n; t++) {
      if (tokens.isWord(t) && score[t] < REDACT && GappedLists.namedElementBefore(tokens, words, type, score, t) >= 0) {
        coordinated(t, true);
      }
    }
  }

  /**
   * "fyra barn: dolores, kenny, manolito och rosita": word {@code u} follows a found name and a
   * comma, as the next but last of a list of names.
   */
  private boolean listedAfterName(int u) {
    return tokens.isPunct(u - 1, ',') && tokens.isWord(u - 2) && type[u - 2] == NAME && score[u - 2] >= REDACT;
  }

  /**
   * Word {@code t}, coordinated with a name ({@code sure}: found with good evidence), is a name if
   * it may be one: no ordinary word, or a word that is also the first name of a thousand people
   * or more ("tuva och wilma", "lisa och johan"; not "elias och hunden"). Beside a name that is
   * not sure, only a word that Statistics Sweden counts as a first name; so too for a word that
   * the scorer alone judged a doubtful place ("eetu och venla": the model read "venla" as a place).
   */
  private void coordinated(int t, boolean sure) {
    coordinated(t, sure, false);
  }

  /**
   * As {@link #coordinated(int, boolean)}; {@code listed}: the word stands between found names
   * in a list, where a word that no list or dictionary knows is a name too, whatever its shape.
   */
  private void coordinated(int t, boolean sure, boolean listed) {
    sure |= listed;
    if (genitivePair(t)) {
      labels.set(t, NAME, COORDINATED_NAME);
      return;
    }
    if (sure && type[t] == KEEP && words.inSet(CueLists.MONTHS, t) && words.firstNameBearers(t) >= NameCounts.HUNDREDS
        && !cues.monthInADate(t)) {
      labels.set(t, NAME, COORDINATED_NAME); // "Vilgot och Maj leker": no month is paired with a child
      return;
    }
    // a word the scorer alone judged a doubtful place is open too (see below)
    if (type[t] == KEEP || score[t] >= REDACT || tokens.has(t, Tokens.ALL_CAPS)
        || (flags[t] != 0 && !any(flags[t], PERSON)) || tokens.length(t) < 3) {
      return;
    }
    int bearers = words.firstNameBearers(t);
    boolean common = words.isCommon(t);
    // "ella som är 9 och ask som är 6": a counted first name with an age of its own, as its partner
    boolean aged = bearers > 0 && cues.ages.ageByCopula(t);
    // "alice och vilja bor": the pair is the subject of the verb after it, so hundreds of bearers do
    boolean subjectPair = bearers >= NameCounts.HUNDREDS && tokens.adjacent(t) && tokens.isWord(t + 1)
        && (words.inSet(ClauseWords.FINITE_VERBS, t + 1)
            // "tvillingarna lilja och sol som föddes": a relative clause of a person's verb about the pair
            || tokens.is(t + 1, "som") && tokens.isWord(t + 2) && words.inSet(ClauseWords.VERBS_OF_A_PERSON, t + 2));
    // a word that Statistics Sweden counts as a first name at all and that is no frequent word
    // ("tove och ask", "ask och ronja väger"): a noun that rare is seldom paired with a person
    boolean rareCountedWord = bearers > 0 && !words.isFrequent(t);
    if (common ? (bearers < COORDINATED_WORD_BEARERS && !rareCountedWord || !phraseEnd(tokens, flags, t)) && !aged && !subjectPair
        : shapes.longInflectedCompound(t) && bearers == 0) {
      return;
    }
    // beside a doubtful name, a word no list holds with a nickname's shape is one too ("jonte o mojje")
    boolean nickname = type[t] != PLACE && !common && NicknameShape.of(lower, tokens.start(t), tokens.length(t));
    if (bearers == 0 && (!sure || type[t] == PLACE) && !nickname) {
      return; // a doubtful place only if it is a counted first name: "eetu och venla", not "camilla och nås"
    }
    if (tokens.has(t, Tokens.CAPITALISED) || any(flags[t], PERSON) || shapes.nameShaped(t) || bearers > 0
        || listed && words.unknownWord(t)) {
      labels.set(t, NAME, COORDINATED_NAME);
    }
  }

  /**
   * "till Livs och Noahs framtid": a genitive coordinated with a found name's genitive is a name's
   * too if what it is the genitive of is the first name of a hundred or more, whatever else the
   * word is ("livs" of "liv", a union's short name); no noun's genitive stands so beside a name's.
   */
  private boolean genitivePair(int t) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    int partner = t < n - 1 && (tokens.is(t + 1, "och") || tokens.is(t + 1, "o")) ? t + 2 : t - 2;
    // a short name kept as a public body ("Livs", the union) is open: beside a name it is a name's
    boolean open = type[t] != KEEP || Category.PUBLIC_BODY.in(flags[t]);
    return len >= 4 && lower[s + len - 1] == 's' && partner >= 0 && partner < n && open
        && score[t] < REDACT && !tokens.has(t, Tokens.ALL_CAPS)
        && lower[tokens.start(partner) + tokens.length(partner) - 1] == 's' && tokens.length(partner) >= 3
        && NameCounts.firstName(lower, s, len - 1) >= NameCounts.HUNDREDS;
  }

  /**
   * Word {@code t} before "och" and a possessive kin noun ("med sol o min sambo"): a person, if a
   * hundred or more are called so, or if no list or dictionary knows the word ("två av dem, stoyan
   * och hans fru"), and it follows "med" or "och" or opens its clause; not the noun of a phrase
   * ("med mat och min sambo"). Right after a noun of a person it is that person's name, any word
   * but a frequent one or a word form ("kompisen stickan o hans tjej").
   */
  private void coordinatedBeforeKin(int t) {
    if (type[t] == KEEP || score[t] >= REDACT) {
      return;
    }
    boolean named = tokens.adjacent(t - 1) && tokens.isWord(t - 1) && any(flags[t - 1], KIN_NOUNS);
    if (named && tokens.length(t) >= 3 && !words.isFrequent(t) && !any(flags[t], KIN_NOUNS) && !Category.WORD_FORM.in(flags[t])) {
      labels.set(t, NAME, COORDINATED_NAME);
      return;
    }
    if (!(tokens.is(t - 1, "med") || tokens.is(t - 1, "och") || !tokens.isWord(t - 1))) {
      return;
    }
    if (words.unknownWord(t) && tokens.length(t) >= 3 && !shapes.longInflectedCompound(t)
        || words.firstNameBearers(t) >= NameCounts.HUNDREDS) {
      labels.set(t, NAME, COORDINATED_NAME);
    }
  }

  /**
   * Nothing of the phrase follows word {@code t}: punctuation, the end, "och" or a closed-class
   * word ("tuva och wilma.", "lisa och johan är", "liv o tor stod"), not a noun ("alva och per månad").
   */
  static boolean phraseEnd(Tokens tokens, long[] flags, int t) {
    int u = t + 1;
    return !tokens.isWord(u) || tokens.is(u, "och") || tokens.is(u, "o") || Category.WORD_FORM.in(flags[u]);
  }

  /**
   * Kin and role nouns ("mamma", "farmor"): the cues that name a person, as dictionary stems that
   * are no closed-class form (not the verbs "heter", "säger").
   */
  private static final long KIN_NOUNS = Category.bits(Category.CUE_NAME, Category.CUE_RELATION);

  /** The order of magnitude of bearers (1,000 or more) that makes a name of a word coordinated with a name. */
  private static final int COORDINATED_WORD_BEARERS = 3;

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
}
