package se.avid.models.names;

import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.text.ScanText;

/** One text with its words looked up, for the tests of the parts of the name rules. */
final class TextUnderTest {

  final Tokens tokens;
  final WordLabels labels;
  final WordFacts words;
  final WordShapes shapes;
  final Cues cues;

  TextUnderTest(String text) {
    ScanText scan = ScanText.of(text);
    SwedishLexicon lexicon = SwedishLexicon.get();
    NameWorkspace workspace = new NameWorkspace();
    tokens = Tokens.of(scan);
    workspace.prepare(tokens.size());
    labels = new WordLabels(tokens, null, workspace);
    words = new WordFacts(scan, tokens, lexicon, labels, workspace);
    shapes = new WordShapes(tokens, lexicon, words);
    cues = new Cues(tokens, words, shapes);
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.isWord(t)) {
        words.lookUp(t);
      }
    }
  }

  /** The index of the first token that is {@code word} (lowercase), in any case. */
  int token(String word) {
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.is(t, word)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no token " + word);
  }
}
