package se.avid;

import java.util.ArrayList;
import java.util.List;
import se.avid.text.Reusable;

/**
 * The working lists of one call, reused from call to call on one thread (lent by the call's
 * {@link se.avid.text.CallWorkspace}): the detectors' raw findings and the two parts that
 * {@link Decisions} splits them into before resolving overlaps, and the sink that collects the
 * raw findings. A call made them anew before, with the growth of each list: about a tenth of the
 * structured pipeline's garbage on a 1 KB post. Nothing in them outlives the call: the result
 * holds lists of its own ({@link se.avid.pipeline.OverlapResolver} makes them).
 */
final class CallLists implements Reusable {

  /** Lists grown past this many findings (a long text) are not kept for the next call. */
  private static final int LARGEST_KEPT = 1 << 10;
  private static final int FIRST_CAPACITY = 32;

  /** The findings of every detector, as the sink keeps them. */
  List<Finding> raw = new ArrayList<>(FIRST_CAPACITY);
  /** The findings scored for redaction, then those for review: {@link Decisions}' own, sorted in place. */
  List<Finding> toRedact = new ArrayList<>(FIRST_CAPACITY);
  List<Finding> toReview = new ArrayList<>(FIRST_CAPACITY);
  final CollectingSink sink = new CollectingSink();

  @Override
  public void clear() {
    sink.end();
    if (raw.size() > LARGEST_KEPT) { // the other lists hold fewer: each finding is in one of them at most
      raw = new ArrayList<>(FIRST_CAPACITY);
      toRedact = new ArrayList<>(FIRST_CAPACITY);
      toReview = new ArrayList<>(FIRST_CAPACITY);
    } else {
      raw.clear();
      toRedact.clear();
      toReview.clear();
    }
  }
}
