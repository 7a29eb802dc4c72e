package se.avid.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence template: literal text and {@code {slot}} placeholders, e.g.
 * {@code "ring mig gärna {phone} eller {email}"}. Immutable and thread-safe.
 */
record Template(List<Part> parts) {

  /** A piece of a template: literal text (slot null) or a placeholder (text null). */
  record Part(String text, Slot slot) {}

  static Template parse(String line) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf('{', i);
      if (open < 0) {
        parts.add(new Part(line.substring(i), null));
        break;
      }
      if (open > i) {
        parts.add(new Part(line.substring(i, open), null));
      }
      int close = line.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed placeholder in template at " + open);
      }
      parts.add(new Part(null, Slot.of(line.substring(open + 1, close))));
      i = close + 1;
    }
    return new Template(List.copyOf(parts));
  }

  static List<Template> parseAll(List<String> lines) {
    List<Template> templates = new ArrayList<>(lines.size());
    for (String line : lines) {
      templates.add(parse(line));
    }
    return List.copyOf(templates);
  }
}
