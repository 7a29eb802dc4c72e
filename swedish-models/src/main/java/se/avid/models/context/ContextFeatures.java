package se.avid.models.context;

import static se.avid.models.context.TokenShape.INITIAL_SHAPE_FEATURES;
import static se.avid.models.context.TokenShape.MIDDLE_SHAPE_FEATURES;
import static se.avid.models.context.TokenShape.NEXT_SHAPE_FEATURES;
import static se.avid.models.context.TokenShape.PREVIOUS_SHAPE_FEATURES;
import static se.avid.models.context.TokenShape.SHAPES;
import static se.avid.models.context.TokenShape.SHAPE_FEATURES;
import static se.avid.models.context.TokenShape.shapeCode;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a token and its neighbours into the features of the context model. The one place where
 * features are defined: the trainer and {@link MaxentContextScorer} both call {@link #of}, so a
 * model never meets features it was not trained on ({@link FeatureIds} computes the same features
 * as ids of a model, from the tokens of a text; its test holds the two equal).
 *
 * <p>Features are computed from the tokens alone, without lexicons: the lowercased word, its 2–4
 * char suffixes, its shape (capitalised, all caps, digits, hyphen), whether it starts a sentence,
 * the lowercased words one and two to either side with the shape of the next and previous word,
 * and Swedish cue phrases of forum posts ({@code heter}, {@code min son}, {@code hej},
 * {@code mvh}, {@code bor i}, {@code ... kommun}). Word features are lowercased so that a model
 * trained on cased and lowercased copies of a sentence learns cues that survive lowercase typing;
 * shape features carry the capitalisation where there is one.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContextFeatures {

  /** Neighbour value for positions before the first and after the last token. */
  static final String BOUNDARY = "<s>";

  /**
   * Words that name the next word: {@code jag heter Björn}, {@code hon kallas Sten}. Shared with the
   * name rules, which make a name of any first name after one.
   */
  public static final Set<String> NAMING_WORDS = Set.of(
      "heter", "hette", "heta", "kallas", "kallades", "kallad", "namnet", "döpt", "döpte", "döptes");

  private ContextFeatures() {}

  /**
   * The features of {@code tokens[index]} in its sentence.
   *
   * @param tokens the tokens as written, punctuation as own tokens; none may be null
   * @param index the token to describe
   * @throws IndexOutOfBoundsException if {@code index} is not a valid index of {@code tokens}
   * @return the feature names
   */
  public static String[] of(String[] tokens, int index) {
    Objects.checkIndex(index, tokens.length);
    String token = tokens[index];
    String word = lower(token);
    String p1 = index >= 1 ? lower(tokens[index - 1]) : BOUNDARY;
    String p2 = index >= 2 ? lower(tokens[index - 2]) : BOUNDARY;
    String n1 = index + 1 < tokens.length ? lower(tokens[index + 1]) : BOUNDARY;
    String n2 = index + 2 < tokens.length ? lower(tokens[index + 2]) : BOUNDARY;
    int shape = shapeCode(token);
    boolean initial = index == 0 || CueWords.SENTENCE_ENDS.contains(p1);

    // called for every ambiguous word of a text: an array of the largest size and constant
    // strings for the shapes, not a list and a concatenation per shape feature
    String[] f = new String[MAX_FEATURES];
    int k = 0;
    f[k++] = "w=" + word;
    for (int n = 2; n <= 4; n++) {
      if (word.length() > n) {
        f[k++] = SUFFIX_PREFIXES[n] + word.substring(word.length() - n);
      }
    }
    f[k++] = SHAPE_FEATURES[shape];
    f[k++] = (initial ? INITIAL_SHAPE_FEATURES : MIDDLE_SHAPE_FEATURES)[shape];
    if (token.indexOf('-') > 0) {
      f[k++] = "hyphen";
    }
    f[k++] = "p1=" + p1;
    f[k++] = "p2=" + p2;
    f[k++] = "n1=" + n1;
    f[k++] = "n2=" + n2;
    f[k++] = index >= 1 ? PREVIOUS_SHAPE_FEATURES[shapeCode(tokens[index - 1])] : "p1sh=" + BOUNDARY;
    f[k++] = index + 1 < tokens.length ? NEXT_SHAPE_FEATURES[shapeCode(tokens[index + 1])] : "n1sh=" + BOUNDARY;
    k = CueWords.addCues(f, k, p2, p1, n1);
    return k == f.length ? f : Arrays.copyOf(f, k);
  }

  /** The most features one token can have: word, three suffixes, 2 shapes, hyphen, 4 neighbours, 2 neighbour shapes, 6 cues. */
  static final int MAX_FEATURES = 19;

  private static final String[] SUFFIX_PREFIXES = {null, null, "s2=", "s3=", "s4="};

  /**
   * The shape of a token: {@code Xx} capitalised, {@code XX} all capitals, {@code x} lowercase,
   * {@code d} with digits, {@code p} punctuation only, {@code m} mixed.
   */
  static String shape(String token) {
    return SHAPES[shapeCode(token)];
  }

  static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
