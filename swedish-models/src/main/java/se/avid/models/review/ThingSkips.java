package se.avid.models.review;

import se.avid.EntityType;
import se.avid.models.lexicon.Tokens;
import se.avid.models.names.ThingNames;
import se.avid.spi.FindingSink;

/**
 * Asks {@link ThingNames#thingEnd} only when a finding is about to be reported: a word that is part
 * of a thing the name detector keeps ("en Kia", "Söderholms Rör AB", "lex Sarah") is no residual
 * leak, but most words are flagged by nothing, so the look-up is put off until one is. The words
 * that reached the look-up point ({@link #reached}) in the few tokens before a finding are looked up
 * then, in order, as the detector would have looked them up one by one; a thing found covers its
 * tokens, which the detector then skips ({@link #skipTo}). One per text; not thread-safe.
 */
final class ThingSkips implements FindingSink {

  /** A thing spans at most this many tokens after its first ("Kjell &amp; Company", a firm of four words). */
  private static final int MAX_SPAN = 5;

  private final Tokens tokens;
  private final FindingSink sink;
  /** The last words that reached the look-up point, oldest first in ring order. */
  private final int[] reached = new int[MAX_SPAN + 1];
  private int reachedCount;
  /** The last token looked up, so that none is looked up twice. */
  private int lookedUpTo = -1;
  /** The last token of the last thing found, or -1. */
  private int thingTo = -1;
  /** The token whose finding is reported next. */
  private int current;

  ThingSkips(Tokens tokens, FindingSink sink) {
    this.tokens = tokens;
    this.sink = sink;
  }

  /** Word {@code t} reached the point where the detector asks whether a thing begins at it. */
  void reached(int t) {
    reached[reachedCount++ % reached.length] = t;
  }

  /** The findings that follow are decided at token {@code t}. */
  void at(int t) {
    current = t;
  }

  /** The last token of a thing found so far, or -1: the detector skips to past it. */
  int skipTo() {
    return thingTo;
  }

  @Override
  public void add(int start, int end, EntityType type, double score) {
    add(start, end, type, score, null);
  }

  @Override
  public void add(int start, int end, EntityType type, double score, String explanation) {
    if (current > thingTo && !inThing(current)) {
      sink.add(start, end, type, score, explanation);
    }
  }

  /** True when token {@code u} is part of a thing that begins at one of the words reached before it, or at it. */
  private boolean inThing(int u) {
    int kept = Math.min(reachedCount, reached.length);
    for (int i = reachedCount - kept; i < reachedCount; i++) {
      int r = reached[i % reached.length];
      if (r <= lookedUpTo || r < u - MAX_SPAN || r > u) {
        continue;
      }
      lookedUpTo = r;
      if (r <= thingTo) {
        continue; // inside a thing found before: the detector would have skipped it
      }
      int last = ThingNames.thingEnd(tokens, r);
      if (last >= 0) {
        thingTo = last;
      }
    }
    return u <= thingTo;
  }
}
