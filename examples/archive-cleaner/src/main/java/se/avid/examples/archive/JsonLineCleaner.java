package se.avid.examples.archive;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import se.avid.examples.review.ReviewingRedactor;

/**
 * Cleans chosen fields of JSON objects, one per line, and leaves every other field as it was.
 *
 * <p>A field is a top-level name ({@code text}) or a JSON Pointer ({@code /post/body}). Strings
 * are redacted; numbers too (a personnummer typed as a number is still one: if anything is found
 * the number becomes a string); inside arrays and objects every string and number is. A line with
 * nothing redacted is written back byte for byte; one with a redaction is written compact, keys in
 * their order, numbers exact. A line that is not one JSON object, or
 * has a key twice (which one would a reader take?), is rejected.
 */
final class JsonLineCleaner implements RecordCleaner {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      // keep 3.50 as 3.50: the other fields are to come out as they went in
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  private final List<String> fields;
  private final List<JsonPointer> pointers;
  private final boolean allowMissing;

  JsonLineCleaner(List<String> fields, boolean allowMissing) {
    this.fields = List.copyOf(fields);
    this.allowMissing = allowMissing;
    List<JsonPointer> p = new ArrayList<>(fields.size());
    for (String f : fields) {
      try {
        p.add(f.startsWith("/") ? JsonPointer.compile(f) : JsonPointer.compile("/" + escape(f)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a JSON Pointer: " + f);
      }
    }
    this.pointers = List.copyOf(p);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public boolean checkFields(InputRecord record) throws ArchiveException {
    if (!(Utf8LineReader.decode((byte[]) record.payload()) instanceof String line)) {
      return false;
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return false;
    }
    if (!(node instanceof ObjectNode)) {
      return false;
    }
    for (int i = 0; i < pointers.size(); i++) {
      if (node.at(pointers.get(i)).isMissingNode() && !allowMissing) {
        throw ArchiveException.usage("field '" + fields.get(i) + "' is not in record " + record.number()
            + " (its fields: " + String.join(", ", names(node)) + "); check the name, or add "
            + "--allow-missing-fields if it is optional");
      }
    }
    return true;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Override
  public Cleaned clean(Object payload, ReviewingRedactor redactor) throws RejectedRecordException {
    Object decoded = Utf8LineReader.decode((byte[]) payload);
    if (decoded == Utf8LineReader.MALFORMED) {
      throw new RejectedRecordException("line is not valid UTF-8");
    }
    String line = (String) decoded;
    if (line.isBlank()) {
      throw new RejectedRecordException("empty line, not a JSON object");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new RejectedRecordException(describe(e));
    }
    if (!(root instanceof ObjectNode)) {
      throw new RejectedRecordException("not a JSON object but " + root.getNodeType().name().toLowerCase());
    }
    List<ReviewingRedactor.Result> results = new ArrayList<>(pointers.size());
    for (JsonPointer pointer : pointers) {
      JsonNode value = root.at(pointer);
      if (value.isMissingNode()) {
        continue;
      }
      JsonNode cleaned = cleanNode(value, redactor, results);
      if (cleaned != value) {
        replace((ObjectNode) root, pointer, cleaned);
      }
    }
    // A record with findings in the review band is marked with their types (never the values), in
    // the review output or, with --review inline, in the clean output.
    SortedSet<String> reviewTypes = RecordCleaner.reviewTypes(results);
    if (!reviewTypes.isEmpty()) {
      ArrayNode flag = ((ObjectNode) root).putArray(REVIEW_MARK);
      reviewTypes.forEach(flag::add);
    } else if (results.stream().allMatch(r -> r.redacted().isEmpty())) {
      return new Cleaned(LineSink.withNewline((byte[]) payload), results); // nothing redacted: the line as it came
    }
    try {
      return new Cleaned(LineSink.encode(MAPPER.writeValueAsString(root)), results);
    } catch (JsonProcessingException e) {
      throw new RejectedRecordException("could not be written back as JSON (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The node with its texts redacted; the same node when nothing changed. */
  private static JsonNode cleanNode(JsonNode node, ReviewingRedactor redactor, List<ReviewingRedactor.Result> results) {
    if (node.isTextual() || node.isNumber()) {
      String text = node.isTextual() ? node.textValue() : node.asText();
      ReviewingRedactor.Result r = redactor.clean(text);
      results.add(r);
      return r.redacted().isEmpty() ? node : TextNode.valueOf(r.text());
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode c = cleanNode(array.get(i), redactor, results);
        if (c != array.get(i)) {
          array.set(i, c);
        }
      }
    } else if (node instanceof ObjectNode object) {
      // properties() is the live entry set: setValue replaces the field in place
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        JsonNode c = cleanNode(e.getValue(), redactor, results);
        if (c != e.getValue()) {
          e.setValue(c);
        }
      }
    }
    return node;
  }

  private static void replace(ObjectNode root, JsonPointer pointer, JsonNode value) {
    JsonNode parent = root.at(pointer.head());
    String last = pointer.last().getMatchingProperty();
    if (parent instanceof ObjectNode o) {
      o.set(last, value);
    } else if (parent instanceof ArrayNode a) {
      a.set(pointer.last().getMatchingIndex(), value);
    }
  }

  /** Where and what kind of JSON error, never the message: Jackson's messages quote the input. */
  private static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null || at.getColumnNr() < 0 ? "" : " at column " + at.getColumnNr();
    String what = e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
        ? "a key appears twice" : "broken JSON (" + e.getClass().getSimpleName() + ")";
    return what + where;
  }
}
