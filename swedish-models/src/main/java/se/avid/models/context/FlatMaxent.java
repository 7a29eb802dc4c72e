package se.avid.models.context;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maximum-entropy model ({@link GISModel} with its uniform prior) copied into flat
 * arrays, evaluated with the same sums in the same order as {@link GISModel#eval(String[])}, so
 * that the probabilities are the same to the last bit; only the look-up of a feature differs.
 *
 * <p>Why: {@code GISModel.eval} takes the features as strings and finds each in a
 * {@code HashMap}, so every judgement of a word builds some twenty strings and hashes them.
 * Here a feature is found by its chars ({@link #id(char[], int, int)}), written into a reused
 * buffer, and its weights lie side by side in two arrays.
 *
 * <p>Immutable and thread-safe.
 */
final class FlatMaxent {

  /** The feature names (for the check against the model only). */
  private final String[] labels;
  /**
   * Open addressing, one {@code long} per slot: the name's {@link String#hashCode} in the low
   * half, in the high half 1 + where the name starts in {@link #pool}, or 0 for an empty slot:
   * a lookup reads the slot, and the chars only when the hashes agree.
   */
  private final long[] slots;
  private final int mask;
  /**
   * Each feature, one after the other, at its id: its name's length, its number of weights, its
   * name's chars, then per weight its outcome (one char) and the bits of its value (four chars).
   * A feature's name and weights lie together, so that finding and adding it reads one place.
   */
  private final char[] pool;
  /** Chars of a weight in the {@link #pool}. */
  private static final int WEIGHT = 5;
  private final int numOutcomes;
  /** The log prior of every outcome, as {@code UniformPrior} computes it. */
  private final double logPrior;

  /**
   * The model of the features {@code labels}, feature {@code i} with a weight {@code params[i][k]}
   * for outcome {@code outcomes[i][k]} of the {@code numOutcomes}; the arrays of several features
   * may be shared.
   */
  FlatMaxent(String[] labels, int[][] outcomes, double[][] params, int numOutcomes) {
    int n = labels.length;
    this.labels = labels;
    int chars = 0;
    for (int i = 0; i < n; i++) {
      chars += 2 + labels[i].length() + WEIGHT * outcomes[i].length;
    }
    this.pool = new char[chars];
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2) * 2;
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    int at = 0;
    for (int i = 0; i < n; i++) {
      String label = labels[i];
      int[] o = outcomes[i];
      double[] p = params[i];
      if (label.length() > Character.MAX_VALUE || o.length > Character.MAX_VALUE) {
        throw new IllegalArgumentException("feature name or weights too long");
      }
      int h = label.hashCode();
      int slot = spread(h) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (long) (at + 1) << 32 | (h & 0xFFFF_FFFFL);
      pool[at] = (char) label.length();
      pool[at + 1] = (char) o.length;
      label.getChars(0, label.length(), pool, at + 2);
      int w = at + 2 + label.length();
      for (int k = 0; k < o.length; k++, w += WEIGHT) {
        if (o[k] < 0 || o[k] >= numOutcomes) {
          throw new IllegalArgumentException("outcome out of range: " + o[k]);
        }
        long bits = Double.doubleToRawLongBits(p[k]);
        pool[w] = (char) o[k];
        pool[w + 1] = (char) (bits >>> 48);
        pool[w + 2] = (char) (bits >>> 32);
        pool[w + 3] = (char) (bits >>> 16);
        pool[w + 4] = (char) bits;
      }
      at = w;
    }
    this.numOutcomes = numOutcomes;
    this.logPrior = StrictMath.log(1.0 / numOutcomes);
  }

  /**
   * The flat copy of {@code model}, or null if it is no {@link GISModel} or if the copy does not
   * give the same probabilities on a sample of contexts (a model with another prior).
   */
  static FlatMaxent of(MaxentModel model) {
    if (!(model instanceof GISModel gis)) {
      return null;
    }
    Object[] data = gis.getDataStructures();
    if (!(data[1] instanceof Map<?, ?> map)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) map;
    int n = predicates.size();
    String[] labels = new String[n];
    int[][] outcomes = new int[n][];
    double[][] params = new double[n][];
    int i = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      labels[i] = e.getKey();
      outcomes[i] = e.getValue().getOutcomes();
      params[i] = e.getValue().getParameters();
      i++;
    }
    FlatMaxent flat = new FlatMaxent(labels, outcomes, params, gis.getNumOutcomes());
    return flat.agreesWith(gis) ? flat : null;
  }

  /** Compares the probabilities of some contexts: none, single features, and several with an unknown one. */
  private boolean agreesWith(GISModel model) {
    int sample = Math.min(labels.length, 64);
    String[] several = new String[sample + 1];
    for (int i = 0; i < sample; i++) {
      several[i] = labels[i * (labels.length / sample)];
    }
    several[sample] = "\u0000 no such feature";
    if (!same(model, new String[0]) || !same(model, several)) {
      return false;
    }
    for (int i = 0; i < sample; i++) {
      if (!same(model, new String[] {several[i]})) {
        return false;
      }
    }
    return true;
  }

  private boolean same(GISModel model, String[] context) {
    int[] ids = new int[context.length];
    for (int i = 0; i < context.length; i++) {
      ids[i] = id(context[i]);
    }
    double[] mine = new double[numOutcomes];
    eval(ids, ids.length, mine);
    return Arrays.equals(mine, model.eval(context));
  }

  int numOutcomes() {
    return numOutcomes;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The id of the feature {@code label}, or -1 if the model does not know it. */
  int id(String label) {
    return id(label.toCharArray(), label.length(), label.hashCode());
  }

  /**
   * The id of the feature whose name is {@code chars[0, length)}, or -1; {@code hash} must be
   * the {@link String#hashCode()} of that name.
   */
  int id(char[] chars, int length, int hash) {
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      long s = slots[slot];
      if (s == 0) {
        return -1;
      }
      if ((int) s == hash) {
        int at = (int) (s >>> 32) - 1;
        if (equal(at, chars, length)) {
          return at;
        }
      }
    }
  }

  private boolean equal(int at, char[] chars, int length) {
    return pool[at] == length && Arrays.equals(pool, at + 2, at + 2 + length, chars, 0, length);
  }

  /**
   * The probability of each outcome given the features {@code ids[0, count)} (-1 for one the
   * model does not know, skipped), into {@code out}: the log prior plus the weights of each
   * feature in turn, then {@code StrictMath.exp} and normalisation, as {@link GISModel} does.
   */
  void eval(int[] ids, int count, double[] out) {
    Arrays.fill(out, 0, numOutcomes, logPrior);
    for (int k = 0; k < count; k++) {
      int id = ids[k];
      if (id < 0) {
        continue;
      }
      char[] p = pool;
      int w = id + 2 + p[id];
      for (int end = w + WEIGHT * p[id + 1]; w < end; w += WEIGHT) {
        double param = Double.longBitsToDouble((long) p[w + 1] << 48 | (long) p[w + 2] << 32 | (long) p[w + 3] << 16 | p[w + 4]);
        out[p[w]] += param * 1.0; // the feature's value, as OpenNLP multiplies it
      }
    }
    double normal = 0.0;
    for (int o = 0; o < numOutcomes; o++) {
      out[o] = StrictMath.exp(out[o]);
      normal += out[o];
    }
    for (int o = 0; o < numOutcomes; o++) {
      out[o] /= normal;
    }
  }
}
