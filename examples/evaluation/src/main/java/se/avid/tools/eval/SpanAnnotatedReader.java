package se.avid.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a post annotated with character spans, one JSON object a line:
 * {@code {"text": "jag heter anna", "spans": [{"start": 10, "end": 14, "type": "NAME"}]}}, with an
 * optional {@code "keep": [{"start": 0, "end": 3, "what": "word"}]} of what must not be redacted.
 * Offsets are UTF-16 indices into {@code text}, end exclusive; {@code type} is an
 * {@link se.avid.EntityType} name or a SUC tag ({@code PER}, {@code LOC}, …), in any case. The
 * tokens for the {@code O} share are the runs of non-whitespace chars. Stateless.
 */
public final class SpanAnnotatedReader {

  static final String TEXT = "text";
  static final String SPANS = "spans";
  static final String KEEP = "keep";

  private SpanAnnotatedReader() {}

  /** True when {@code line} has the fields of a span-annotated post. */
  public static boolean accepts(JsonNode line) {
    return line.has(TEXT);
  }

  /**
   * The post in one parsed line; {@code spans} may be absent when nothing is to be found.
   *
   * @throws IllegalArgumentException if a field is malformed, a span lies outside the text or a
   *     type is unknown
   */
  public static AnnotatedText parse(JsonNode line) {
    JsonNode textNode = line.get(TEXT);
    if (textNode == null || !textNode.isTextual()) {
      throw new IllegalArgumentException("\"" + TEXT + "\" must be a string");
    }
    String text = textNode.textValue();
    List<GoldSpan> gold = new ArrayList<>();
    JsonNode spans = line.get(SPANS);
    if (spans != null && !spans.isNull()) {
      if (!spans.isArray()) {
        throw new IllegalArgumentException("\"" + SPANS + "\" must be an array");
      }
      for (JsonNode span : spans) {
        gold.add(new GoldSpan(offset(span, "start"), offset(span, "end"), type(span)));
      }
    }
    List<KeepItem> keep = new ArrayList<>();
    JsonNode keepNode = line.get(KEEP);
    if (keepNode != null && !keepNode.isNull()) {
      if (!keepNode.isArray()) {
        throw new IllegalArgumentException("\"" + KEEP + "\" must be an array");
      }
      for (JsonNode item : keepNode) {
        keep.add(new KeepItem(offset(item, "start"), offset(item, "end"), what(item)));
      }
    }
    gold.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    return new AnnotatedText(text, whitespaceTokens(text), gold, keep);
  }

  static List<Span> whitespaceTokens(String text) {
    List<Span> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        tokens.add(new Span(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return tokens;
  }

  private static int offset(JsonNode span, String field) {
    JsonNode value = span.get(field);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException("span \"" + field + "\" must be an integer");
    }
    return value.intValue();
  }

  private static String what(JsonNode item) {
    JsonNode value = item.get("what");
    if (value == null || value.isNull()) {
      return KeepItem.UNSPECIFIED;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("keep \"what\" must be a string");
    }
    return value.textValue().strip();
  }

  private static String type(JsonNode span) {
    JsonNode value = span.get("type");
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("span \"type\" must be a string");
    }
    return GoldLabels.normalise(value.textValue());
  }
}
