package se.avid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.avid.rules.AllowList;
import se.avid.rules.Rules;
import se.avid.spi.Detector;

/**
 * What an {@link Anonymizer.Builder} was told about detectors and allow-lists: the detectors added
 * and removed by name, those of the user's rules, their allow-lists, and whether providers are
 * loaded and their kept terms used. {@link #detectors()} and {@link #allowList()} then give what
 * the built anonymizer runs with. Kept apart from the builder so that the order of precedence
 * (loaded, less removed, then added; kept terms never over the user's rules) lives in one place.
 * Mutable and confined to one builder.
 */
final class DetectorChoice {

  private final Map<String, Detector> added = new LinkedHashMap<>();
  private final List<String> removed = new ArrayList<>();
  /** The detectors of the user's rules: kept terms of providers do not protect what they find. */
  private final Set<String> ruleDetectors = new LinkedHashSet<>();
  private final List<AllowList> allowLists = new ArrayList<>();
  boolean serviceLoading = true;
  boolean keptTerms = true;
  ClassLoader classLoader;

  /** Adds {@code detector}, replacing any of its name, and forgets an earlier removal of that name. */
  void add(Detector detector) {
    Objects.requireNonNull(detector, "detector");
    added.put(Objects.requireNonNull(detector.name(), "detector name"), detector);
    removed.remove(detector.name());
  }

  /** Leaves out the detector of that name, whether added or loaded. */
  void remove(String name) {
    added.remove(Objects.requireNonNull(name, "name"));
    removed.add(name);
  }

  /** The detector of a rules file (if it has one), which kept terms never override, and its allow-list. */
  void addRules(Rules rules) {
    rules.detector().ifPresent(d -> {
      add(d);
      ruleDetectors.add(d.name());
    });
    allowLists.add(rules.allowList());
  }

  /** The detectors the anonymizer runs and the allow-list it applies, loading providers now if asked. */
  Chosen choose() {
    Collection<Detector> used = added.values();
    List<AllowList> lists = new ArrayList<>(allowLists);
    if (serviceLoading) {
      DetectorLoading.Loaded loaded = DetectorLoading.load(added, removed,
          classLoader != null ? classLoader : DetectorLoading.defaultClassLoader());
      used = loaded.detectors();
      if (keptTerms) {
        lists.add(AllowList.keeping(loaded.keptTerms()));
      }
    }
    return new Chosen(List.copyOf(used), AllowList.union(lists).overriddenBy(ruleDetectors));
  }

  /** The detectors, in the order they run, and the allow-list of a built anonymizer. */
  record Chosen(List<Detector> detectors, AllowList allowList) {}
}
