package se.avid.models.handles;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import se.avid.EntityType;
import se.avid.detect.contact.PlatformWords;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Finds a user name of plain letters right after the platform that names it, where only a
 * lexicon can tell it from a word: {@code lägg till mig på snap ninjakatten}, {@code insta
 * lollo}, {@code psn kattis}, {@code min snap är ninjakatten}, reported as {@link EntityType#URL}
 * like avid-core's handles. avid-core's {@code HandleDetector} finds the handles shaped as such
 * ({@code kalle_k}, {@code lollo.99}, {@code xXSlayerXx}) and any word after a linker
 * ({@code snap: kalle}); a plain word right after a platform it leaves, since most are words
 * ({@code träffat på Discord vill}, {@code snap och insta}).
 *
 * <p>Here the word after the platform word (or after {@code är} or {@code heter} following it) is
 * a user name when it is none of the words that follow platform names in posts without being
 * names ({@code story}, {@code streak}, {@code server}, chat slang: resource
 * {@code platform-terms.txt}) nor a word that carries the sentence on ({@code igår}, {@code hela},
 * {@code privat}, {@code kvällen}: resource {@code prose-after-platform.txt}), and either the
 * Swedish lexicon does not know it as a common word
 * ({@link SwedishLexicon#isCommonWord(char[], int, int, char[])}) or it is a name or a noun in its
 * definite form, as user names made of words are ({@code snap vargen}, {@code insta snöflingan},
 * {@code kik kalle}); other common words ({@code snap funkar inte}) are prose. Immutable and
 * thread-safe; linear in the text length.
 */
public final class PlatformHandleDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "swedish-platform-handles";

  /** Score of a word unknown to the lexicon right after a platform word. */
  static final double UNKNOWN_WORD = 0.7;

  /**
   * Score of a name or a word shaped as a thing's name ({@code vargen}, {@code snöflingan},
   * {@code kalle}) right after a platform word: people name themselves so, and the words that
   * carry a sentence on there ({@code igår}, {@code hela}, {@code funkar}, {@code privat}) are of
   * other shapes or listed ({@code prose-after-platform.txt}).
   */
  static final double NAMING_WORD = 0.65;

  /** The shortest user name read ({@code kik ola} is a name, {@code snap ok} is not). */
  private static final int MIN_LENGTH = 3;
  /** The longest user name read. */
  private static final int MAX_LENGTH = 32;

  private static final Set<EntityType> TYPES = Set.of(EntityType.URL, EntityType.NAME); // NAME: "under namnet X"

  private final SwedishLexicon lexicon;

  private PlatformHandleDetector(SwedishLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The detector with this lexicon.
   *
   * @param lexicon the Swedish lexicon
   * @return the detector
   */
  public static PlatformHandleDetector withLexicon(SwedishLexicon lexicon) {
    return new PlatformHandleDetector(Objects.requireNonNull(lexicon, "lexicon"));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return TYPES;
  }

  @Override
  public void detect(ScanText t, FindingSink sink) {
    Landmarks landmarks = Landmarks.of(t);
    int last = t.length() - 1;
    char[] word = null;
    char[] scratch = null;
    for (int k = 0, words = landmarks.words(); k < words; k++) {
      int i = landmarks.word(k);
      if (i >= last || !mayBeginWord(t, i)) {
        continue; // most words: their first two chars begin no account noun and no platform word
      }
      String noun = AccountNouns.nounAt(t, i);
      if (noun != null && !(i > 0 && t.isWordChar(i - 1))) {
        AccountNouns.nameAfter(lexicon, t, i, noun, sink); // "kanalen mammaomtre", "under namnet progamer99"
      }
      if (i >= last || !PlatformWords.mayBeginAt(t, i) || i > 0 && t.isWordChar(i - 1)) {
        continue;
      }
      int end = PlatformWords.end(t, i);
      if (end < 0 || end - i < 3 || isWord(t, i, "live") || isWord(t, i, "ign") || isWord(t, i, "epic")
          || isWord(t, i, "username")) {
        continue; // "ig", "live", "epic" and English "username" begin ordinary phrases too
      }
      int h = nextWord(t, end);
      int linker = linkerLength(t, h);
      if (linker > 0) {
        h = nextWord(t, h + linker); // "min snap är x", "på discord heter jag x"
        if (h > 0 && isWord(t, h, "jag")) {
          h = nextWord(t, h + 3);
        }
      }
      int he = h < 0 ? -1 : plainWordEnd(t, h);
      if (he - h < MIN_LENGTH || he - h > MAX_LENGTH || PlatformWords.isAnyCase(t, h, he)) {
        continue;
      }
      if (word == null) {
        word = new char[MAX_LENGTH];
        scratch = new char[MAX_LENGTH + 1];
      }
      int length = he - h;
      for (int c = 0; c < length; c++) {
        word[c] = Character.toLowerCase(t.charAt(h + c));
      }
      String lower = new String(word, 0, length);
      if (Terms.TERMS.contains(lower) || Terms.PROSE.contains(lower)) {
        continue;
      }
      if (!lexicon.isCommonWord(word, 0, length, scratch)) {
        sink.add(h, he, EntityType.URL, UNKNOWN_WORD);
      } else if (lexicon.isProperNoun(word, 0, length) || isDefiniteNoun(word, length)) {
        sink.add(h, he, EntityType.URL, NAMING_WORD);
      }
    }
  }

  /**
   * Per pair of ASCII chars ({@code first * 128 + second}): whether a word so begun may be an
   * account noun ({@link AccountNouns#mayBegin}) or a platform word ({@link PlatformWords#mayBegin}).
   */
  private static final long[] MAY_BEGIN = mayBeginPairs();

  private static long[] mayBeginPairs() {
    long[] pairs = new long[0x80 * 0x80 / Long.SIZE];
    for (char first = 0; first < 0x80; first++) {
      for (char second = 0; second < 0x80; second++) {
        if (AccountNouns.mayBegin(first, second) || PlatformWords.mayBegin(first, second)) {
          int bit = first << 7 | second;
          pairs[bit >>> 6] |= 1L << bit;
        }
      }
    }
    return pairs;
  }

  /** Whether the word at {@code i}, before the text's last char, may be an account noun or a platform word; true beyond ASCII. */
  private static boolean mayBeginWord(ScanText t, int i) {
    char first = t.charAt(i);
    char second = t.charAt(i + 1);
    if ((first | second) >= 0x80) {
      return true; // a char that lowercases to another ("K", the kelvin sign): the tests below read it
    }
    int bit = first << 7 | second;
    return (MAY_BEGIN[bit >>> 6] >>> bit & 1) != 0;
  }

  /** The start of the word after one or two spaces from {@code i}, or -1. */
  static int nextWord(ScanText t, int i) {
    int j = i;
    while (j < t.length() && t.charAt(j) == ' ' && j - i < 2) {
      j++;
    }
    return j > i && j < t.length() && Character.isLetter(t.charAt(j)) ? j : -1;
  }

  /** The length of {@code är} or {@code heter} at {@code h}, which link a noun to the name it gives; 0 for none or {@code h < 0}. */
  static int linkerLength(ScanText t, int h) {
    return h < 0 ? 0 : isWord(t, h, "är") ? 2 : isWord(t, h, "heter") ? 5 : 0;
  }

  /** The whole word {@code lower} (any case) at {@code i}. */
  static boolean isWord(ScanText t, int i, String lower) {
    int end = i + lower.length();
    if (end > t.length() || end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(t.charAt(i + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of a word of letters only from {@code h}, or -1 when a digit, {@code _}, {@code @} or
   * an inner dot makes it a handle of a shape that avid-core reads, or an e-mail's local part.
   */
  private static int plainWordEnd(ScanText t, int h) {
    int e = h;
    while (e < t.length() && e - h <= MAX_LENGTH && Character.isLetter(t.charAt(e))) {
      e++;
    }
    if (e < t.length()) {
      char c = t.charAt(e);
      if (Character.isDigit(c) || c == '_' || c == '@' || c == '#' || c == '-'
          || c == '.' && e + 1 < t.length() && Character.isLetterOrDigit(t.charAt(e + 1))) {
        return -1;
      }
    }
    return e;
  }

  /**
   * A noun in its definite singular ({@code vargen}, {@code myran}, {@code lejonet}): a thing
   * named as a person is, the way user names are made; verbs and adjectives end otherwise
   * ({@code funkar}, {@code suger}, {@code privat}).
   */
  private static boolean isDefiniteNoun(char[] word, int length) {
    if (length < 4) {
      return false;
    }
    char last = word[length - 1];
    char before = word[length - 2];
    return last == 'n' && (before == 'e' || before == 'a') || last == 't' && before == 'e';
  }

  /** The words of {@code platform-terms.txt} and {@code prose-after-platform.txt}, loaded once. */
  private static final class Terms {
    static final Set<String> TERMS = new HashSet<>(SwedishLexicon.lines(PlatformHandleDetector.class,
        "platform-terms.txt"));
    static final Set<String> PROSE = new HashSet<>(SwedishLexicon.lines(PlatformHandleDetector.class,
        "prose-after-platform.txt"));

    private Terms() {}
  }
}
