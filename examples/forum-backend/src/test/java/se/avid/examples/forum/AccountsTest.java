package se.avid.examples.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Password hashes, moderator accounts, session expiry and the log-in limit. */
class AccountsTest {

  /** A clock the test moves. */
  private static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-01-01T08:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aPasswordHashIsSaltedPbkdf2AndMatchesOnlyItsPassword() {
    String a = Passwords.hash("korrekt häst batteri".toCharArray());
    String b = Passwords.hash("korrekt häst batteri".toCharArray());
    assertTrue(a.startsWith("pbkdf2-sha256$310000$"), a);
    assertNotEquals(a, b, "a random salt per hash");
    assertTrue(Passwords.matches("korrekt häst batteri".toCharArray(), a));
    assertFalse(Passwords.matches("korrekt häst batteri!".toCharArray(), a));
    assertFalse(Passwords.matches("x".toCharArray(), "md5$abc"));
  }

  @Test
  void moderatorsAreAddedWithStrongPasswordsAndRemoved() {
    try (ForumStore store = ForumStore.inMemory()) {
      Staff staff = store.staff();
      assertEquals(List.of(), staff.moderators(), "no default account");
      assertThrows(IllegalArgumentException.class, () -> staff.putModerator("kort", "kort".toCharArray()));
      assertThrows(IllegalArgumentException.class, () -> staff.putModerator("Bad Name", "långt nog lösenord".toCharArray()));
      staff.putModerator("maria.s", "långt nog lösenord".toCharArray());
      assertTrue(staff.authenticate("maria.s", "långt nog lösenord".toCharArray()));
      assertFalse(staff.authenticate("maria.s", "fel".toCharArray()));
      assertFalse(staff.authenticate("okänd", "långt nog lösenord".toCharArray()));
      assertTrue(staff.removeModerator("maria.s"));
      assertFalse(staff.authenticate("maria.s", "långt nog lösenord".toCharArray()));
    }
  }

  @Test
  void aSessionEndsWhenIdleTooLongOrTooOldOrLoggedOut() {
    TestClock clock = new TestClock();
    Sessions sessions = new Sessions(clock);
    var s = sessions.open("maria");
    assertNotEquals(s.id(), s.csrfToken());
    clock.now = clock.now.plus(Sessions.IDLE.minusMinutes(1));
    assertTrue(sessions.touch(s.id()).isPresent());
    clock.now = clock.now.plus(Sessions.IDLE.plusMinutes(1));
    assertTrue(sessions.touch(s.id()).isEmpty(), "idle");

    var busy = sessions.open("maria");
    for (Duration d = Duration.ZERO; d.compareTo(Sessions.LIFETIME) <= 0; d = d.plusMinutes(20)) {
      clock.now = clock.now.plusSeconds(20 * 60);
      sessions.touch(busy.id());
    }
    assertTrue(sessions.touch(busy.id()).isEmpty(), "too old however busy");

    var out = sessions.open("maria");
    sessions.close(out.id());
    assertTrue(sessions.touch(out.id()).isEmpty());
  }

  @Test
  void failedLogInsAreLimitedPerAccountAndPerClientWithinTheWindow() {
    TestClock clock = new TestClock();
    LoginThrottle throttle = new LoginThrottle(clock, 3, 5);
    for (int i = 0; i < 3; i++) {
      assertTrue(throttle.allows("maria", "10.0.0.1"));
      throttle.failed("maria", "10.0.0.1");
    }
    assertFalse(throttle.allows("maria", "10.0.0.2"), "the account, from anywhere");
    assertTrue(throttle.allows("johan", "10.0.0.2"));
    throttle.failed("johan", "10.0.0.1");
    throttle.failed("erik", "10.0.0.1");
    assertFalse(throttle.allows("sara", "10.0.0.1"), "the client, for any account");
    clock.now = clock.now.plus(LoginThrottle.WINDOW).plusSeconds(1);
    assertTrue(throttle.allows("maria", "10.0.0.1"));
  }
}
