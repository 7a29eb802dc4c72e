package se.avid.examples.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import se.avid.Anonymizer;

/**
 * One {@link Anonymizer} per JVM and settings, built on first use. An executor runs many tasks,
 * one after another and side by side; building the anonymizer (loading the name lists and the
 * context model) takes seconds, so it is done once per executor and shared by all its tasks (the
 * anonymizer is thread-safe), never once per partition and never shipped with the closure.
 *
 * <p>A JVM normally serves one job with one set of settings; the map holds one entry per distinct
 * settings ever used, which in practice is one.
 */
final class Anonymizers {

  private static final Map<AnonymizerSettings, Anonymizer> BUILT = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private Anonymizers() {}

  /**
   * The anonymizer for {@code settings}, built now if this JVM has none yet; concurrent first
   * calls wait for one build.
   *
   * @param settings the job's settings
   * @return the shared anonymizer
   */
  static Anonymizer get(AnonymizerSettings settings) {
    return BUILT.computeIfAbsent(settings, s -> {
      BUILDS.incrementAndGet();
      return s.build();
    });
  }

  /**
   * How many anonymizers this JVM has built so far.
   *
   * @return the number of builds
   */
  static int builds() {
    return BUILDS.get();
  }
}
