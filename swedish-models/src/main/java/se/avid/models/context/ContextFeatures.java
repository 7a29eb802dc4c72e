package se.avid.models.context;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;
import se.avid.models.lexicon.Tokens;

/**
 * Turns a token and its neighbours into the features of the context model. The one place where
 * features are defined: the trainer and {@link MaxentContextScorer} both call {@link #of}, so a
 * model never meets features it was not trained on.
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

  /** Greetings and sign-offs followed by a name: {@code hej Anna}, {@code mvh Peter}, {@code /Lena}. */
  private static final Set<String> GREETINGS = Set.of(
      "hej", "hejsan", "hallå", "tjena", "tja", "kära", "mvh", "hälsningar", "hälsning", "/", "//", "--");

  /** Titles before a name: {@code doktor Berg}, {@code fröken Holm}. */
  private static final Set<String> TITLES = Set.of(
      "herr", "fru", "fröken", "doktor", "dr", "professor", "pastor", "kyrkoherde", "syster");

  /** Possessives that make the kinship noun after them a cue: {@code min son}, {@code hennes man}. */
  private static final Set<String> POSSESSIVES = Set.of(
      "min", "mitt", "mina", "din", "ditt", "dina", "hans", "hennes", "vår", "vårt", "våra", "er", "ert",
      "era", "deras", "sin", "sitt", "sina");

  /** Kinship and role nouns that precede a name after a possessive: {@code min son Elias}. */
  private static final Set<String> KIN_WORDS = Set.of(
      "son", "dotter", "man", "fru", "hustru", "make", "maka", "sambo", "pojkvän", "flickvän", "partner",
      "mamma", "pappa", "mor", "far", "bror", "brorsa", "syster", "syrra", "lillebror", "storebror",
      "lillasyster", "storasyster", "mormor", "morfar", "farmor", "farfar", "moster", "morbror", "faster",
      "farbror", "kusin", "svärmor", "svärfar", "styvpappa", "styvmamma", "bonuspappa", "bonusmamma",
      "kompis", "vän", "väninna", "granne", "kollega", "chef", "ex", "kille", "tjej", "handläggare",
      "kurator", "lärare", "mentor", "rektor", "läkare", "psykolog", "kontaktperson", "socialsekreterare");

  /** Definite role nouns that precede a name without a possessive: {@code handläggaren Lena}. */
  private static final Set<String> DEFINITE_ROLES = Set.of(
      "handläggaren", "kuratorn", "läraren", "mentorn", "rektorn", "läkaren", "doktorn", "psykologen",
      "socialsekreteraren", "kontaktpersonen", "sonen", "dottern", "maken", "frun", "sambon", "pojkvännen",
      "flickvännen", "kompisen", "grannen", "exet", "killen", "tjejen", "chefen", "kollegan");

  /** Verbs of living and moving that make the preposition after them a place cue: {@code bor i}. */
  private static final Set<String> DWELLING_VERBS = Set.of(
      "bor", "bodde", "bott", "bo", "flyttade", "flyttat", "flytta", "flyttar", "född", "födda", "uppvuxen",
      "uppvuxna", "växte", "kommer", "kom", "åkte", "åker", "reste", "jobbar", "jobbade", "arbetar",
      "arbetade", "pluggar", "studerar", "hemma", "hemifrån");

  /** Prepositions of place after a {@link #DWELLING_VERBS dwelling verb}. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("i", "till", "från", "på", "utanför", "nära", "upp");

  /** Words that follow a place name: {@code Kiruna kommun}, {@code Malmö stad}. */
  private static final Set<String> PLACE_FOLLOWERS = Set.of(
      "kommun", "kommuns", "kommunen", "stad", "stads", "län", "läns", "centrum", "församling", "socken",
      "tätort", "stadsdel", "kommundel");

  /** Tokens that end a sentence, so that the next token starts one. */
  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ":", "...", "…", "\"", "”", "»", "\n");

  private ContextFeatures() {}

  /**
   * The features of {@code tokens[index]} in its sentence.
   *
   * @param tokens the tokens as written, punctuation as own tokens; none may be null
   * @param index the token to describe
   * @throws IndexOutOfBoundsException if {@code index} is not a valid index of {@code tokens}
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
    boolean initial = index == 0 || SENTENCE_ENDS.contains(p1);

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
    k = addCues(f, k, p2, p1, n1);
    return k == f.length ? f : Arrays.copyOf(f, k);
  }

  /** The most features one token can have: word, three suffixes, 2 shapes, hyphen, 4 neighbours, 2 neighbour shapes, 6 cues. */
  private static final int MAX_FEATURES = 19;

  private static final String[] SUFFIX_PREFIXES = {null, null, "s2=", "s3=", "s4="};

  /** The shapes {@link #shapeCode} numbers, in its order. */
  private static final String[] SHAPES = {"d", "p", "x", "XX", "X", "Xx", "m"};
  private static final int DIGITS = 0;
  private static final int PUNCTUATION = 1;
  private static final int LOWER = 2;
  private static final int ALL_CAPS = 3;
  private static final int CAPITAL = 4;
  private static final int CAPITALISED = 5;
  private static final int MIXED = 6;

  private static final String[] SHAPE_FEATURES = prefixed("sh=");
  private static final String[] INITIAL_SHAPE_FEATURES = prefixed("ini&sh=");
  private static final String[] MIDDLE_SHAPE_FEATURES = prefixed("mid&sh=");
  private static final String[] PREVIOUS_SHAPE_FEATURES = prefixed("p1sh=");
  private static final String[] NEXT_SHAPE_FEATURES = prefixed("n1sh=");

  private static String[] prefixed(String prefix) {
    String[] out = new String[SHAPES.length];
    for (int i = 0; i < SHAPES.length; i++) {
      out[i] = prefix + SHAPES[i];
    }
    return out;
  }

  private static int addCues(String[] f, int k, String p2, String p1, String n1) {
    if (NAMING_WORDS.contains(p1) || (p1.equals("som") && NAMING_WORDS.contains(p2))) {
      f[k++] = "cue=naming";
    }
    if (GREETINGS.contains(p1) || (p1.equals(",") && GREETINGS.contains(p2))) {
      f[k++] = "cue=greeting";
    }
    if (TITLES.contains(p1)) {
      f[k++] = "cue=title";
    }
    if ((KIN_WORDS.contains(p1) && POSSESSIVES.contains(p2)) || DEFINITE_ROLES.contains(p1)) {
      f[k++] = "cue=kin";
    }
    if (PLACE_PREPOSITIONS.contains(p1) && DWELLING_VERBS.contains(p2)) {
      f[k++] = "cue=dwelling";
    }
    if (PLACE_FOLLOWERS.contains(n1)) {
      f[k++] = "cue=place-follower";
    }
    return k;
  }

  /**
   * The shape of a token: {@code Xx} capitalised, {@code XX} all capitals, {@code x} lowercase,
   * {@code d} with digits, {@code p} punctuation only, {@code m} mixed.
   */
  static String shape(String token) {
    return SHAPES[shapeCode(token)];
  }

  /** The index in {@link #SHAPES} of the shape of {@code token}. */
  private static int shapeCode(String token) {
    return shapeCode(token, 0, token.length());
  }


  // ---- the same features, as ids of a model, from the tokens of a text without strings ----

  /** Bits of {@link #CUE_WORDS}: the sets above that a lowercase word belongs to. */
  private static final int NAMING = 1;
  private static final int GREETING = 1 << 1;
  private static final int TITLE = 1 << 2;
  private static final int POSSESSIVE = 1 << 3;
  private static final int KIN = 1 << 4;
  private static final int DEFINITE_ROLE = 1 << 5;
  private static final int DWELLING = 1 << 6;
  private static final int PLACE_PREPOSITION = 1 << 7;
  private static final int PLACE_FOLLOWER = 1 << 8;
  private static final int SENTENCE_END = 1 << 9;
  private static final int SOM = 1 << 10;
  private static final int COMMA = 1 << 11;

  /** Every word of the sets above with the bits of the sets it is in, for look-ups from chars. */
  private static final CharArrayMap<Integer> CUE_WORDS = cueWords();

  private static CharArrayMap<Integer> cueWords() {
    CharArrayMap<Integer> m = new CharArrayMap<>(256, false);
    Object[][] sets = {
        {NAMING_WORDS, NAMING}, {GREETINGS, GREETING}, {TITLES, TITLE}, {POSSESSIVES, POSSESSIVE},
        {KIN_WORDS, KIN}, {DEFINITE_ROLES, DEFINITE_ROLE}, {DWELLING_VERBS, DWELLING},
        {PLACE_PREPOSITIONS, PLACE_PREPOSITION}, {PLACE_FOLLOWERS, PLACE_FOLLOWER}, {SENTENCE_ENDS, SENTENCE_END},
        {Set.of("som"), SOM}, {Set.of(","), COMMA}};
    for (Object[] set : sets) {
      for (Object w : (Set<?>) set[0]) {
        Integer old = m.get(w);
        m.put((String) w, (old == null ? 0 : old) | (Integer) set[1]);
      }
    }
    return CharArrayMap.unmodifiableMap(m);
  }

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
   * The same features as {@link #of} of the token {@code index} in the window of tokens
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
    Integer bits = CUE_WORDS.get(b.lower, b.lowerStart[k], b.lowerLength[k]);
    return bits == null ? 0 : bits;
  }

  /** The id of prefix + the lowercase neighbour {@code k}, or prefix + {@link #BOUNDARY}. */
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
   * Writes {@code text[start, end)} lowercased as {@link #lower} does into {@code b.lower} at
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
    String lower = lower(text.substring(start, end));
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

  /** {@link #shapeCode(String)} of {@code text[start, end)}: the one definition of the shapes. */
  private static int shapeCode(String text, int start, int end) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean other = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) { // ASCII, the common case: the same classes as the Character tests below
        if (c >= 'a' && c <= 'z') {
          lower = true;
        } else if (c >= 'A' && c <= 'Z') {
          upper = true;
        } else if (c >= '0' && c <= '9') {
          digit = true;
        } else {
          other = true;
        }
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.isLetter(c)) {
        lower = true;
      } else {
        other = true;
      }
    }
    if (digit) {
      return DIGITS;
    }
    if (!upper && !lower) {
      return other ? PUNCTUATION : LOWER;
    }
    if (!upper) {
      return LOWER;
    }
    if (!lower) {
      return end - start > 1 ? ALL_CAPS : CAPITAL;
    }
    return Character.isUpperCase(text.charAt(start)) ? CAPITALISED : MIXED;
  }

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
