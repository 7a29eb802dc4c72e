package se.avid.redact;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import se.avid.EntityType;

/**
 * Numbers the people and things of one post or one thread of posts, so that every mention of the
 * same value gets the same number: {@code Anna}, {@code anna} and {@code Annas} are all
 * {@code [NAMN 1]}, the next name is {@code [NAMN 2]}. Each type counts on its own.
 *
 * <pre>{@code
 * PseudonymScope thread = new PseudonymScope();      // one per forum thread
 * for (String post : postsOfTheThread) {
 *   publish(anonymizer.process(post, thread).redactedText());
 * }
 * }</pre>
 *
 * <p>Thread-safe (every method is synchronized), but the numbers depend on the order in which
 * posts are processed: process the posts of a thread in their published order. The scope holds
 * normalised found values in memory for as long as it lives; drop it (or {@link #clear()} it)
 * when the thread is done. {@link #toString()} shows counts only.
 */
public final class PseudonymScope {

  /**
   * Per type, the numbers of its values; made on the first number asked, since most scopes are
   * made for one post ({@code Anonymizer.redact}) and most of those redact without pseudonyms.
   */
  private Map<EntityType, Map<String, Integer>> numbers;

  /**
   * The number of {@code value} as a {@code type} in this scope: the number it got when first seen,
   * or the next free number of that type.
   *
   * @param type a built-in or custom type
   * @param value a found value
   * @return the number, from 1
   */
  public synchronized int number(EntityType type, CharSequence value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (numbers == null) {
      numbers = new java.util.TreeMap<>();
    }
    Map<String, Integer> ofType = numbers.computeIfAbsent(type, t -> new HashMap<>());
    String key = PseudonymKeys.of(type, value);
    Integer known = ofType.get(key);
    if (known != null) {
      return known;
    }
    int next = ofType.size() + 1;
    ofType.put(key, next);
    return next;
  }

  /**
   * How many different values of {@code type} this scope has numbered.
   *
   * @param type a built-in or custom type
   * @return the count
   */
  public synchronized int count(EntityType type) {
    Map<String, Integer> ofType = numbers == null ? null : numbers.get(type);
    return ofType == null ? 0 : ofType.size();
  }

  /** Forgets every value and starts the numbering again. */
  public synchronized void clear() {
    if (numbers != null) {
      numbers.clear();
    }
  }

  @Override
  public synchronized String toString() {
    Map<EntityType, Integer> counts = new java.util.TreeMap<>();
    if (numbers != null) {
      numbers.forEach((t, m) -> counts.put(t, m.size()));
    }
    return "PseudonymScope" + counts;
  }
}
