package se.avid;

import java.util.List;
import java.util.Set;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * A test detector standing in for the real ones: reports every occurrence of the given words
 * (case-sensitive, as written) with one type and score.
 */
public record WordsDetector(String name, EntityType type, double score, List<String> words) implements Detector {

  public static WordsDetector of(String name, EntityType type, double score, String... words) {
    return new WordsDetector(name, type, score, List.of(words));
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(type);
  }

  @Override
  public void detect(ScanText text, FindingSink sink) {
    String s = text.original();
    for (String word : words) {
      for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
        sink.add(i, i + word.length(), type, score);
      }
    }
  }
}
