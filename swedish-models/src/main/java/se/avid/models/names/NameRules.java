package se.avid.models.names;

import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.NONE;
import static se.avid.models.names.WordLabels.PLACE;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.context.ContextScorer;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * One run of {@link ProperNameDetector} over one text: looks each word up once
 * ({@link WordFacts}), decides each word a rule may take ({@link WordCandidates}) from its shape
 * and neighbours ({@link WordRules}, with
 * {@link WordShapes} and {@link Cues}), spreads what was found with good evidence
 * ({@link Propagation}), and reports runs of name words as one finding ({@link WordLabels}).
 * Not thread-safe; one per call.
 */
final class NameRules {

  private final Tokens tokens;
  private final WordLabels labels;
  private final WordFacts words;
  private final WordRules rules;
  private final WordShapes shapes;
  private final Cues cues;
  /** Whether the builder gave words to keep: then every word is decided (the rules look each up). */
  private final boolean decideAll;
  private final NameWorkspace workspace;

  NameRules(ScanText text, SwedishLexicon lexicon, ContextScorer scorer, boolean keepCountries, boolean keepPublicBodies,
      CharArraySet keepWords, NameWorkspace workspace) {
    this.tokens = Tokens.of(text);
    workspace.prepare(tokens.size());
    this.labels = new WordLabels(tokens, scorer, workspace);
    this.words = new WordFacts(text, tokens, lexicon, labels, workspace);
    WordShapes shapes = new WordShapes(tokens, lexicon, words);
    Cues cues = new Cues(tokens, words, shapes);
    this.rules = new WordRules(tokens, lexicon, scorer, keepCountries, keepPublicBodies, keepWords, words, shapes, cues,
        labels);
    this.shapes = shapes;
    this.cues = cues;
    this.decideAll = !keepWords.isEmpty();
    this.workspace = workspace;
  }

  void run(FindingSink sink) {
    int n = tokens.size();
    int[] ands = workspace.ands;
    int andCount = 0;
    words.lookUpAll();
    for (int t = 0; t < n; t++) {
      if (tokens.isWord(t)) {
        words.lookUp(t);
        if (tokens.is(t, "och") || tokens.is(t, "o") || tokens.is(t, "eller")) {
          ands[andCount++] = t; // where coordinate() looks, instead of a pass over every token
        }
      }
    }
    workspace.andCount = andCount;
    boolean hasAnd = andCount > 0;
    for (int t = 0; t < n; t++) {
      if (tokens.isWord(t) && labels.type[t] == NONE) {
        if (decideAll || WordCandidates.mayDecide(tokens, words, cues, t)) {
          rules.decide(t);
        } else {
          assert decidesNothing(t) : "a rule took a word that WordCandidates leaves out: narrow its test";
        }
      }
    }
    PlaceParts.schoolsAfterDirections(tokens, labels); // "går på norra real": found by its two words alone
    // each pass below needs a word found (some a sure name or an "och" too): without one, none runs or is made
    if (labels.anyFound) {
      Propagation followUps = new Propagation(tokens, words, shapes, cues, labels, workspace);
      followUps.propagate();
      Coordination coordination = new Coordination(tokens, words, shapes, cues, labels, workspace);
      if (hasAnd) {
        coordination.coordinate();
      }
      coordination.gappedLists();
      new AgedLists(tokens, words, cues.ages, labels).complete();
      followUps.placeLists();
      followUps.foreignPlaceNames();
      new Surnames(tokens, words, shapes, cues, labels).find();
      followUps.propagate(); // again: a surname joined to a sure first name just now is that person's too
      followUps.signaturePlace();
      new QuotedNicknames(tokens, labels).join();
      new NameParticles(tokens, labels, words).join();
      new PlaceParts(tokens, labels).widen();
      new FirmNames(tokens, words, labels).join();
      ThingNames.keep(tokens, labels.type, words.flags);
      EnglishTitles.keep(tokens, labels.type, words.flags, words);
      new NameInitials(tokens, labels, cues.signatures, words).join(); // last: a title's words ("A", "I") are kept by then
    }
    NameInitials.signingLetter(tokens, labels, cues.signatures); // "…via mejl. a."
    labels.report(sink);
  }

  /** How far from a word the rules of {@link WordRules#decide} may set labels (a pair sets the next word). */
  private static final int REACH = 2;

  /**
   * Decides word {@code t} all the same and tells whether the rules left every label as it was:
   * the check, with assertions on, that {@link WordCandidates} leaves out only words that no rule
   * takes.
   */
  private boolean decidesNothing(int t) {
    int from = Math.max(0, t - REACH);
    int to = Math.min(tokens.size(), t + REACH + 1);
    byte[] types = Arrays.copyOfRange(labels.type, from, to);
    double[] scores = Arrays.copyOfRange(labels.score, from, to);
    boolean anyFound = labels.anyFound;
    boolean sureName = labels.sureName;
    rules.decide(t);
    return Arrays.equals(types, 0, types.length, labels.type, from, to)
        && Arrays.equals(scores, 0, scores.length, labels.score, from, to)
        && anyFound == labels.anyFound && sureName == labels.sureName;
  }

  /**
   * Whether a word of {@code [from, to]} (clamped to the {@code n} tokens of the text) is labelled
   * a name or a place: a cheap test of the labels that lets a follow-up pass, which can only keep
   * such words, skip the word tests of a token with none near it.
   */
  static boolean anyFound(byte[] type, int from, int to, int n) {
    for (int t = Math.max(from, 0), last = Math.min(to, n - 1); t <= last; t++) {
      if (type[t] == NAME || type[t] == PLACE) {
        return true;
      }
    }
    return false;
  }
}
