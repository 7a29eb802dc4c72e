package se.avid.examples.forum;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Moderators' sessions, in memory: a restart logs everyone out. A session id is 32 random bytes
 * (base64url); a session ends after {@link #IDLE} without a request, after {@link #LIFETIME} in
 * any case, or at logout. Each session has its own CSRF token, put in every form of its pages.
 * Thread-safe.
 */
final class Sessions {

  /** How long a session lasts without a request. */
  static final Duration IDLE = Duration.ofMinutes(30);

  /** How long a session lasts at most. */
  static final Duration LIFETIME = Duration.ofHours(8);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A logged-in moderator. */
  record Session(String id, String user, String csrfToken, Instant created, Instant lastSeen) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  /** 32 random bytes, base64url without padding: for session ids and CSRF tokens. */
  static String randomToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Starts a session for {@code user}. */
  Session open(String user) {
    Instant now = clock.instant();
    Session s = new Session(randomToken(), user, randomToken(), now, now);
    sessions.put(s.id(), s);
    sessions.values().removeIf(this::expired);
    return s;
  }

  /** The live session with {@code id}, its idle time restarted; empty when there is none or it expired. */
  Optional<Session> touch(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = sessions.computeIfPresent(id, (k, old) -> expired(old) ? null
        : new Session(old.id(), old.user(), old.csrfToken(), old.created(), clock.instant()));
    return Optional.ofNullable(s);
  }

  /** Ends the session with {@code id}, if any. */
  void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  /** Ends every session of {@code user}: when a moderator is removed or changes password. */
  void closeAll(String user) {
    sessions.values().removeIf(s -> s.user().equals(user));
  }

  private boolean expired(Session s) {
    Instant now = clock.instant();
    return now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.created().plus(LIFETIME));
  }
}
