package se.avid.models.institutions;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.EndingTails;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;

/**
 * The nouns of institutions that posts name by a proper part before them ({@code Lindgårdens
 * äldreboende}), from {@code institution-nouns.txt}, loaded once: shared by the institution detector
 * and the review signal; and the compounds ending in one of the heads of {@code
 * institution-heads.txt} ({@code omsorgsboende}, {@code kvinnojour}). Stateless.
 */
public final class InstitutionNouns {

  private InstitutionNouns() {}

  /** The letters of a head's end that every word is tested on before its heads are (the shortest head has three). */
  private static final int TAIL = 3;

  /** The shortest part before a head that makes a compound ("lss-|boende", "dag|hem"). */
  private static final int MIN_COMPOUND_HEAD = 2;

  /** Loaded on first use; a set of chars, so that a word is found in the text's own buffer, without a String. */
  private static final class Holder {
    static final CharArraySet NOUNS;
    /** The last {@value #TAIL} letters of every noun and every head: most words end in none. */
    static final EndingTails TAILS;

    static {
      List<String> nouns = withFoldedForms(
          SwedishLexicon.lines(InstitutionNouns.class, "/se/avid/models/review/institution-nouns.txt"));
      NOUNS = CharArraySet.unmodifiableSet(new CharArraySet(nouns, false));
      List<String> nounsAndHeads = new ArrayList<>(nouns);
      nounsAndHeads.addAll(Heads.HEAD_LIST);
      TAILS = EndingTails.ofWords(nounsAndHeads, TAIL);
    }
  }

  /**
   * The words and, for each with å, ä or ö, the word typed without them ("aldreboende",
   * "forskolan", "vardcentral": posts written on a keyboard without Swedish letters), unless that
   * form is an ordinary word of its own.
   */
  static List<String> withFoldedForms(List<String> words) {
    SwedishLexicon lexicon = SwedishLexicon.get();
    List<String> all = new ArrayList<>(words);
    for (String word : words) {
      String folded = word.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
      char[] chars = folded.toCharArray();
      if (!folded.equals(word) && !lexicon.isCommonWord(chars, 0, chars.length, new char[chars.length + 1])) {
        all.add(folded);
      }
    }
    return all;
  }

  /** The compound heads, and the lengths of the heads of each last {@value #TAIL} letters, read on first use. */
  private static final class Heads {
    static final CharArraySet HEADS;
    /**
     * Per last {@value #TAIL} letters of a head: bit {@code n} for each head of {@code n} letters
     * that ends in them. A word is looked up only at the lengths of the heads that end as it does,
     * one or two, not at the length of every head.
     */
    static final CharArrayMap<Long> LENGTHS_BY_TAIL;

    static final List<String> HEAD_LIST = withFoldedForms(SwedishLexicon.lines(InstitutionNouns.class, "institution-heads.txt"));

    static {
      List<String> heads = HEAD_LIST;
      HEADS = CharArraySet.unmodifiableSet(new CharArraySet(heads, false));
      CharArrayMap<Long> byTail = new CharArrayMap<>(heads.size(), false);
      for (String head : heads) {
        if (head.length() < TAIL || head.length() >= Long.SIZE) {
          continue; // as long as a tail or shorter, or longer than a bit of a long: no head of this list is
        }
        String tail = head.substring(head.length() - TAIL);
        Long lengths = byTail.get(tail);
        byTail.put(tail, (lengths == null ? 0L : lengths) | 1L << head.length());
      }
      LENGTHS_BY_TAIL = CharArrayMap.unmodifiableMap(byTail);
    }
  }

  /**
   * True if token {@code t} is a word that is an institution noun, in any case.
   *
   * @param tokens the tokens of a text
   * @param t the index of a token
   * @return whether it is an institution noun
   */
  public static boolean isNoun(Tokens tokens, int t) {
    if (!tokens.isWord(t)) {
      return false;
    }
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    // most words end in no noun's last letters: one compare of packed chars spares the set look-up
    return (length < TAIL || Holder.TAILS.mayEnd(lower, start, length)) && Holder.NOUNS.contains(lower, start, length);
  }

  /**
   * True if word {@code t} follows an institution noun or compound and "i", which places the
   * institution in its town ({@code vårdcentralen i forsa}, {@code psykosmottagningen i handen}).
   *
   * @param tokens the tokens of a text
   * @param t the index of a token
   * @return whether "i" after an institution's noun comes right before it
   */
  public static boolean isAfterNounAndI(Tokens tokens, int t) {
    int p = t - 1;
    return tokens.is(p, "i") && tokens.adjacent(p) && tokens.adjacent(p - 1) && isNounOrCompound(tokens, p - 1);
  }

  /**
   * True if token {@code t} is an institution noun or a compound that ends in the head of one
   * ({@code omsorgsboende}, {@code LSS-boende}, {@code Montessoriskolan}).
   *
   * @param tokens the tokens of a text
   * @param t the index of a token
   * @return whether it is an institution noun or such a compound
   */
  public static boolean isNounOrCompound(Tokens tokens, int t) {
    if (!tokens.isWord(t)) {
      return false;
    }
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    if (!Holder.TAILS.mayEnd(lower, start, length)) {
      return false; // most words: no noun's or head's last letters, one look-up of three chars
    }
    if (Holder.NOUNS.contains(lower, start, length)) {
      return true;
    }
    if (length < TAIL + MIN_COMPOUND_HEAD) {
      return false;
    }
    Long tailed = Heads.LENGTHS_BY_TAIL.get(lower, start + length - TAIL, TAIL);
    for (long heads = tailed == null ? 0 : tailed; heads != 0; heads &= heads - 1) {
      int head = Long.numberOfTrailingZeros(heads);
      if (length >= head + MIN_COMPOUND_HEAD && Heads.HEADS.contains(lower, start + length - head, head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if an institution noun begins at token {@code t}: the noun or a compound ending in one
   * ({@link #isNounOrCompound}), or the first part of two coordinated compounds of which the second
   * is one ({@code vård- och omsorgsboende}, {@code hem- och gruppboende}).
   *
   * @param tokens the tokens of a text
   * @param t the index of a token
   * @return whether an institution noun begins there
   */
  public static boolean startsAt(Tokens tokens, int t) {
    return startsAt(tokens, t, isNounOrCompound(tokens, t));
  }

  /** {@link #startsAt}, where {@code nounOrCompound} is {@link #isNounOrCompound} of token {@code t}, known already. */
  static boolean startsAt(Tokens tokens, int t, boolean nounOrCompound) {
    if (nounOrCompound) {
      return true;
    }
    // "vård", "-", "och", "omsorgsboende": the hyphen stands for the head of the compound after "och"
    return tokens.isWord(t) && tokens.isPunct(t + 1, '-') && tokens.end(t) == tokens.start(t + 1)
        && (tokens.is(t + 2, "och") || tokens.is(t + 2, "eller")) && isNounOrCompound(tokens, t + 3);
  }
}
