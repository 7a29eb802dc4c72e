package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LetterTableTest {

  @Test
  void shiftingInALetterGivesTheKeyOfTheNextSequence() {
    long an = LetterTable.pack('^', 'a', 'n');
    assertEquals(LetterTable.pack('a', 'n', 'n'), LetterTable.shift(an, 'n'));
  }

  @Test
  void aSequenceReadsItsCountAndAnUnseenOneZero() {
    LetterTable table = new LetterTable(4);
    table.put(LetterTable.pack('a', 'n', 'n'), 7);
    table.put(LetterTable.pack('n', 'n', 'a'), -3);
    assertEquals(7, table.get(LetterTable.pack('a', 'n', 'n')));
    assertEquals(-3, table.get(LetterTable.pack('n', 'n', 'a')));
    assertEquals(0, table.get(LetterTable.pack('n', 'a', '$')));
  }

  @Test
  void aLaterCountForTheSameSequenceReplacesTheFirst() {
    LetterTable table = new LetterTable(4);
    table.put(LetterTable.pack('å', 's', 'a'), 2);
    table.put(LetterTable.pack('å', 's', 'a'), 5);
    assertEquals(5, table.get(LetterTable.pack('å', 's', 'a')));
  }
}
