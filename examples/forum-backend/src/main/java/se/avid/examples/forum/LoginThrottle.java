package se.avid.examples.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed log-ins per account and per client address in a sliding window: after
 * {@code perAccount} failures for one user name, or {@code perClient} from one address, within
 * {@link #WINDOW}, further attempts are refused without checking the password until the oldest
 * failure leaves the window. Refusing unchecked also keeps password guessing from costing the
 * server PBKDF2 time. Thread-safe.
 */
final class LoginThrottle {

  /** How far back failures count. */
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int perAccount;
  private final int perClient;

  LoginThrottle(Clock clock, int perAccount, int perClient) {
    this.clock = clock;
    this.perAccount = perAccount;
    this.perClient = perClient;
  }

  /** Whether a log-in as {@code user} from {@code client} may be tried now. */
  boolean allows(String user, String client) {
    return recent("u:" + user) < perAccount && recent("c:" + client) < perClient;
  }

  /** Records a failed log-in. */
  void failed(String user, String client) {
    Instant now = clock.instant();
    for (String key : new String[] {"u:" + user, "c:" + client}) {
      failures.compute(key, (k, q) -> {
        Deque<Instant> d = q == null ? new ArrayDeque<>() : q;
        prune(d, now);
        d.addLast(now);
        return d;
      });
    }
  }

  /** Forgets an account's failures after a successful log-in (the client's stay). */
  void succeeded(String user) {
    failures.remove("u:" + user);
  }

  private int recent(String key) {
    Instant now = clock.instant();
    int[] count = {0};
    failures.computeIfPresent(key, (k, q) -> {
      prune(q, now);
      count[0] = q.size();
      return q.isEmpty() ? null : q;
    });
    return count[0];
  }

  private static void prune(Deque<Instant> d, Instant now) {
    while (!d.isEmpty() && d.peekFirst().isBefore(now.minus(WINDOW))) {
      d.removeFirst();
    }
  }
}
