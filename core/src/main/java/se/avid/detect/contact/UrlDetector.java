package se.avid.detect.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Finds links and social-media handles, which often carry a name: {@code https://…},
 * {@code www.…}, bare {@code facebook.com/anna.lindqvist}, bare domains ({@code annalindqvist.se})
 * and {@code @anna_89}. All are reported as {@link EntityType#URL}.
 *
 * <pre>{@code
 * Detector urls = UrlDetector.builder()
 *     .keepDomains("malmo.se")              // the municipality's own site stays readable
 *     .build();
 * }</pre>
 *
 * <p>Links to the bare sites of public services ({@link #DEFAULT_KEPT_DOMAINS}, every
 * municipality, region and agency, helplines and well-known banks, shops, insurers and media, and
 * their subdomains: {@code gotland.se}, {@code minpension.se}) are kept, as advice often points
 * to them; a link with a path or query holding a letter or digit is reported even there, since a
 * path can name a person or hold a number. A bare domain without a path
 * is less sure (it may be two words with the space missing: {@code bra.nu}) and scores lower.
 * Immutable and thread-safe; the scan reads only the words before each dot, colon and {@code @}
 * of the call's shared {@link se.avid.text.Landmarks}, skipping each token at once.
 */
public final class UrlDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "url";

  /** Sites of public services whose bare links are kept by default (subdomains included). */
  public static final List<String> DEFAULT_KEPT_DOMAINS = List.of(
      "1177.se", "bris.se", "forsakringskassan.se", "skatteverket.se", "polisen.se", "arbetsformedlingen.se",
      "migrationsverket.se", "kronofogden.se", "pensionsmyndigheten.se", "csn.se", "socialstyrelsen.se",
      "folkhalsomyndigheten.se", "kvinnofridslinjen.se", "krisinformation.se", "umo.se", "youmo.se",
      "regeringen.se", "riksdagen.se", "ivo.se", "mind.se", "alkohollinjen.se", "kommun.se");

  /** Score of a link with a scheme, {@code www.} or a path. */
  static final double LINK = 0.9;
  /** Score of a handle such as {@code @anna_89}. */
  static final double HANDLE = 0.8;
  /** Score of a bare domain without a path: {@code annalindqvist.se}. */
  static final double BARE_DOMAIN = 0.6;
  /** Score of a bare {@code *.nu} domain without a path: {@code nu} is also the Swedish "now". */
  static final double BARE_NU_DOMAIN = 0.45;

  /**
   * Top-level domains that make a bare {@code word.tld} a domain: the common ones, those of the
   * countries posts write home to, and those of betting and gaming sites ({@code skinflip-win.gg}).
   * None is a Swedish word that a missing space could glue to a sentence's last word.
   */
  private static final String[] BARE_TOP_LEVEL = {
    "se", "com", "nu", "net", "org", "eu", "info", "io", "fi", "dk", "de", "co", "uk", "app", "tv", "biz", "xyz",
    "online", "shop", "blog", "site", "page", "me", "no", "ru", "pl", "nl", "es", "it", "tr", "ir", "iq", "ba", "rs",
    "hr", "ch", "gg", "bet", "casino", "games", "live", "club", "ai", "cc", "ws", "fm", "ly", "win", "vip", "pro"
  };

  static final int MAX_HOST = 253;
  static final int MAX_PATH = 2048;
  static final int MAX_HANDLE = 30;

  private static final class DefaultHolder {
    static final UrlDetector INSTANCE = builder().build();
  }

  private final List<String> keptDomains;
  /** Whether the bundled domains of public services ({@link PublicDomains}) are kept too. */
  private final boolean publicDomains;

  private UrlDetector(Builder b) {
    this.keptDomains = List.copyOf(b.kept);
    this.publicDomains = b.publicDomains;
  }

  /**
   * The detector with the default kept domains.
   *
   * @return the shared, immutable detector
   */
  public static UrlDetector defaults() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * A builder that starts with {@link #DEFAULT_KEPT_DOMAINS}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The domains whose bare links are kept, besides the bundled sites of public services (unless
   * the builder dropped them with {@link Builder#withoutDefaultKeptDomains()}).
   *
   * @return the kept domains, lowercase
   */
  public List<String> keptDomains() {
    return keptDomains;
  }

  /**
   * Whether a bare link to {@code host} (no path) is kept: the host is a kept domain, a bundled
   * site of a public service, or a subdomain of one. Lets another detector leave the words of a
   * kept link alone ({@code gotland} in {@code gotland.se}).
   *
   * @param host a host name such as {@code www.gotland.se}, any case
   * @return whether this detector keeps a bare link to it
   */
  public boolean keeps(String host) {
    return keepsHost(host.toLowerCase(Locale.ROOT)); // "www.gotland.se" is a subdomain of "gotland.se"
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
  public void detect(ScanText t, FindingSink sink) {
    SpelledLinks.report(t, sink); // "minblogg punkt se": no dot to start from
    // Every link holds a dot ("x.se", "www.") or the colon of its scheme, and every handle an @.
    // So the scan goes from mark to mark: it resumes at the start of the word before the next
    // such mark, which is where reading every char would have brought it, having found nothing
    // on the way (no word before that one can hold a link, and none reaches past its end).
    Landmarks landmarks = Landmarks.of(t);
    int marks = landmarks.marks();
    int m = 0;
    int mark = -1;
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (i > mark) {
        while (m < marks && (landmarks.mark(m) < i || !isLinkMark(t.charAt(landmarks.mark(m))))) {
          m++;
        }
        if (m == marks) {
          return;
        }
        mark = landmarks.mark(m++);
        int wordStart = mark;
        while (wordStart > i && isHostChar(t.charAt(wordStart - 1))) {
          wordStart--;
        }
        i = wordStart;
      }
      char c = t.charAt(i);
      if (c == '@') {
        i = Math.max(i + 1, handle(t, i, sink));
      } else if (isLetterOrDigit(c) && tokenStart(t, i)) {
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
          // Without a scheme or www a link needs a dot in its host: a plain word is skipped whole,
          // exactly as link() would skip it.
          int limit = Math.min(n, i + MAX_HOST);
          int j = i + 1;
          while (j < limit && isHostChar(t.charAt(j))) {
            j++;
          }
          if (j == limit || t.charAt(j) != '.') {
            i = j;
            continue;
          }
        }
        i = Math.max(i + 1, link(t, i, sink));
      } else {
        i++;
      }
    }
  }

  /** The marks some part of every link or handle has: {@code .} {@code :} {@code @}. */
  private static boolean isLinkMark(char c) {
    return c == '.' || c == ':' || c == '@';
  }

  /** A link may start here: not inside a word, an address or another link. */
  private static boolean tokenStart(ScanText t, int i) {
    if (i == 0) {
      return true;
    }
    char p = t.charAt(i - 1);
    return !isHostChar(p) && p != '@' && p != '/' && p != '.' && p != ':' && p != '_' && p != '%' && p != '+'
        && p != '=' && p != '&' && p != '#' && p != '?';
  }

  /** Reads the token at {@code i}; reports it if it is a link; returns where scanning goes on. */
  private int link(ScanText t, int i, FindingSink sink) {
    int n = t.length();
    boolean scheme = false;
    int hostStart = i;
    // Most tokens are plain words: test the first letter before spelling out a scheme.
    boolean h = t.charAt(i) == 'h' || t.charAt(i) == 'H';
    if (!h) {
      // no scheme
    } else if (ScanSupport.matchesIgnoreCase(t, i, "https://")) {
      scheme = true;
      hostStart = i + 8;
    } else if (ScanSupport.matchesIgnoreCase(t, i, "http://")) {
      scheme = true;
      hostStart = i + 7;
    }
    int limit = Math.min(n, hostStart + MAX_HOST);
    int hostEnd = hostStart;
    int lastDot = -1;
    while (hostEnd < limit) {
      char c = t.charAt(hostEnd);
      if (c == '.') {
        if (hostEnd + 1 >= n || !isHostChar(t.charAt(hostEnd + 1))) {
          break; // a dot that ends a sentence
        }
        lastDot = hostEnd;
      } else if (!isHostChar(c)) {
        break;
      }
      hostEnd++;
    }
    int resume = hostEnd;
    if (hostEnd < n && t.charAt(hostEnd) == '@') {
      return resume; // the local part of an e-mail address
    }
    char first = hostStart < n ? t.charAt(hostStart) : '\0';
    boolean www = (first == 'w' || first == 'W') && ScanSupport.matchesIgnoreCase(t, hostStart, "www.");
    if (!scheme && !www) {
      boolean bare = lastDot >= 0 && lastDot - hostStart >= 2 && isBareTopLevel(t, lastDot + 1, hostEnd);
      if (!bare && !(lastDot > hostStart && isPathTopLevel(t, lastDot + 1, hostEnd) && pathFollows(t, hostEnd))) {
        return resume;
      }
    } else if (hostEnd == hostStart || scheme && lastDot < 0 && !ScanSupport.matchesIgnoreCase(t, hostStart, "localhost")) {
      return resume;
    }
    int end = pathEnd(t, hostEnd);
    boolean wordInPath = false;
    for (int k = hostEnd; k < end; k++) {
      if (ScanSupport.isLetterOrDigit(t.charAt(k))) {
        wordInPath = true;
        break;
      }
    }
    if (!wordInPath && isKept(t, hostStart, hostEnd)) {
      return end;
    }
    double score = LINK;
    if (!scheme && !www && end == hostEnd) {
      score = ScanSupport.matchesIgnoreCase(t, hostEnd - 3, ".nu") ? BARE_NU_DOMAIN : BARE_DOMAIN;
    }
    ScanSupport.report(sink, t, i, end, EntityType.URL, score);
    return end;
  }

  /** The end of the path, query and fragment after the host; trailing punctuation is prose, not link. */
  private static int pathEnd(ScanText t, int hostEnd) {
    int n = t.length();
    if (hostEnd >= n) {
      return hostEnd;
    }
    char first = t.charAt(hostEnd);
    boolean port = first == ':' && hostEnd + 1 < n && ScanSupport.isAsciiDigit(t.charAt(hostEnd + 1));
    if (first != '/' && first != '?' && first != '#' && !port) {
      return hostEnd;
    }
    int limit = Math.min(n, hostEnd + MAX_PATH);
    int e = hostEnd;
    int open = 0;
    while (e < limit) {
      char c = t.charAt(e);
      if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '\u00A0' || Character.isWhitespace(c)) {
        break;
      }
      if (c == '(') {
        open++;
      } else if (c == ')') {
        if (open == 0) {
          break; // "(se facebook.com/anna)"
        }
        open--;
      }
      e++;
    }
    while (e > hostEnd + 1 && ".,;:!?'*".indexOf(t.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }

  /** True when the host is a kept domain or one of its subdomains ({@code www.} included). */
  private boolean isKept(ScanText t, int hostStart, int hostEnd) {
    if (keptDomains.isEmpty() && !publicDomains) {
      return false;
    }
    return keepsHost(t.normalized(hostStart, hostEnd).toLowerCase(Locale.ROOT));
  }

  private boolean keepsHost(String host) {
    for (String kept : keptDomains) {
      if (isDomainOrSubdomain(host, kept)) {
        return true;
      }
    }
    return publicDomains && PublicDomains.covers(host);
  }

  /** {@code host.equals(domain) || host.endsWith("." + domain)}, without making the string "." + domain per host. */
  private static boolean isDomainOrSubdomain(String host, String domain) {
    int dot = host.length() - domain.length() - 1;
    return host.equals(domain) || dot >= 0 && host.charAt(dot) == '.' && host.endsWith(domain);
  }

  /** Abbreviations that end like a top-level domain before a slash ("t.ex/", "s.k/"): no host. */
  private static final String[] ABBREVIATION_ENDS = {"ex", "sk", "kl", "ca", "st", "bl", "mm", "osv", "dvs", "resp"};

  /**
   * A top-level domain of any country or kind, 2–6 lowercase letters, that is no abbreviation's
   * end: with a path after it ({@code discord.gg/abc123}, {@code bit.ly/3xY}, {@code t.me/lisa})
   * the host is a host, though a bare word of that ending would not be.
   */
  private static boolean isPathTopLevel(ScanText t, int start, int end) {
    int length = end - start;
    return length >= 2 && length <= 6 && isLowercaseAscii(t, start, end) && !ScanSupport.wordIn(t, start, end, ABBREVIATION_ENDS);
  }

  /** A slash and a letter or digit right after the host: a path. */
  private static boolean pathFollows(ScanText t, int hostEnd) {
    return hostEnd + 1 < t.length() && t.charAt(hostEnd) == '/' && ScanSupport.isLetterOrDigit(t.charAt(hostEnd + 1));
  }

  private static boolean isBareTopLevel(ScanText t, int start, int end) {
    // lowercase only: "bra.Nu" is a missing space, not a domain
    return isLowercaseAscii(t, start, end) && ScanSupport.wordIn(t, start, end, BARE_TOP_LEVEL);
  }

  /** The chars {@code [start, end)} are letters a to z, lowercase. */
  private static boolean isLowercaseAscii(ScanText t, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = t.charAt(k);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }


  /** {@code @anna_89}: a handle, when the {@code @} does not end an e-mail's local part. */
  private static int handle(ScanText t, int at, FindingSink sink) {
    if (at > 0 && (isHostChar(t.charAt(at - 1)) || ".-_+".indexOf(t.charAt(at - 1)) >= 0)) {
      return at + 1;
    }
    int n = t.length();
    int limit = Math.min(n, at + 1 + MAX_HANDLE + 1);
    int e = at + 1;
    boolean letter = false;
    while (e < limit) {
      char c = t.charAt(e);
      if (ScanSupport.isLetter(c)) {
        letter = true;
      } else if (!ScanSupport.isAsciiDigit(c) && c != '_' && c != '.') {
        break;
      }
      e++;
    }
    while (e > at + 1 && t.charAt(e - 1) == '.') {
      e--;
    }
    if (!letter || e - at - 1 < 2 || e - at - 1 > MAX_HANDLE || e < n && t.charAt(e) == '@') {
      return e;
    }
    ScanSupport.report(sink, t, at, e, EntityType.URL, HANDLE);
    return e;
  }

  /** A letter or digit, as {@link ScanText#isWordChar} tests it, without its bounds check. */
  private static boolean isLetterOrDigit(char c) {
    return ScanSupport.isLetterOrDigit(c);
  }

  private static boolean isHostChar(char c) {
    return c == '-' || ScanSupport.isLetterOrDigit(c);
  }

  /** Configures a {@link UrlDetector}. Not thread-safe; the detector it builds is. */
  public static final class Builder {
    private final List<String> kept = new ArrayList<>(DEFAULT_KEPT_DOMAINS);
    private boolean publicDomains = true;

    private Builder() {}

    /**
     * Keeps bare links to these domains and their subdomains, e.g. {@code "malmo.se"}.
     *
     * @param domains domain names such as {@code "malmo.se"}
     * @return this builder
     * @throws IllegalArgumentException if a domain is blank or has no dot
     */
    public Builder keepDomains(String... domains) {
      for (String domain : domains) {
        String d = Objects.requireNonNull(domain, "domain").strip().toLowerCase(Locale.ROOT);
        if (d.startsWith("www.")) {
          d = d.substring(4);
        }
        if (d.indexOf('.') <= 0 || d.endsWith(".") || d.contains("/")) {
          throw new IllegalArgumentException("a kept domain must look like example.se");
        }
        kept.add(d);
      }
      return this;
    }

    /**
     * Drops {@link #DEFAULT_KEPT_DOMAINS} and the bundled sites of municipalities, regions,
     * agencies and well-known services: only the domains given to {@link #keepDomains} are kept.
     *
     * @return this builder
     */
    public Builder withoutDefaultKeptDomains() {
      kept.removeAll(DEFAULT_KEPT_DOMAINS);
      publicDomains = false;
      return this;
    }

    /**
     * Builds the detector.
     *
     * @return an immutable detector with the kept domains given so far
     */
    public UrlDetector build() {
      return new UrlDetector(this);
    }
  }
}
