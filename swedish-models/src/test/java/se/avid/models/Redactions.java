package se.avid.models;

import java.util.List;
import java.util.stream.Collectors;
import se.avid.Anonymizer;

/**
 * What the default anonymizer (every detector on the classpath, no review band) redacts in a text,
 * written as {@code "TYPE value"} in text order: the expected findings of specification tables
 * that run the whole pipeline.
 */
public final class Redactions {

  private static final Anonymizer ANONYMIZER = Anonymizer.builder().build();

  private Redactions() {}

  /** {@code ["PLACE Uppsala", "NAME Sol"]}: each redacted finding's type and text. */
  public static List<String> in(String text) {
    return ANONYMIZER.analyze(text).stream().filter(f -> f.score() >= 0.5)
        .map(f -> f.type() + " " + f.valueIn(text)).collect(Collectors.toList());
  }
}
