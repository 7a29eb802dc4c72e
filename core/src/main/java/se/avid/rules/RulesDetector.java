package se.avid.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * The detector of a rules file: its deny-list terms (all in one {@link TermMatcher} pass, score
 * 1.0) and its patterns (one {@link Shape} pass each, scored by context). Time is linear in the
 * text: O(n) for the terms plus O(n × shape length) per pattern. Immutable and thread-safe.
 */
final class RulesDetector implements Detector {

  /** Deny-list terms are certain: the user said so. */
  static final double DENY_SCORE = 1.0;

  private final String name;
  private final TermMatcher terms;
  private final EntityType[] termTypes;
  private final List<PatternRule> patterns;
  private final Set<EntityType> types;

  RulesDetector(String name, List<String> denyTerms, List<EntityType> denyTypes, List<PatternRule> patterns) {
    this.name = name;
    this.terms = denyTerms.isEmpty() ? null : new TermMatcher(denyTerms);
    this.termTypes = denyTypes.toArray(new EntityType[0]);
    this.patterns = List.copyOf(patterns);
    Set<EntityType> t = new HashSet<>();
    t.addAll(denyTypes);
    for (PatternRule p : patterns) {
      t.add(p.type());
    }
    this.types = Set.copyOf(t);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<EntityType> types() {
    return types;
  }

  @Override
  public void detect(ScanText text, FindingSink sink) {
    boolean explaining = sink.explaining();
    if (terms != null) {
      String why = explaining ? "on the deny list of " + name : null;
      terms.find(text, (term, start, end) -> sink.add(start, end, termTypes[term], DENY_SCORE, why));
    }
    for (PatternRule p : patterns) {
      p.shape().find(text, (start, end) -> sink.add(start, end, p.type(), p.scoreAt(text, start, end),
          explaining ? p.explanationAt(text, start, end) + " of " + name : null));
    }
  }

  @Override
  public String toString() {
    return "RulesDetector[" + name + ", " + termTypes.length + " terms, " + patterns.size() + " patterns]";
  }
}
