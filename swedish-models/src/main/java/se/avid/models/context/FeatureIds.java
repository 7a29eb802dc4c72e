package se.avid.models.context;

import static se.avid.models.context.ContextFeatures.BOUNDARY;
import static se.avid.models.context.ContextFeatures.MAX_FEATURES;
import static se.avid.models.context.CueWords.COMMA;
import static se.avid.models.context.CueWords.DEFINITE_ROLE;
import static se.avid.models.context.CueWords.DWELLING;
import static se.avid.models.context.CueWords.GREETING;
import static se.avid.models.context.CueWords.KIN;
import static se.avid.models.context.CueWords.NAMING;
import static se.avid.models.context.CueWords.PLACE_FOLLOWER;
import static se.avid.models.context.CueWords.PLACE_PREPOSITION;
import static se.avid.models.context.CueWords.POSSESSIVE;
import static se.avid.models.context.CueWords.SENTENCE_END;
import static se.avid.models.context.CueWords.SOM;
import static se.avid.models.context.CueWords.TITLE;
import static se.avid.models.context.TokenShape.INITIAL_SHAPE_FEATURES;
import static se.avid.models.context.TokenShape.MIDDLE_SHAPE_FEATURES;
import static se.avid.models.context.TokenShape.NEXT_SHAPE_FEATURES;
import static se.avid.models.context.TokenShape.PREVIOUS_SHAPE_FEATURES;
import static se.avid.models.context.TokenShape.SHAPE_FEATURES;
import static se.avid.models.context.TokenShape.shapeCode;

import java.util.Arrays;
import se.avid.models.lexicon.Tokens;

/**
 * The features of {@link ContextFeatures#of}, as their ids in a model, computed from the tokens of
 * a text without strings: the path the detectors take. Stateless; the buffers are the caller's.
 */
final class FeatureIds {

  private FeatureIds() {}

  /**
   * The ids in one model of the features that do not depend on a word (shapes, "hyphen",
   * boundaries and cues), found once per model, and those of each word form, found once per form
   * ({@link FormFeatureIds}). Thread-safe.
   */
  static final class ConstantIds {
    private final int[] shape;
    private final int[] initialShape;
    private final int[] middleShape;
    private final int[] previousShape;
    private final int[] nextShape;
    private final int hyphen;
    private final int previousBoundaryShape;
    private final int nextBoundaryShape;
    private final int naming;
    private final int greeting;
    private final int title;
    private final int kin;
    private final int dwelling;
    private final int placeFollower;
    /** The ids of {@code p1=}, {@code p2=}, {@code n1=}, {@code n2=} of a boundary, by neighbour 0..4 (-2..2; 2 unused). */
    private final int[] boundary = new int[5];
    private final FormFeatureIds forms;

    ConstantIds(FlatMaxent model) {
      forms = new FormFeatureIds(model);
      boundary[0] = model.id("p2=" + BOUNDARY);
      boundary[1] = model.id("p1=" + BOUNDARY);
      boundary[3] = model.id("n1=" + BOUNDARY);
      boundary[4] = model.id("n2=" + BOUNDARY);
      shape = ids(model, SHAPE_FEATURES);
      initialShape = ids(model, INITIAL_SHAPE_FEATURES);
      middleShape = ids(model, MIDDLE_SHAPE_FEATURES);
      previousShape = ids(model, PREVIOUS_SHAPE_FEATURES);
      nextShape = ids(model, NEXT_SHAPE_FEATURES);
      hyphen = model.id("hyphen");
      previousBoundaryShape = model.id("p1sh=" + BOUNDARY);
      nextBoundaryShape = model.id("n1sh=" + BOUNDARY);
      naming = model.id("cue=naming");
      greeting = model.id("cue=greeting");
      title = model.id("cue=title");
      kin = model.id("cue=kin");
      dwelling = model.id("cue=dwelling");
      placeFollower = model.id("cue=place-follower");
    }

    private static int[] ids(FlatMaxent model, String[] features) {
      int[] out = new int[features.length];
      for (int i = 0; i < features.length; i++) {
        out[i] = model.id(features[i]);
      }
      return out;
    }
  }

  /** Reused buffers of {@link #ids}; one per call of a detector, not thread-safe. */
  static final class Buffers {
    /** The lowercase forms of the token and the two on either side, one after the other. */
    private char[] lower = new char[128];
    /** Per neighbour (-2..2 as 0..4): where its lowercase form starts in {@link #lower}, and its length or -1 for a boundary. */
    private final int[] lowerStart = new int[5];
    private final int[] lowerLength = new int[5];
    /** Per neighbour (-2..2 as 0..4): the ids of its form, or null for a boundary. */
    private final FormFeatureIds.Form[] forms = new FormFeatureIds.Form[5];
    final int[] ids = new int[MAX_FEATURES];
  }

  /**
   * The same features as {@link ContextFeatures#of} of the token {@code index} in the window of tokens
   * {@code [from, to)} (each token's text being {@link Tokens#original}), as their ids in
   * the model of {@code c} in the same order ({@code -1} for a feature the model does not know),
   * into {@code b.ids}; returns their count. The ids of each form's own features are read from
   * its {@link FormFeatureIds} record; nothing is allocated but for a form seen the first time
   * and for a token whose lowercase form is not one char per char ("İ").
   */
  static int ids(Tokens tokens, int from, int to, int index, ConstantIds c, Buffers b) {
    String text = tokens.originalText();
    int pos = 0;
    for (int k = 0; k < 5; k++) {
      int u = index - 2 + k;
      if (u < from || u >= to) {
        b.lowerLength[k] = -1;
        b.forms[k] = null;
        continue;
      }
      b.lowerStart[k] = pos;
      pos = lowerInto(text, tokens.start(u), tokens.end(u), b, pos);
      b.lowerLength[k] = pos - b.lowerStart[k];
      b.forms[k] = c.forms.get(b.lower, b.lowerStart[k], b.lowerLength[k]);
    }
    int start = tokens.start(index);
    int end = tokens.end(index);
    int shape = shapeCode(text, start, end);
    int p1Cues = cues(b, 1);
    int p2Cues = cues(b, 0);
    int n1Cues = cues(b, 3);
    boolean initial = index == from || (p1Cues & SENTENCE_END) != 0;

    int[] f = b.ids;
    int k = 0;
    int[] word = b.forms[2].ids;
    f[k++] = word[FormFeatureIds.WORD];
    int wordLength = b.lowerLength[2];
    for (int n = 2; n <= 4; n++) {
      if (wordLength > n) {
        f[k++] = word[n]; // s2= … s4=
      }
    }
    f[k++] = c.shape[shape];
    f[k++] = (initial ? c.initialShape : c.middleShape)[shape];
    if (indexOf(text, start, end, '-') > 0) {
      f[k++] = c.hyphen;
    }
    f[k++] = neighbour(b, c, 1, FormFeatureIds.P1);
    f[k++] = neighbour(b, c, 0, FormFeatureIds.P2);
    f[k++] = neighbour(b, c, 3, FormFeatureIds.N1);
    f[k++] = neighbour(b, c, 4, FormFeatureIds.N2);
    f[k++] = index - 1 >= from ? c.previousShape[shapeCode(text, tokens.start(index - 1), tokens.end(index - 1))]
        : c.previousBoundaryShape;
    f[k++] = index + 1 < to ? c.nextShape[shapeCode(text, tokens.start(index + 1), tokens.end(index + 1))]
        : c.nextBoundaryShape;
    // as addCues
    if ((p1Cues & NAMING) != 0 || (p1Cues & SOM) != 0 && (p2Cues & NAMING) != 0) {
      f[k++] = c.naming;
    }
    if ((p1Cues & GREETING) != 0 || (p1Cues & COMMA) != 0 && (p2Cues & GREETING) != 0) {
      f[k++] = c.greeting;
    }
    if ((p1Cues & TITLE) != 0) {
      f[k++] = c.title;
    }
    if ((p1Cues & KIN) != 0 && (p2Cues & POSSESSIVE) != 0 || (p1Cues & DEFINITE_ROLE) != 0) {
      f[k++] = c.kin;
    }
    if ((p1Cues & PLACE_PREPOSITION) != 0 && (p2Cues & DWELLING) != 0) {
      f[k++] = c.dwelling;
    }
    if ((n1Cues & PLACE_FOLLOWER) != 0) {
      f[k++] = c.placeFollower;
    }
    return k;
  }

  /** The cue bits of neighbour {@code k} (0..4 for -2..2); 0 for a boundary, which is in no set. */
  private static int cues(Buffers b, int k) {
    FormFeatureIds.Form form = b.forms[k];
    return form == null ? 0 : form.cues;
  }

  /** The id of the neighbour feature {@code feature} of neighbour {@code k}, or of a boundary there. */
  private static int neighbour(Buffers b, ConstantIds c, int k, int feature) {
    FormFeatureIds.Form form = b.forms[k];
    return form == null ? c.boundary[k] : form.ids[feature];
  }

  /**
   * Writes {@code text[start, end)} lowercased as {@link ContextFeatures#lower} does into {@code b.lower} at
   * {@code pos}; returns the position after it. Char by char, but for the chars whose lowercase
   * depends on more than themselves ("İ" becomes two chars, a final "Σ" is "ς"), where the
   * string is lowercased whole.
   */
  private static int lowerInto(String text, int start, int end, Buffers b, int pos) {
    int length = end - start;
    if (b.lower.length < pos + length) {
      b.lower = Arrays.copyOf(b.lower, Math.max(pos + length, b.lower.length * 2));
    }
    char[] out = b.lower;
    text.getChars(start, end, out, pos);
    for (int i = pos, last = pos + length; i < last; i++) {
      char ch = out[i];
      if (ch < 0x80) {
        if (ch >= 'A' && ch <= 'Z') {
          out[i] = (char) (ch + ('a' - 'A'));
        }
      } else if (ch == '\u0130' || ch == '\u03A3' || Character.isSurrogate(ch)) {
        return lowerWhole(text, start, end, b, pos);
      } else {
        out[i] = Character.toLowerCase(ch);
      }
    }
    return pos + length;
  }

  private static int lowerWhole(String text, int start, int end, Buffers b, int pos) {
    String lower = ContextFeatures.lower(text.substring(start, end));
    if (b.lower.length < pos + lower.length()) {
      b.lower = Arrays.copyOf(b.lower, Math.max(pos + lower.length(), b.lower.length * 2));
    }
    lower.getChars(0, lower.length(), b.lower, pos);
    return pos + lower.length();
  }

  private static int indexOf(String text, int start, int end, char c) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == c) {
        return i - start;
      }
    }
    return -1;
  }
}
