package se.avid.tools.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A table printed as Markdown, columns padded so it also reads well in a terminal. The first
 * column is left-aligned, the others right-aligned. Not thread-safe.
 */
final class MarkdownTable {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  MarkdownTable(String... header) {
    this.columns = header.length;
    rows.add(header.clone());
  }

  MarkdownTable row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns");
    }
    rows.add(cells.clone());
    return this;
  }

  void print(PrintStream out) {
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], Math.max(3, row[c].length()));
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder("|");
      for (int c = 0; c < columns; c++) {
        String cell = rows.get(r)[c];
        String pad = " ".repeat(width[c] - cell.length());
        line.append(' ').append(c == 0 ? cell + pad : pad + cell).append(" |");
      }
      out.println(line);
      if (r == 0) {
        StringBuilder rule = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
          rule.append(c == 0 ? " :" + "-".repeat(width[c] - 1) : " " + "-".repeat(width[c] - 1) + ":").append(" |");
        }
        out.println(rule);
      }
    }
  }
}
