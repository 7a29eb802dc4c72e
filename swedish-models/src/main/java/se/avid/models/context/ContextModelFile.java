package se.avid.models.context;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The file format of the context model: OpenNLP's binary GIS model (weights, feature names and
 * outcomes only, no training data), gzip-compressed. Reading and writing live together so that
 * the trainer and the bundled model cannot drift apart. Stateless and thread-safe.
 */
public final class ContextModelFile {

  private ContextModelFile() {}

  /**
   * Writes {@code model} to {@code out} and closes it.
   *
   * @param model the trained model
   * @param out where it goes; closed
   * @throws IOException if the stream cannot be read or written
   */
  public static void write(GISModel model, OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    // persist() writes the whole model and closes the stream it was given
    new BinaryGISModelWriter(model, new DataOutputStream(gzip)).persist();
  }

  /**
   * Reads a model written by {@link #write}; does not close {@code in}.
   *
   * @param in where it comes from; not closed
   * @return the model
   * @throws IOException if the stream cannot be read or written
   */
  public static MaxentModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16)));
    AbstractModel model = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
    if (model.getModelType() != AbstractModel.ModelType.Maxent) {
      throw new IOException("not a maxent model: " + model.getModelType());
    }
    return model;
  }

  /** A model read by {@link #readFlat}: its flat arrays and its outcomes' names, by index. */
  record Flat(FlatMaxent model, String[] outcomes) {}

  /**
   * Reads a model written by {@link #write} straight into flat arrays, as {@link #read} and
   * {@link FlatMaxent#of} would make them but without OpenNLP's model in between (its feature map,
   * a context object per feature, a tokenizer and a parse per outcome pattern: twice the work at
   * start-up); does not close {@code in}. The fields are those {@code GISModelReader} reads, in
   * its order: the type, the correction constant and parameter (unused in evaluation), the
   * outcomes, the outcome patterns (a count of features, then the outcomes they have weights
   * for), the feature names, and per feature its weights.
   *
   * @param in where it comes from; not closed
   * @return the model
   * @throws IOException if the stream cannot be read or is no such model
   */
  static Flat readFlat(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    String type = data.readUTF();
    if (!"GIS".equals(type)) {
      throw new IOException("not a GIS model: " + type);
    }
    data.readInt(); // correction constant
    data.readDouble(); // correction parameter
    String[] outcomes = new String[count(data)];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = data.readUTF();
    }
    int[][] patterns = new int[count(data)][];
    for (int i = 0; i < patterns.length; i++) {
      patterns[i] = pattern(data.readUTF());
    }
    String[] labels = new String[count(data)];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = data.readUTF();
    }
    int[][] featureOutcomes = new int[labels.length][];
    double[][] params = new double[labels.length][];
    int feature = 0;
    for (int[] pattern : patterns) {
      int[] shared = Arrays.copyOfRange(pattern, 1, pattern.length); // the features' outcomes
      for (int k = 0; k < pattern[0]; k++, feature++) {
        if (feature >= labels.length) {
          throw new IOException("more weights than features");
        }
        double[] p = new double[shared.length];
        for (int j = 0; j < p.length; j++) {
          p[j] = data.readDouble();
        }
        featureOutcomes[feature] = shared;
        params[feature] = p;
      }
    }
    if (feature != labels.length) {
      throw new IOException("features without weights: " + (labels.length - feature));
    }
    try {
      return new Flat(new FlatMaxent(labels, featureOutcomes, params, outcomes.length), outcomes);
    } catch (IllegalArgumentException e) {
      throw new IOException("malformed model: " + e.getMessage(), e);
    }
  }

  private static int count(DataInputStream data) throws IOException {
    int n = data.readInt();
    if (n < 0) {
      throw new IOException("negative count: " + n);
    }
    return n;
  }

  /** "3 0 2": the numbers of an outcome pattern, separated by spaces. */
  private static int[] pattern(String text) throws IOException {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != ' ' && (i == 0 || text.charAt(i - 1) == ' ')) {
        n++;
      }
    }
    int[] out = new int[n];
    int k = 0;
    int value = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c == ' ') {
        if (value >= 0) {
          out[k++] = value;
          value = -1;
        }
      } else if (c >= '0' && c <= '9' && value < Integer.MAX_VALUE / 10) {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
      } else {
        throw new IOException("malformed outcome pattern");
      }
    }
    if (n == 0) {
      throw new IOException("empty outcome pattern");
    }
    return out;
  }
}
