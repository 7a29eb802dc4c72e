package se.avid.examples.rules;

import java.util.Locale;
import se.avid.Anonymizer;
import se.avid.DecidedFinding;
import se.avid.EntityType;
import se.avid.RedactionResult;
import se.avid.redact.PseudonymStrategy;
import se.avid.rules.Rules;

/**
 * Redacts a sample post with the municipality's rules file and its own detector (found through
 * ServiceLoader) and prints the result and the findings with their decisions (never the values).
 *
 * <p>From the repository root, after {@code mvn -q -pl examples/custom-rules -am package}:
 * <pre>java -cp examples/custom-rules/target/classes:core/target/classes:SLF4J_API_JAR se.avid.examples.rules.CustomRulesExample</pre>
 */
public final class CustomRulesExample {

  /** An invented post: every name, number and street in it is made up. */
  static final String SAMPLE_POST = "hej! min handläggare Lena Holm på Malmö stad har inte svarat på mitt ärende "
      + "SN-2024-12345 (dnr SOF 2024/1234). vi bor nära Amiralsgatan och min son går på Rosengårdsskolan. "
      + "Karin Åbergs kollega sa att jag skulle ringa Stadsmissionen, mitt klientnummer är 483920. "
      + "koden till porten är 771204.";

  private CustomRulesExample() {}

  /** The anonymizer of the example: the rules file, pseudonyms for names, and every detector on the classpath. */
  static Anonymizer anonymizer() {
    return Anonymizer.builder()
        .rules(Rules.fromClasspath("malmo-rules.txt"))
        .strategy(EntityType.NAME, PseudonymStrategy.SWEDISH)
        .build();
  }

  public static void main(String[] args) {
    Anonymizer anonymizer = anonymizer();
    RedactionResult result = anonymizer.process(SAMPLE_POST);
    System.out.println("detectors: " + anonymizer.detectorNames());
    System.out.println(result.redactedText());
    System.out.println(result.needsReview() ? "needs review" : "no review needed");
    for (DecidedFinding f : result.findings()) {
      System.out.printf(Locale.ROOT, "  %-8s %-12s %4d..%-4d score %.2f  %s%n", f.decision(), f.type(), f.start(),
          f.end(), f.score(), f.finding().detector());
    }
  }
}
