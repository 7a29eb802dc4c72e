package se.avid.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.avid.EntityType;

class PostGeneratorTest {

  private static List<GeneratedPost> posts(long seed, int count, int bytes, Density density) {
    return new PostGenerator(seed).generate(count, bytes, density);
  }

  @Test
  void theSameSeedGivesTheSamePosts() {
    assertEquals(posts(42, 20, 1024, Density.TYPICAL), posts(42, 20, 1024, Density.TYPICAL));
  }

  @Test
  void anotherSeedGivesOtherPosts() {
    assertNotEquals(posts(42, 20, 1024, Density.TYPICAL), posts(43, 20, 1024, Density.TYPICAL));
  }

  @Test
  void theDefaultSeedGivesTheSameDocumentTwice() {
    GeneratedPost a = new PostGenerator(PostGenerator.DEFAULT_SEED).generate(PostSize.DOC_1MB.bytes(), Density.TYPICAL);
    GeneratedPost b = new PostGenerator(PostGenerator.DEFAULT_SEED).generate(PostSize.DOC_1MB.bytes(), Density.TYPICAL);
    assertEquals(a, b);
  }

  @ParameterizedTest
  @EnumSource(value = PostSize.class, names = {"SHORT_200B", "TYPICAL_1KB", "LONG_10KB", "DOC_100KB", "DOC_1MB"})
  void everyInputHasExactlyTheAskedUtf8Size(PostSize size) {
    for (Density density : Density.values()) {
      for (GeneratedPost post : posts(7, Math.min(20, size.inputCount()), size.bytes(), density)) {
        assertEquals(size.bytes(), post.utf8Bytes(), () -> size + " " + density);
      }
    }
  }

  @Test
  void tenMegabytesIsExact() {
    assertEquals(PostSize.DOC_10MB.bytes(), new PostGenerator(1).generate(PostSize.DOC_10MB.bytes(), Density.TYPICAL).utf8Bytes());
  }

  @Test
  void tooSmallASizeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new PostGenerator(1).generate(10, Density.NONE));
  }

  @ParameterizedTest
  @EnumSource(value = PostSize.class, names = {"SHORT_200B", "TYPICAL_1KB", "LONG_10KB"})
  void postsWithoutIdentifiersHaveNone(PostSize size) {
    for (GeneratedPost post : posts(3, 50, size.bytes(), Density.NONE)) {
      assertEquals(List.of(), post.identifiers());
      assertTrue(Pattern.compile("\\d{6}[-+ ]?\\d{4}|@|07\\d-").matcher(post.text()).results().findAny().isEmpty(),
          post::text);
    }
  }

  @Test
  void typicalPostsCarryAFewIdentifiersPerKilobyte() {
    double perKb = identifiersPerKilobyte(posts(5, 200, 1024, Density.TYPICAL));
    assertTrue(perKb >= 4 && perKb <= 15, "identifiers per KB: " + perKb);
  }

  @Test
  void densePostsCarryManyMoreIdentifiersThanTypicalOnes() {
    double dense = identifiersPerKilobyte(posts(5, 200, 1024, Density.DENSE));
    double typical = identifiersPerKilobyte(posts(5, 200, 1024, Density.TYPICAL));
    assertTrue(dense >= 20, "identifiers per KB: " + dense);
    assertTrue(dense >= 2.5 * typical, dense + " vs " + typical);
  }

  @Test
  void shortDensePostsStillIdentifySomeone() {
    for (GeneratedPost post : posts(9, 100, 200, Density.DENSE)) {
      assertTrue(post.identifiers().size() >= 1, post::text);
    }
  }

  @Test
  void densePostsMixEveryKindOfIdentifier() {
    Set<EntityType> seen = new HashSet<>();
    for (GeneratedPost post : posts(11, 100, 1024, Density.DENSE)) {
      post.identifiers().forEach(id -> seen.add(id.type()));
    }
    assertEquals(Set.of(EntityType.NAME, EntityType.PLACE, EntityType.ADDRESS, EntityType.POSTAL_CODE,
        EntityType.PERSONNUMMER, EntityType.SAMORDNINGSNUMMER, EntityType.PHONE, EntityType.EMAIL), seen);
  }

  @Test
  void identifierSpansCoverWhatWasInserted() {
    for (GeneratedPost post : posts(13, 50, 1024, Density.DENSE)) {
      for (Identifier id : post.identifiers()) {
        String value = post.text().substring(id.start(), id.end());
        assertEquals(value.strip(), value, "no surrounding space in a span");
        EntityType type = id.type();
        if (type == EntityType.PERSONNUMMER || type == EntityType.SAMORDNINGSNUMMER) {
          assertTrue(value.matches("(19|20)?[ ]?\\d{6}( - |[-+ \u2013])?\\d{4}"), value);
        } else if (type == EntityType.EMAIL) {
          assertTrue(value.contains("@") || value.contains("at"), value);
        } else if (type == EntityType.POSTAL_CODE) {
          assertTrue(value.matches("(SE-)?\\d{3} ?\\d{2}"), value);
        } else {
          assertTrue(value.length() >= 2, value);
        }
      }
    }
  }

  @Test
  void generatedPersonnummerHaveRealDatesAndMostlyRightCheckDigits() {
    IdentifierValues values = new IdentifierValues(new java.util.Random(1), Lexicon.bundled());
    int valid = 0;
    for (int i = 0; i < 1000; i++) {
      String digits = values.personnummer(false).replaceAll("\\D", "");
      String ten = digits.substring(digits.length() - 10);
      int month = Integer.parseInt(ten.substring(2, 4));
      int day = Integer.parseInt(ten.substring(4, 6));
      assertTrue(month >= 1 && month <= 12 && day >= 1 && day <= 31, ten);
      if (IdentifierValues.luhnCheckDigit(ten.substring(0, 9)) == ten.charAt(9) - '0') {
        valid++;
      }
    }
    assertTrue(valid > 850 && valid < 950, "valid check digits: " + valid);
  }

  @Test
  void luhnCheckDigitOfAKnownPersonnummer() {
    // 811218-9876 is the Swedish tax agency's classic example
    assertEquals(6, IdentifierValues.luhnCheckDigit("811218987"));
  }

  private static double identifiersPerKilobyte(List<GeneratedPost> posts) {
    long ids = 0;
    long bytes = 0;
    for (GeneratedPost p : posts) {
      ids += p.identifiers().size();
      bytes += p.utf8Bytes();
    }
    return ids * 1024.0 / bytes;
  }
}
