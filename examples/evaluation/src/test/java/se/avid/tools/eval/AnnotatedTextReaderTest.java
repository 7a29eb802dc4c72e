package se.avid.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedTextReaderTest {

  private static AnnotatedTextReader.Corpus read(String jsonLines) throws IOException {
    return AnnotatedTextReader.read(new BufferedReader(new StringReader(jsonLines)));
  }

  @Test
  void tokenTaggedLineBecomesTextJoinedBySpaces() throws IOException {
    AnnotatedText t = read("""
        {"id": 7, "tokens": ["Jag", "heter", "Anna", "Lindqvist", "."], "ner_tags": ["O", "O", "PER", "PER", "O"]}
        """).texts().get(0);

    assertEquals("Jag heter Anna Lindqvist .", t.text());
    assertEquals(List.of(new Span(0, 3), new Span(4, 9), new Span(10, 14), new Span(15, 24), new Span(25, 26)),
        t.tokens());
  }

  @Test
  void consecutiveTokensWithTheSameTagFormOneEntity() throws IOException {
    AnnotatedText t = read("""
        {"tokens": ["Anna", "Lindqvist", "bor", "i", "Kiruna"], "ner_tags": ["PER", "PER", "O", "O", "LOC"]}
        """).texts().get(0);

    assertEquals(List.of(new GoldSpan(0, 14, "PER"), new GoldSpan(21, 27, "LOC")), t.gold());
  }

  @Test
  void adjacentEntitiesWithDifferentTagsStaySeparate() throws IOException {
    AnnotatedText t = read("""
        {"tokens": ["Malmö", "Anna"], "ner_tags": ["LOC", "PER"]}
        """).texts().get(0);

    assertEquals(List.of(new GoldSpan(0, 5, "LOC"), new GoldSpan(6, 10, "PER")), t.gold());
  }

  @Test
  void spanAnnotatedLineKeepsTextAndOffsets() throws IOException {
    AnnotatedText t = read("""
        {"text": "hej jag heter anna\\nring 070-123 45 67", "spans": [{"start": 14, "end": 18, "type": "NAME"}, {"start": 24, "end": 37, "type": "phone"}]}
        """).texts().get(0);

    assertEquals("hej jag heter anna\nring 070-123 45 67", t.text());
    assertEquals(List.of(new GoldSpan(14, 18, "NAME"), new GoldSpan(24, 37, "PHONE")), t.gold());
  }

  @Test
  void spanAnnotatedTextIsTokenisedAtWhitespace() {
    assertEquals(List.of(new Span(0, 3), new Span(4, 9), new Span(12, 16)),
        SpanAnnotatedReader.whitespaceTokens("hej anna,\n  ring"));
  }

  @Test
  void spansAreSortedByStart() throws IOException {
    AnnotatedText t = read("""
        {"text": "anna i kiruna", "spans": [{"start": 7, "end": 13, "type": "LOC"}, {"start": 0, "end": 4, "type": "PER"}]}
        """).texts().get(0);

    assertEquals(List.of(new GoldSpan(0, 4, "PER"), new GoldSpan(7, 13, "LOC")), t.gold());
  }

  @Test
  void postWithoutSpansHasNoEntities() throws IOException {
    assertTrue(read("{\"text\": \"ring 1177 om du är sjuk\"}").texts().get(0).gold().isEmpty());
  }

  @Test
  void formatIsDetectedLineByLine() throws IOException {
    AnnotatedTextReader.Corpus corpus = read("""
        {"tokens": ["Hej", "Anna"], "ner_tags": ["O", "PER"]}

        {"text": "hej anna", "spans": [{"start": 4, "end": 8, "type": "PER"}]}
        {"text": "inget här", "spans": []}
        """);

    assertEquals(3, corpus.texts().size());
    assertEquals(1, corpus.tokenTagged());
    assertEquals(2, corpus.spanAnnotated());
  }

  @Test
  void lowercasedTextKeepsEveryOffset() throws IOException {
    AnnotatedText t = read("""
        {"tokens": ["Jag", "heter", "ANNA", "."], "ner_tags": ["O", "O", "PER", "O"]}
        """).texts().get(0);

    AnnotatedText lower = t.lowercased();

    assertEquals("jag heter anna .", lower.text());
    assertEquals(t.gold(), lower.gold());
    assertEquals(t.tokens(), lower.tokens());
  }

  @Test
  void lineInNeitherFormatIsRejectedWithItsNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("""
        {"text": "ok"}
        {"words": ["Anna"]}
        """));
    assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
  }

  @Test
  void malformedJsonIsRejectedWithoutQuotingTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> read("{\"text\": \"anna lindqvist"));
    assertTrue(e.getMessage().startsWith("line 1: not valid JSON"), e.getMessage());
    assertFalse(e.getMessage().contains("lindqvist"), e.getMessage());
  }

  @Test
  void tokensAndTagsOfDifferentCountsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> read("{\"tokens\": [\"Hej\", \"Anna\"], \"ner_tags\": [\"O\"]}"));
  }

  @Test
  void unknownTagIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> read("{\"tokens\": [\"Anna\"], \"ner_tags\": [\"B-PER\"]}"));
  }

  @Test
  void spanOutsideTheTextIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> read("{\"text\": \"anna\", \"spans\": [{\"start\": 0, \"end\": 5, \"type\": \"NAME\"}]}"));
  }

  @Test
  void spanWithUnknownTypeIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> read("{\"text\": \"anna\", \"spans\": [{\"start\": 0, \"end\": 4, \"type\": \"FIRSTNAME\"}]}"));
  }

  @Test
  void spanWithFractionalOffsetIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> read("{\"text\": \"anna\", \"spans\": [{\"start\": 0.5, \"end\": 4, \"type\": \"NAME\"}]}"));
  }
}
