package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rewritten text's buffer: stretches and replacements in order, grown as needed, reused after a clear. */
class RewrittenCharsTest {

  @Test
  void appendsStretchesAndReplacementsInOrder() {
    String post = "Ring mig på 070-123 45 67 i kväll.";
    RewrittenChars out = new RewrittenChars(4);
    out.append(post, 0, 12);
    out.append("[TELEFON]");
    out.append(post, 25, post.length());
    assertEquals("Ring mig på [TELEFON] i kväll.", out.text());
    assertEquals(out.text().length(), out.length());
    assertTrue(out.capacity() >= out.length());
  }

  @Test
  void aTextWithWideCharsLeavesNothingBehindForTheNext() {
    RewrittenChars out = new RewrittenChars(8);
    out.append("Hej 😀 – snap: kalle_k");
    assertEquals("Hej 😀 – snap: kalle_k", out.text());
    out.clear();
    assertEquals("", out.text());
    out.append("Anna Svensson, Storgatan 1", 0, 13);
    assertEquals("Anna Svensson", out.text());
  }
}
