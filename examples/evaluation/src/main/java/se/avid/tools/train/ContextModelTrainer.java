package se.avid.tools.train;

import java.io.IOException;
import java.util.List;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import se.avid.tools.eval.TaggedSentence;

/**
 * Trains the context model: OpenNLP's GIS maximum-entropy trainer with Gaussian smoothing, one
 * thread and in-memory indexing, so that the same data and settings give the same weights.
 * Immutable and thread-safe.
 *
 * @param iterations GIS iterations
 * @param cutoff features seen fewer times than this are dropped (keeps the model small)
 * @param sigma the Gaussian prior's standard deviation (smaller smooths more)
 */
public record ContextModelTrainer(int iterations, int cutoff, double sigma) {

  /** The settings of the bundled model. */
  public static final ContextModelTrainer BUNDLED = new ContextModelTrainer(200, 3, 3.0);

  public ContextModelTrainer {
    if (iterations < 1 || cutoff < 0 || !(sigma > 0)) {
      throw new IllegalArgumentException("bad settings: iterations " + iterations + ", cutoff " + cutoff
          + ", sigma " + sigma);
    }
  }

  /** Trains on every sentence, as written and lowercased. */
  public GISModel train(List<TaggedSentence> sentences) throws IOException {
    return trainOn(ContextEvents.writtenAndLowercased(sentences));
  }

  GISModel trainOn(List<Event> events) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
    params.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
    params.put("GaussianSmoothing", true);
    params.put("GaussianSmoothingSigma", sigma);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    return (GISModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
  }
}
