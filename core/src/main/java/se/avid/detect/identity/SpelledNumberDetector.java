package se.avid.detect.identity;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;
import se.avid.text.SpelledDigits;

/**
 * Finds personnummer and phone numbers written out in words, as people do to get past a filter
 * or as they would say them: {@code "noll sju noll, ett två tre, fyrtiofem sextiosju"},
 * {@code "åtta fem noll fyra ett två streck ett två tre fyra"}. {@link SpelledDigits} reads the
 * words into digits; this detector decides on the digits as the digit detectors do.
 *
 * <p>At least {@value #MIN_WORDS} number words making at least {@value #MIN_DIGITS} digits are a
 * number no sentence says otherwise: ten or twelve digits whose first six (eight) read as a date
 * (with 60 added to the day for a samordningsnummer) are a personnummer, whatever the check
 * digit, unless they begin like a mobile number ({@code noll sju}); other runs are a phone
 * number, scored {@value #TRUNK} when they begin with the trunk zero or the country code
 * {@code 46}, else {@value #OTHER}. Counting ({@code "ett två tre fyra fem sex sju åtta"}) is
 * not a number.
 *
 * <p>The words of a text are probed every {@value #MIN_WORDS}th word (a number of that many
 * words holds one of them), so a text without number words costs about a look-up per four words.
 * Immutable and thread-safe; linear in the text length.
 */
public final class SpelledNumberDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "spelled-number";

  private static final Set<EntityType> TYPES =
      Set.of(EntityType.PERSONNUMMER, EntityType.SAMORDNINGSNUMMER, EntityType.PHONE);

  /** The fewest number words of a spelled number. */
  static final int MIN_WORDS = 4;
  /** The fewest digits of a spelled number: a landline number without its area code has more. */
  static final int MIN_DIGITS = 8;
  /** Score of a date and serial, or of a number with the trunk zero or country code. */
  static final double TRUNK = 0.9;
  /** Score of other runs of eight or more digits in words. */
  static final double OTHER = 0.75;

  /** How far back from a probed word a number may begin, in words. */
  private static final int MAX_WORDS_BACK = SpelledDigits.MAX_DIGITS + 4;

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
    Landmarks landmarks = Landmarks.of(text);
    SpelledDigits reader = null;
    int next = 0;
    for (int k = MIN_WORDS - 1, words = landmarks.words(); k < words; k += MIN_WORDS) {
      int word = landmarks.word(k);
      // a number of four words or more holds the probed word and one next to it: "en", "sex" alone are words
      if (word < next || !SpelledDigits.mayBeNumberWord(text, word)
          || !(k + 1 < words && SpelledDigits.mayBeNumberWord(text, landmarks.word(k + 1))
              || SpelledDigits.mayBeNumberWord(text, landmarks.word(k - 1)))) {
        continue;
      }
      if (reader == null) {
        reader = new SpelledDigits(text);
      }
      int first = Math.max(next, reader.firstWordBefore(word, MAX_WORDS_BACK));
      if (reader.read(first) >= MIN_DIGITS && reader.words() >= MIN_WORDS && !isCounting(reader)) {
        report(reader, sink);
        next = reader.end();
      }
    }
  }

  private static void report(SpelledDigits number, FindingSink sink) {
    int n = number.count();
    boolean trunk = number.digit(0) == 0 || number.digit(0) == 4 && number.digit(1) == 6;
    boolean mobile = number.digit(0) == 0 && number.digit(1) == 7;
    if (!mobile && (n == 10 || n == 12)) {
      int from = n - 10;
      int century = n == 12 ? (int) number.value(0, 2) : -1;
      int yy = (int) number.value(from, from + 2);
      int month = (int) number.value(from + 2, from + 4);
      int day = (int) number.value(from + 4, from + 6);
      int birthDay = day > 60 ? day - 60 : day;
      boolean date = century < 0 ? CalendarDate.existsInEither(19, yy, month, birthDay)
          : century >= 18 && century <= 20 && CalendarDate.exists(century * 100 + yy, month, birthDay);
      if (date) {
        EntityType type = day > 60 ? EntityType.SAMORDNINGSNUMMER : EntityType.PERSONNUMMER;
        sink.add(number.start(), number.end(), type, TRUNK);
        return;
      }
    }
    sink.add(number.start(), number.end(), EntityType.PHONE, trunk ? TRUNK : OTHER);
  }

  /** {@code ett två tre fyra …}: every digit one more (or one less) than the one before. */
  private static boolean isCounting(SpelledDigits number) {
    if (number.count() != number.words()) {
      return false;
    }
    int step = number.digit(1) - number.digit(0);
    if (step != 1 && step != -1) {
      return false;
    }
    for (int k = 2; k < number.count(); k++) {
      if (number.digit(k) - number.digit(k - 1) != step) {
        return false;
      }
    }
    return true;
  }
}
