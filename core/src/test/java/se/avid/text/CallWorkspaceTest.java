package se.avid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CallWorkspaceTest {

  /** A buffer that remembers the text written into it, and whether it was cleared. */
  static final class Buffer implements Reusable {
    final StringBuilder text = new StringBuilder();
    int clears;

    @Override
    public void clear() {
      text.setLength(0);
      clears++;
    }
  }

  /** A buffer that cannot be cleared. */
  static final class Broken implements Reusable {
    @Override
    public void clear() {
      throw new IllegalStateException("cannot clear");
    }
  }

  private final CallWorkspace.PerThread workspaces = new CallWorkspace.PerThread();

  private static Buffer buffer(CallWorkspace w) {
    return w.get(Buffer.class, Buffer.class, Buffer::new);
  }

  @Test
  void lendsOneBufferPerKeyWithinACall() {
    CallWorkspace w = workspaces.acquire();
    assertSame(buffer(w), buffer(w));
    w.release();
  }

  @Test
  void lendsTheSameBufferToTheThreadsNextCallClearedInBetween() {
    CallWorkspace first = workspaces.acquire();
    Buffer b = buffer(first);
    b.text.append("jag heter Anna");
    first.release();
    assertEquals("", b.text.toString());
    assertEquals(1, b.clears);
    CallWorkspace second = workspaces.acquire();
    assertSame(b, buffer(second));
    second.release();
  }

  @Test
  void aCallInsideACallGetsBuffersOfItsOwn() {
    CallWorkspace outer = workspaces.acquire();
    Buffer outerBuffer = buffer(outer);
    outerBuffer.text.append("ring 070-123 45 67");
    CallWorkspace inner = workspaces.acquire();
    Buffer innerBuffer = buffer(inner);
    assertNotSame(outerBuffer, innerBuffer);
    inner.release();
    assertEquals("ring 070-123 45 67", outerBuffer.text.toString()); // the inner call's end leaves it alone
    outer.release();
    CallWorkspace next = workspaces.acquire();
    assertSame(outerBuffer, buffer(next)); // the thread's own is lent again, not the inner one's
    next.release();
  }

  @Test
  void refusesToLendAfterTheCallHasEnded() {
    CallWorkspace w = workspaces.acquire();
    w.release();
    assertThrows(IllegalStateException.class, () -> buffer(w));
  }

  @Test
  void neverLendsAgainABufferThatFailedToClear() {
    CallWorkspace first = workspaces.acquire();
    Broken broken = first.get(Broken.class, Broken.class, Broken::new);
    Buffer kept = buffer(first);
    first.release();
    CallWorkspace second = workspaces.acquire();
    assertNotSame(broken, second.get(Broken.class, Broken.class, Broken::new));
    assertSame(kept, buffer(second));
    second.release();
  }

  @Test
  void clearsOnlyTheBuffersLentToTheCall() {
    CallWorkspace first = workspaces.acquire();
    Buffer b = buffer(first);
    first.release();
    workspaces.acquire().release();
    assertEquals(1, b.clears);
  }

  @Test
  void releasingTwiceClearsOnce() {
    CallWorkspace w = workspaces.acquire();
    Buffer b = buffer(w);
    w.release();
    w.release();
    assertEquals(1, b.clears);
  }

  @Test
  void eachThreadHasBuffersOfItsOwn() throws InterruptedException {
    CallWorkspace mine = workspaces.acquire();
    Buffer myBuffer = buffer(mine);
    AtomicReference<Buffer> theirs = new AtomicReference<>();
    Thread other = new Thread(() -> {
      CallWorkspace w = workspaces.acquire();
      theirs.set(buffer(w));
      w.release();
    });
    other.start();
    other.join();
    assertNotSame(myBuffer, theirs.get());
    mine.release();
  }

  @Test
  void aTextOutsideACallMakesItsBuffersOncePerText() {
    ScanText text = ScanText.of("hej");
    Buffer b = text.reusable(Buffer.class, Buffer.class, Buffer::new);
    assertSame(b, text.reusable(Buffer.class, Buffer.class, Buffer::new));
    assertNotSame(b, ScanText.of("hej").reusable(Buffer.class, Buffer.class, Buffer::new));
    assertTrue(b.clears == 0);
  }
}
