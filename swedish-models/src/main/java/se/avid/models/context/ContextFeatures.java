package se.avid.models.context;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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

  /** Words that name the next word: {@code jag heter Björn}, {@code hon kallas Sten}. */
  private static final Set<String> NAMING_WORDS = Set.of(
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
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
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
      return token.length() > 1 ? ALL_CAPS : CAPITAL;
    }
    return Character.isUpperCase(token.charAt(0)) ? CAPITALISED : MIXED;
  }

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
