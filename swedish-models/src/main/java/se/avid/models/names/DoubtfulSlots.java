package se.avid.models.names;

import static se.avid.models.names.WordLabels.NAME;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;

/**
 * A lowercase word that hundreds of people are called by, standing where a person stands but a
 * bare noun may too, that no rule took for a name: a clause's subject ("eftersom vilja inte går
 * upp i vikt", "och saga får sitta i samtal", "nu har sol sagt"), the object of a preposition
 * that takes persons, its phrase ended ("åkte med liv till stan", "hemma med sol o min
 * sambo"), the word after a role noun with no possessive ("vicevärden dag på", where "läraren
 * per brev" is a preposition). A frequent noun stands there as often ("att liv är viktigt"), so
 * the word is flagged for review, not redacted. Only in a text written without capitals, where the capital that
 * would tell the name is missing. Not thread-safe; one per call.
 */
final class DoubtfulSlots {

  /** In the review band of {@code reviewThreshold(0.3)}, under the redact threshold 0.5. */
  static final double DOUBTFUL_SUBJECT = 0.4;

  private final Tokens tokens;
  private final WordFacts words;
  private final Cues cues;
  private final WordLabels labels;
  private final NameSlots slots;

  DoubtfulSlots(Tokens tokens, WordFacts words, Cues cues, WordLabels labels, NameSlots slots) {
    this.tokens = tokens;
    this.words = words;
    this.cues = cues;
    this.labels = labels;
    this.slots = slots;
  }

  /**
   * Flags word {@code t}, a lowercase ordinary word, when it is a counted first name in a
   * person's slot; its label is raised to {@value #DOUBTFUL_SUBJECT} at most.
   *
   * @return whether it was flagged
   */
  boolean flag(int t) {
    if (cues.writtenWithCapitals || !(subjectSlot(t) || invertedSubject(t) || objectSlot(t) || afterRoleNoun(t))
        || words.firstNameBearers(t) < NameCounts.HUNDREDS || Category.WORD_FORM.in(words.flags[t]) || Cues.isCueWord(words.flags[t]) || words.inSet(Homographs.PRONOUNS, t)
        || cues.afterArticle(t) || cues.maximum(t) || tokens.length(t) < 3) {
      return false; // the slot first: this runs for lowercase words that no rule took
    }
    if (labels.score[t] < DOUBTFUL_SUBJECT) {
      labels.set(t, NAME, DOUBTFUL_SUBJECT);
    }
    return true;
  }

  /**
   * Word {@code t} opens a sentence or a clause (after a subjunction, "och", "o", "men") and a
   * finite verb follows it, perhaps after one sentence adverb ("vilja inte går", "liv snart ska").
   */
  private boolean subjectSlot(int t) {
    int p = t - 1;
    boolean opens = tokens.has(t, Tokens.SENTENCE_START)
        || tokens.isWord(p) && tokens.adjacent(p) && (words.inSet(ClauseWords.SUBORDINATORS, p)
            || tokens.is(p, "och") || tokens.is(p, "o") || tokens.is(p, "men"));
    if (!opens || !tokens.adjacent(t)) {
      return false;
    }
    int v = t + 1;
    if (tokens.isWord(v) && words.inSet(ClauseWords.SENTENCE_ADVERBS, v) && tokens.adjacent(v)) {
      v++;
    }
    return slots.finiteVerbAt(v);
  }

  /**
   * "nu har sol sagt", "sen ska saga börja": the word right after an auxiliary that follows the
   * sentence's first word, before another word: the subject put after its verb.
   */
  private boolean invertedSubject(int t) {
    int verb = t - 1;
    int first = t - 2;
    return tokens.isWord(verb) && tokens.adjacent(verb) && words.inSet(AUXILIARIES, verb)
        && tokens.isWord(first) && tokens.has(first, Tokens.SENTENCE_START) && !words.inSet(Homographs.PRONOUNS, first)
        && tokens.adjacent(t) && tokens.isWord(t + 1);
  }

  /** Finite auxiliaries before an inverted subject. */
  private static final CharArraySet AUXILIARIES = WordFacts.words(
      "har", "hade", "ska", "skulle", "kan", "kunde", "vill", "ville", "måste", "får", "fick", "brukar");

  /**
   * The object of a preposition that takes a person ({@link NameSlots#personObject}), or one whose
   * phrase "och" or "o" joins to a possessive's or a pronoun's ("med sol o min sambo").
   */
  private boolean objectSlot(int t) {
    if (slots.personObject(t)) {
      return true;
    }
    int u = t + 1;
    return tokens.isWord(t - 1) && tokens.adjacent(t - 1) && (tokens.is(t - 1, "med") || tokens.is(t - 1, "för")
        || tokens.is(t - 1, "till") || tokens.is(t - 1, "hos")) && (tokens.is(u, "och") || tokens.is(u, "o"))
        && tokens.isWord(u + 1) && Category.CUE_POSSESSIVE.in(words.flags[u + 1]);
  }

  /** Right after a kin or role noun of the cue list, which names a person only with a possessive before it. */
  private boolean afterRoleNoun(int t) {
    int p = t - 1;
    return tokens.isWord(p) && tokens.adjacent(p) && Category.CUE_NAME.in(words.flags[p]) && !cues.namingCue(t);
  }
}
