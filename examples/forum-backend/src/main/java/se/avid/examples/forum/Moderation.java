package se.avid.examples.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.avid.EntityType;
import se.avid.Finding;
import se.avid.RedactionException;
import se.avid.examples.forum.ForumStore.Origin;
import se.avid.examples.forum.ForumStore.Span;
import se.avid.examples.review.ReviewingRedactor;
import se.avid.pipeline.OverlapResolver;

/**
 * What happens to a post: it is analysed; without review-band findings its redacted text is
 * published at once; with any, it waits for a moderator, who sees each finding, may switch it
 * off, may add a span, and publishes. A post that cannot be analysed is not published: it waits
 * for a moderator to redact it by hand.
 *
 * <p>Review-band findings start out switched on (redacted): a moderator who only clicks
 * "publish" publishes nothing that a detector had doubts about. Logs ids, counts and types, never
 * text. Thread-safe.
 */
final class Moderation {

  private static final Logger LOG = LoggerFactory.getLogger(Moderation.class);

  /** Longest post accepted, in chars. */
  static final int MAX_POST_CHARS = 100_000;

  /** What became of a submitted post. */
  record Submission(long id, ForumStore.Status status, String publishedText) {}

  private final ForumStore store;
  private final ReviewingRedactor redactor;

  Moderation(ForumStore store, ReviewingRedactor redactor) {
    this.store = Objects.requireNonNull(store);
    this.redactor = Objects.requireNonNull(redactor);
  }

  /**
   * Stores and, unless it needs a moderator, publishes a post.
   *
   * @throws IllegalArgumentException for an empty or too long text, or one with control characters
   */
  Submission submit(String text) {
    check(text);
    ReviewingRedactor.Result result;
    try {
      result = redactor.clean(text);
    } catch (RedactionException e) {
      long id = store.add(text, null, true, List.of());
      LOG.warn("post {} could not be analysed (detector '{}'); it waits for a moderator", id, e.detector());
      return new Submission(id, ForumStore.Status.PENDING, null);
    }
    List<Span> spans = new ArrayList<>();
    for (Finding f : result.redacted()) {
      spans.add(new Span(0, f.start(), f.end(), f.type(), f.score(), Origin.DETECTED, true));
    }
    for (Finding f : result.review()) {
      spans.add(new Span(0, f.start(), f.end(), f.type(), f.score(), Origin.REVIEW, true));
    }
    if (result.review().isEmpty()) {
      long id = store.add(text, result.text(), false, spans);
      LOG.info("post {} published: {} chars, {} spans redacted", id, text.length(), result.redacted().size());
      return new Submission(id, ForumStore.Status.PUBLISHED, result.text());
    }
    long id = store.add(text, null, false, spans);
    LOG.info("post {} waits for moderation: {} chars, {} redacted, {} for review {}", id, text.length(),
        result.redacted().size(), result.review().size(), types(result.review()));
    return new Submission(id, ForumStore.Status.PENDING, null);
  }

  private static void check(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("the post has no text");
    }
    if (text.length() > MAX_POST_CHARS) {
      throw new IllegalArgumentException("the post is longer than " + MAX_POST_CHARS + " chars");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
        throw new IllegalArgumentException("the post holds a control character at offset " + i);
      }
    }
  }

  /** Adds a span a moderator selected (redacted); false when the post is not pending or the span is outside the text. */
  boolean addSpan(long postId, int start, int end, EntityType type) {
    ForumStore.Moderation m = store.moderation(postId).orElse(null);
    if (m == null || m.status() != ForumStore.Status.PENDING || start < 0 || end <= start || end > m.original().length()) {
      return false;
    }
    boolean added = store.addSpan(postId, new Span(0, start, end, type, 1.0, Origin.MODERATOR, true));
    if (added) {
      LOG.info("post {}: a moderator added a {} span of {} chars", postId, type, end - start);
    }
    return added;
  }

  /** Switches a span on (redacted) or off (left visible). */
  boolean setRedact(long postId, long spanId, boolean redact) {
    boolean done = store.setRedact(postId, spanId, redact);
    if (done) {
      LOG.info("post {}: span {} {}", postId, spanId, redact ? "redacted" : "kept visible");
    }
    return done;
  }

  /**
   * Publishes a pending post with every span that is switched on redacted.
   *
   * @return how many spans were redacted; empty when the post does not wait for moderation
   */
  Optional<Integer> publish(long postId) {
    ForumStore.Moderation m = store.moderation(postId).orElse(null);
    if (m == null || m.status() != ForumStore.Status.PENDING) {
      return Optional.empty();
    }
    String text = ReviewingRedactor.redact(m.original(), redactedSpans(m.spans()));
    if (!store.publish(postId, text)) {
      return Optional.empty();
    }
    int redacted = (int) m.spans().stream().filter(Span::redact).count();
    LOG.info("post {} published by a moderator with {} spans redacted", postId, redacted);
    return Optional.of(redacted);
  }

  /** The spans switched on, as non-overlapping findings (overlaps joined), sorted. */
  static List<Finding> redactedSpans(List<Span> spans) {
    List<Finding> on = new ArrayList<>();
    for (Span s : spans) {
      if (s.redact()) {
        on.add(new Finding(s.start(), s.end(), s.type(), s.score(), s.origin().name().toLowerCase()));
      }
    }
    return OverlapResolver.resolve(on);
  }

  private static String types(List<Finding> findings) {
    return findings.stream().map(f -> f.type().name()).sorted().distinct().toList().toString();
  }
}
