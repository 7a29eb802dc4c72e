package se.avid.benchmarks.diff;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of one findings dump that the other lacks, each way, counted as multisets (a line
 * twice in one dump and once in the other is one difference).
 *
 * @param onlyInFirst lines of the first dump missing from the second, in their order
 * @param onlyInSecond lines of the second dump missing from the first, in their order
 * @param firstLines the number of lines of the first dump
 * @param secondLines the number of lines of the second dump
 */
record FindingsComparison(List<String> onlyInFirst, List<String> onlyInSecond, long firstLines, long secondLines) {

  /** The number of differing lines, both ways. */
  int differences() {
    return onlyInFirst.size() + onlyInSecond.size();
  }

  /**
   * Compares two dumps.
   *
   * @param first the first dump (the baseline)
   * @param second the second dump
   * @return their differences
   * @throws IOException if a dump cannot be read
   */
  static FindingsComparison of(Path first, Path second) throws IOException {
    List<String> a = Files.readAllLines(first, StandardCharsets.UTF_8);
    Map<String, Integer> unmatched = new HashMap<>();
    for (String line : a) {
      unmatched.merge(line, 1, Integer::sum);
    }
    List<String> onlyInSecond = new ArrayList<>();
    long secondLines = 0;
    try (BufferedReader in = Files.newBufferedReader(second, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        secondLines++;
        Integer left = unmatched.get(line);
        if (left == null) {
          onlyInSecond.add(line);
        } else if (left == 1) {
          unmatched.remove(line);
        } else {
          unmatched.put(line, left - 1);
        }
      }
    }
    List<String> onlyInFirst = new ArrayList<>();
    for (String line : a) {
      Integer left = unmatched.get(line);
      if (left != null) {
        onlyInFirst.add(line);
        if (left == 1) {
          unmatched.remove(line);
        } else {
          unmatched.put(line, left - 1);
        }
      }
    }
    return new FindingsComparison(onlyInFirst, onlyInSecond, a.size(), secondLines);
  }
}
