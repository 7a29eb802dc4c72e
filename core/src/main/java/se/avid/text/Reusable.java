package se.avid.text;

/**
 * Buffers that a detector reuses from call to call on one thread instead of allocating them
 * for every text ({@link ScanText#reusable}): the arrays of a tokenization, a scratch table.
 *
 * <p>Lent to one call at a time; when the call ends, the anonymizer calls {@link #clear} before
 * the buffers may be lent again, on the same thread.
 */
public interface Reusable {

  /**
   * Forgets the text of the call that just ended: overwrites every char copied from it, and lets
   * go of buffers grown beyond what an ordinary post needs. Called once at the end of each call
   * that used this object; an object whose {@code clear} throws is never lent again.
   */
  void clear();
}
