package se.avid.detect.contact;

import java.util.Set;
import se.avid.EntityType;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.Landmarks;
import se.avid.text.ScanText;

/**
 * Finds IP addresses: IPv4 with every octet 0–255 ({@code 192.168.1.23}) and IPv6 in full or
 * compressed form ({@code 2001:db8:85a3::8a2e:370:7334}, {@code fe80::1}).
 *
 * <p>Four dotted numbers are also version numbers, so after {@code version} or {@code v} the
 * score is low. Clock times ({@code 08:30:15}) are not IPv6: a compressed address needs a group
 * of three or more hex digits, a full one eight groups. Immutable and thread-safe.
 */
public final class IpAddressDetector implements Detector {

  /** The detector's {@link #name()}. */
  public static final String NAME = "ip-address";

  /** Score of an IPv4 or IPv6 address. */
  static final double ADDRESS = 0.9;
  /** Score of four dotted numbers after {@code version}: likely a version number. */
  static final double VERSION_LIKE = 0.3;

  /** The longest IPv6 text form is 39 chars (45 with an IPv4 tail, which is not read here). */
  static final int MAX_IPV6 = 39;

  private static final WordList VERSION_CUES = new WordList("version", "ver", "v", "versionen", "build");

  private static final IpAddressDetector INSTANCE = new IpAddressDetector();

  private IpAddressDetector() {}

  /**
   * The detector (it has no settings).
   *
   * @return the shared, immutable detector
   */
  public static IpAddressDetector defaults() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.IP_ADDRESS);
  }

  @Override
  public void detect(ScanText t, FindingSink sink) {
    // Every address holds a dot (IPv4) or a colon (IPv6), so the scan goes from mark to mark: it
    // resumes at the start of the run of hex digits before the next one, which is where reading
    // every char would have brought it, having found nothing on the way.
    Landmarks landmarks = Landmarks.of(t);
    int marks = landmarks.marks();
    int m = 0;
    int mark = -1;
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (i > mark) {
        while (m < marks && (landmarks.mark(m) < i || !isAddressMark(t.charAt(landmarks.mark(m))))) {
          m++;
        }
        if (m == marks) {
          return;
        }
        mark = landmarks.mark(m++);
        int runStart = mark;
        while (runStart > i && isHex(t.charAt(runStart - 1))) {
          runStart--;
        }
        i = runStart;
      }
      char c = t.charAt(i);
      if ((isHex(c) || c == ':') && !runCharBefore(t, i)) {
        int end = ScanSupport.isAsciiDigit(c) ? ipv4(t, i, sink) : -1;
        if (end < 0) {
          end = ipv6(t, i, sink);
        }
        i = Math.max(i + 1, end);
      } else {
        i++;
      }
    }
  }

  private static boolean isAddressMark(char c) {
    return c == '.' || c == ':';
  }

  /** True when {@code i} is inside a run of letters, digits, dots or colons, where no address starts. */
  private static boolean runCharBefore(ScanText t, int i) {
    if (i == 0) {
      return false;
    }
    char p = t.charAt(i - 1);
    return ScanSupport.isLetterOrDigit(p) || p == ':' || p == '.' || p == '_' || p == '-';
  }

  /** Reads an IPv4 address at {@code start}; returns its end when reported, else -1. */
  private static int ipv4(ScanText t, int start, FindingSink sink) {
    int n = t.length();
    int p = start;
    for (int octet = 0; octet < 4; octet++) {
      int value = 0;
      int digits = 0;
      while (p < n && digits < 4 && ScanSupport.isAsciiDigit(t.charAt(p))) {
        value = value * 10 + (t.charAt(p) - '0');
        digits++;
        p++;
      }
      if (digits == 0 || digits > 3 || value > 255) {
        return -1;
      }
      if (octet < 3) {
        if (p >= n || t.charAt(p) != '.') {
          return -1;
        }
        p++;
      }
    }
    // "1.2.3.4.5" (an OID or a version) and "1.2.3.4a" are not addresses
    if (p < n && (t.isWordChar(p) || (t.charAt(p) == '.' || t.charAt(p) == ':') && p + 1 < n && t.isWordChar(p + 1))) {
      return -1;
    }
    double score = ScanSupport.contextBefore(t, start, VERSION_CUES) ? VERSION_LIKE : ADDRESS;
    ScanSupport.report(sink, t, start, p, EntityType.IP_ADDRESS, score);
    return p;
  }

  /** Reads an IPv6 address at {@code start}; returns the end of the run read (reported or not). */
  private static int ipv6(ScanText t, int start, FindingSink sink) {
    int n = t.length();
    int limit = Math.min(n, start + MAX_IPV6 + 1);
    int e = start;
    boolean colon = false;
    while (e < limit) {
      char c = t.charAt(e);
      if (c == ':') {
        colon = true;
      } else if (!isHex(c)) {
        break;
      }
      e++;
    }
    if (!colon) {
      return e; // a word or number such as "bad" or "2023": every test below would fail
    }
    if (e < n && (t.isWordChar(e) || t.charAt(e) == ':')) {
      return e; // too long or glued to a word
    }
    if (t.charAt(start) == ':' && (start + 1 >= n || t.charAt(start + 1) != ':')) {
      return e; // a lone leading colon
    }
    int end = e;
    while (end > start && t.charAt(end - 1) == ':' && !(end - 2 >= start && t.charAt(end - 2) == ':')) {
      end--; // "fe80::1:" in prose: the last colon is punctuation
    }
    int groups = 0;
    int groupLength = 0;
    int longest = 0;
    int compressions = 0;
    boolean digit = false;
    for (int k = start; k <= end; k++) {
      char c = k < end ? t.charAt(k) : ':';
      if (c == ':') {
        if (groupLength > 0) {
          groups++;
          longest = Math.max(longest, groupLength);
        } else if (k > start && k < end && t.charAt(k - 1) == ':') {
          compressions++;
        } else if (k > start && k < end) {
          return e;
        }
        groupLength = 0;
      } else {
        if (++groupLength > 4) {
          return e;
        }
        digit |= ScanSupport.isAsciiDigit(c);
      }
    }
    boolean full = compressions == 0 && groups == 8;
    boolean compressed = compressions == 1 && groups >= 2 && groups <= 7 && longest >= 3;
    if (!(full || compressed) || !digit) {
      return e;
    }
    ScanSupport.report(sink, t, start, end, EntityType.IP_ADDRESS, ADDRESS);
    return e;
  }

  private static boolean isHex(char c) {
    return ScanSupport.isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
