package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class BackgroundLoadTest {

  @Test
  void givesWhatThePartWasReadInto() {
    assertEquals(java.util.List.of("anna", "kiruna"),
        BackgroundLoad.start("test-part", () -> java.util.List.of("anna", "kiruna")).join());
  }

  @Test
  void readsThePartOnAnotherDaemonThread() {
    Thread part = BackgroundLoad.start("test-part", Thread::currentThread).join();
    assertTrue(part != Thread.currentThread());
    assertTrue(part.isDaemon());
    assertEquals("test-part", part.getName());
  }

  @Test
  void failsClosedWithTheExceptionOfThePart() {
    UncheckedIOException missing = new UncheckedIOException("cannot read towns.txt", new java.io.IOException());
    BackgroundLoad<Object> load = BackgroundLoad.start("test-part", () -> {
      throw missing;
    });
    IllegalStateException thrown = assertThrows(IllegalStateException.class, load::join);
    assertSame(missing, thrown.getCause());
  }

  @Test
  void rethrowsAnErrorOfThePartAsItIs() {
    OutOfMemoryError error = new OutOfMemoryError("test");
    BackgroundLoad<Object> load = BackgroundLoad.start("test-part", () -> {
      throw error;
    });
    assertSame(error, assertThrows(OutOfMemoryError.class, load::join));
  }

  @Test
  void anInterruptDoesNotAbortTheWaitButIsKept() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    BackgroundLoad<String> load = BackgroundLoad.start("test-part", () -> {
      release.await();
      return "read";
    });
    Thread.currentThread().interrupt();
    Thread releaser = new Thread(() -> {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      release.countDown();
    });
    releaser.start();
    try {
      assertEquals("read", load.join());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted(); // clears the flag for the next test
      releaser.join();
    }
  }
}
