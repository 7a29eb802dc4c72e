package se.avid.models.lexicon;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A part of a model read on a thread of its own while the loading thread reads another part:
 * {@link SwedishLexicon} reads its word lists while it parses the Hunspell dictionary.
 *
 * <p>Why a thread of its own and not a pool: it runs once per class loader, for a fraction of a
 * second, and a library should not hold threads or tie up an application's pool (the common
 * fork-join pool has a single thread on two cores). The thread is a daemon, so a failed load
 * never keeps the JVM alive.
 *
 * <p>Fails closed: {@link #join} rethrows whatever the part threw, so the lazy holder that loads
 * the model fails as if it had read the part itself.
 *
 * @param <T> what the part is read into
 */
final class BackgroundLoad<T> {

  private final FutureTask<T> task;

  private BackgroundLoad(FutureTask<T> task) {
    this.task = task;
  }

  /**
   * Starts reading a part on a new daemon thread.
   *
   * @param name the thread's name
   * @param part reads the part
   * @param <T> what the part is read into
   * @return the part being read
   */
  static <T> BackgroundLoad<T> start(String name, Callable<T> part) {
    FutureTask<T> task = new FutureTask<>(part);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return new BackgroundLoad<>(task);
  }

  /**
   * Waits until the part is read and returns it; an interrupt does not stop the wait (a holder
   * whose load failed would stay failed for the life of the class loader) but is kept.
   *
   * @return the part
   * @throws IllegalStateException wrapping what reading the part threw, if it was an exception
   * @throws Error what reading the part threw, if it was an error
   */
  T join() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException("cannot load a part of the lexicon", cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
