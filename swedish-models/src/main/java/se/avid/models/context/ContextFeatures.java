package se.avid.models.context;

import java.util.ArrayList;
import java.util.List;
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
    String shape = shape(token);
    boolean initial = index == 0 || SENTENCE_ENDS.contains(p1);

    List<String> f = new ArrayList<>(28);
    f.add("w=" + word);
    for (int n = 2; n <= 4; n++) {
      if (word.length() > n) {
        f.add("s" + n + "=" + word.substring(word.length() - n));
      }
    }
    f.add("sh=" + shape);
    f.add((initial ? "ini&sh=" : "mid&sh=") + shape);
    if (token.indexOf('-') > 0) {
      f.add("hyphen");
    }
    f.add("p1=" + p1);
    f.add("p2=" + p2);
    f.add("n1=" + n1);
    f.add("n2=" + n2);
    f.add("p1sh=" + (index >= 1 ? shape(tokens[index - 1]) : BOUNDARY));
    f.add("n1sh=" + (index + 1 < tokens.length ? shape(tokens[index + 1]) : BOUNDARY));
    addCues(f, p2, p1, n1);
    return f.toArray(new String[0]);
  }

  private static void addCues(List<String> f, String p2, String p1, String n1) {
    if (NAMING_WORDS.contains(p1) || (p1.equals("som") && NAMING_WORDS.contains(p2))) {
      f.add("cue=naming");
    }
    if (GREETINGS.contains(p1) || (p1.equals(",") && GREETINGS.contains(p2))) {
      f.add("cue=greeting");
    }
    if (TITLES.contains(p1)) {
      f.add("cue=title");
    }
    if ((KIN_WORDS.contains(p1) && POSSESSIVES.contains(p2)) || DEFINITE_ROLES.contains(p1)) {
      f.add("cue=kin");
    }
    if (PLACE_PREPOSITIONS.contains(p1) && DWELLING_VERBS.contains(p2)) {
      f.add("cue=dwelling");
    }
    if (PLACE_FOLLOWERS.contains(n1)) {
      f.add("cue=place-follower");
    }
  }

  /**
   * The shape of a token: {@code Xx} capitalised, {@code XX} all capitals, {@code x} lowercase,
   * {@code d} with digits, {@code p} punctuation only, {@code m} mixed.
   */
  static String shape(String token) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isUpperCase(c)) {
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
      return "d";
    }
    if (!upper && !lower) {
      return other ? "p" : "x";
    }
    if (!upper) {
      return "x";
    }
    if (!lower) {
      return token.length() > 1 ? "XX" : "X";
    }
    return Character.isUpperCase(token.charAt(0)) ? "Xx" : "m";
  }

  private static String lower(String token) {
    return token.toLowerCase(Locale.ROOT);
  }
}
