package se.avid.examples.review;

import java.util.Map;
import java.util.Set;
import se.avid.Anonymizer;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * A detector for tests, so that they do not depend on which real detectors are merged: it reports
 * listed words (lower-cased) with fixed types and scores, any run of exactly ten digits as a
 * personnummer (0.95), and throws on the word {@code krasch}, with the text in its message, as a
 * careless detector might.
 */
public final class WordDetector implements Detector {

  /** Word → type and score. {@code lena} falls in the default review band; {@code storgatan} under it. */
  static final Map<String, Object[]> WORDS = Map.of(
      "anna", new Object[] {EntityType.NAME, 0.9},
      "lindqvist", new Object[] {EntityType.NAME, 0.9},
      "kiruna", new Object[] {EntityType.PLACE, 0.8},
      "lena", new Object[] {EntityType.NAME, 0.4},
      "sten", new Object[] {EntityType.NAME, 0.35},
      "bo", new Object[] {EntityType.NAME, 0.1},
      "storgatan", new Object[] {EntityType.ADDRESS, 0.2});

  /** An anonymizer builder with this detector only. */
  public static Anonymizer.Builder builder() {
    return Anonymizer.builder().serviceLoading(false).addDetector(new WordDetector());
  }

  @Override
  public String name() {
    return "test-words";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.NAME, EntityType.PLACE, EntityType.PERSONNUMMER);
  }

  @Override
  public void detect(ScanText text, FindingSink sink) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!text.isWordChar(i)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && text.isWordChar(i)) {
        i++;
      }
      String word = text.original().substring(start, i).toLowerCase(java.util.Locale.ROOT);
      if (word.equals("krasch")) {
        throw new IllegalStateException("cannot handle: " + text.original());
      }
      Object[] hit = WORDS.get(word);
      if (hit != null) {
        sink.add(start, i, (EntityType) hit[0], (Double) hit[1]);
      } else if (word.length() == 10 && word.chars().allMatch(Character::isDigit)) {
        sink.add(start, i, EntityType.PERSONNUMMER, 0.95);
      }
    }
  }
}
