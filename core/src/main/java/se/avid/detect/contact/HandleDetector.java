package se.avid.detect.contact;

import static se.avid.detect.contact.HandleShapes.MAX_HANDLE;
import static se.avid.detect.contact.HandleShapes.contains;
import static se.avid.detect.contact.HandleShapes.containsUnderscore;
import static se.avid.detect.contact.HandleShapes.handleEnd;
import static se.avid.detect.contact.HandleShapes.hasHandleShape;
import static se.avid.detect.contact.HandleShapes.hasLetter;
import static se.avid.detect.contact.HandleShapes.isHandleChar;
import static se.avid.detect.contact.HandleShapes.skipSpaces;
import static se.avid.detect.contact.HandleShapes.symbolsEnd;
import static se.avid.detect.contact.HandleShapes.wordEnd;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Finds user names on social media and games after the platform that names them ({@code snap:
 * kalle.k}, {@code snapchat kalle_k}, {@code insta lollo.99}, {@code ig: x}, {@code kik}, {@code
 * telegram}, {@code på steam heter jag x}, {@code mitt gamertag är x}) and Discord tags ({@code
 * namn#1234}), reported as {@link EntityType#URL} like the {@code @handle}s of {@link UrlDetector}.
 * The platform word and the cue are kept, only the handle is reported.
 *
 * <p>A handle right after the platform word must look like one (a digit, {@code _} or an inner
 * {@code .}, or a capital inside: {@code xXSlayerXx}; {@code snapchat och insta} holds none);
 * after a linker ({@code :}, {@code heter}, {@code =}, an opening bracket, {@code är} after a name
 * noun: {@code mitt gamertag är x}) any word that is no function word is one; {@code är} after
 * another platform is read past ({@code min snap är kalle_k}), and so is a comma right after the
 * platform word, before a word shaped as a handle that is no platform ({@code på Instagram,
 * viggo.kampar, där}; not {@code Instagram, TikTok}).
 *
 * <p>Anywhere, a word joined by an underscore ({@code leo_lund10}) or by a dot before a digit
 * ({@code ronjaa.lk04}, {@link DottedHandles}) is a user name too, and so is a word of letters
 * and digits, or words joined by dots, after {@code heter} or {@code kallar sig} ({@code en kille
 * som heter leo10}, {@code linnea.x.07}, {@code kallar sig cloudking.upp}). After a handle, a
 * word shaped as one and joined to it by a comma, {@code och},
 * {@code o} or {@code eller} is one too ({@code dennis_b03 o dennisbbb.2}).
 *
 * <p>The detector visits the words of the text's {@link Landmarks}: only a word whose first two
 * letters begin some platform word ({@link PlatformWords#mayBeginAt}) is compared with the platform
 * words. Immutable and thread-safe.
 */
public final class HandleDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "handle";

  /** Score of a handle with the shape of one after a platform word, or any handle after a linker. */
  static final double HANDLE = 0.8;
  /** Score of a plain word after a platform and a linker ({@code snap: kalle}). */
  static final double PLAIN_WORD = 0.7;

  private static final int MAX_REMEMBERED = 8;
  private static final int[] NONE_FOUND = new int[0];

  private static final HandleDetector INSTANCE = new HandleDetector();

  private HandleDetector() {}

  /**
   * The detector (it has no settings).
   *
   * @return the shared instance
   */
  public static HandleDetector defaults() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.URL);
  }

  @Override
  public void detect(ScanText t, FindingSink out) {
    // the dotted handles found anywhere ("ronjaa.lk04"), reported last unless found otherwise
    int[] dotted = DottedHandles.find(t);
    DottedHandles.ReportedStarts reported = dotted.length == 0 ? null : new DottedHandles.ReportedStarts(out);
    FindingSink sink = reported == null ? out : reported;
    Landmarks landmarks = Landmarks.of(t);
    int last = t.length() - 1;
    // where handles after a platform start (the first few), so that the scans below do not report
    // them twice; a handle beyond these is reported twice, which the overlap resolution absorbs
    int[] found = NONE_FOUND;
    int count = 0;
    // The first "heter" or "kallar sig" is noted on the way, so that the walk for them after the underscores
    // (where their reports were made) starts there, and most texts, which have none, skip it.
    String s = t.original();
    int firstNaming = -1;
    // only the words the sieve keeps can pass either test: the others are skipped 64 at a time
    WordStartBlocks blocks = WordStartBlocks.of(t);
    WordStartSieve sieve = WordStartSieve.HANDLE_WORDS;
    for (int k = sieve.next(blocks, 0); k >= 0; k = sieve.next(blocks, k + 1)) {
      int i = landmarks.word(k);
      if (i < last && PlatformWords.mayBeginAt(t, i) && !t.isWordChar(i - 1)) {
        int start = platformAt(t, i, sink);
        if (start >= 0 && count < MAX_REMEMBERED) {
          found = count == 0 ? new int[MAX_REMEMBERED] : found;
          found[count++] = start;
        }
      }
      if (firstNaming < 0 && NamedHandles.namingVerbLength(t, s, i) > 0) {
        firstNaming = k;
      }
    }
    // '#' and '_' are landmark marks and "heter" a word: their lists are walked, not the whole
    // text (normalising keeps '#', '_' and 'h' as they are, and turns no other char into them but
    // fullwidth ones, which the original text tells apart)
    for (int k = 0, marks = landmarks.marks(); k < marks; k++) {
      int i = landmarks.mark(k);
      if (s.charAt(i) == '#') {
        discordTag(t, i, sink);
      }
    }
    // each underscore from where the one before left the scan ("leo_lund_10" is one name)
    for (int k = 0, marks = landmarks.marks(), from = 0; k < marks; k++) {
      int i = landmarks.mark(k);
      if (i >= from && s.charAt(i) == '_') {
        from = underscored(t, i, found, count, sink) + 1;
      }
    }
    // from the first naming verb on, the words the sieve keeps (which begin with h or ka) are the only ones that can be one
    for (int k = firstNaming < 0 ? -1 : firstNaming; k >= 0; k = sieve.next(blocks, k + 1)) {
      int h = landmarks.word(k);
      int naming = NamedHandles.namingVerbLength(t, s, h);
      if (naming > 0 && !(h > 0 && t.isWordChar(h - 1))) {
        NamedHandles.report(t, h + naming, found, count, sink);
      }
    }
    if (reported != null) {
      DottedHandles.report(t, dotted, reported, out);
    }
  }

  /**
   * {@code leo_lund10}, {@code xX_Dark_Nille_Xx}: a word joined by an underscore is a user name
   * wherever it stands (Swedish prose never joins words so); returns where the scan goes on.
   */
  private static int underscored(ScanText t, int underscore, int[] found, int count, FindingSink sink) {
    if (underscore == 0 || underscore + 1 >= t.length() || !t.isWordChar(underscore - 1) || !t.isWordChar(underscore + 1)) {
      return underscore;
    }
    int start = underscore;
    while (start > 0 && underscore - start < MAX_HANDLE && isHandleChar(t.charAt(start - 1))) {
      start--;
    }
    while (start < underscore && !t.isWordChar(start)) {
      start++;
    }
    if (start > 0 && (t.charAt(start - 1) == '@' || t.charAt(start - 1) == '/' || t.isWordChar(start - 1))) {
      return underscore; // "@lisa_98" and links are the URL detector's
    }
    int end = handleEnd(t, start);
    if (end - start > MAX_HANDLE || end < t.length() && (t.charAt(end) == '@' || t.charAt(end) == '#')) {
      return end; // an e-mail's local part, or a Discord tag found from its '#'
    }
    if (contains(found, count, start)) {
      return end; // reported after its platform, with the handle joined to it
    }
    ScanSupport.report(sink, t, start, end, EntityType.URL, PLAIN_WORD);
    return coordinated(t, end, sink);
  }

  /**
   * {@code dennis_b03 o dennisbbb.2}, {@code kalle.k, lisa99}: after a handle, a word shaped as one
   * and joined to it by a comma, {@code och}, {@code o} or {@code eller} is another account of the
   * same kind; reports it and returns where the scan goes on ({@code handleEnd} when none).
   */
  private static int coordinated(ScanText t, int handleEnd, FindingSink sink) {
    int q = skipSpaces(t, handleEnd);
    if (q < t.length() && t.charAt(q) == ',') {
      q = skipSpaces(t, q + 1);
    } else {
      int we = wordEnd(t, q);
      if (we == q || we >= t.length() || t.charAt(we) != ' ' || !ScanSupport.wordIn(t, q, we, JOINERS)) {
        return handleEnd;
      }
      q = skipSpaces(t, we);
    }
    int he = handleEnd(t, q);
    if (q == handleEnd || he - q < 3 || he - q > MAX_HANDLE || !hasLetter(t, q, he) || !hasHandleShape(t, q, he)
        || he < t.length() && (t.charAt(he) == '@' || t.charAt(he) == '#') || q > 0 && t.charAt(q - 1) == '@') {
      return handleEnd;
    }
    ScanSupport.report(sink, t, q, he, EntityType.URL, HANDLE);
    return he;
  }

  /** Words that join a second handle to the first ({@code o} as chat writes {@code och}). */
  private static final String[] JOINERS = {"och", "o", "eller"};

  /** Adverbs between a platform word and its handle that link nothing but are read past, as "som" is. */
  private static final String[] ADVERBS_READ_PAST = {"också", "även", "med", "nu", "då", "ju", "igen", "dessutom"};

  /**
   * Reports the handle after the platform word starting at {@code start}, if one is there;
   * returns where the handle starts, or -1.
   */
  private static int platformAt(ScanText t, int start, FindingSink sink) {
    int end = PlatformWords.end(t, start);
    if (end < 0) {
      return -1;
    }
    handleBefore(t, start, end, sink);
    int p = end;
    boolean linked = false;
    boolean afterComma = false;
    // the linker: ":", "=", "-", "(", "heter [jag]", "är" after a name noun; "som" links only a
    // word shaped as a handle ("på discord som x_y"), since "snap som alla har" is prose
    for (int k = 0; k < 3 && p < t.length(); k++) {
      int q = skipSpaces(t, p);
      int noun = nameNounEnd(t, p, q);
      if (noun > 0) {
        p = noun; // "snap-namn:", "minecraft-namn", "epic games namn:", "youtube kanal:": the name's noun
        continue;
      }
      if (q + 2 < t.length() && (t.charAt(q) | 0x20) == 'u' && t.charAt(q + 1) == '/') {
        linked = true; // "reddit u/kallek99": the user prefix
        p = q + 2;
        continue;
      }
      if (k == 0 && q == p && q < t.length() && t.charAt(q) == ',') {
        afterComma = true; // "på Instagram, viggo.kampar, där": a word shaped as a handle, set off
        p = q + 1;
        continue;
      }
      int symbols = symbolsEnd(t, q);
      if (symbols > q) {
        // "adda mig på snap 👻 kalle.k": an emoji or arrow is read past to a word shaped as a
        // handle, but links no plain word ("aktiv på snap 👻 hela dagen")
        p = symbols;
        continue;
      }
      // a dash links only with a space before it: "fortnite-skins" is a compound
      if (q < t.length() && (":=(".indexOf(t.charAt(q)) >= 0 || t.charAt(q) == '-' && q > p)) {
        linked = true;
        p = q + 1;
        continue;
      }
      int we = wordEnd(t, q);
      if (we >= t.length() || t.charAt(we) != ' ') {
        break;
      }
      if (ScanSupport.matchesIgnoreCase(t, q, "heter") && we - q == 5) {
        linked = true;
        p = ScanSupport.matchesIgnoreCase(t, we + 1, "jag ") ? we + 4 : we;
      } else if (we - q == 2 && ScanSupport.matchesIgnoreCase(t, q, "är")
          || we - q == 1 && (t.charAt(q) | 0x20) == 'e') {
        // "gamertag är x" names the handle; after any other platform "är" (or "e", as chat writes
        // it) is read past but links only a word shaped as a handle ("min snap är kalle_k",
        // "min discord e sk0ll.vx", not "min snap är borta")
        linked = linked || ScanSupport.wordIn(t, start, end, HandleWords.NAME_NOUNS);
        p = we;
      } else if (we - q == 3 && ScanSupport.matchesIgnoreCase(t, q, "som")
          || ScanSupport.wordIn(t, q, we, ADVERBS_READ_PAST)) {
        p = we; // "dom tog min snap också (elviraa.sj)": an adverb, read past to a word shaped as a handle
      } else {
        break;
      }
    }
    int h = skipSpaces(t, p);
    if (!linked) {
      int colon = colonAhead(t, h);
      if (colon > 0) {
        int ch = skipSpaces(t, colon + 1);
        int che = handleEnd(t, ch);
        if (che - ch >= 2 && che - ch <= MAX_HANDLE && hasLetter(t, ch, che) && hasHandleShape(t, ch, che)
            && (che >= t.length() || t.charAt(che) != '@')) {
          // "skriv på snap om nåt: tindra.xo": a few words after the platform, its colon
          ScanSupport.report(sink, t, ch, che, EntityType.URL, HANDLE);
          return ch;
        }
      }
    }
    if (h < t.length() && t.charAt(h) == '@') {
      return -1; // "tiktok @y": the @handle is the URL detector's
    }
    int he = handleEnd(t, h);
    if (he - h < 2 || he - h > MAX_HANDLE || he < t.length() && t.charAt(he) == '#') {
      return -1; // too short or long, or a Discord tag, found from its '#'
    }
    if (!hasLetter(t, h, he)) {
      return -1; // "steam 2 timmar": a count
    }
    boolean shaped = hasHandleShape(t, h, he) && !(afterComma && PlatformWords.isAnyCase(t, h, he)); // not "Instagram, TikTok"
    if (shaped) {
      ScanSupport.report(sink, t, h, he, EntityType.URL, HANDLE);
      coordinated(t, he, sink);
      return h;
    } else if (linked && !afterComma && !ScanSupport.wordIn(t, h, he, HandleWords.FUNCTION_WORDS)
        && !PlatformWords.isAnyCase(t, h, he)) {
      ScanSupport.report(sink, t, h, he, EntityType.URL, PLAIN_WORD);
      return h;
    }
    return -1;
  }

  /**
   * {@code jag är kalle_k på snap}, {@code följ lollo på insta}, {@code anna.b (snap)}: the handle
   * before "på" or the bracketed platform word from {@code platform} to {@code platformEnd}; a
   * word of any shape after a word that names it ({@link HandleWords#NAMING_WORDS}), else only a
   * word shaped as a handle.
   */
  private static void handleBefore(ScanText t, int platform, int platformEnd, FindingSink sink) {
    int he;
    if (PlatformWords.wordBeforeIs(t, platform, "på")) {
      he = platform - 4;
    } else if (inBrackets(t, platform, platformEnd)) {
      he = platform - 1; // "anna.b (snap)": the platform in brackets after its handle
    } else {
      return;
    }
    int gap = he;
    while (he > 0 && t.charAt(he - 1) == ' ' && gap - he < 2) {
      he--;
    }
    int h = he;
    while (h > 0 && he - h <= MAX_HANDLE && isHandleChar(t.charAt(h - 1))) {
      h--;
    }
    while (h < he && !t.isWordChar(h)) {
      h++;
    }
    if (he - h < 2 || he - h > MAX_HANDLE || !hasLetter(t, h, he) || h > 0 && (t.charAt(h - 1) == '@' || t.isWordChar(h - 1))) {
      return;
    }
    if (hasHandleShape(t, h, he)) {
      if (!containsUnderscore(t, h, he)) { // "kalle_k" is reported by the scan of underscores
        ScanSupport.report(sink, t, h, he, EntityType.URL, HANDLE);
      }
      return;
    }
    int ne = h;
    while (ne > 0 && t.charAt(ne - 1) == ' ' && h - ne < 2) {
      ne--;
    }
    int ns = ne;
    while (ns > 0 && ne - ns < 8 && ScanSupport.isLetter(t.charAt(ns - 1))) {
      ns--;
    }
    if (ne < h && ns < ne && ScanSupport.wordIn(t, ns, ne, HandleWords.NAMING_WORDS)
        && !ScanSupport.wordIn(t, h, he, HandleWords.FUNCTION_WORDS) && !ScanSupport.wordIn(t, h, he, HandleWords.FOLLOWED_THINGS)
        && !PlatformWords.isAnyCase(t, h, he)) {
      ScanSupport.report(sink, t, h, he, EntityType.URL, PLAIN_WORD);
    }
  }

  /** Words read past to a colon after a platform word ({@code snap om nåt: x}). */
  private static final int MAX_WORDS_TO_COLON = 4;

  /**
   * The colon after at most {@value #MAX_WORDS_TO_COLON} plain words from {@code i}, each followed
   * by one space but the last, or -1: the clause goes on past its platform word before it gives
   * the handle ("skriv på snap om nåt: tindra.xo", "adda mig på insta om du vill: lollo.k").
   */
  private static int colonAhead(ScanText t, int i) {
    int p = i;
    for (int k = 0; k < MAX_WORDS_TO_COLON; k++) {
      int we = wordEnd(t, p);
      if (we == p || we >= t.length()) {
        return -1;
      }
      if (t.charAt(we) == ':') {
        return we;
      }
      if (t.charAt(we) != ' ') {
        return -1;
      }
      p = we + 1;
    }
    return -1;
  }

  /** The platform word from {@code platform} to {@code end} stands alone in round brackets: {@code (snap)}. */
  private static boolean inBrackets(ScanText t, int platform, int end) {
    return platform > 0 && t.charAt(platform - 1) == '(' && end < t.length() && t.charAt(end) == ')';
  }

  /** {@code namn#1234}: a Discord tag, name and four digits. */
  private static void discordTag(ScanText t, int hash, FindingSink sink) {
    int n = t.length();
    if (hash + 4 >= n || hash == 0 || !t.isWordChar(hash - 1)) {
      return;
    }
    for (int k = 1; k <= 4; k++) {
      if (!ScanSupport.isAsciiDigit(t.charAt(hash + k))) {
        return;
      }
    }
    if (hash + 5 < n && t.isWordChar(hash + 5)) {
      return;
    }
    int s = hash;
    while (s > 0 && hash - s < MAX_HANDLE && isHandleChar(t.charAt(s - 1))) {
      s--;
    }
    while (s < hash && !t.isWordChar(s)) {
      s++;
    }
    if (s < hash) {
      ScanSupport.report(sink, t, s, hash + 5, EntityType.URL, HANDLE);
    }
  }

  /**
   * Nouns of the name a platform knows one by, after its word ("snap-namn", "youtube kanal",
   * "epic games namn"): read past to the handle, as "är" and ":" are.
   */
  private static final String[] NOUNS_AFTER_PLATFORM = {
    "namn", "namnet", "nick", "nicket", "kanal", "kanalen", "games", "tag", "taggen", "id", "konto", "kontot"
  };

  /**
   * The end of a noun of {@link #NOUNS_AFTER_PLATFORM} at {@code q} (after spaces) or glued by a
   * dash at {@code p} ("-namn"), or -1.
   */
  private static int nameNounEnd(ScanText t, int p, int q) {
    int s = q == p && q < t.length() && t.charAt(q) == '-' ? q + 1 : q;
    if (s == q && q == p) {
      return -1; // glued without a dash: part of the platform word itself
    }
    int we = wordEnd(t, s);
    return we > s && (we >= t.length() || !ScanSupport.isLetterOrDigit(t.charAt(we)))
        && ScanSupport.wordIn(t, s, we, NOUNS_AFTER_PLATFORM) ? we : -1;
  }

}
