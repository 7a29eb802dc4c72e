package se.avid.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.avid.spi.Detector;
import se.avid.text.ScanText;

/** Runs a detector and writes its findings as {@code "TYPE start-end text"}, for tables of expected findings. */
public final class Detections {

  private Detections() {}

  /** The findings of {@code detector} in {@code text} scored at least {@code minScore}, sorted by start. */
  public static List<String> of(Detector detector, String text, double minScore) {
    List<int[]> spans = new ArrayList<>();
    List<String> out = new ArrayList<>();
    detector.detect(ScanText.of(text), (start, end, type, score) -> {
      if (score >= minScore) {
        spans.add(new int[] {start, out.size()});
        out.add(describe(text, type.name(), start, end));
      }
    });
    spans.sort(Comparator.comparingInt(s -> s[0]));
    List<String> sorted = new ArrayList<>();
    for (int[] s : spans) {
      sorted.add(out.get(s[1]));
    }
    return sorted;
  }

  /** {@code "NAME 11-15 alva"}. */
  public static String describe(String text, String type, int start, int end) {
    return type + " " + start + "-" + end + " " + text.substring(start, end);
  }

  /** Expected findings written as {@code "NAME alva"}: the offsets are those of the first occurrence after the previous one. */
  public static List<String> expect(String text, String... typeAndText) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (String e : typeAndText) {
      int space = e.indexOf(' ');
      String type = e.substring(0, space);
      String span = e.substring(space + 1);
      int start = text.indexOf(span, from);
      if (start < 0) {
        throw new IllegalArgumentException("not in the text: " + span);
      }
      out.add(describe(text, type, start, start + span.length()));
      from = start + span.length();
    }
    return out;
  }
}
