package se.avid.models.context;

import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * The Swedish cue words of the context model ({@code heter}, {@code min son}, {@code hej},
 * {@code bor i}, {@code ... kommun}) as sets of strings for {@link ContextFeatures#of} and as bits
 * of a char look-up for {@link FeatureIds}: one definition for both. Stateless.
 */
final class CueWords {

  private CueWords() {}

  private static final Set<String> NAMING_WORDS = ContextFeatures.NAMING_WORDS;

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
  static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ":", "...", "…", "\"", "”", "»", "\n");

  static int addCues(String[] f, int k, String p2, String p1, String n1) {
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

  /** Bits of {@link #CUE_WORDS}: the sets above that a lowercase word belongs to. */
  static final int NAMING = 1;
  static final int GREETING = 1 << 1;
  static final int TITLE = 1 << 2;
  static final int POSSESSIVE = 1 << 3;
  static final int KIN = 1 << 4;
  static final int DEFINITE_ROLE = 1 << 5;
  static final int DWELLING = 1 << 6;
  static final int PLACE_PREPOSITION = 1 << 7;
  static final int PLACE_FOLLOWER = 1 << 8;
  static final int SENTENCE_END = 1 << 9;
  static final int SOM = 1 << 10;
  static final int COMMA = 1 << 11;

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

  /** The cue bits of the word {@code chars[offset, offset+length)}, lowercase; 0 for a word of no set. */
  static int bits(char[] chars, int offset, int length) {
    Integer bits = CUE_WORDS.get(chars, offset, length);
    return bits == null ? 0 : bits;
  }
}
