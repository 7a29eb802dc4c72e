package se.avid.examples.forum;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How the server is exposed: the address and port it binds, the {@code Host} values it answers,
 * whether its cookies are marked {@code Secure} (behind a TLS proxy) and how long originals are
 * kept after publication. Immutable.
 *
 * @param bind the address to listen on; loopback unless the operator chooses otherwise
 * @param port the port, or 0 for any free one
 * @param allowedHosts the {@code Host} header values accepted (lowercase); empty: the loopback names with the port
 * @param secureCookies whether cookies carry {@code Secure}: set it when a TLS proxy is in front
 * @param retention how long the original of a published post is kept
 */
record ForumSettings(InetAddress bind, int port, List<String> allowedHosts, boolean secureCookies, Duration retention) {

  /** The default retention period of originals after publication. */
  static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

  ForumSettings {
    allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    if (retention.isNegative()) {
      throw new IllegalArgumentException("the retention period cannot be negative");
    }
  }

  /** Loopback, {@code port}, loopback host names, no TLS, the default retention. */
  static ForumSettings loopback(int port) {
    return new ForumSettings(InetAddress.getLoopbackAddress(), port, List.of(), false, DEFAULT_RETENTION);
  }

  /** These settings with another retention period. */
  ForumSettings withRetention(Duration r) {
    return new ForumSettings(bind, port, allowedHosts, secureCookies, r);
  }

  /** Whether a request's {@code Host} header is one this server answers to, given the port it got. */
  boolean allowsHost(String host, int actualPort) {
    if (host == null) {
      return false;
    }
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (allowedHosts.isEmpty()) {
      return h.equals("127.0.0.1:" + actualPort) || h.equals("localhost:" + actualPort) || h.equals("[::1]:" + actualPort);
    }
    return allowedHosts.contains(h);
  }
}
