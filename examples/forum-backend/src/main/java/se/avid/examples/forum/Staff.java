package se.avid.examples.forum;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Moderators' accounts and the audit trail, in the forum's database.
 *
 * <p>An account is a user name and a {@link Passwords} hash; the administrator manages them from
 * the command line ({@link Admin}), so no account and no password exist until one is made. The
 * audit trail records who did what to which post and when: every view of an original, every
 * moderation decision, every log-in. It never holds post text: the detail is a span id, an entity
 * type or a count. Thread-safe.
 */
final class Staff {

  /** A recorded action. */
  enum Action { LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, VIEW_ORIGINAL, ADD_SPAN, REDACT_SPAN, SHOW_SPAN, PUBLISH }

  /** One line of the audit trail. */
  record Entry(Instant at, String actor, Long postId, Action action, String detail) {}

  private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  private final JdbcConnectionPool pool;

  Staff(JdbcConnectionPool pool, Connection c) throws SQLException {
    this.pool = pool;
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS RESTRICTED.MODERATORS (NAME VARCHAR(64) PRIMARY KEY, "
          + "PASSWORD_HASH VARCHAR(200) NOT NULL, CREATED TIMESTAMP NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS RESTRICTED.AUDIT (ID BIGINT AUTO_INCREMENT PRIMARY KEY, "
          + "AT TIMESTAMP NOT NULL, ACTOR VARCHAR(64) NOT NULL, POST_ID BIGINT, ACTION VARCHAR(32) NOT NULL, "
          + "DETAIL VARCHAR(200))");
    }
  }

  /** Whether {@code name} may be a user name: lowercase letters, digits, {@code . _ -}, 2 to 64 chars. */
  static boolean validName(String name) {
    return name != null && USER_NAME.matcher(name).matches();
  }

  /**
   * Adds a moderator, or sets a new password for one.
   *
   * @throws IllegalArgumentException for an invalid name or a weak password
   */
  void putModerator(String name, char[] password) {
    if (!validName(name)) {
      throw new IllegalArgumentException("a user name is 2-64 lowercase letters, digits, '.', '_' or '-'");
    }
    String weakness = Passwords.weakness(password);
    if (weakness != null) {
      throw new IllegalArgumentException(weakness);
    }
    String hash = Passwords.hash(password);
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "MERGE INTO RESTRICTED.MODERATORS (NAME, PASSWORD_HASH, CREATED) KEY (NAME) VALUES (?, ?, ?)")) {
      p.setString(1, name);
      p.setString(2, hash);
      p.setTimestamp(3, Timestamp.from(Instant.now()));
      p.executeUpdate();
    } catch (SQLException e) {
      throw ForumStore.storeFailure(e);
    }
  }

  /** Removes a moderator; false when there is none of that name. */
  boolean removeModerator(String name) {
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "DELETE FROM RESTRICTED.MODERATORS WHERE NAME = ?")) {
      p.setString(1, name);
      return p.executeUpdate() == 1;
    } catch (SQLException e) {
      throw ForumStore.storeFailure(e);
    }
  }

  /** Whether the moderator {@code name} exists: a removed moderator's sessions end at their next request. */
  boolean exists(String name) {
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "SELECT 1 FROM RESTRICTED.MODERATORS WHERE NAME = ?")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw ForumStore.storeFailure(e);
    }
  }

  /** The moderators' names, sorted. */
  List<String> moderators() {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT NAME FROM RESTRICTED.MODERATORS ORDER BY NAME")) {
      List<String> out = new ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw ForumStore.storeFailure(e);
    }
  }

  /**
   * Whether {@code password} is the moderator {@code name}'s. Takes the same time whether the
   * name exists or not.
   */
  boolean authenticate(String name, char[] password) {
    Optional<String> hash = Optional.empty();
    if (validName(name)) {
      try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
          "SELECT PASSWORD_HASH FROM RESTRICTED.MODERATORS WHERE NAME = ?")) {
        p.setString(1, name);
        try (ResultSet r = p.executeQuery()) {
          hash = r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        }
      } catch (SQLException e) {
        throw ForumStore.storeFailure(e);
      }
    }
    if (hash.isEmpty()) {
      Passwords.burn(password);
      return false;
    }
    return Passwords.matches(password, hash.get());
  }

  /**
   * Records an action.
   *
   * @param postId the post, or null for a log-in or log-out
   * @param detail a span id, an entity type or a count: never text from a post
   */
  void audit(String actor, Long postId, Action action, String detail) {
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "INSERT INTO RESTRICTED.AUDIT (AT, ACTOR, POST_ID, ACTION, DETAIL) VALUES (?, ?, ?, ?, ?)")) {
      p.setTimestamp(1, Timestamp.from(Instant.now()));
      p.setString(2, actor.length() > 64 ? actor.substring(0, 64) : actor);
      if (postId == null) {
        p.setNull(3, Types.BIGINT);
      } else {
        p.setLong(3, postId);
      }
      p.setString(4, action.name());
      p.setString(5, detail);
      p.executeUpdate();
    } catch (SQLException e) {
      throw ForumStore.storeFailure(e);
    }
  }

  /** The audit trail, oldest first. */
  List<Entry> auditTrail() {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT AT, ACTOR, POST_ID, ACTION, DETAIL FROM RESTRICTED.AUDIT ORDER BY ID")) {
      List<Entry> out = new ArrayList<>();
      while (r.next()) {
        long post = r.getLong(3);
        Long postId = r.wasNull() ? null : post;
        out.add(new Entry(r.getTimestamp(1).toInstant(), r.getString(2), postId,
            Action.valueOf(r.getString(4)), r.getString(5)));
      }
      return out;
    } catch (SQLException e) {
      throw ForumStore.storeFailure(e);
    }
  }
}
