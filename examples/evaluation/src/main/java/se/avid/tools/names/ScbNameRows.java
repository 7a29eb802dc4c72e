package se.avid.tools.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one of Statistics Sweden's name lists in {@code /work/shared/data/scb-names}
 * ({@code tilltalsnamn-*.csv}, {@code efternamn-top1000.csv}): a header, then {@code name,persons}
 * a line, the surname list with its names in quotes. Read at run time by the evaluation tools;
 * never bundled.
 */
public final class ScbNameRows {

  /**
   * One row: a name as the list spells it (quotes removed) and how many people bear it.
   *
   * @param name the name
   * @param persons its bearers
   */
  public record Row(String name, int persons) {}

  private ScbNameRows() {}

  /**
   * The rows of {@code csv} in file order, the header left out.
   *
   * @param csv a name list
   * @return its rows
   * @throws IOException if it cannot be read
   */
  public static List<Row> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>(lines.size());
    for (String line : lines.subList(1, lines.size())) {
      int comma = line.lastIndexOf(',');
      if (comma > 0) {
        rows.add(new Row(line.substring(0, comma).replace("\"", "").strip(), Integer.parseInt(line.substring(comma + 1).strip())));
      }
    }
    return rows;
  }
}
