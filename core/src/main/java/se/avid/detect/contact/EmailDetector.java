package se.avid.detect.contact;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Finds e-mail addresses, plain ({@code anna.l@gmail.com}, fullwidth {@code ＠} included by
 * normalisation) and obfuscated the ways people do it in posts: {@code anna (at) gmail.com},
 * {@code anna[at]gmail.com}, {@code anna(a)gmail.com}, {@code anna (snabel-a) gmail (punkt) com},
 * {@code anna at gmail dot com}; before a provider that is nothing but mail, also with no
 * top-level domain after a spaced {@code @} or an {@code at} ({@code mojjo88 @ gmail},
 * {@code mojjo at gmail}), and with {@code på} for the at-sign after a word asking for mail
 * ({@code mejla mojjo på gmail}).
 *
 * <p>The spelled-out {@code at} is an ordinary English word, so it counts only before a domain
 * that looks like a mail domain: a well-known mail provider or a common top-level domain. The
 * scan looks around each {@code @}, bracket and word starting with {@code a} or {@code s} only,
 * taken from the call's shared {@link se.avid.text.Landmarks}, so a text without them costs
 * nothing more. Immutable and thread-safe.
 */
public final class EmailDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "email";

  /** Score of a plain address. */
  static final double PLAIN = 0.95;
  /** Score of an address with a bracketed marker: {@code anna (at) gmail.com}. */
  static final double BRACKETED = 0.85;
  /** Score of an address with a bare {@code at} or {@code dot}: {@code anna at gmail dot com}. */
  static final double SPELLED = 0.75;
  /** Score of {@code anna@gmail} (no top-level domain) with a well-known provider. */
  static final double NO_TOP_LEVEL = 0.7;

  /** Local parts and domains longer than this are cut: no address is longer, and scans stay bounded. */
  static final int MAX_PART = 128;

  /** Mail providers common in Sweden; with them a spelled-out address needs no top-level domain to be sure. */
  private static final String[] PROVIDERS = {
    "gmail", "hotmail", "outlook", "live", "msn", "yahoo", "icloud", "me", "telia", "comhem", "bredband", "bredband2",
    "spray", "passagen", "tele2", "bahnhof", "protonmail", "proton", "aol", "gmx", "mail", "yandex", "googlemail"
  };

  /**
   * Providers so plainly mail that "på" before them stands for the at-sign ({@code mojjo77 på
   * hotmail}); not {@code live}, {@code mail} or {@code telia}, which follow "på" in other senses.
   */
  private static final String[] MAIL_ONLY_PROVIDERS = {
    "gmail", "hotmail", "outlook", "yahoo", "icloud", "protonmail", "googlemail", "gmx", "yandex"
  };

  /**
   * Providers whose name is also a word after "på" ({@code på live}, {@code på telia}): they stand
   * for the at-sign only after a user name ({@link #looksLikeUserName}).
   */
  private static final String[] SHARED_PROVIDERS = {"live", "msn", "telia", "comhem", "bredband", "tele2", "bahnhof", "aol"};

  private static final String[] AT_WORDS = {"at", "a", "snabel-a", "snabela", "@"};

  private static final EmailDetector INSTANCE = new EmailDetector();

  private EmailDetector() {}

  /**
   * The detector (it has no settings).
   *
   * @return the shared, immutable detector
   */
  public static EmailDetector defaults() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.EMAIL);
  }

  @Override
  public void detect(ScanText t, FindingSink sink) {
    // An address is found from its @ or bracket (marks), or from a spelled "at" or "snabel-a"
    // after a space (a word starting with a or s). Both lists are in text order and are walked
    // together; most posts have a few marks and no such word.
    Landmarks landmarks = Landmarks.of(t);
    int marks = landmarks.marks();
    int words = landmarks.cueWords();
    int m = 0;
    int w = 0;
    int next = 0;
    // the cue words the sieve keeps, a block at a time: the others cannot be a spelled at-sign
    int keptFrom = -WordStartSieve.BLOCK;
    long kept = 0;
    while (true) {
      while (m < marks && (landmarks.mark(m) < next || !isAtOrBracket(t.charAt(landmarks.mark(m))))) {
        m++;
      }
      while (w < words) {
        if (w >= keptFrom + WordStartSieve.BLOCK) {
          keptFrom = w;
          kept = WordStartSieve.SPELLED_AT_WORDS.cueWords(t, landmarks, w);
        }
        long rest = kept >>> (w - keptFrom);
        if (rest == 0) {
          w = Math.min(words, keptFrom + WordStartSieve.BLOCK);
          continue;
        }
        w += Long.numberOfTrailingZeros(rest);
        if (landmarks.cueWord(w) >= next && mayBeSpelledAt(t, landmarks.cueWord(w))) {
          break;
        }
        w++;
      }
      int i;
      if (m < marks && (w == words || landmarks.mark(m) < landmarks.cueWord(w))) {
        i = landmarks.mark(m++);
      } else if (w < words) {
        i = landmarks.cueWord(w++);
      } else {
        return;
      }
      char c = t.charAt(i);
      int end;
      if (c == '@') {
        end = plain(t, i, sink);
      } else if (c == '(' || c == '[' || c == '{' || c == '<') {
        end = bracketed(t, i, sink);
      } else if (c == '#' || c == '&' || c == '*') {
        end = substituted(t, i, sink);
      } else {
        end = spelled(t, i, sink);
      }
      if (end > i) {
        next = end;
      }
    }
  }

  private static boolean isAtOrBracket(char c) {
    return c == '@' || c == '(' || c == '[' || c == '{' || c == '<' || c == '#' || c == '&' || c == '*';
  }

  /**
   * {@code anna.l#gmail.com}, {@code anna & gmail.com}, {@code anna*at*gmail.com}: another sign
   * typed for the at-sign, alone or around a spelled {@code at}, only before a mail-looking
   * domain (a mail provider, or two labels ending in a common top-level domain), since {@code
   * #} and {@code &} have other uses ({@code C#}, {@code H&M}).
   */
  private static int substituted(ScanText t, int sign, FindingSink sink) {
    char c = t.charAt(sign);
    int after = sign + 1;
    int w = ScanSupport.skipSpaces(t, after, 1);
    int we = ScanSupport.wordEnd(t, w);
    // "*at*", "#at#", "& a &": the sign repeated around a spelled at-sign
    if (we > w && ScanSupport.wordIn(t, w, we, AT_WORDS)) {
      int close = ScanSupport.skipSpaces(t, we, 1);
      if (close < t.length() && t.charAt(close) == c) {
        after = close + 1;
      }
    }
    int localEnd = ScanSupport.skipSpacesBack(t, sign, 1);
    int start = LocalParts.start(t, localEnd);
    if (start < 0) {
      return -1;
    }
    MailDomain d = MailDomain.parse(t, ScanSupport.skipSpaces(t, after, 1), true);
    // "H&M.com", "AT&T.com": a one-letter name on either side is a brand
    if (d == null || d.labels < 2 || localEnd - start < 2 || d.firstEnd - d.firstStart < 2
        || !d.firstLabelIn(t, PROVIDERS) && !d.topLevelIn(t, MailDomain.COMMON_TOP_LEVEL)) {
      return -1;
    }
    ScanSupport.report(sink, t, start, d.end, EntityType.EMAIL, SPELLED);
    return d.end;
  }

  /** A word after a space that may be a spelled-out at-sign: {@code at}, {@code snabel-a}, {@code på}. */
  private static boolean mayBeSpelledAt(ScanText t, int i) {
    char c = t.charAt(i);
    return (c == 'a' || c == 'A' || c == 's' || c == 'S' || c == 'p' || c == 'P') && i > 0 && t.charAt(i - 1) == ' '
        && spelledAtStart(t, i, c);
  }

  /** A quick test before {@link #spelled}: {@code at}, {@code snabel} or {@code på} starts here. */
  private static boolean spelledAtStart(ScanText t, int i, char c) {
    if (c == 'p' || c == 'P') {
      return isPa(t, i);
    }
    if (c == 'a' || c == 'A') {
      // Only the whole word "at" qualifies, not "att" or "attans"; see wordEnd.
      return i + 1 < t.length() && (t.charAt(i + 1) == 't' || t.charAt(i + 1) == 'T')
          && !(t.isWordChar(i + 2) || i + 2 < t.length() && t.charAt(i + 2) == '-');
    }
    return (c == 's' || c == 'S') && ScanSupport.matchesIgnoreCase(t, i, "snabel");
  }

  /** {@code anna.l@gmail.com} around the {@code @} at {@code at}. */
  private static int plain(ScanText t, int at, FindingSink sink) {
    // "anna . l @ gmail . com": an @ with a space on a side is read with spelled-out dots too
    int localEnd = ScanSupport.skipSpacesBack(t, at, 1);
    int domainStart = ScanSupport.skipSpaces(t, at + 1, 1);
    // "anna.l@\ngmail.com", "anna.l\n@gmail.com": an address wrapped at its @ is read like a spaced one
    if (localEnd == at && at > 0 && t.charAt(at - 1) == '\n') {
      localEnd = at - 1;
    }
    if (domainStart == at + 1 && at + 1 < t.length() && (t.charAt(at + 1) == '\n' || t.charAt(at + 1) == '@')) {
      domainStart = at + 2; // wrapped, or the at-sign typed twice ("anna@@gmail.com")
    }
    boolean spaced = localEnd < at || domainStart > at + 1;
    int start = LocalParts.start(t, localEnd);
    if (start < 0) {
      return -1;
    }
    MailDomain d = MailDomain.parse(t, domainStart, spaced);
    if (spaced && (d == null || d.labels < 2 && !d.firstLabelIn(t, MAIL_ONLY_PROVIDERS))) {
      return -1; // "ses @ 14:00", "kom @ mig": a spaced @ needs a whole domain or a mail provider ("mojjo @ gmail")
    }
    if (d == null) {
      return -1;
    }
    if (localEnd < at && at + 1 < t.length() && t.charAt(at + 1) != ' ' && d.labels >= 2
        && (!d.plausibleTopLevel(t) || PlatformWords.isAnyCase(t, start, localEnd))) {
      // "min insta är @lisa.andersson", "insta @ludde.vbg": an @ glued to the name after it and
      // set off from the word before, with no top-level domain at the end or after a platform's
      // name, is a handle's, not an address whose local part is the word before
      return -1;
    }
    if (d.labels >= 2) {
      ScanSupport.report(sink, t, start, d.end, EntityType.EMAIL, PLAIN);
      return d.end;
    }
    if (d.firstLabelIn(t, PROVIDERS)) {
      // "anna@gmail,com", "anna@gmail punkt com": the top-level domain after a mistyped dot is the address's too
      int end = ProviderTail.end(t, d.end);
      ScanSupport.report(sink, t, start, end, EntityType.EMAIL, end > d.end ? PLAIN : NO_TOP_LEVEL);
      return end;
    }
    if (!spaced && ProviderTail.glued(t, d.firstStart, d.firstEnd, PROVIDERS)) {
      ScanSupport.report(sink, t, start, d.end, EntityType.EMAIL, PLAIN); // "anna@gmailcom"
      return d.end;
    }
    return -1;
  }

  /** {@code anna (at) gmail.com}, {@code anna[at]gmail.com}, {@code anna<at>gmail.com}, {@code anna(a)gmail.com} around the bracket at {@code open}. */
  private static int bracketed(ScanText t, int open, FindingSink sink) {
    char o = t.charAt(open);
    char close = o == '(' ? ')' : o == '[' ? ']' : o == '<' ? '>' : '}';
    int w = ScanSupport.skipSpaces(t, open + 1, 1);
    int wordEnd = ScanSupport.wordEnd(t, w);
    boolean apart = snabelAApart(t, w, wordEnd); // "(snabel a)"
    if (apart) {
      wordEnd += 2;
    }
    if (!apart && !ScanSupport.wordIn(t, w, wordEnd, AT_WORDS) && !(wordEnd == w && w < t.length() && t.charAt(w) == '@')) {
      return o == '(' ? providerInBrackets(t, open, w, sink) : -1;
    }
    if (wordEnd == w) {
      wordEnd = w + 1; // "(@)"
    }
    int closeAt = ScanSupport.skipSpaces(t, wordEnd, 1);
    if (closeAt >= t.length() || t.charAt(closeAt) != close) {
      return -1;
    }
    int localEnd = ScanSupport.skipSpacesBack(t, open, 1);
    int start = LocalParts.start(t, localEnd);
    if (start < 0) {
      return -1;
    }
    MailDomain d = MailDomain.parse(t, ScanSupport.skipSpaces(t, closeAt + 1, 1), true);
    if (d == null || d.labels < 2 && !d.firstLabelIn(t, PROVIDERS)) {
      return -1;
    }
    ScanSupport.report(sink, t, start, d.end, EntityType.EMAIL, d.spelledDots ? SPELLED : BRACKETED);
    return d.end;
  }

  /**
   * {@code annaberg77 (gmail)}, {@code lisa.k (hotmail.com)}: a provider that is nothing but mail,
   * in brackets after the user name, stands for the at-sign and the domain. Only after a local part
   * that no word is (a digit, {@code _ . -} in it) or one a word asking for mail comes before
   * ({@code min mail: lisa (gmail)}), so that "jag har konto (gmail)" stays text.
   */
  private static int providerInBrackets(ScanText t, int open, int w, FindingSink sink) {
    if (!mayNameProvider(t, w)) {
      return -1; // most brackets hold no provider: nothing before them is read
    }
    MailDomain d = MailDomain.parse(t, w, true);
    if (d == null || !d.firstLabelIn(t, MAIL_ONLY_PROVIDERS)) {
      return -1;
    }
    int closeAt = ScanSupport.skipSpaces(t, d.end, 1);
    if (closeAt >= t.length() || t.charAt(closeAt) != ')') {
      return -1;
    }
    int localEnd = ScanSupport.skipSpacesBack(t, open, 1);
    int start = LocalParts.start(t, localEnd);
    if (start < 0 || !LocalParts.looksLikeLocalPart(t, start, localEnd)
        && !(afterMailWord(t, start) && !ScanSupport.wordIn(t, start, localEnd, LocalParts.NOT_LOCAL))) {
      return -1;
    }
    ScanSupport.report(sink, t, start, closeAt + 1, EntityType.EMAIL, SPELLED);
    return closeAt + 1;
  }

  /** The word from {@code word} to {@code wordEnd} is "snabel" and a lone "a" follows it after one space. */
  private static boolean snabelAApart(ScanText t, int word, int wordEnd) {
    return wordEnd - word == 6 && ScanSupport.matchesIgnoreCase(t, word, "snabel") && wordEnd + 1 < t.length()
        && t.charAt(wordEnd) == ' ' && (t.charAt(wordEnd + 1) | 0x20) == 'a'
        && (wordEnd + 2 == t.length() || !t.isWordChar(wordEnd + 2));
  }

  /** {@code anna at gmail.com}, {@code anna snabel-a gmail dot com}, only before a mail-looking domain. */
  private static int spelled(ScanText t, int word, FindingSink sink) {
    if (isPa(t, word)) {
      return atProvider(t, word, sink);
    }
    int wordEnd = ScanSupport.wordEnd(t, word);
    if (snabelAApart(t, word, wordEnd) && wordEnd + 2 < t.length() && t.charAt(wordEnd + 2) == ' ') {
      wordEnd += 2; // "snabel a", written apart
    }
    boolean apart = wordEnd - word == 8 && t.charAt(word + 6) == ' ';
    if (wordEnd >= t.length() || t.charAt(wordEnd) != ' '
        || !(apart || ScanSupport.wordIn(t, word, wordEnd, AT_WORDS) && wordEnd - word > 1)) {
      return -1; // a lone "a" is too common a word
    }
    int start = LocalParts.start(t, word - 1);
    if (start < 0) {
      return -1;
    }
    start = LocalParts.withNameBeforeTail(t, start, word - 1);
    MailDomain d = MailDomain.parse(t, wordEnd + 1, true);
    if (d == null) {
      return -1;
    }
    boolean provider = d.firstLabelIn(t, PROVIDERS);
    // "lisa.k snabel-a hotmail": a provider's name alone after snabel-a; after "at", an English
    // word too, only a provider that is nothing but mail ("mojjo at gmail", not "at live")
    if (d.labels < 2 && !(provider && (t.charAt(word) | 0x20) == 's' || d.firstLabelIn(t, MAIL_ONLY_PROVIDERS))) {
      return -1;
    }
    if (!provider && !(d.topLevelIn(t, MailDomain.COMMON_TOP_LEVEL) && !d.spelledDots)) {
      return -1;
    }
    ScanSupport.report(sink, t, start, d.end, EntityType.EMAIL, SPELLED);
    return d.end;
  }

  /** The whole word {@code på} at {@code i}, followed by a space. */
  private static boolean isPa(ScanText t, int i) {
    return i + 2 < t.length() && (t.charAt(i) | 0x20) == 'p' && (t.charAt(i + 1) == 'å' || t.charAt(i + 1) == 'Å')
        && t.charAt(i + 2) == ' ';
  }

  /**
   * {@code mojjo77 på hotmail}, {@code johan-e på gmail.com}: "på" for the at-sign, as said
   * aloud. Only before a provider that is nothing but mail, and only after a local part that no
   * word is (a digit, {@code _ . -} in it), so that "kolla på hotmail" stays text.
   */
  private static int atProvider(ScanText t, int pa, FindingSink sink) {
    if (!mayNameProvider(t, pa + 3)) {
      return -1; // most "på" stand before no provider's name: the user name before is not read
    }
    int start = LocalParts.start(t, pa - 1);
    if (start < 0 || !LocalParts.looksLikeLocalPart(t, start, pa - 1)
        && !(afterMailWord(t, start) && !ScanSupport.wordIn(t, start, pa - 1, LocalParts.NOT_LOCAL))) {
      return -1;
    }
    MailDomain d = MailDomain.parse(t, pa + 3, true);
    // "johan-e på live", "mojjo77 på telia": any provider after a user name with letters
    if (d == null || !d.firstLabelIn(t, MAIL_ONLY_PROVIDERS)
        && !(d.firstLabelIn(t, SHARED_PROVIDERS) && LocalParts.looksLikeUserName(t, start, pa - 1))) {
      return -1;
    }
    ScanSupport.report(sink, t, start, d.end, EntityType.EMAIL, SPELLED);
    return d.end;
  }

  /**
   * Whether the word at {@code i} begins as a provider of {@link #MAIL_ONLY_PROVIDERS} or
   * {@link #SHARED_PROVIDERS} does, in its first two letters (any case): what the domain read
   * from there must begin with for {@link #atProvider} to report, tested before anything is read.
   */
  private static boolean mayNameProvider(ScanText t, int i) {
    if (i + 1 >= t.length()) {
      return false; // a label of one char at most: no provider
    }
    char first = ScanSupport.toLowerCase(t.charAt(i));
    char second = ScanSupport.toLowerCase(t.charAt(i + 1));
    return beginsOne(MAIL_ONLY_PROVIDERS, first, second) || beginsOne(SHARED_PROVIDERS, first, second);
  }

  private static boolean beginsOne(String[] words, char first, char second) {
    for (String w : words) {
      if (w.charAt(0) == first && w.charAt(1) == second) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word before {@code start} asks for mail ({@code mejla mojjo på gmail}, {@code mejl: lollo
   * på hotmail}): then a local part of plain letters is one too.
   */
  private static boolean afterMailWord(ScanText t, int start) {
    int e = start;
    while (e > 0 && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == ':') && start - e < 2) {
      e--;
    }
    int s = e;
    while (s > 0 && e - s < 16 && (ScanSupport.isLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '-')) {
      s--;
    }
    return e < start && s < e && ScanSupport.wordIn(t, s, e, MAIL_WORDS);
  }

  /** Words that ask for an address right after them. */
  private static final String[] MAIL_WORDS = {
    "mejla", "maila", "mejl", "mail", "mejlen", "mailen", "epost", "e-post", "e-posten", "mejladress", "mailadress",
    "mejladressen", "mailadressen", "mejladdress", "mailaddress"
  };

}
