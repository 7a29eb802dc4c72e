package se.avid.tools.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.avid.EntityType;
import se.avid.Finding;

/**
 * Scores avid's findings against annotated texts, at entity level, by overlap.
 *
 * <ul>
 *   <li>Recall, per label that avid should find ({@link GoldLabels#findingTypes}): an entity is
 *       found when a finding of one of its types covers part of it, and found "with any type"
 *       when any finding does.
 *   <li>Precision, per finding type: a finding is right when it covers part of an entity that
 *       {@linkplain GoldLabels#mayBeRedacted may be redacted}.
 *   <li>Over-redaction: the share of tokens outside every entity that some finding covers.
 * </ul>
 *
 * <p>Keeps the first misses and false alarms, up to a limit, for study. Not thread-safe.
 */
public final class Scoreboard {

  /** An entity that no finding of its types covered. */
  public record Miss(AnnotatedText text, GoldSpan entity, EntityType coveredAs) {}

  /** A finding that covers no entity that may be redacted. */
  public record FalseAlarm(AnnotatedText text, Finding finding) {}

  /** Labels reported first, in this order; others follow alphabetically. */
  private static final List<String> LEADING_LABELS = List.of("PER", "LOC");

  /** Finding types whose precision is always reported, found or not. */
  private static final Set<EntityType> REPORTED_TYPES = Set.of(EntityType.NAME, EntityType.PLACE);

  private final int errorLimit;
  private final Map<String, long[]> recall = new TreeMap<>();
  private final Map<EntityType, long[]> precision = new TreeMap<>();
  private long outsideTokens;
  private long outsideTokensRedacted;
  private long texts;
  private final List<Miss> misses = new ArrayList<>();
  private final List<FalseAlarm> falseAlarms = new ArrayList<>();
  private long missCount;
  private long falseAlarmCount;

  /** @param errorLimit how many misses and how many false alarms to keep; 0 for none */
  public Scoreboard(int errorLimit) {
    if (errorLimit < 0) {
      throw new IllegalArgumentException("negative error limit");
    }
    this.errorLimit = errorLimit;
    for (EntityType type : REPORTED_TYPES) {
      precision.put(type, new long[2]);
    }
  }

  /** Scores the findings of one text. */
  public void add(AnnotatedText text, List<Finding> findings) {
    texts++;
    for (GoldSpan entity : text.gold()) {
      Set<EntityType> types = GoldLabels.findingTypes(entity.label());
      if (types.isEmpty()) {
        continue;
      }
      long[] counts = recall.computeIfAbsent(entity.label(), k -> new long[3]);
      counts[0]++;
      EntityType coveredAs = null;
      boolean rightType = false;
      for (Finding f : findings) {
        if (entity.overlaps(f.start(), f.end())) {
          coveredAs = coveredAs == null ? f.type() : coveredAs;
          rightType |= types.contains(f.type());
        }
      }
      if (rightType) {
        counts[1]++;
      } else {
        missCount++;
        if (misses.size() < errorLimit) {
          misses.add(new Miss(text, entity, coveredAs));
        }
      }
      if (coveredAs != null) {
        counts[2]++;
      }
    }
    for (Finding f : findings) {
      long[] counts = precision.computeIfAbsent(f.type(), k -> new long[2]);
      counts[0]++;
      boolean right = false;
      for (GoldSpan entity : text.gold()) {
        right |= GoldLabels.mayBeRedacted(entity.label()) && entity.overlaps(f.start(), f.end());
      }
      if (right) {
        counts[1]++;
      } else {
        falseAlarmCount++;
        if (falseAlarms.size() < errorLimit) {
          falseAlarms.add(new FalseAlarm(text, f));
        }
      }
    }
    for (Span token : text.tokens()) {
      if (insideAny(token, text.gold())) {
        continue;
      }
      outsideTokens++;
      for (Finding f : findings) {
        if (token.overlaps(f.start(), f.end())) {
          outsideTokensRedacted++;
          break;
        }
      }
    }
  }

  /** Texts scored so far. */
  public long texts() {
    return texts;
  }

  /** Per label, the entities found by a finding of their types; PER and LOC first. */
  public Map<String, Ratio> recall() {
    return recallBy(1);
  }

  /** Per label, the entities covered by a finding of any type; PER and LOC first. */
  public Map<String, Ratio> recallAnyType() {
    return recallBy(2);
  }

  /** Per finding type (always NAME and PLACE), the findings that cover an entity that may be redacted. */
  public Map<EntityType, Ratio> precision() {
    Map<EntityType, Ratio> out = new TreeMap<>();
    precision.forEach((type, c) -> out.put(type, new Ratio(c[1], c[0])));
    return Collections.unmodifiableMap(out);
  }

  /** Tokens outside every entity that some finding covers. */
  public Ratio outsideTokensRedacted() {
    return new Ratio(outsideTokensRedacted, outsideTokens);
  }

  /** The first misses, up to the limit. */
  public List<Miss> misses() {
    return Collections.unmodifiableList(misses);
  }

  /** The first false alarms, up to the limit. */
  public List<FalseAlarm> falseAlarms() {
    return Collections.unmodifiableList(falseAlarms);
  }

  /** All misses, kept or not. */
  public long missCount() {
    return missCount;
  }

  /** All false alarms, kept or not. */
  public long falseAlarmCount() {
    return falseAlarmCount;
  }

  private Map<String, Ratio> recallBy(int column) {
    Map<String, Ratio> out = new LinkedHashMap<>();
    for (String label : LEADING_LABELS) {
      long[] c = recall.get(label);
      if (c != null) {
        out.put(label, new Ratio(c[column], c[0]));
      }
    }
    recall.forEach((label, c) -> out.putIfAbsent(label, new Ratio(c[column], c[0])));
    return Collections.unmodifiableMap(out);
  }

  private static boolean insideAny(Span token, List<GoldSpan> gold) {
    for (GoldSpan g : gold) {
      if (g.overlaps(token.start(), token.end())) {
        return true;
      }
    }
    return false;
  }
}
