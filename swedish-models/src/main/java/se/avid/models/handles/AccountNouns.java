package se.avid.models.handles;

import java.util.Arrays;
import java.util.Objects;
import se.avid.EntityType;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * The name after a noun of an account, a channel or a user name, without a platform: {@code
 * kanalen mammaomtre}, {@code under namnet progamer99}, {@code mitt alias är dimman_x}, {@code ett nytt
 * konto, sanningenomjimmy.} (set off by commas). What such a
 * noun names is a user name ({@link EntityType#URL}, or a {@link EntityType#NAME} after
 * {@code namnet} and {@code smeknamnet}: "går under namnet mördarn") when it has a handle's shape
 * (a digit, {@code _}, an inner dot), or, right after the noun, is no word the lexicon holds as written (a compound it reads only by parts,
 * {@code mammaomtre}), or, after {@code är} or {@code heter}, no word at all; an ordinary word
 * ({@code kanalen på youtube}, {@code kontot är spärrat}) is prose. Stateless.
 */
final class AccountNouns {

  private AccountNouns() {}

  /** Nouns of an account or a user name, lowercase, that its name follows (after är or heter too). */
  private static final String[] NOUNS = {"kanalen", "kanal", "kontot", "konto", "profilen", "profil", "namnet", "alias",
      "aliaset", "smeknamnet", "taggen", "handle", "handlen", "användarnamn", "användarnamnet", "användare", "användaren",
      "kontonamnet", "nick", "nicket", "nicknamnet", "gamertag", "gamertaggen", "username"};

  /** Score of a handle-shaped name after such a noun. */
  static final double SHAPED = 0.7;
  /** Score of a word the lexicon does not hold as written after such a noun. */
  static final double UNLISTED = 0.6;

  private static final int MIN_LENGTH = 3;
  private static final int MAX_LENGTH = 32;

  /** The longest noun, in letters. */
  private static final int LONGEST = 14;

  /** Bit {@code length} of entry {@code first - 'a'}: some noun begins with that letter and has that length. */
  private static final int[] SHAPES = new int[26];

  /**
   * The nouns of each first letter and length, in the order of {@link #NOUNS}, at {@code (first -
   * 'a') * (LONGEST + 1) + length}: a word of a noun's shape is compared with the one or two nouns
   * of that shape, not with all of them. Many words have some noun's shape ("kanske", "tycker",
   * "alltså"), and each was compared with every noun.
   */
  private static final String[][] BY_SHAPE = new String[26 * (LONGEST + 1)][0];

  static {
    for (String noun : NOUNS) {
      SHAPES[noun.charAt(0) - 'a'] |= 1 << noun.length();
      int shape = (noun.charAt(0) - 'a') * (LONGEST + 1) + noun.length();
      BY_SHAPE[shape] = Arrays.copyOf(BY_SHAPE[shape], BY_SHAPE[shape].length + 1);
      BY_SHAPE[shape][BY_SHAPE[shape].length - 1] = noun;
    }
  }

  /**
   * Whether a word whose first two chars are {@code first} and {@code second} may be one of the
   * nouns, as {@link #nounAt} compares them (the first in either case, the second lowercased).
   */
  static boolean mayBegin(char first, char second) {
    for (String n : NOUNS) {
      if ((char) (first | 0x20) == n.charAt(0) && Character.toLowerCase(second) == n.charAt(1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun of {@link #NOUNS} that is the word at {@code i}, or null. A cheap first test, asked
   * of every word: some noun has the first letter and the length of the word (at most {@value
   * #LONGEST} letters read); only the nouns of that letter and length are then compared.
   */
  static String nounAt(ScanText t, int i) {
    char c = (char) (t.charAt(i) | 0x20);
    if (c < 'a' || c > 'z' || SHAPES[c - 'a'] == 0) {
      return null;
    }
    int e = i + 1;
    while (e < t.length() && e - i <= LONGEST && Character.isLetter(t.charAt(e))) {
      e++;
    }
    int length = e - i;
    if (length > LONGEST || (SHAPES[c - 'a'] & 1 << length) == 0) {
      return null;
    }
    String noun = null;
    for (String n : BY_SHAPE[(c - 'a') * (LONGEST + 1) + length]) {
      if (PlatformHandleDetector.isWord(t, i, n)) {
        noun = n;
        break;
      }
    }
    assert Objects.equals(noun, anyNounAt(t, i)) : "a noun of another shape is the word: widen BY_SHAPE";
    return noun;
  }

  /** The first of all the nouns that is the word at {@code i}, or null: the check, with assertions on, of {@link #nounAt}. */
  private static String anyNounAt(ScanText t, int i) {
    for (String n : NOUNS) {
      if (PlatformHandleDetector.isWord(t, i, n)) {
        return n;
      }
    }
    return null;
  }

  /** The end of the word (letters, digits, dots, dashes) that starts at {@code i}. */
  private static int wordEnd(ScanText t, int i) {
    int e = i;
    while (e < t.length() && (Character.isLetterOrDigit(t.charAt(e)) || t.charAt(e) == '.' || t.charAt(e) == '-')) {
      e++;
    }
    return e;
  }

  /** The name in apposition ends at {@code e}: a comma, full stop, bracket or the end follows. */
  private static boolean appositionEnds(ScanText t, int e) {
    return e >= t.length() || ",.)!?\n".indexOf(t.charAt(e)) >= 0;
  }

  /** Reports the name after {@code noun}, one of {@link #NOUNS} at {@code i} ({@link #nounAt}), if a name follows it. */
  static void nameAfter(SwedishLexicon lexicon, ScanText t, int i, String noun, FindingSink sink) {
    boolean nickname = noun.endsWith("namnet") && !noun.startsWith("konto"); // "smeknamnet": a person's, not an account's
    int nounEnd = i + noun.length();
    // "ett nytt konto, sanningenomjimmy.": the name set off by commas after the noun, in apposition
    boolean apposition = nounEnd < t.length() && t.charAt(nounEnd) == ',';
    int h = PlatformHandleDetector.nextWord(t, apposition ? nounEnd + 1 : nounEnd);
    int linker = PlatformHandleDetector.linkerLength(t, h);
    if (!apposition && linker == 0 && h >= 0 && (PlatformHandleDetector.isWord(t, h, "på") || PlatformHandleDetector.isWord(t, h, "i"))) {
      // "användarnamnet på flashback är tigern77": the site between the noun and its linker
      int site = PlatformHandleDetector.nextWord(t, wordEnd(t, h));
      int after = site < 0 ? -1 : PlatformHandleDetector.nextWord(t, wordEnd(t, site));
      int siteLinker = PlatformHandleDetector.linkerLength(t, after);
      if (siteLinker == 0) {
        return;
      }
      h = after;
      linker = siteLinker;
    }
    boolean linked = linker > 0 && !apposition;
    if (linked) {
      h = PlatformHandleDetector.nextWord(t, h + linker);
    }
    if (h < 0) {
      return;
    }
    int e = h;
    boolean shaped = false;
    while (e < t.length() && e - h <= MAX_LENGTH) {
      char c = t.charAt(e);
      if (Character.isLetter(c)) {
        e++;
      } else if (Character.isDigit(c) || c == '_') {
        shaped = true;
        e++;
      } else if ((c == '.' || c == '-') && e + 1 < t.length() && Character.isLetterOrDigit(t.charAt(e + 1))) {
        shaped = true;
        e++;
      } else {
        break;
      }
    }
    int length = e - h;
    if (length < MIN_LENGTH || length > MAX_LENGTH || apposition && !appositionEnds(t, e)) {
      return;
    }
    EntityType type = nickname ? EntityType.NAME : EntityType.URL;
    if (shaped) {
      sink.add(h, e, type, SHAPED);
      return;
    }
    char[] lower = new char[length];
    for (int c = 0; c < length; c++) {
      lower[c] = Character.toLowerCase(t.charAt(h + c));
    }
    // right after the noun, a word known to no list as written ("kanalen mammaomtre": two nouns in a
    // row make no phrase); after "är" only one the lexicon reads as no word at all ("kontot är spärrat" stays)
    // nor a passive the stemmer reads ("kontot avslutades", "användaren blockerades"), which no list holds as written
    boolean name = linked || lower[length - 1] == 's' ? !lexicon.isCommonWord(lower, 0, length, new char[length + 1])
        && (linked || lexicon.facts(lower, 0, length) == 0)
        : lexicon.facts(lower, 0, length) == 0;
    if (name) {
      sink.add(h, e, type, UNLISTED);
    }
  }
}
