package se.avid.examples;

import java.util.Locale;
import se.avid.DecidedFinding;
import se.avid.RedactionResult;

/** The findings of one redaction as text or JSON: types, offsets, scores and detectors, never the found values. */
final class FindingsReport {

  private FindingsReport() {}

  static String text(RedactionResult result) {
    StringBuilder report = new StringBuilder();
    report.append(result.findings().size()).append(" findings")
        .append(result.needsReview() ? " (needs review)" : "").append('\n');
    for (DecidedFinding f : result.findings()) {
      report.append(String.format(Locale.ROOT, "  %-20s %6d..%-6d score %.2f  %-8s %s%n", f.type(), f.start(),
          f.end(), f.score(), f.decision(), f.finding().detector()));
    }
    return report.toString();
  }

  static String json(RedactionResult result) {
    StringBuilder json = new StringBuilder("{\"needsReview\":").append(result.needsReview()).append(",\"findings\":[");
    String separator = "";
    for (DecidedFinding f : result.findings()) {
      json.append(separator).append(String.format(Locale.ROOT,
          "{\"type\":\"%s\",\"start\":%d,\"end\":%d,\"score\":%.3f,\"decision\":\"%s\",\"detector\":\"%s\"}",
          escape(f.type().toString()), f.start(), f.end(), f.score(), f.decision(), escape(f.finding().detector())));
      separator = ",";
    }
    return json.append("]}\n").toString();
  }

  /** Names of types and detectors come from code or a rules file: escape what JSON requires. */
  private static String escape(String s) {
    StringBuilder escaped = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        escaped.append('\\').append(c);
      } else if (c < 0x20) {
        escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
