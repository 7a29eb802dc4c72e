package se.avid.models.context;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
}
