package se.avid.detect.contact;

import java.util.Arrays;
import se.avid.text.ScanText;

/**
 * The words that name a social-media or game platform, after (or before) which people give their
 * user name: {@code snap}, {@code insta}, {@code discord}, {@code steam}, {@code psn},
 * {@code gamertag}, …. {@link HandleDetector} reads the handle after them from its shape; a
 * detector with a lexicon may read a plain word after them too. Stateless and thread-safe.
 *
 * <p>A word is found in two steps: its first two letters must begin some platform word
 * ({@link #mayBegin}, one bit test that leaves about one word in twenty; it used to be 22
 * searches of the text with {@link String#indexOf(String)}, a quarter of the time of all
 * structured detectors), then it is compared with the two or three platform words of its first
 * letter.
 */
public final class PlatformWords {

  /** Platform words, lowercase; some of their letters must be typed so ({@link #TYPED}). */
  static final String[] WORDS = {
    "snap", "snapchat", "snapen", "insta", "instagram", "instan", "ig", "tiktok", "tiktoken", "discord", "discorden",
    "kik", "kiken", "telegram", "steam", "gamertag", "gamertagen", "psn", "xbox", "twitch", "twitter", "reddit",
    "roblox", "fortnite", "minecraft", "användarnamn", "användarnamnet", "username", "wickr", "threema", "live", "ign",
    "epic", "spelnamn", "spelnamnet", "user", "youtube", "nick", "nicket", "sc"
  };

  /** The longest platform word, in letters. */
  private static final int LONGEST = 14;

  /**
   * How many letters after the first of each platform word must be typed as listed, unless the
   * whole word is in capitals: the words were found by searching for these letters ({@code nap}
   * in {@code Snap}, {@code nsta} in {@code Instagram}), so {@code SnAP} is not found and
   * {@code SnapChat} and {@code SNAP} are; of {@code ig} the
   * {@code g} may be {@code G} too. 0 for {@code användarnamn} and {@code användarnamnet}, any
   * case (their searched part, {@code vändarnamn}, began at the third letter, so the search
   * never found them).
   */
  private static final int[] TYPED = new int[WORDS.length];

  static {
    String[] typed = {
      "nap", "nsta", "iscord", "ik", "elegram", "team", "amertag", "sn", "box", "witch", "witter", "eddit",
      "oblox", "ortnite", "inecraft", "sername", "ickr", "hreema", "g"
    };
    for (int p = 0; p < WORDS.length; p++) {
      for (String part : typed) {
        if (WORDS[p].startsWith(part, 1)) {
          TYPED[p] = part.length();
        }
      }
    }
  }

  /**
   * The first two letters a platform word may be typed with, the first lowercased, as bits
   * {@code first * 128 + second} of ASCII chars.
   */
  private static final long[] PAIRS = new long[0x80 * 0x80 / Long.SIZE];

  /**
   * Per pair of {@link #PAIRS}, the third letters (lowercase ASCII, bit {@code letter - 'a'}) of
   * the platform words it begins, and {@link #ENDS} when one of them has two letters only ({@code ig}).
   */
  private static final int[] THIRDS = new int[0x80 * 0x80];
  private static final int ENDS = 1 << 31;

  static {
    for (int p = 0; p < WORDS.length; p++) {
      char first = WORDS[p].charAt(0);
      char second = WORDS[p].charAt(1);
      int third = WORDS[p].length() > 2 ? 1 << (WORDS[p].charAt(2) - 'a') : ENDS;
      addPair(first, second, third);
      addPair(first, Character.toUpperCase(second), third); // iG, IG; SNAP, ANVÄNDARNAMN in capitals
    }
  }

  /**
   * The indices of the platform words by their first letter, in the order of {@link #WORDS}:
   * a word that passed {@link #mayBegin} is compared with two or three of them instead of thirty.
   */
  private static final int[][] BY_FIRST = new int[0x80][];

  static {
    for (int p = 0; p < WORDS.length; p++) {
      int[] indices = BY_FIRST[WORDS[p].charAt(0)];
      indices = indices == null ? new int[1] : Arrays.copyOf(indices, indices.length + 1);
      indices[indices.length - 1] = p;
      BY_FIRST[WORDS[p].charAt(0)] = indices;
    }
  }

  private PlatformWords() {}

  private static void addPair(char first, char second, int third) {
    int bit = first * 0x80 + second;
    PAIRS[bit >>> 6] |= 1L << bit;
    THIRDS[bit] |= third;
  }

  /**
   * True when the word whose first letter is at {@code i} may be a platform word, from its first
   * three chars: the quick test before {@link #end}, which leaves about one word in fifty
   * ({@code inte}, {@code till}, {@code stor} begin as {@code insta}, {@code tiktok},
   * {@code steam} do, but go on otherwise).
   *
   * @param t the text
   * @param i the index of a word's first letter, before the text's last char
   * @return whether some platform word may begin there
   */
  public static boolean mayBeginAt(ScanText t, int i) {
    char first = ScanSupport.toLowerCase(t.charAt(i));
    char second = t.charAt(i + 1);
    int bit = first * 0x80 + second;
    if (first >= 0x80 || second >= 0x80 || (PAIRS[bit >>> 6] & 1L << bit) == 0) {
      return false;
    }
    if (i + 2 >= t.length()) {
      return true;
    }
    char third = t.charAt(i + 2);
    if (third >= 0x80) {
      return true; // it may lowercase to an ASCII letter: the words are compared
    }
    char lower = (char) (third | 0x20);
    int mask = lower >= 'a' && lower <= 'z' ? 1 << (lower - 'a') : ENDS;
    return (THIRDS[bit] & mask) != 0;
  }

  /**
   * True when a word whose first two chars are these may be a platform word: the quick test
   * before {@link #end}.
   *
   * @param first the word's first char
   * @param second its second char
   * @return whether some platform word begins so
   */
  public static boolean mayBegin(char first, char second) {
    char lower = ScanSupport.toLowerCase(first);
    int bit = lower * 0x80 + second;
    return lower < 0x80 && second < 0x80 && (PAIRS[bit >>> 6] & 1L << bit) != 0;
  }

  /**
   * The end of the platform word that starts at {@code start}, or -1 when none does there: the
   * word must be a whole word of letters, typed as {@link #TYPED} says; {@code live} counts only
   * after {@code på} or {@code xbox} ({@code jag är x på live}, {@code xbox live: x}).
   *
   * @param t the text
   * @param start the index of a word's first letter
   * @return the index after the platform word, or -1
   */
  public static int end(ScanText t, int start) {
    int end = start;
    while (end < t.length() && end - start < LONGEST && ScanSupport.isLetter(t.charAt(end))) {
      end++;
    }
    if (t.isWordChar(end) || !isPlatform(t, start, end)) {
      return -1;
    }
    if (end - start == 4 && ScanSupport.matchesIgnoreCase(t, start, "live")
        && !wordBeforeIs(t, start, "på") && !wordBeforeIs(t, start, "xbox")) {
      return -1;
    }
    return end;
  }

  /**
   * True when {@code [start, end)} is a platform word in any case ({@code SNAP} too): a word that is
   * never itself a handle.
   *
   * @param t the text
   * @param start the word's first index
   * @param end the index after it
   * @return whether it is a platform word
   */
  public static boolean isAnyCase(ScanText t, int start, int end) {
    return ScanSupport.wordIn(t, start, end, WORDS);
  }

  /**
   * True when {@code [start, end)} is a platform word, in any case but for the letters of its
   * {@link #TYPED} part, which must be typed as listed.
   */
  private static boolean isPlatform(ScanText t, int start, int end) {
    char first = ScanSupport.toLowerCase(t.charAt(start));
    int[] candidates = first < BY_FIRST.length ? BY_FIRST[first] : null;
    if (candidates == null) {
      return false; // no platform word begins so
    }
    String original = t.original();
    for (int p : candidates) {
      String platform = WORDS[p];
      if (platform.length() == end - start && ScanSupport.matchesIgnoreCase(t, start, platform)) {
        int typed = TYPED[p];
        return original.regionMatches(start + 1, platform, 1, typed)
            || typed == 1 && original.charAt(start + 1) == Character.toUpperCase(platform.charAt(1))
            || allCapitals(original, start, end); // "SNAP: kalle.k", "INSTA lollo.99"
      }
    }
    return false;
  }

  /** True when every char of {@code original[start, end)} is an uppercase letter. */
  private static boolean allCapitals(String original, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isUpperCase(original.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when the word right before {@code start}, across one space, is {@code word} (any case) and begins a word. */
  static boolean wordBeforeIs(ScanText t, int start, String word) {
    int e = start - 1;
    int s = e - word.length();
    return s >= 0 && t.charAt(e) == ' ' && ScanSupport.matchesIgnoreCase(t, s, word)
        && (s == 0 || !t.isWordChar(s - 1));
  }
}
