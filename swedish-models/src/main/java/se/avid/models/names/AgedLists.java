package se.avid.models.names;

import static se.avid.models.names.NameScores.COORDINATED_NAME;
import static se.avid.models.names.NameScores.REDACT;
import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Tokens;

/**
 * Children listed with their ages are all named once one of them is: "klara 12 och max 9", "vilja
 * 8 och tor 5", "elle, 3, och biret, 6", "liv och ask, 9 och 6". A writer lists the children of a
 * post so, each item a name and its age; the rules find the item whose name is no word ("klara",
 * "elle") and leave its sibling that is one ("max", "vilja") or that no list holds ("biret"). A
 * pass after every word is decided, over the pairs of {@link AgeSlots#wordBeforeInAList}: forward,
 * then back, so that a name anywhere in a list reaches every item. Not thread-safe; one per call.
 */
final class AgedLists {

  private final Tokens tokens;
  private final WordFacts words;
  private final AgeSlots ages;
  private final WordLabels labels;
  private final int n;

  AgedLists(Tokens tokens, WordFacts words, AgeSlots ages, WordLabels labels) {
    this.tokens = tokens;
    this.words = words;
    this.ages = ages;
    this.labels = labels;
    this.n = tokens.size();
  }

  /** Names every item of a list of names with ages that has a name found with good evidence. */
  void complete() {
    int lastItem = 0; // the back pass starts at the last item of a list, if any: most texts have none
    for (int t = 1; t < n; t++) {
      int before = tokens.isWord(t) ? ages.wordBeforeInAList(t) : -1;
      if (before >= 0) {
        join(before, t);
        lastItem = t;
      } else if (tokens.is(t, "och") || tokens.is(t, "o")) {
        pairBeforeAges(t);
      }
    }
    for (int t = lastItem; t > 0; t--) {
      int before = tokens.isWord(t) ? ages.wordBeforeInAList(t) : -1;
      if (before >= 0) {
        join(t, before);
      }
    }
  }

  /** "liv och ask, 9 och 6": a pair, then its two ages joined the same way. */
  private void pairBeforeAges(int and) {
    int first = and - 1;
    int second = and + 1;
    int age = tokens.isPunct(second + 1, ',') ? second + 2 : second + 1;
    if (first >= 0 && tokens.isWord(first) && tokens.isWord(second) && ages.smallNumber(age)
        && (tokens.is(age + 1, "och") || tokens.is(age + 1, "o")) && ages.smallNumber(age + 2)) {
      join(first, second);
      join(second, first);
    }
  }

  /** If word {@code named} is a name found with good evidence, word {@code other} beside it in the list is one too, if it may be. */
  private void join(int named, int other) {
    if (labels.type[named] == NAME && labels.score[named] >= REDACT && mayBeName(other)) {
      labels.set(other, NAME, COORDINATED_NAME);
    }
  }

  /**
   * A word that may be a name: not kept, not yet redacted, and a first name that people are
   * called by or a word no list holds ("biret"); not a unit that a count follows ("klass 3 och 5").
   */
  private boolean mayBeName(int t) {
    return labels.type[t] != KEEP && labels.score[t] < REDACT && tokens.length(t) >= 2
        && !tokens.has(t, Tokens.ALL_CAPS) && !words.inSet(COUNTED_NOUNS, t)
        && (words.firstNameBearers(t) > 0 || words.flags[t] == 0 && !words.listedWord(t));
  }

  /** Nouns a number follows as a count or rank, not an age: "vecka 12 och 14", "klass 3 o 5". */
  private static final CharArraySet COUNTED_NOUNS = WordFacts.words("dag", "dagar", "vecka", "veckor", "månad",
      "klass", "klasser", "sida", "sidan", "kapitel", "rum", "nummer", "nr", "buss", "linje", "steg", "nivå", "år",
      "min", "kl", "bord", "plats", "hus", "våning", "trappa", "grupp", "lag");
}
