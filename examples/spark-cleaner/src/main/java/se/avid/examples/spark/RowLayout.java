package se.avid.examples.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Where each column of an input row goes in the cleaned row, decided once on the driver from the
 * input's schema and shipped to the tasks. The cleaned row has the output columns (the input's,
 * the chosen ones {@linkplain ValueCleaner#cleanedType cleaned}), the review mark, and three
 * bookkeeping columns that never reach the output: the row's id, its file and why it was rejected.
 */
final class RowLayout implements Serializable {

  /** The column that marks a row with findings in the review band: their sorted types. */
  static final String REVIEW = "avid_review";
  /** Spark's column for a record its reader could not parse (the raw text: never written anywhere). */
  static final String CORRUPT = "_avid_corrupt_record";
  /** The name of the file a row came from, taken from Spark's {@code _metadata}. */
  static final String FILE = "_avid_file";
  /** The row's id for the rejects ({@link #rowId}). */
  static final String ROW_ID = "_avid_row_id";
  /** Why the row was rejected; null for a cleaned row. */
  static final String REJECT = "_avid_reject";

  private final int[] source;
  private final boolean[] chosen;
  private final StructField[] inputFields;
  private final int corrupt;
  private final int file;
  private final int id;
  private final StructType cleanedSchema;

  private RowLayout(int[] source, boolean[] chosen, StructField[] inputFields, int corrupt, int file, int id,
      StructType cleanedSchema) {
    this.source = source;
    this.chosen = chosen;
    this.inputFields = inputFields;
    this.corrupt = corrupt;
    this.file = file;
    this.id = id;
    this.cleanedSchema = cleanedSchema;
  }

  /**
   * Plans the cleaned rows of an input.
   *
   * @param input the input's schema, with {@link #FILE} and perhaps {@link #CORRUPT}
   * @param columns the columns to clean
   * @param idColumn the column that identifies a row in the rejects, or null
   * @throws IllegalArgumentException if a column is not in the input (the message lists those that are)
   */
  static RowLayout plan(StructType input, List<String> columns, String idColumn) {
    List<String> names = Arrays.asList(input.fieldNames());
    List<String> data = new ArrayList<>();
    for (String n : names) {
      if (!n.equals(CORRUPT) && !n.equals(FILE)) {
        if (n.equals(REVIEW) || n.startsWith("_avid_")) {
          throw new IllegalArgumentException("the input already has a column " + n + " (cleaned twice?)");
        }
        data.add(n);
      }
    }
    for (String c : columns) {
      if (!data.contains(c)) {
        throw new IllegalArgumentException("no column '" + c + "' in the input; its columns: " + String.join(", ", data));
      }
    }
    if (idColumn != null && !data.contains(idColumn)) {
      throw new IllegalArgumentException("no id column '" + idColumn + "' in the input; its columns: "
          + String.join(", ", data));
    }
    Set<String> chosenNames = Set.copyOf(columns);
    int[] source = new int[data.size()];
    boolean[] chosen = new boolean[data.size()];
    List<StructField> out = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      StructField f = input.fields()[names.indexOf(data.get(i))];
      source[i] = names.indexOf(data.get(i));
      chosen[i] = chosenNames.contains(f.name());
      out.add(chosen[i] ? new StructField(f.name(), ValueCleaner.cleanedType(f.dataType()), true, f.metadata())
          : f.copy(f.name(), f.dataType(), true, f.metadata()));
    }
    out.add(DataTypes.createStructField(REVIEW, DataTypes.createArrayType(DataTypes.StringType, false), true));
    out.add(DataTypes.createStructField(ROW_ID, DataTypes.StringType, false));
    out.add(DataTypes.createStructField(FILE, DataTypes.StringType, true));
    out.add(DataTypes.createStructField(REJECT, DataTypes.StringType, true));
    return new RowLayout(source, chosen, input.fields(), names.indexOf(CORRUPT), names.indexOf(FILE),
        idColumn == null ? -1 : names.indexOf(idColumn), DataTypes.createStructType(out));
  }

  /** The schema of the cleaned rows, bookkeeping columns included. */
  StructType cleanedSchema() {
    return cleanedSchema;
  }

  /** The number of output columns (the review mark included). */
  int outputWidth() {
    return source.length + 1;
  }

  /** The number of columns of a cleaned row. */
  int width() {
    return source.length + 4;
  }

  int dataWidth() {
    return source.length;
  }

  boolean chosen(int column) {
    return chosen[column];
  }

  Object inputValue(Row row, int column) {
    return row.get(source[column]);
  }

  StructField inputField(int column) {
    return inputFields[source[column]];
  }

  /** Whether Spark's reader could not parse the row (it kept the raw text in {@link #CORRUPT}). */
  boolean broken(Row row) {
    return corrupt >= 0 && !row.isNullAt(corrupt);
  }

  String file(Row row) {
    return file >= 0 ? row.getString(file) : null;
  }

  /**
   * The id of a row for the rejects: the id column's value when there is one, else its place:
   * split (Spark partition) and position in it, the same on every run over the same files.
   */
  String rowId(Row row, int split, long position) {
    if (id >= 0 && !row.isNullAt(id)) {
      return String.valueOf(row.get(id));
    }
    return "split " + split + " row " + position;
  }
}
