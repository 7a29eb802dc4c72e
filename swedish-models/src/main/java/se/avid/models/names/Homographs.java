package se.avid.models.names;

import static se.avid.models.names.Cues.CUE_STRONG;
import static se.avid.models.names.Cues.CUE_VOCATIVE;
import static se.avid.models.names.NameScores.CUE_WORDLIKE;
import static se.avid.models.names.NameScores.CUE_WORD_FORM;
import static se.avid.models.names.WordLabels.NAME;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;

/**
 * Words that are both a first name and an ordinary word ("Ask", "vide", "jojo"): the counts of
 * Statistics Sweden as the prior, the slot the word stands in as the evidence. Not thread-safe;
 * one per call.
 */
final class Homographs {

  private final Tokens tokens;
  private final long[] flags;
  private final WordFacts words;
  private final Cues cues;
  private final WordLabels labels;

  Homographs(Tokens tokens, WordFacts words, Cues cues, WordLabels labels) {
    this.tokens = tokens;
    this.flags = words.flags;
    this.words = words;
    this.cues = cues;
    this.labels = labels;
  }

  /**
   * "hon heter jojo", "som de kallar jojo": what a naming verb names is a name even when it is also
   * a word that is no frequent one; the model decides, but it stays at least in the review band.
   */
  boolean namedRareWord(int t) {
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

  /**
   * The counts of Statistics Sweden make a name of a word the lists lack, in a name slot: one
   * that is no ordinary word after any cue ("min mamma rigmor", "heter meseret"); one that is also
   * a word only right after a naming verb ("heter sol"), or, if it is no word form as written
   * ("vide", "maj-lis" are read through the stemmer or a hyphen), after a kin noun when a thousand
   * people or more are called so ("min kompis vide"), or after a greeting or closing when a hundred
   * are ("/maj-lis"); never a pronoun or another closed-class form.
   */
  boolean countedName(int t, boolean common, int cue) {
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
  boolean countedCapitalised(int t) {
    return !Category.WORD_FORM.in(flags[t]) && !words.isFrequent(t)
        && words.firstNameBearers(t) >= NameCounts.HUNDREDS;
  }

  /** The order of magnitude of 1,000–9,999 bearers. */
  private static final int THOUSANDS = 3;
}
