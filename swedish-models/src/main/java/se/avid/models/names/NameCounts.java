package se.avid.models.names;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * How many people in Sweden bear a first name or a surname, as an order of magnitude, from
 * Statistics Sweden: the prior that tells a word in a name slot from a name ("vide", "tuva",
 * "grip" and "fält" are words and names; the counts say how many are called so). The lexicon's
 * name lists say that a word may be a name; these say how often it is one. Read once, on first
 * use, from {@code scb-first-names.txt} (names people are called by, at least 50 bearers) and
 * {@code scb-surnames.txt} (the 1,000 commonest surnames). Stateless and thread-safe.
 */
public final class NameCounts {

  /** The order of magnitude of 100–999 bearers: a real name, if a rare one. */
  public static final int HUNDREDS = 2;

  /** The order of magnitude of 1,000–9,999 bearers: a name many know someone by. */
  public static final int THOUSANDS = 3;

  /** The order of magnitude of 10,000–99,999 bearers: a name as common as the word it also is. */
  public static final int TEN_THOUSANDS = 4;

  private static final String DIR = "/se/avid/models/lexicon/";

  private NameCounts() {}

  private static final class Holder {
    static final CharArrayMap<Integer> FIRST_NAMES = buckets("scb-first-names.txt");
    static final CharArrayMap<Integer> SURNAMES = buckets("scb-surnames.txt");
  }

  /**
   * The order of magnitude of the people called by this first name: 1 for 50–99, 2 for 100–999,
   * 3 for 1,000–9,999, 4 for 10,000–99,999, 5 for 100,000 or more; 0 for fewer or none.
   *
   * @param lower the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return the order of magnitude, 0 to 5
   */
  public static int firstName(char[] lower, int offset, int length) {
    Integer b = Holder.FIRST_NAMES.get(lower, offset, length);
    return b == null ? 0 : b;
  }

  /**
   * The order of magnitude of the bearers of this surname (3 for 1,000–9,999 and up, as for
   * {@link #firstName}), or 0 if it is not one of the 1,000 commonest.
   *
   * @param lower the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return the order of magnitude, 0 to 5
   */
  public static int surname(char[] lower, int offset, int length) {
    Integer b = Holder.SURNAMES.get(lower, offset, length);
    return b == null ? 0 : b;
  }

  /**
   * Whether at least 10 people bear this first name among their given names though fewer than 50
   * are called by it ({@code scb-rare-first-names.txt}): weaker evidence than {@link #firstName},
   * for a word that something else already marks as a possible name. Read on first use, apart
   * from the counts: most texts never ask.
   *
   * @param lower the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return whether it is such a rare first name
   */
  public static boolean rareFirstName(char[] lower, int offset, int length) {
    return RareNames.FIRST_NAMES.contains(lower, offset, length);
  }

  private static final class RareNames {
    static final CharArraySet FIRST_NAMES = names("scb-rare-first-names.txt");
  }

  private static CharArraySet names(String resource) {
    List<String> lines = SwedishLexicon.lines(NameCounts.class, DIR + resource);
    CharArraySet out = new CharArraySet(lines.size(), false);
    for (String line : lines) {
      out.add(line.strip().toLowerCase(Locale.ROOT));
    }
    return CharArraySet.unmodifiableSet(out);
  }

  /**
   * The larger of {@link #firstName} and {@link #surname}.
   *
   * @param lower the chars, lowercase
   * @param offset where the word starts in them
   * @param length the word's length
   * @return the order of magnitude, 0 to 5
   */
  public static int bearers(char[] lower, int offset, int length) {
    return Math.max(firstName(lower, offset, length), surname(lower, offset, length));
  }

  private static CharArrayMap<Integer> buckets(String resource) {
    CharArrayMap<Integer> out = new CharArrayMap<>(10_000, false);
    for (String line : SwedishLexicon.lines(NameCounts.class, DIR + resource)) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException("no count bucket in " + resource);
      }
      String name = line.substring(0, tab).toLowerCase(Locale.ROOT);
      int bucket = Integer.parseInt(line.substring(tab + 1).strip());
      Integer before = out.get(name);
      out.put(name, before == null ? bucket : Math.max(before, bucket));
    }
    return out;
  }
}
