package se.avid.models.names;

import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.WordMemo;

/**
 * The answers of the name rules' costlier per-word tests for other detectors, found once per
 * word and kept in its {@link Lexeme} rather than at every occurrence: how many people
 * Statistics Sweden counts by a word ({@link NameCounts}: two hash look-ups, kept by
 * {@link WordNotes}) and how it reads typed without å, ä, ö ({@link AsciiFolding#read}: up to 80
 * look-ups with stemming). Each answer is the same as the test's own. Stateless and thread-safe.
 */
public final class WordAnswers {

  private static final AsciiFolding.Reading[] READINGS = AsciiFolding.Reading.values();

  private WordAnswers() {}

  /**
   * {@link NameCounts#firstName} of the word {@code lower[start, start+length)}.
   *
   * @param x the word's record
   * @param lower the chars, lowercase
   * @param start where the word starts
   * @param length its length
   * @return the count bucket, 0 for fewer than 50 bearers
   */
  public static int firstName(Lexeme x, char[] lower, int start, int length) {
    return WordNotes.firstName(x, lower, start, length);
  }

  /**
   * {@link NameCounts#bearers} of the word {@code lower[start, start+length)}: the larger of its
   * first-name and surname counts.
   *
   * @param x the word's record
   * @param lower the chars, lowercase
   * @param start where the word starts
   * @param length its length
   * @return the count bucket, 0 for fewer than 50 bearers
   */
  public static int bearers(Lexeme x, char[] lower, int start, int length) {
    return Math.max(WordNotes.firstName(x, lower, start, length), WordNotes.surname(x, lower, start, length));
  }

  /**
   * {@link AsciiFolding#read} of the word {@code lower[start, start+length)} in {@code lexicon},
   * the lexicon whose record {@code x} is.
   *
   * @param x the word's record, from {@code lexicon}
   * @param lexicon the lexicon
   * @param lower the chars, lowercase
   * @param start where the word starts
   * @param length its length
   * @param categories the categories of names and places to read it as
   * @return the reading
   */
  public static AsciiFolding.Reading folded(Lexeme x, SwedishLexicon lexicon, char[] lower, int start, int length,
      long categories) {
    WordMemo memo = WordMemo.of("AsciiFolding.read", categories, 0, READINGS.length);
    int kept = memo.get(x);
    if (kept >= 0) {
      return READINGS[kept];
    }
    AsciiFolding.Reading r = AsciiFolding.read(lexicon, lower, start, length, categories);
    memo.keep(x, r.ordinal());
    return r;
  }
}
