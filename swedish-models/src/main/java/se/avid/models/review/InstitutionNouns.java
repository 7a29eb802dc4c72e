package se.avid.models.review;

import java.util.HashSet;
import java.util.Set;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;

/**
 * The nouns of institutions that posts name by a proper part before them ({@code Lindgårdens
 * äldreboende}), from {@code institution-nouns.txt}, loaded once. Stateless.
 */
final class InstitutionNouns {

  private InstitutionNouns() {}

  /** Loaded on first use. */
  private static final class Holder {
    static final Set<String> NOUNS = new HashSet<>(SwedishLexicon.lines(InstitutionNouns.class, "institution-nouns.txt"));
  }

  /** True if token {@code t} is a word that is an institution noun, in any case. */
  static boolean isNoun(Tokens tokens, int t) {
    if (!tokens.isWord(t)) {
      return false;
    }
    return Holder.NOUNS.contains(new String(tokens.lower(), tokens.start(t), tokens.length(t)));
  }
}
