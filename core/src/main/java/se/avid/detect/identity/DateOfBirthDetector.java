package se.avid.detect.identity;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Finds dates of birth: a date right after a birth cue ({@code född}, {@code föddes},
 * {@code f.}, {@code födelsedatum}, {@code födelsedag}), optionally with {@code den}, {@code i},
 * {@code år}, {@code på} or a pronoun ({@code "föddes hon 1985"}) in between.
 *
 * <p>Dates: {@code "12 mars 1985"}, {@code "12:e mars -85"}, {@code "12 mars"},
 * {@code "mars 1985"}, {@code "1985-03-12"}, {@code "85-03-12"}, {@code "19850312"},
 * {@code "850312"}, {@code "12/3 1985"}, {@code "12/3-85"}, {@code "12.3.1985"}, and a year
 * alone: {@code "1985"}, {@code "-85"}, {@code "'85"}. The date must exist. Only the date is
 * reported, not the cue, so {@code "född 12 mars 1985"} becomes {@code "född [FÖDELSEDATUM]"}.
 * Dates without a cue are ordinary dates and are left alone, as are decades
 * ({@code "född på 80-talet"}).
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class DateOfBirthDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "date-of-birth";

  private static final Set<EntityType> TYPES = Set.of(EntityType.DATE_OF_BIRTH);

  static final double FULL_DATE = 0.9;
  static final double PARTIAL_DATE = 0.85;
  /**
   * A birth year alone ({@code "född 1985"}) narrows a person down about as much as an age
   * ({@code "14 år"}), which posts keep so the answer makes sense: reported in the review band,
   * under the default redact threshold.
   */
  static final double YEAR_ONLY = 0.4;

  private static final String[] CUES = {
    "född", "födda", "föddes", "fodd", "föds", "födelsedatum", "födelsedatumet", "födelsedag", "födelsedagen",
    "fodelsedatum", "födelsedata", "födelseår", "födelseåret"
  };
  private static final int MAX_CUE_LENGTH = 16;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return TYPES;
  }

  @Override
  public void detect(ScanText text, FindingSink sink) {
    // Every cue is a word that starts with f: only those words are looked at.
    Landmarks landmarks = Landmarks.of(text);
    int next = 0;
    for (int k = 0, words = landmarks.cueWords(); k < words; k++) {
      int i = landmarks.cueWord(k);
      char c = text.charAt(i);
      if (i < next || (c != 'f' && c != 'F')) {
        continue;
      }
      // The word's end is found only for a word that may be a cue ("f.", "född"): for the others
      // (för, från, fick) i + 1 serves as well below, since the next cue word starts after the end.
      int e = i + 1;
      int after = -1;
      if (e >= text.length() || !Character.isLetter(text.charAt(e)) || mayBeCue(text, i)) {
        e = wordEnd(text, i);
        after = cueEnd(text, i, e);
      }
      if (after >= 0) {
        BirthDateReader reader = new BirthDateReader(text);
        int start = reader.skipFillers(after);
        int end = start < 0 ? -1 : reader.readDate(start);
        if (end > start) {
          sink.add(start, end, EntityType.DATE_OF_BIRTH,
              reader.full ? FULL_DATE : reader.yearOnly ? YEAR_ONLY : PARTIAL_DATE);
          e = end;
        }
      }
      next = Math.max(i + 1, e);
    }
  }

  /** The index after the letter run at {@code i}. */
  static int wordEnd(ScanText text, int i) {
    int e = i;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /**
   * Whether the word of two letters or more at {@code start} may be one of the {@link #CUES}, all
   * of which begin with {@code fö} or {@code fo}: most words with an f do not, and are not compared
   * with each cue.
   */
  private static boolean mayBeCue(ScanText text, int start) {
    char second = Character.toLowerCase(text.charAt(start + 1));
    return second == SECOND_LETTER || second == SECOND_LETTER_ASCII;
  }

  /** The second letter of every cue (checked when the class loads). */
  private static final char SECOND_LETTER = 'ö';
  private static final char SECOND_LETTER_ASCII = 'o';

  static {
    for (String cue : CUES) {
      if (cue.charAt(1) != SECOND_LETTER && cue.charAt(1) != SECOND_LETTER_ASCII) {
        throw new IllegalStateException("cue " + cue + " has another second letter: mayBeCue must know it");
      }
    }
  }

  /** If the word {@code [start, end)} is a birth cue, the index after it (after the dot of {@code "f."}), else -1. */
  private static int cueEnd(ScanText text, int start, int end) {
    int length = end - start;
    if (length == 1) {
      // "f. 1985": the abbreviation needs its dot and a space, so "f.d." and "f" alone are not cues.
      boolean dot = end + 1 < text.length() && text.charAt(end) == '.'
          && (text.charAt(end + 1) == ' ' || text.charAt(end + 1) == '\n' || text.charAt(end + 1) == '<');
      return dot ? end + 1 : -1;
    }
    if (length > MAX_CUE_LENGTH) {
      return -1;
    }
    for (String cue : CUES) {
      if (regionIs(text, start, end, cue)) {
        return end;
      }
    }
    return -1;
  }

  /** True when {@code [start, end)} is {@code word}, ignoring case. */
  static boolean regionIs(ScanText text, int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (Character.toLowerCase(text.charAt(start + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

}
