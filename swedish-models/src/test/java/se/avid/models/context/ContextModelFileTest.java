package se.avid.models.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class ContextModelFileTest {

  /** A tiny model trained on a few hand-written sentences, enough to exercise the file format. */
  static GISModel tinyModel() throws IOException {
    String[][] sentences = {
        {"jag", "heter", "Anna", "."},
        {"min", "son", "Elias", "är", "sjuk"},
        {"vi", "bor", "i", "Kiruna", "."},
        {"hon", "flyttade", "till", "Umeå", "."},
        {"Försäkringskassan", "svarar", "inte"},
    };
    ContextLabel[][] labels = {
        {ContextLabel.NONE, ContextLabel.NONE, ContextLabel.PERSON, ContextLabel.NONE},
        {ContextLabel.NONE, ContextLabel.NONE, ContextLabel.PERSON, ContextLabel.NONE, ContextLabel.NONE},
        {ContextLabel.NONE, ContextLabel.NONE, ContextLabel.NONE, ContextLabel.PLACE, ContextLabel.NONE},
        {ContextLabel.NONE, ContextLabel.NONE, ContextLabel.NONE, ContextLabel.PLACE, ContextLabel.NONE},
        {ContextLabel.ORGANISATION, ContextLabel.NONE, ContextLabel.NONE},
    };
    List<Event> events = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      for (int i = 0; i < sentences[s].length; i++) {
        events.add(new Event(labels[s][i].outcome(), ContextFeatures.of(sentences[s], i)));
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ITERATIONS_PARAM, 20);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    GISTrainer trainer = new GISTrainer();
    trainer.init(params, null);
    return trainer.trainModel(ObjectStreamUtils.createObjectStream(events));
  }

  @Test
  void modelReadBackGivesTheSameProbabilities() throws IOException {
    GISModel model = tinyModel();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ContextModelFile.write(model, bytes);

    MaxentModel read = ContextModelFile.read(new ByteArrayInputStream(bytes.toByteArray()));

    String[] features = ContextFeatures.of(new String[] {"jag", "heter", "Anna"}, 2);
    assertEquals(model.getNumOutcomes(), read.getNumOutcomes());
    assertArrayEquals(model.eval(features), read.eval(features), 1e-12);
  }

  @Test
  void modelReadIntoFlatArraysGivesTheSameProbabilities() throws IOException {
    GISModel model = tinyModel();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ContextModelFile.write(model, bytes);

    ContextModelFile.Flat read = ContextModelFile.readFlat(new ByteArrayInputStream(bytes.toByteArray()));

    assertEquals(model.getNumOutcomes(), read.outcomes().length);
    String[][] sentences = {{"jag", "heter", "Anna"}, {"vi", "bor", "i", "Kiruna", "."}, {"okänt", "ord"}};
    for (String[] sentence : sentences) {
      for (int i = 0; i < sentence.length; i++) {
        String[] features = ContextFeatures.of(sentence, i);
        int[] ids = new int[features.length];
        for (int k = 0; k < ids.length; k++) {
          ids[k] = read.model().id(features[k]);
        }
        double[] flat = new double[read.outcomes().length];
        read.model().eval(ids, ids.length, flat);
        assertArrayEquals(model.eval(features), flat, 0.0);
      }
    }
  }

  @Test
  void aFileOfAnotherModelTypeIsRejectedByTheFlatReader() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(bytes))) {
      out.writeUTF("Perceptron");
      out.writeInt(0);
    }
    assertThrows(IOException.class, () -> ContextModelFile.readFlat(new ByteArrayInputStream(bytes.toByteArray())));
  }

  @Test
  void fileThatIsNotGzipIsRejected() {
    byte[] notAModel = {'G', 'I', 'S', 0, 0};
    assertThrows(IOException.class, () -> ContextModelFile.read(new ByteArrayInputStream(notAModel)));
  }
}
