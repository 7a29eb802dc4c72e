package se.avid.text;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link Reusable} buffers of one thread, lent to one call at a time: what lets detectors
 * reuse their per-call arrays safely. The anonymizer {@linkplain PerThread#acquire acquires} its
 * thread's workspace when a call starts, hands it to the call's {@link ScanText}, and
 * {@linkplain #release releases} it when the call ends, whether it returned or threw.
 *
 * <ul>
 *   <li><b>Re-entrant:</b> a call made inside another on the same thread (a detector or finding
 *       sink that analyses another text) gets a workspace of its own, used once, so the outer
 *       call's buffers are never lent twice.</li>
 *   <li><b>Fail-closed:</b> on release every buffer lent is {@linkplain Reusable#clear cleared},
 *       so no post stays in memory past its call; a buffer whose {@code clear} throws is dropped,
 *       never lent again. A workspace asked for a buffer after its call has ended throws.</li>
 * </ul>
 *
 * <p>Thread-confined in use; {@link #get} is synchronized so that a detector that hands the text
 * to helper threads within its call stays safe.
 */
public final class CallWorkspace {

  /** Whether this is a thread's pooled workspace, kept from call to call (false: one call only). */
  private final boolean pooled;
  /** Between {@link PerThread#acquire} and {@link #release}. */
  private boolean inCall;
  /** Keys and buffers in turn. */
  private Object[] entries = new Object[8];
  /** Per buffer: lent in the current call, so to be cleared at its end. */
  private boolean[] lent = new boolean[4];
  private int count;

  private CallWorkspace(boolean pooled) {
    this.pooled = pooled;
  }

  /**
   * Each thread's workspace of one anonymizer (one per anonymizer, so that dropping the
   * anonymizer lets its buffers go). Thread-safe.
   */
  public static final class PerThread {
    private final ThreadLocal<CallWorkspace> perThread = ThreadLocal.withInitial(() -> new CallWorkspace(true));

    /** A new, empty set of workspaces. */
    public PerThread() {}

    /**
     * The workspace for a call starting on this thread: the thread's own, or a fresh one used
     * once if the thread's own is lent to a call still running (a call inside a call).
     *
     * @return the workspace, to be {@linkplain #release released} when the call ends
     */
    public CallWorkspace acquire() {
      CallWorkspace w = perThread.get();
      if (w.inCall) {
        w = new CallWorkspace(false);
      }
      w.inCall = true;
      return w;
    }
  }

  /**
   * The buffer of this workspace for {@code key}, made with {@code make} the first time: within
   * one call every request with the same key gets the same object.
   *
   * @param key identifies the buffer; compared by identity (a class or a constant)
   * @param type the class of the buffer
   * @param make makes a new buffer
   * @param <T> the type of the buffer
   * @return the buffer, lent to this call
   * @throws IllegalStateException if the call has ended
   */
  public synchronized <T extends Reusable> T get(Object key, Class<T> type, Supplier<T> make) {
    Objects.requireNonNull(key, "key");
    if (!inCall) {
      throw new IllegalStateException("workspace used after its call ended");
    }
    for (int i = 0; i < count; i++) {
      if (entries[2 * i] == key) {
        lent[i] = true;
        return type.cast(entries[2 * i + 1]);
      }
    }
    T made = Objects.requireNonNull(make.get(), "reusable buffer");
    if (2 * count == entries.length) {
      entries = Arrays.copyOf(entries, 2 * entries.length);
      lent = Arrays.copyOf(lent, 2 * lent.length);
    }
    entries[2 * count] = key;
    entries[2 * count + 1] = type.cast(made);
    lent[count++] = true;
    return made;
  }

  /**
   * Ends the call: clears every buffer lent to it ({@link Reusable#clear}) and makes the workspace
   * the thread's to lend again. A buffer whose {@code clear} throws is dropped. Idempotent.
   */
  public synchronized void release() {
    if (!inCall) {
      return;
    }
    int kept = 0;
    for (int i = 0; i < count; i++) {
      boolean keep = true;
      if (lent[i]) {
        try {
          ((Reusable) entries[2 * i + 1]).clear();
        } catch (RuntimeException e) {
          keep = false; // it may still hold the text: never lent again, left to the collector
        }
      }
      if (keep && pooled) {
        if (kept != i) { // nearly always equal: nothing dropped, so no reference stored (each a GC barrier)
          entries[2 * kept] = entries[2 * i];
          entries[2 * kept + 1] = entries[2 * i + 1];
        }
        lent[kept++] = false;
      }
    }
    if (kept < count) {
      Arrays.fill(entries, 2 * kept, 2 * count, null);
      Arrays.fill(lent, kept, count, false);
    }
    count = kept;
    inCall = false;
  }
}
