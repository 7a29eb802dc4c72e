package se.avid.models.names;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.Lexicon;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * What the name rules derive from a word alone and keep in its {@link Lexeme#notes}, so that
 * each is found once per word and not at every occurrence: how many people Statistics Sweden
 * counts by it as a first name and as a surname and whether it holds it as a rare given name
 * ({@link NameCounts}, three hash look-ups), and how
 * it reads typed without å, ä, ö ({@link AsciiFolding}, up to 80 look-ups with stemming, asked
 * of every word the lists lack), whether it is a small locality ({@link Localities}) and the
 * longest Swedish place it begins with (a walk of the word trie). Stateless.
 *
 * <p>The bits: 1 the counts are known; 3 bits the first-name count; 3 bits the surname count;
 * 3 bits the folded reading's ordinal plus one (0 not yet known); 1 the locality test is known,
 * 1 its answer; 6 bits the place prefix's length plus one (0 not yet known); from bit 32, two
 * bits per word set of the rules ({@link WordFacts#inSet}: known, member). Bits 18 and 19 are the
 * review detector's ({@code ResidualWords.endsInNameCue}); 20 to 23 and 25 to 31 the gates' fields of
 * {@link se.avid.models.lexicon.NoteField}; 24 the rare given name, known with the counts. A writer carries over
 * what it read, so a write lost to another thread's costs only a second derivation.
 */
final class WordNotes {

  private static final long COUNTS_KNOWN = 1;
  private static final int FIRST_NAME_SHIFT = 1;
  private static final int SURNAME_SHIFT = 4;
  private static final int FOLDED_SHIFT = 7;
  private static final int THREE_BITS = 7;
  private static final long LOCALITY_KNOWN = 1 << 10;
  private static final long LOCALITY = 1 << 11;
  private static final int PREFIX_SHIFT = 12;
  private static final long RARE_FIRST_NAME = 1L << 24;
  private static final int SIX_BITS = 63;
  private static final AsciiFolding.Reading[] READINGS = AsciiFolding.Reading.values();

  private WordNotes() {}

  /** {@link NameCounts#firstName} of the word {@code lower[s, s+len)}, whose record is {@code x}. */
  static int firstName(Lexeme x, char[] lower, int s, int len) {
    return (int) (counts(x, lower, s, len) >>> FIRST_NAME_SHIFT) & THREE_BITS;
  }

  /** {@link NameCounts#surname} of the word {@code lower[s, s+len)}, whose record is {@code x}. */
  static int surname(Lexeme x, char[] lower, int s, int len) {
    return (int) (counts(x, lower, s, len) >>> SURNAME_SHIFT) & THREE_BITS;
  }

  /** {@link NameCounts#rareFirstName} of the word {@code lower[s, s+len)}, whose record is {@code x}. */
  static boolean rareFirstName(Lexeme x, char[] lower, int s, int len) {
    return (counts(x, lower, s, len) & RARE_FIRST_NAME) != 0;
  }

  /**
   * {@link AsciiFolding#read} of the word {@code lower[s, s+len)}, whose record in {@code lexicon}
   * is {@code x}, for Swedish places ({@link ProperNameDetector#SWEDISH_PLACE}).
   */
  static AsciiFolding.Reading foldedPlace(Lexeme x, SwedishLexicon lexicon, char[] lower, int s, int len) {
    long notes = x.notes();
    int kept = (int) (notes >>> FOLDED_SHIFT) & THREE_BITS;
    if (kept != 0) {
      return READINGS[kept - 1];
    }
    AsciiFolding.Reading r = AsciiFolding.read(lexicon, lower, s, len, ProperNameDetector.SWEDISH_PLACE);
    x.keepNotes(notes | (long) (r.ordinal() + 1) << FOLDED_SHIFT);
    return r;
  }

  /** {@link Localities#contains} of the word {@code lower[s, s+len)}, whose record is {@code x}. */
  static boolean locality(Lexeme x, char[] lower, int s, int len) {
    long notes = x.notes();
    if ((notes & LOCALITY_KNOWN) == 0) {
      notes |= LOCALITY_KNOWN | (Localities.contains(lower, s, len) ? LOCALITY : 0);
      x.keepNotes(notes);
    }
    return (notes & LOCALITY) != 0;
  }

  /**
   * The length of the longest Swedish place ({@link ProperNameDetector#SWEDISH_PLACE}) that the
   * word {@code lower[s, s+len)}, whose record is {@code x}, begins with, found with
   * {@code words}, a cursor of the record's lexicon; 0 for none.
   */
  static int placePrefixLength(Lexeme x, Lexicon.Cursor words, char[] lower, int s, int len) {
    long notes = x.notes();
    int kept = (int) (notes >>> PREFIX_SHIFT) & SIX_BITS;
    if (kept != 0) {
      return kept - 1;
    }
    int length = (int) (words.longestPrefix(lower, s, len, ProperNameDetector.SWEDISH_PLACE) >>> 32);
    if (length < SIX_BITS) {
      x.keepNotes(notes | (long) (length + 1) << PREFIX_SHIFT);
    }
    return length;
  }

  /** Sets whose membership is kept: two bits each from bit 32. */
  static final int MAX_SETS = 16;
  private static final int SET_SHIFT = 32;

  /**
   * Whether the word {@code lower[s, s+len)}, whose record is {@code x}, is in {@code set}, the
   * word set number {@code index} (0 to {@link #MAX_SETS} - 1) of the rules.
   */
  static boolean inSet(Lexeme x, CharArraySet set, int index, char[] lower, int s, int len) {
    long notes = x.notes();
    long known = 1L << SET_SHIFT + 2 * index;
    if ((notes & known) == 0) {
      notes |= known | (set.contains(lower, s, len) ? known << 1 : 0);
      x.keepNotes(notes);
    }
    return (notes & known << 1) != 0;
  }

  private static long counts(Lexeme x, char[] lower, int s, int len) {
    long notes = x.notes();
    if ((notes & COUNTS_KNOWN) == 0) {
      notes |= COUNTS_KNOWN | (long) NameCounts.firstName(lower, s, len) << FIRST_NAME_SHIFT
          | (long) NameCounts.surname(lower, s, len) << SURNAME_SHIFT
          | (NameCounts.rareFirstName(lower, s, len) ? RARE_FIRST_NAME : 0);
      x.keepNotes(notes);
    }
    return notes;
  }
}
