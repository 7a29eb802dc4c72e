package se.avid.examples.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;
import se.avid.Anonymizer;
import se.avid.RedactionResult;

/**
 * Redacts every text inside the value of a chosen column, whatever its Spark type: a string; a
 * number (a personnummer stored as a number is still one, so numbers become strings); and every
 * string and number inside arrays, structs (a JSON object) and maps, keys included. Dates,
 * booleans and binary values are left as they are. Stateless.
 */
final class ValueCleaner {

  private ValueCleaner() {}

  /**
   * The type a chosen column has after cleaning: numbers become strings, at every depth.
   *
   * @param type the column's type in the input
   * @return its type in the output
   */
  static DataType cleanedType(DataType type) {
    if (type instanceof NumericType) {
      return DataTypes.StringType;
    }
    if (type instanceof ArrayType a) {
      return DataTypes.createArrayType(cleanedType(a.elementType()), a.containsNull());
    }
    if (type instanceof MapType m) {
      return DataTypes.createMapType(cleanedType(m.keyType()), cleanedType(m.valueType()), m.valueContainsNull());
    }
    if (type instanceof StructType s) {
      StructField[] fields = s.fields().clone();
      for (int i = 0; i < fields.length; i++) {
        StructField f = fields[i];
        fields[i] = new StructField(f.name(), cleanedType(f.dataType()), f.nullable(), f.metadata());
      }
      return new StructType(fields);
    }
    return type;
  }

  /**
   * The value with every text in it redacted; what was found is added to {@code findings}.
   *
   * @param value a cell value as Spark gives it (null, String, Number, Seq, Map, Row, …)
   * @param type its type in the input
   * @param anonymizer the JVM's anonymizer
   * @param findings this row's findings so far
   * @return the cleaned value, of {@link #cleanedType(DataType)}
   * @throws se.avid.RedactionException if a text could not be analysed
   * @throws IllegalStateException if two map keys become one after redaction
   */
  static Object clean(Object value, DataType type, Anonymizer anonymizer, RowFindings findings) {
    if (value == null) {
      return null;
    }
    if (type instanceof StringType) {
      return text((String) value, anonymizer, findings);
    }
    if (type instanceof NumericType) {
      String digits = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
      return text(digits, anonymizer, findings);
    }
    if (type instanceof ArrayType a) {
      @SuppressWarnings("unchecked")
      List<Object> elements = CollectionConverters.asJava((scala.collection.Seq<Object>) value);
      List<Object> cleaned = new ArrayList<>(elements.size());
      for (Object e : elements) {
        cleaned.add(clean(e, a.elementType(), anonymizer, findings));
      }
      return CollectionConverters.asScala(cleaned).toSeq();
    }
    if (type instanceof MapType m) {
      @SuppressWarnings("unchecked")
      Map<Object, Object> entries = CollectionConverters.asJava((scala.collection.Map<Object, Object>) value);
      Map<Object, Object> cleaned = new LinkedHashMap<>();
      for (Map.Entry<Object, Object> e : entries.entrySet()) {
        Object key = clean(e.getKey(), m.keyType(), anonymizer, findings);
        if (cleaned.put(key, clean(e.getValue(), m.valueType(), anonymizer, findings)) != null) {
          // two keys redacted to one label: keeping either value would silently drop the other
          throw new IllegalStateException("two map keys became one after redaction");
        }
      }
      return CollectionConverters.asScala(cleaned);
    }
    if (type instanceof StructType s) {
      Row row = (Row) value;
      Object[] fields = new Object[s.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = clean(row.get(i), s.fields()[i].dataType(), anonymizer, findings);
      }
      return RowFactory.create(fields);
    }
    return value;
  }

  private static String text(String text, Anonymizer anonymizer, RowFindings findings) {
    RedactionResult result = anonymizer.process(text);
    findings.add(result.analysis());
    return result.redactedText();
  }
}
