package se.avid.models.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * The short forms posts give kept names of one word ({@code insta} for Instagram, {@code snap} for
 * Snapchat): every beginning of at least {@value #MIN_SHORT} letters, two letters short of the
 * whole, of a word in the kept lists ({@code public-bodies.txt}, {@code kept-terms.txt}). An
 * unknown word after a place preposition that begins a kept name is that name, not a place. Loaded
 * once; stateless.
 */
final class KeptShortForms {

  private KeptShortForms() {}

  /** Shorter beginnings ("ins", "sna") would match too many words. */
  static final int MIN_SHORT = 4;

  /** Letters a short form leaves off at least: the whole word is looked up as it is. */
  private static final int MIN_CUT = 2;

  /** Loaded on first use. */
  private static final class Holder {
    static final CharArraySet SHORT_FORMS = load();

    private static CharArraySet load() {
      List<String> forms = new ArrayList<>();
      for (String list : new String[] {"public-bodies.txt", "kept-terms.txt"}) {
        for (String line : SwedishLexicon.lines(list)) {
          String word = line.toLowerCase(Locale.ROOT);
          if (word.indexOf(' ') >= 0) {
            continue; // several words: a short form is of a single name
          }
          for (int end = MIN_SHORT; end <= word.length() - MIN_CUT; end++) {
            forms.add(word.substring(0, end));
          }
        }
      }
      return CharArraySet.unmodifiableSet(new CharArraySet(forms, false));
    }
  }

  /**
   * True when {@code lower[start, start+length)} begins a kept name of one word.
   *
   * @param lower the text, lowercase
   * @param start where the word starts
   * @param length the word's length
   * @return whether it is a short form of a kept name
   */
  static boolean contains(char[] lower, int start, int length) {
    return length >= MIN_SHORT && Holder.SHORT_FORMS.contains(lower, start, length);
  }
}
