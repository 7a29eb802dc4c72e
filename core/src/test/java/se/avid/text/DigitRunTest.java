package se.avid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitRunTest {

  private static DigitRun read(String text, int maxDigits) {
    ScanText scan = ScanText.of(text);
    return new DigitRun(scan).read(NumberEdges.nextStart(scan, 0), maxDigits);
  }

  @Test
  void aLentRunIsTheCallsOwnAndForgetsTheTextWhenTheCallEnds() {
    CallWorkspace.PerThread workspaces = new CallWorkspace.PerThread();
    CallWorkspace first = workspaces.acquire();
    ScanText post = ScanText.of("pnr 850412-1230 ok", first);
    DigitRun run = DigitRun.lent(post, DigitRunTest.class);
    assertSame(run, DigitRun.lent(post, DigitRunTest.class));
    assertNotSame(run, DigitRun.lent(post, "another key"));
    assertEquals(8504121230L, run.read(NumberEdges.nextStart(post, 0), 13).value(0, 10));
    first.release();
    assertEquals(0, run.count());
    CallWorkspace second = workspaces.acquire();
    ScanText next = ScanText.of("ring 070-123 45 67", second);
    DigitRun again = DigitRun.lent(next, DigitRunTest.class);
    assertSame(run, again); // lent again to the thread's next call, now reading its text
    assertEquals(701234567L, again.read(NumberEdges.nextStart(next, 0), 13).value(0, 10));
    second.release();
  }

  @Test
  void recordsTheSeparatorBeforeEachDigit() {
    DigitRun run = read("pnr 850412-1230 ok", 13);
    assertEquals(10, run.count());
    assertEquals(4, run.start());
    assertEquals(DigitLinks.DASH, run.separatorBefore(6));
    assertEquals(0, run.separatorBefore(5));
    assertEquals(DigitLinks.END, run.separatorBefore(10));
    assertEquals(8504121230L, run.value(0, 10));
  }

  @Test
  void phoneGroupingShowsAsSeparatorsInsideTheDigits() {
    DigitRun run = read("070-123 45 67", 13);
    assertEquals(10, run.count());
    assertEquals(DigitLinks.DASH, run.separatorBefore(3));
    assertEquals(DigitLinks.SPACE, run.separatorBefore(6));
    assertEquals(DigitLinks.SPACE, run.separatorBefore(8));
  }

  @Test
  void punctuationBetweenGroupsJoinsThem() {
    for (String typed : new String[] {"85/04/12/1234", "85.04.12.1234", "85_04_12_1234", "85:04:12:1234",
        "85,04,12,1234", "85=04=12=1234", "85~04~12~1234", "85*04*12*1234"}) {
      DigitRun run = read(typed, 13);
      assertEquals(10, run.count(), typed);
      assertEquals(DigitLinks.PUNCT, run.separatorBefore(2), typed);
      assertEquals(8504121234L, run.value(0, 10), typed);
    }
  }

  @Test
  void aDoubleDashIsOneSeparator() {
    DigitRun run = read("850412--1234", 13);
    assertEquals(10, run.count());
    assertEquals(DigitLinks.DASH | DigitLinks.WIDE, run.separatorBefore(6));
  }

  @Test
  void anHtmlLineBreakIsALineBreak() {
    for (String typed : new String[] {"850412<br>1234", "850412<BR/>1234", "850412<br />1234"}) {
      DigitRun run = read(typed, 13);
      assertEquals(10, run.count(), typed);
      assertEquals(DigitLinks.NEWLINE, run.separatorBefore(6), typed);
    }
  }

  @Test
  void sentencePunctuationBeforeASpaceEndsTheRun() {
    assertEquals(5, read("8327-9, 914 123 456-7", 13).count());
    assertEquals(10, read("850412-1234. 070", 13).count());
    assertEquals(4, read("kl 0830: 12 personer", 13).count());
  }

  @Test
  void wideSeparatorsAndLineBreaksAreMarked() {
    DigitRun run = read("850412 - 1230 och 8504\r\n121230", 13);
    assertEquals(DigitLinks.SPACE | DigitLinks.DASH | DigitLinks.WIDE, run.separatorBefore(6));
    DigitRun wrapped = read("8504\r\n121230", 13);
    assertEquals(DigitLinks.NEWLINE | DigitLinks.WIDE, wrapped.separatorBefore(4));
  }

  @Test
  void zeroWidthCharsAreAbsent() {
    DigitRun run = read("85\u200B04\u200B12-1230", 13);
    assertEquals(10, run.count());
    assertEquals(0, run.separatorBefore(2));
    assertEquals(3, run.position(2));
  }

  @Test
  void wordsAndTwoSignsEndTheRun() {
    assertEquals(3, read("123kr", 13).count());
    assertEquals(3, read("123+-456", 13).count());
    assertEquals(3, read("123 . 456", 13).count());
  }

  @Test
  void knowsWhetherAMatchWouldCutALongerNumber() {
    DigitRun run = read("85041212301234", 13);
    assertFalse(run.canEndAfter(10));
    assertTrue(read("850412-1230 070", 13).canEndAfter(10));
    assertFalse(read("850412-1230-5", 13).canEndAfter(10));
    assertFalse(read("850412-1230,50", 13).canEndAfter(10));
    assertFalse(read("850412-1230a", 13).canEndAfter(10));
    assertTrue(read("850412-1230.", 13).canEndAfter(10));
  }

  @Test
  void reportsWhatFollowsWhenTheLimitIsReached() {
    DigitRun run = read("1234 5678", 4);
    assertEquals(4, run.count());
    assertEquals(DigitLinks.SPACE, run.separatorBefore(4));
  }

  @Test
  void startsOnlyAtTheFirstDigitOfASequenceAndNotGluedToALongerOne() {
    ScanText text = ScanText.of("ab12 3,45 1-2 x9");
    assertEquals(2, NumberEdges.nextStart(text, 0));
    assertFalse(NumberEdges.startsCleanly(text, 2));
    assertEquals(5, NumberEdges.nextStart(text, 3));
    assertTrue(NumberEdges.startsCleanly(text, 5));
    assertFalse(NumberEdges.startsCleanly(text, 7));
    assertFalse(NumberEdges.startsCleanly(text, 12));
  }

  @Test
  void knowsWhenANumberIsGluedToAWord() {
    ScanText text = ScanText.of("pnr850412-1230och 12");
    assertTrue(NumberEdges.followsLetter(text, 3));
    assertFalse(NumberEdges.followsLetter(text, 18));
    DigitRun run = new DigitRun(text).read(3, 13);
    assertTrue(run.letterFollows(10));
    assertFalse(run.canEndAfter(10));
    assertFalse(run.letterFollows(9));
  }

  @Test
  void luhnChecksTheLastDigit() {
    assertTrue(read("8504121230", 13).luhn(0, 10));
    assertFalse(read("8504121234", 13).luhn(0, 10));
    assertTrue(read("4111111111111111", 19).luhn(0, 16));
  }
}
