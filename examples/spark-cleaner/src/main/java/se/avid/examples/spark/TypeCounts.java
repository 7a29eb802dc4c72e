package se.avid.examples.spark;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/**
 * A Spark accumulator of counts by entity type name ({@code NAME → 1 204}): each task counts into
 * its own copy and Spark merges the copies on the driver. Types only, never values.
 */
final class TypeCounts extends AccumulatorV2<String, Map<String, Long>> {

  private final TreeMap<String, Long> counts = new TreeMap<>();

  @Override
  public boolean isZero() {
    return counts.isEmpty();
  }

  @Override
  public TypeCounts copy() {
    TypeCounts c = new TypeCounts();
    c.counts.putAll(counts);
    return c;
  }

  @Override
  public void reset() {
    counts.clear();
  }

  @Override
  public void add(String type) {
    counts.merge(type, 1L, Long::sum);
  }

  @Override
  public void merge(AccumulatorV2<String, Map<String, Long>> other) {
    other.value().forEach((type, n) -> counts.merge(type, n, Long::sum));
  }

  /** The counts so far, sorted by type name; a read-only view. */
  @Override
  public Map<String, Long> value() {
    return Collections.unmodifiableMap(counts);
  }
}
