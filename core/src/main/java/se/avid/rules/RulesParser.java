package se.avid.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.avid.EntityType;
import se.avid.redact.RedactionStrategy;

/**
 * Reads the rules format line by line and fails on the first mistake with its line number. The
 * format (see {@code docs/rules-and-strategies.md}): {@code #} comment lines and blank lines are
 * skipped; {@code [deny TYPE]} and {@code [allow]} sections hold one term per line;
 * {@code [pattern NAME]} and {@code [type TYPE]} sections hold {@code key = value} lines.
 * One instance per parse; not thread-safe.
 */
final class RulesParser {

  /** Longer terms are surely a mistake (a pasted paragraph). */
  static final int MAX_TERM_LENGTH = 200;
  static final int MAX_WINDOW = 20;
  static final double DEFAULT_ADJUST = 0.2;
  static final int DEFAULT_WINDOW = 4;

  private static final Set<String> PATTERN_KEYS =
      Set.of("type", "shape", "score", "raise", "raise-by", "lower", "lower-by", "window");
  private static final Set<String> TYPE_KEYS = Set.of("enabled", "review", "redact", "label", "english", "strategy");

  private enum Kind { DENY, ALLOW, PATTERN, TYPE }

  /** A {@code key = value} line. */
  private record Entry(String value, int line) {}

  private final String source;

  private final List<String> denyTerms = new ArrayList<>();
  private final List<EntityType> denyTypes = new ArrayList<>();
  private final Map<String, Integer> denyLines = new LinkedHashMap<>();
  private final Set<String> denySeen = new HashSet<>();
  private final Map<String, Integer> allowLines = new LinkedHashMap<>();
  private final List<PatternRule> patterns = new ArrayList<>();
  private final Map<String, Integer> patternLines = new LinkedHashMap<>();
  private final Map<EntityType, TypeRule> typeRules = new LinkedHashMap<>();
  private final Map<String, Integer> typeLines = new LinkedHashMap<>();

  private Kind kind;
  private EntityType sectionType;
  /** The name in a {@code [type NAME]} header, known or about to be declared with {@code label}. */
  private String sectionTypeName;
  private String sectionName;
  private int sectionLine;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  RulesParser(String source) {
    this.source = source;
  }

  Rules parse(String content) {
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      if (t.startsWith("[")) {
        endSection();
        startSection(t, lineNo);
      } else if (kind == null) {
        throw error(lineNo, "a rule outside any section: start with [deny TYPE], [allow], [pattern NAME] or [type TYPE]");
      } else if (kind == Kind.DENY || kind == Kind.ALLOW) {
        term(t, lineNo);
      } else {
        keyValue(t, lineNo);
      }
    }
    endSection();
    for (Map.Entry<String, Integer> deny : denyLines.entrySet()) {
      Integer allowLine = allowLines.get(deny.getKey());
      if (allowLine != null) {
        throw error(Math.max(deny.getValue(), allowLine), "a term is both denied (line " + deny.getValue()
            + ") and allowed (line " + allowLine + ")");
      }
    }
    String detectorName = "rules:" + fileName(source);
    RulesDetector detector = denyTerms.isEmpty() && patterns.isEmpty() ? null
        : new RulesDetector(detectorName, denyTerms, denyTypes, patterns);
    return new Rules(source, detector, AllowList.of(allowLines.keySet()), typeRules, denyTerms.size(), patterns.size());
  }

  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  private void startSection(String header, int lineNo) {
    if (!header.endsWith("]")) {
      throw error(lineNo, "a section header must end with ']'");
    }
    String[] parts = header.substring(1, header.length() - 1).strip().split("\\s+");
    String what = parts[0].toLowerCase(Locale.ROOT);
    sectionLine = lineNo;
    switch (what) {
      case "deny":
        expectParts(parts, 2, "[deny TYPE]", lineNo);
        kind = Kind.DENY;
        sectionType = type(parts[1], lineNo);
        break;
      case "allow":
        expectParts(parts, 1, "[allow]", lineNo);
        kind = Kind.ALLOW;
        break;
      case "pattern":
        expectParts(parts, 2, "[pattern NAME]", lineNo);
        kind = Kind.PATTERN;
        sectionName = parts[1];
        if (!sectionName.matches("[\\p{L}\\p{N}_.-]{1,64}")) {
          throw error(lineNo, "a pattern name is 1 to 64 letters, digits, '-', '_' or '.'");
        }
        Integer earlier = patternLines.putIfAbsent(sectionName, lineNo);
        if (earlier != null) {
          throw error(lineNo, "a second pattern named '" + sectionName + "' (the first is on line " + earlier + ")");
        }
        break;
      case "type":
        expectParts(parts, 2, "[type TYPE]", lineNo);
        kind = Kind.TYPE;
        // Resolved at the end of the section: a new type is declared there by its 'label'.
        sectionType = EntityType.forWord(parts[1]).orElse(null);
        sectionTypeName = sectionType != null ? sectionType.name() : parts[1].toUpperCase(Locale.ROOT);
        Integer first = typeLines.putIfAbsent(sectionTypeName, lineNo);
        if (first != null) {
          throw error(lineNo, "a second [type " + sectionTypeName + "] section (the first is on line " + first + ")");
        }
        break;
      default:
        throw error(lineNo, "unknown section '[" + parts[0]
            + "]': expected [deny TYPE], [allow], [pattern NAME] or [type TYPE]");
    }
    entries.clear();
  }

  private void expectParts(String[] parts, int n, String form, int lineNo) {
    if (parts.length != n || parts[0].isEmpty()) {
      throw error(lineNo, "the section header must be " + form);
    }
  }

  /**
   * Accepts the name ({@code NAME}) or the Swedish label ({@code NAMN}) of a built-in type or of one
   * declared earlier (in this file, with {@code [type X]} and {@code label}, or in code), in any case.
   */
  private EntityType type(String word, int lineNo) {
    return EntityType.forWord(word).orElseThrow(() -> error(lineNo, "unknown type '" + word + "': expected one of "
        + EntityType.all() + ", or declare it above with [type " + word.toUpperCase(Locale.ROOT) + "] and label = ..."));
  }

  private void term(String t, int lineNo) {
    if (t.length() > MAX_TERM_LENGTH) {
      throw error(lineNo, "a term longer than " + MAX_TERM_LENGTH + " chars");
    }
    String n = Terms.normalize(t);
    boolean hasWordChar = false;
    for (int i = 0; i < n.length() && !hasWordChar; i++) {
      hasWordChar = Terms.isWordChar(n.charAt(i));
    }
    if (!hasWordChar) {
      throw error(lineNo, "a term must hold at least one letter or digit");
    }
    if (kind == Kind.ALLOW) {
      allowLines.putIfAbsent(n, lineNo);
      return;
    }
    denyLines.putIfAbsent(n, lineNo);
    if (denySeen.add(sectionType + "\u0000" + n)) {
      denyTerms.add(n);
      denyTypes.add(sectionType);
    }
  }

  private void keyValue(String t, int lineNo) {
    int eq = t.indexOf('=');
    if (eq < 0) {
      throw error(lineNo, "expected 'key = value' in a [" + kind.name().toLowerCase(Locale.ROOT) + "] section");
    }
    String key = t.substring(0, eq).strip().toLowerCase(Locale.ROOT);
    String value = t.substring(eq + 1).strip();
    Set<String> known = kind == Kind.PATTERN ? PATTERN_KEYS : TYPE_KEYS;
    if (!known.contains(key)) {
      throw error(lineNo, "unknown key '" + key + "': expected one of " + new java.util.TreeSet<>(known));
    }
    if (value.isEmpty()) {
      throw error(lineNo, "'" + key + "' has no value");
    }
    Entry earlier = entries.putIfAbsent(key, new Entry(value, lineNo));
    if (earlier != null) {
      throw error(lineNo, "'" + key + "' is given twice (first on line " + earlier.line() + ")");
    }
  }

  private void endSection() {
    if (kind == Kind.PATTERN) {
      endPattern();
    } else if (kind == Kind.TYPE) {
      endType();
    }
    kind = null;
    entries.clear();
  }

  private void endPattern() {
    Entry type = required("type");
    Entry shapeEntry = required("shape");
    Entry score = required("score");
    Shape shape;
    try {
      shape = Shape.compile(shapeEntry.value());
    } catch (IllegalArgumentException e) {
      throw error(shapeEntry.line(), "bad shape: " + e.getMessage());
    }
    Entry raise = entries.get("raise");
    Entry lower = entries.get("lower");
    requireWith("raise-by", "raise", raise);
    requireWith("lower-by", "lower", lower);
    Entry window = entries.get("window");
    int w = DEFAULT_WINDOW;
    if (window != null) {
      try {
        w = Integer.parseInt(window.value());
      } catch (NumberFormatException e) {
        w = -1;
      }
      if (w < 1 || w > MAX_WINDOW) {
        throw error(window.line(), "window must be a whole number of words from 1 to " + MAX_WINDOW);
      }
    }
    patterns.add(new PatternRule(sectionName, type(type.value(), type.line()), shape, fraction(score),
        words(raise), adjust("raise-by"), words(lower), adjust("lower-by"), w));
  }

  private void requireWith(String key, String needed, Entry neededEntry) {
    Entry e = entries.get(key);
    if (e != null && neededEntry == null) {
      throw error(e.line(), "'" + key + "' without '" + needed + "' words");
    }
  }

  private double adjust(String key) {
    Entry e = entries.get(key);
    return e == null ? DEFAULT_ADJUST : fraction(e);
  }

  private Set<String> words(Entry e) {
    if (e == null) {
      return Set.of();
    }
    Set<String> words = new HashSet<>();
    for (String part : e.value().split(",", -1)) {
      String w = Terms.normalize(part);
      if (w.isEmpty()) {
        throw error(e.line(), "an empty context word (two commas, or a comma at the end)");
      }
      for (int i = 0; i < w.length(); i++) {
        if (!Terms.isWordChar(w.charAt(i))) {
          throw error(e.line(), "context words are single words of letters and digits, separated by commas");
        }
      }
      words.add(w);
    }
    return words;
  }

  private void endType() {
    EntityType type = declaredType();
    Entry enabled = entries.get("enabled");
    Boolean on = null;
    if (enabled != null) {
      String v = enabled.value().toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) {
        throw error(enabled.line(), "enabled must be true or false");
      }
      on = Boolean.valueOf(v);
    }
    Entry review = entries.get("review");
    Entry redact = entries.get("redact");
    Double rv = review == null ? null : fraction(review);
    Double rd = redact == null ? null : fraction(redact);
    if (rv != null && rd != null && rv > rd) {
      throw error(Math.max(review.line(), redact.line()), "review threshold " + rv + " is above the redact threshold "
          + rd);
    }
    Entry strategyEntry = entries.get("strategy");
    RedactionStrategy strategy = null;
    if (strategyEntry != null) {
      strategy = StrategyNames.byName(strategyEntry.value());
      if (strategy == null) {
        throw error(strategyEntry.line(), "unknown strategy '" + strategyEntry.value() + "': expected one of "
            + StrategyNames.NAMES);
      }
    }
    if (on == null && rv == null && rd == null && strategy == null && entries.get("label") == null) {
      throw error(sectionLine, "an empty [type " + sectionTypeName
          + "] section: give enabled, review, redact, strategy or (for a new type) label");
    }
    typeRules.put(type, new TypeRule(on, rv, rd, strategy));
  }

  /** The type of a {@code [type X]} section: a known one, or one this section declares with {@code label}. */
  private EntityType declaredType() {
    Entry label = entries.get("label");
    Entry english = entries.get("english");
    if (label == null) {
      if (sectionType == null) {
        throw error(sectionLine, "unknown type '" + sectionTypeName + "': expected one of " + EntityType.all()
            + ", or declare it with label = ...");
      }
      if (english != null) {
        throw error(english.line(), "'english' without 'label'");
      }
      return sectionType;
    }
    if (sectionType != null && sectionType.isBuiltIn()) {
      throw error(label.line(), "the built-in type " + sectionType + " has its label already");
    }
    try {
      return EntityType.custom(sectionTypeName, label.value(), english == null ? label.value() : english.value());
    } catch (IllegalArgumentException e) {
      throw error(label.line(), e.getMessage());
    }
  }

  private Entry required(String key) {
    Entry e = entries.get(key);
    if (e == null) {
      throw error(sectionLine, "pattern '" + sectionName + "' has no '" + key + "'");
    }
    return e;
  }

  private double fraction(Entry e) {
    double d;
    try {
      d = Double.parseDouble(e.value());
    } catch (NumberFormatException ex) {
      throw error(e.line(), "not a number: '" + e.value() + "'");
    }
    if (!(d >= 0.0 && d <= 1.0)) {
      throw error(e.line(), "must be from 0 to 1: " + e.value());
    }
    return d;
  }

  private RulesException error(int line, String problem) {
    return new RulesException(source, line, problem);
  }
}
