package se.avid.models.names;

import static se.avid.models.names.ProperNameDetector.PERSON;
import static se.avid.models.names.ProperNameDetector.SWEDISH_PLACE;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.PLACE;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;

/**
 * English words that no Swedish name is: the function words of an English title or phrase that a
 * Swedish text quotes ("The billionaire shop", "the good guys"), and the words that "the" and
 * "of" join into one ("Game of Thrones", "Sons of Anarchy", "the fiscal cliff"): a film, a song,
 * a show or a phrase, not a person or a place ("Sons of Anarchy"). A listed first name, surname
 * or Swedish place stays one. Run once every word is decided; only words found as names are looked at. Stateless.
 */
final class EnglishTitles {

  private EnglishTitles() {}

  /** English function words, none of them a Swedish word or a name. */
  private static final CharArraySet FUNCTION_WORDS = WordFacts.words(
      "the", "of", "and", "with", "your", "you", "my", "this", "that", "our", "their", "from", "into", "are", "is",
      "was", "were", "what", "when", "where", "who", "why", "how");

  private static final int MAX_FUNCTION_WORD = 5;

  /** The English words a Swedish post mixes in ({@code english-words.txt}), which the lexicon reads as ordinary words. */
  private static final CharArraySet ENGLISH = WordFacts.words(SwedishLexicon.englishWords());

  /** Words after "the" or "of" that belong to its phrase: "the good guys", "of The avengers". */
  private static final int PHRASE_WORDS = 2;

  /**
   * Keeps the names of {@code tokens} that are English function words, that follow "the" or "of"
   * within {@value #PHRASE_WORDS} words, or that stand right before "of".
   */
  static void keep(Tokens tokens, byte[] type, long[] flags, WordFacts words) {
    int n = tokens.size();
    for (int p = 0; p < n; p++) {
      if (!tokens.isWord(p) || tokens.length(p) > MAX_FUNCTION_WORD || !NameRules.anyFound(type, p - 1, p + PHRASE_WORDS, n)
          || !words.inSet(FUNCTION_WORDS, p)) {
        continue;
      }
      if (englishAround(tokens, p, words)) {
        // "sorry my swedish", "my mother says": in English, not the name My, however many bear it
        type[p] = type[p] == NAME ? KEEP : type[p];
        if (joined(tokens, p, p + 1) && words.inSet(ENGLISH, p + 1)) {
          keepIfName(p + 1, type, flags);
        }
      }
      keepIfName(p, type, flags);
      boolean joins = tokens.is(p, "the") || tokens.is(p, "of");
      for (int t = p + 1; joins && t <= p + PHRASE_WORDS && joined(tokens, t - 1, t); t++) {
        keepIfName(t, type, flags);
      }
      if (tokens.is(p, "of") && joined(tokens, p - 1, p)) {
        keepIfName(p - 1, type, flags);
      }
    }
  }

  private static void keepIfName(int t, byte[] type, long[] flags) {
    if ((type[t] == NAME || type[t] == PLACE) && !any(flags[t], PERSON | SWEDISH_PLACE)) {
      type[t] = KEEP;
    }
  }

  /**
   * Function word {@code p} stands in English: an English word right after it ({@code my
   * mother}) and, before it, another or nothing but the start of its sentence ({@code sorry my},
   * {@code My father}).
   */
  private static boolean englishAround(Tokens tokens, int p, WordFacts words) {
    if (!joined(tokens, p, p + 1) || !words.inSet(ENGLISH, p + 1)) {
      return false;
    }
    return tokens.has(p, Tokens.SENTENCE_START) || joined(tokens, p - 1, p) && words.inSet(ENGLISH, p - 1);
  }

  /** Words {@code a} and {@code b} stand side by side, spaces only between them. */
  private static boolean joined(Tokens tokens, int a, int b) {
    return a >= 0 && tokens.isWord(a) && tokens.isWord(b) && tokens.adjacent(a) && b == a + 1;
  }
}
