package se.avid.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;

class TokenBuffersTest {

  @Test
  void clearOverwritesTheTextAndKeepsTheArraysOfAnOrdinaryPost() {
    TokenBuffers b = new TokenBuffers();
    b.reserve(40, 26);
    "jag heter anna och bor i kiruna".getChars(0, 31, b.lower, 0);
    char[] lower = b.lower;
    int[] start = b.start;
    b.clear();
    assertSame(lower, b.lower);
    assertSame(start, b.start);
    assertEquals(new String(new char[40]), new String(b.lower, 0, 40));
  }

  @Test
  void clearLetsGoOfTheArraysOfALongDocument() {
    TokenBuffers b = new TokenBuffers();
    b.reserve(TokenBuffers.MAX_KEPT_CHARS + 1, TokenBuffers.MAX_KEPT_TOKENS + 1);
    b.clear();
    assertEquals(0, b.lower.length);
    assertEquals(0, b.start.length);
  }

  @Test
  void reserveKeepsTheTokensWhenTheArraysGrow() {
    TokenBuffers b = new TokenBuffers();
    b.reserve(10, 2);
    b.start[1] = 7;
    b.reserve(10, 8);
    assertEquals(7, b.start[1]);
    assertTrue(b.end.length >= 8 && b.info.length >= 8);
  }

  @Test
  void postsRedactedOneAfterAnotherOnOneThreadReadOnlyTheirOwnText() {
    Anonymizer a = Anonymizer.builder().build();
    String longer = "min granne Lars Svensson på Storgatan 12 i Kiruna ringer hela tiden";
    String shorter = "ring Anna";
    String first = a.redact(longer);
    assertEquals(a.redact(shorter), Anonymizer.builder().build().redact(shorter));
    assertEquals(first, a.redact(longer));
  }
}
