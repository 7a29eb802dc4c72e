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
   * The ids in one model of the features that do not depend on a word: shapes, "hyphen",
   * boundaries and cues, found once per model. Immutable.
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

    ConstantIds(FlatMaxent model) {
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
    /** A feature name being written. */
    private char[] label = new char[64];
    final int[] ids = new int[MAX_FEATURES];
  }

  private static final char[] WORD_PREFIX = "w=".toCharArray();
  private static final char[][] SUFFIX_PREFIX_CHARS = {null, null, "s2=".toCharArray(), "s3=".toCharArray(), "s4=".toCharArray()};
  private static final char[] P1_PREFIX = "p1=".toCharArray();
  private static final char[] P2_PREFIX = "p2=".toCharArray();
  private static final char[] N1_PREFIX = "n1=".toCharArray();
  private static final char[] N2_PREFIX = "n2=".toCharArray();
  private static final char[] BOUNDARY_CHARS = BOUNDARY.toCharArray();

  /**
   * The same features as {@link ContextFeatures#of} of the token {@code index} in the window of tokens
   * {@code [from, to)} (each token's text being {@link Tokens#original}), as their ids in
   * {@code model} in the same order ({@code -1} for a feature the model does not know), into
   * {@code b.ids}; returns their count. Nothing is allocated but for a token whose lowercase form
   * is not one char per char ("İ").
   */
  static int ids(Tokens tokens, int from, int to, int index, FlatMaxent model, ConstantIds c, Buffers b) {
    String text = tokens.originalText();
    int pos = 0;
    for (int k = 0; k < 5; k++) {
      int u = index - 2 + k;
      if (u < from || u >= to) {
        b.lowerLength[k] = -1;
        continue;
      }
      b.lowerStart[k] = pos;
      pos = lowerInto(text, tokens.start(u), tokens.end(u), b, pos);
      b.lowerLength[k] = pos - b.lowerStart[k];
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
    f[k++] = id(model, b, WORD_PREFIX, 2, 0, b.lowerLength[2]);
    int wordLength = b.lowerLength[2];
    for (int n = 2; n <= 4; n++) {
      if (wordLength > n) {
        f[k++] = id(model, b, SUFFIX_PREFIX_CHARS[n], 2, wordLength - n, n);
      }
    }
    f[k++] = c.shape[shape];
    f[k++] = (initial ? c.initialShape : c.middleShape)[shape];
    if (indexOf(text, start, end, '-') > 0) {
      f[k++] = c.hyphen;
    }
    f[k++] = neighbour(model, b, P1_PREFIX, 1);
    f[k++] = neighbour(model, b, P2_PREFIX, 0);
    f[k++] = neighbour(model, b, N1_PREFIX, 3);
    f[k++] = neighbour(model, b, N2_PREFIX, 4);
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
    if (b.lowerLength[k] < 0) {
      return 0;
    }
    return CueWords.bits(b.lower, b.lowerStart[k], b.lowerLength[k]);
  }

  /** The id of prefix + the lowercase neighbour {@code k}, or prefix + {@link ContextFeatures#BOUNDARY}. */
  private static int neighbour(FlatMaxent model, Buffers b, char[] prefix, int k) {
    if (b.lowerLength[k] < 0) {
      return id(model, prefix, BOUNDARY_CHARS, 0, BOUNDARY_CHARS.length, b);
    }
    return id(model, b, prefix, k, 0, b.lowerLength[k]);
  }

  /** The id of prefix + chars {@code [offset, offset+length)} of the lowercase form of neighbour {@code k}. */
  private static int id(FlatMaxent model, Buffers b, char[] prefix, int k, int offset, int length) {
    return id(model, prefix, b.lower, b.lowerStart[k] + offset, length, b);
  }

  /** Writes prefix + value into the label buffer and finds its id, hashing as {@link String#hashCode} does. */
  private static int id(FlatMaxent model, char[] prefix, char[] value, int offset, int length, Buffers b) {
    int n = prefix.length + length;
    if (b.label.length < n) {
      b.label = new char[Math.max(n, b.label.length * 2)];
    }
    char[] label = b.label;
    int h = 0;
    for (int i = 0; i < prefix.length; i++) {
      char ch = prefix[i];
      label[i] = ch;
      h = 31 * h + ch;
    }
    for (int i = 0; i < length; i++) {
      char ch = value[offset + i];
      label[prefix.length + i] = ch;
      h = 31 * h + ch;
    }
    return model.id(label, n, h);
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
