package se.avid.examples.spark;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The formats the job reads and writes, each with Spark's own reader and writer, set up so that no
 * record is dropped silently: JSON and CSV are read in {@code PERMISSIVE} mode with a
 * corrupt-record column, so that a record Spark cannot parse arrives as a row to reject instead of
 * vanishing ({@code DROPMALFORMED}) or failing the job ({@code FAILFAST}).
 */
enum DataFormat {
  /** JSON lines: one object per line (Spark's {@code json}); blank lines are not records. */
  JSON,
  /** CSV with a header line, RFC 4180 quoting ({@code ""} inside quotes); all columns read as strings. */
  CSV,
  /** Parquet. */
  PARQUET;

  /**
   * The format named {@code name} ({@code json}, {@code jsonl}, {@code ndjson}, {@code csv}, {@code parquet}).
   *
   * @throws IllegalArgumentException for any other name
   */
  static DataFormat of(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "json", "jsonl", "ndjson" -> JSON;
      case "csv" -> CSV;
      case "parquet" -> PARQUET;
      default -> throw new IllegalArgumentException("the format must be json, csv or parquet, not '" + name + "'");
    };
  }

  /**
   * The format of a path by its extension ({@code posts.jsonl}, {@code archive.parquet}), or null.
   *
   * @param path a file or directory
   * @return the format, or null when the extension says nothing
   */
  static DataFormat guess(String path) {
    String p = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    int dot = p.lastIndexOf('.');
    if (dot < 0 || dot < p.lastIndexOf('/')) {
      return null;
    }
    try {
      return of(p.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Reads {@code path}, with the {@link RowLayout#FILE} column added and, for JSON and CSV, the
   * {@link RowLayout#CORRUPT} column when a record can be broken.
   *
   * @param spark the session
   * @param path the input: a file, a directory or a glob
   * @param schemaDdl the JSON schema ({@code id LONG, text STRING}), or null to infer it from all records
   * @param multiLine CSV only: quoted fields may hold line breaks (a file is then read by one task)
   * @return the rows
   */
  Dataset<Row> read(SparkSession spark, String path, String schemaDdl, boolean multiLine) {
    DataFrameReader reader = spark.read().option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", RowLayout.CORRUPT);
    Dataset<Row> rows = switch (this) {
      case JSON -> {
        if (schemaDdl != null) {
          reader.schema(StructType.fromDDL(schemaDdl).add(RowLayout.CORRUPT, DataTypes.StringType));
        }
        yield reader.json(path);
      }
      case CSV -> {
        configureCsv(reader, multiLine);
        // the header gives the columns; the corrupt-record column must be in the schema to be filled
        StructType header = configureCsv(spark.read(), multiLine).csv(path).schema();
        yield reader.schema(header.add(RowLayout.CORRUPT, DataTypes.StringType)).csv(path);
      }
      case PARQUET -> spark.read().parquet(path);
    };
    return rows.withColumn(RowLayout.FILE, functions.col("_metadata.file_name"));
  }

  private static DataFrameReader configureCsv(DataFrameReader reader, boolean multiLine) {
    return reader.option("header", true).option("escape", "\"").option("multiLine", multiLine);
  }

  /**
   * Writes the cleaned rows (without the bookkeeping columns) with Spark's output committer: the
   * files appear in {@code path}, with {@code _SUCCESS}, only when every task has finished.
   *
   * @param rows the output rows
   * @param path the output directory
   * @param overwrite replace an existing output; else an existing output fails the job before it starts
   */
  void write(Dataset<Row> rows, String path, boolean overwrite) {
    Dataset<Row> out = rows;
    if (this == CSV) {
      // CSV has no arrays: the review mark is written as its types separated by spaces
      out = out.withColumn(RowLayout.REVIEW, functions.array_join(functions.col(RowLayout.REVIEW), " "));
    }
    var writer = out.write().mode(overwrite ? "overwrite" : "errorifexists");
    switch (this) {
      case JSON -> writer.json(path);
      case CSV -> writer.option("header", true).option("escape", "\"").csv(path);
      case PARQUET -> writer.parquet(path);
    }
  }

  /**
   * Counts the rows written to {@code path}, reading them back from storage: the proof that
   * nothing was lost is taken from what is there, not from what the tasks said.
   *
   * @param spark the session
   * @param path an output directory this format wrote
   * @param schema the rows' schema
   * @return the number of rows
   */
  long countWritten(SparkSession spark, String path, StructType schema) {
    return switch (this) {
      // one object per line (the writer escapes line breaks): counting lines needs no parsing
      case JSON -> spark.read().text(path).count();
      case CSV -> configureCsv(spark.read(), true).schema(csvSchema(schema)).csv(path).count();
      case PARQUET -> spark.read().parquet(path).count();
    };
  }

  private static StructType csvSchema(StructType schema) {
    return DataTypes.createStructType(Arrays.stream(schema.fields())
        .map(f -> DataTypes.createStructField(f.name(), DataTypes.StringType, true)).toList());
  }

  /** The output columns of the cleaned rows. */
  static Column[] outputColumns(RowLayout layout) {
    return Arrays.stream(layout.cleanedSchema().fieldNames()).limit(layout.outputWidth())
        .map(functions::col).toArray(Column[]::new);
  }
}
