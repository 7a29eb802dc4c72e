package se.avid.examples.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark: one {@code local[2]} session for the whole test JVM, without the web UI, with
 * small file splits so that a test archive of a few hundred kilobytes spans several partitions.
 */
final class LocalSpark {

  private LocalSpark() {}

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .master("local[2]")
        .appName("avid-spark-cleaner-tests")
        .config("spark.ui.enabled", false)
        .config("spark.sql.shuffle.partitions", 2)
        .config("spark.sql.files.maxPartitionBytes", 32 * 1024)
        .config("spark.sql.files.openCostInBytes", 0)
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  static SparkSession session() {
    return Holder.SESSION;
  }
}
