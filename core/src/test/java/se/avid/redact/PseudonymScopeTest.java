package se.avid.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.EntityType;

class PseudonymScopeTest {

  @ParameterizedTest(name = "{1} is the same {0} as {2}")
  @CsvSource(delimiter = '|', value = {
      "NAME         | Anna               | Annas",
      "NAME         | Anna               | ANNA",
      "NAME         | Anna Lindqvist     | anna  lindqvists",
      "NAME         | Anna-Karin         | anna-karin",
      "NAME         | Lena               | Lena:s",
      "PLACE        | Umeå               | Umeås",
      "PHONE        | 070-123 45 67      | 0701234567",
      "PHONE        | 070-123 45 67      | +46 70 123 45 67",
      "PHONE        | 070-123 45 67      | +46 (0)70-123 45 67",
      "PHONE        | 070-123 45 67      | 0046701234567",
      "PERSONNUMMER | 850412-1234        | 8504121234",
      "PERSONNUMMER | 850412-1234        | 19850412-1234",
      "PERSONNUMMER | 850412-1234        | 850412–1234",
      "EMAIL        | anna.l@gmail.com   | Anna.L@Gmail.com",
  })
  void numbersEveryWayOfWritingTheSameValueAlike(EntityType type, String first, String second) {
    PseudonymScope scope = new PseudonymScope();
    assertEquals(1, scope.number(type, first));
    assertEquals(1, scope.number(type, second));
    assertEquals(1, scope.count(type));
  }

  @Test
  void differentValuesGetTheNextNumber() {
    PseudonymScope scope = new PseudonymScope();
    assertEquals(1, scope.number(EntityType.NAME, "Anna"));
    assertEquals(2, scope.number(EntityType.NAME, "Peter"));
    assertEquals(3, scope.number(EntityType.NAME, "Elias"));
    assertEquals(2, scope.number(EntityType.NAME, "Peters"));
  }

  @Test
  void eachTypeCountsOnItsOwn() {
    PseudonymScope scope = new PseudonymScope();
    assertEquals(1, scope.number(EntityType.NAME, "Kiruna"));
    assertEquals(1, scope.number(EntityType.PLACE, "Kiruna"));
    assertEquals(2, scope.number(EntityType.NAME, "Lena"));
  }

  @Test
  void differentNumbersAreNotMerged() {
    PseudonymScope scope = new PseudonymScope();
    assertEquals(1, scope.number(EntityType.PHONE, "070-123 45 67"));
    assertEquals(2, scope.number(EntityType.PHONE, "070-123 45 68"));
  }

  @Test
  void clearStartsTheNumberingAgain() {
    PseudonymScope scope = new PseudonymScope();
    scope.number(EntityType.NAME, "Anna");
    scope.number(EntityType.NAME, "Peter");
    scope.clear();
    assertEquals(1, scope.number(EntityType.NAME, "Peter"));
  }

  @Test
  void aScopeThatNumberedNothingCountsNoneAndClearsAndPrints() {
    PseudonymScope scope = new PseudonymScope();
    assertEquals(0, scope.count(EntityType.NAME));
    scope.clear();
    assertEquals("PseudonymScope{}", scope.toString());
    assertEquals(1, scope.number(EntityType.NAME, "Anna"));
  }

  @Test
  void toStringShowsCountsNotValues() {
    PseudonymScope scope = new PseudonymScope();
    scope.number(EntityType.NAME, "Anna");
    assertEquals("PseudonymScope{NAME=1}", scope.toString());
    assertFalse(scope.toString().toLowerCase().contains("anna"));
  }

  @Test
  void concurrentPostsOfOneThreadNeverShareANumberBetweenTwoPeople() throws Exception {
    PseudonymScope scope = new PseudonymScope();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> numbers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String name = "Person" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
        numbers.add(pool.submit(() -> scope.number(EntityType.NAME, name)));
      }
      java.util.Set<Integer> distinct = new java.util.HashSet<>();
      for (Future<Integer> f : numbers) {
        distinct.add(f.get());
      }
      assertEquals(200, distinct.size());
      assertEquals(200, scope.count(EntityType.NAME));
    } finally {
      pool.shutdownNow();
    }
  }
}
