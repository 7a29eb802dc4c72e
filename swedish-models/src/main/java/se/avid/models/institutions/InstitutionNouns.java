package se.avid.models.institutions;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;

/**
 * The nouns of institutions that posts name by a proper part before them ({@code Lindgårdens
 * äldreboende}), from {@code institution-nouns.txt}, loaded once: shared by the institution detector
 * and the review signal. Stateless.
 */
public final class InstitutionNouns {

  private InstitutionNouns() {}

  /** Loaded on first use; a set of chars, so that a word is found in the text's own buffer, without a String. */
  private static final class Holder {
    static final CharArraySet NOUNS = CharArraySet.unmodifiableSet(new CharArraySet(
        SwedishLexicon.lines(InstitutionNouns.class, "/se/avid/models/review/institution-nouns.txt"), false));
  }

  /**
   * True if token {@code t} is a word that is an institution noun, in any case.
   *
   * @param tokens the tokens of a text
   * @param t the index of a token
   * @return whether it is an institution noun
   */
  public static boolean isNoun(Tokens tokens, int t) {
    return tokens.isWord(t) && Holder.NOUNS.contains(tokens.lower(), tokens.start(t), tokens.length(t));
  }
}
