package se.avid.examples.forum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import se.avid.EntityType;

/**
 * The forum's storage, in an embedded H2 database (a file in a directory, or in memory for tests).
 *
 * <p>Two schemas keep apart what may be shown and what may not. {@code PUBLIC.POSTS} holds what
 * the public sees: the published, redacted text, or nothing while the post waits for moderation.
 * {@code RESTRICTED.ORIGINALS} holds the original text, encrypted by {@link OriginalCipher}, and
 * {@code RESTRICTED.SPANS} what was found in it and what moderators decided; {@link Staff} keeps
 * accounts and the audit trail in the same database. Originals of published posts are deleted
 * after the retention period ({@link #purgeOriginals}). A database in a directory is readable by
 * its owner only. Thread-safe: each call takes its own pooled connection.
 */
final class ForumStore implements AutoCloseable {

  /** Where a post is on its way to publication. */
  enum Status { PUBLISHED, PENDING }

  /** Where a span came from. */
  enum Origin { DETECTED, REVIEW, MODERATOR }

  /** A published post: what {@code GET /posts} lists. */
  record PublishedPost(long id, String text, Instant published) {}

  /** A post waiting for moderation, without its text. */
  record PendingPost(long id, Instant created, int spans, boolean analysisFailed) {}

  /** A stretch of the original text that is, or may be, redacted. */
  record Span(long id, int start, int end, EntityType type, double score, Origin origin, boolean redact) {}

  /** A post as a moderator sees it. */
  record Moderation(long id, Status status, String original, boolean analysisFailed, List<Span> spans) {}

  private final JdbcConnectionPool pool;
  private final OriginalCipher cipher;
  private final Staff staff;

  private ForumStore(String url, OriginalCipher cipher) {
    this.cipher = cipher;
    this.pool = JdbcConnectionPool.create(url, "forum", "");
    this.pool.setMaxConnections(32);
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS RESTRICTED");
      s.execute("CREATE TABLE IF NOT EXISTS PUBLIC.POSTS (ID BIGINT AUTO_INCREMENT PRIMARY KEY, "
          + "CREATED TIMESTAMP NOT NULL, STATUS VARCHAR(16) NOT NULL, PUBLISHED_TEXT CLOB, PUBLISHED TIMESTAMP)");
      s.execute("CREATE TABLE IF NOT EXISTS RESTRICTED.ORIGINALS (POST_ID BIGINT PRIMARY KEY "
          + "REFERENCES PUBLIC.POSTS(ID), SEALED VARBINARY(1000000) NOT NULL, ANALYSIS_FAILED BOOLEAN NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS RESTRICTED.SPANS (ID BIGINT AUTO_INCREMENT PRIMARY KEY, "
          + "POST_ID BIGINT NOT NULL REFERENCES PUBLIC.POSTS(ID), START_AT INT NOT NULL, END_AT INT NOT NULL, "
          + "TYPE VARCHAR(32) NOT NULL, SCORE DOUBLE NOT NULL, ORIGIN VARCHAR(16) NOT NULL, REDACT BOOLEAN NOT NULL)");
      this.staff = new Staff(pool, c);
    } catch (SQLException e) {
      pool.dispose();
      throw new IllegalStateException("cannot open the forum database: " + e.getMessage(), e);
    }
  }

  /**
   * A database in {@code dir}, kept between runs. The directory is created readable by its owner
   * only, or made so; so are the database files.
   *
   * @param cipher encrypts the originals; a database must always be opened with the same key
   */
  static ForumStore inDirectory(Path dir, OriginalCipher cipher) {
    try {
      if (Files.notExists(dir)) {
        Files.createDirectories(dir, OriginalCipher.OwnerOnly.DIRECTORY);
      } else {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
      // no trace file: H2 writes failing statements there, and they can quote values
      ForumStore store = new ForumStore("jdbc:h2:file:" + dir.toAbsolutePath().resolve("forum") + ";TRACE_LEVEL_FILE=0",
          cipher);
      try (var files = Files.newDirectoryStream(dir, "forum.*")) {
        for (Path f : files) {
          Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
      }
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the data directory private: " + e.getMessage(), e);
    }
  }

  /** A database that lives as long as this store, with a key of its own. */
  static ForumStore inMemory() {
    return new ForumStore("jdbc:h2:mem:forum-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", OriginalCipher.ephemeral());
  }

  /** Moderators' accounts and the audit trail. */
  Staff staff() {
    return staff;
  }

  /**
   * Stores a new post: its original in the restricted schema and its spans, and, when
   * {@code published} is not null, the published text. All or nothing.
   */
  long add(String original, String published, boolean analysisFailed, List<Span> spans) {
    Instant now = Instant.now();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        long id;
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO PUBLIC.POSTS (CREATED, STATUS, PUBLISHED_TEXT, PUBLISHED) VALUES (?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
          p.setTimestamp(1, Timestamp.from(now));
          p.setString(2, (published != null ? Status.PUBLISHED : Status.PENDING).name());
          p.setString(3, published);
          p.setTimestamp(4, published != null ? Timestamp.from(now) : null);
          p.executeUpdate();
          try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO RESTRICTED.ORIGINALS (POST_ID, SEALED, ANALYSIS_FAILED) VALUES (?, ?, ?)")) {
          p.setLong(1, id);
          p.setBytes(2, cipher.seal(id, original));
          p.setBoolean(3, analysisFailed);
          p.executeUpdate();
        }
        for (Span s : spans) {
          insertSpan(c, id, s);
        }
        c.commit();
        return id;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw storeFailure(e);
    }
  }

  private static void insertSpan(Connection c, long postId, Span s) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO RESTRICTED.SPANS "
        + "(POST_ID, START_AT, END_AT, TYPE, SCORE, ORIGIN, REDACT) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, postId);
      p.setInt(2, s.start());
      p.setInt(3, s.end());
      p.setString(4, s.type().name());
      p.setDouble(5, s.score());
      p.setString(6, s.origin().name());
      p.setBoolean(7, s.redact());
      p.executeUpdate();
    }
  }

  /** Published posts, oldest first. */
  List<PublishedPost> published() {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT ID, PUBLISHED_TEXT, PUBLISHED FROM PUBLIC.POSTS WHERE STATUS = 'PUBLISHED' "
            + "ORDER BY PUBLISHED, ID")) {
      List<PublishedPost> out = new ArrayList<>();
      while (r.next()) {
        out.add(new PublishedPost(r.getLong(1), r.getString(2), r.getTimestamp(3).toInstant()));
      }
      return out;
    } catch (SQLException e) {
      throw storeFailure(e);
    }
  }

  /** Posts waiting for moderation, oldest first. */
  List<PendingPost> pending() {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT P.ID, P.CREATED, O.ANALYSIS_FAILED, "
            + "(SELECT COUNT(*) FROM RESTRICTED.SPANS S WHERE S.POST_ID = P.ID) FROM PUBLIC.POSTS P "
            + "JOIN RESTRICTED.ORIGINALS O ON O.POST_ID = P.ID WHERE P.STATUS = 'PENDING' ORDER BY P.ID")) {
      List<PendingPost> out = new ArrayList<>();
      while (r.next()) {
        out.add(new PendingPost(r.getLong(1), r.getTimestamp(2).toInstant(), r.getInt(4), r.getBoolean(3)));
      }
      return out;
    } catch (SQLException e) {
      throw storeFailure(e);
    }
  }

  /** A post with its original and spans (sorted by start), for moderators. */
  Optional<Moderation> moderation(long id) {
    try (Connection c = pool.getConnection()) {
      Status status;
      String original;
      boolean failed;
      try (PreparedStatement p = c.prepareStatement("SELECT P.STATUS, O.SEALED, O.ANALYSIS_FAILED FROM PUBLIC.POSTS P "
          + "JOIN RESTRICTED.ORIGINALS O ON O.POST_ID = P.ID WHERE P.ID = ?")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          status = Status.valueOf(r.getString(1));
          original = cipher.open(id, r.getBytes(2));
          failed = r.getBoolean(3);
        }
      }
      List<Span> spans = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT ID, START_AT, END_AT, TYPE, SCORE, ORIGIN, REDACT "
          + "FROM RESTRICTED.SPANS WHERE POST_ID = ? ORDER BY START_AT, END_AT DESC, ID")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            spans.add(new Span(r.getLong(1), r.getInt(2), r.getInt(3), EntityType.valueOf(r.getString(4)),
                r.getDouble(5), Origin.valueOf(r.getString(6)), r.getBoolean(7)));
          }
        }
      }
      return Optional.of(new Moderation(id, status, original, failed, List.copyOf(spans)));
    } catch (SQLException e) {
      throw storeFailure(e);
    }
  }

  /** Adds a span to a pending post; false when the post is not pending. */
  boolean addSpan(long postId, Span span) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      if (!isPending(c, postId)) {
        c.rollback();
        return false;
      }
      insertSpan(c, postId, span);
      c.commit();
      return true;
    } catch (SQLException e) {
      throw storeFailure(e);
    }
  }

  /** Sets whether a span of a pending post is redacted; false when there is no such span on a pending post. */
  boolean setRedact(long postId, long spanId, boolean redact) {
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "UPDATE RESTRICTED.SPANS SET REDACT = ? WHERE ID = ? AND POST_ID = ? AND POST_ID IN "
            + "(SELECT ID FROM PUBLIC.POSTS WHERE STATUS = 'PENDING')")) {
      p.setBoolean(1, redact);
      p.setLong(2, spanId);
      p.setLong(3, postId);
      return p.executeUpdate() == 1;
    } catch (SQLException e) {
      throw storeFailure(e);
    }
  }

  /** Publishes a pending post with {@code text}; false when it is not pending (any more). */
  boolean publish(long postId, String text) {
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "UPDATE PUBLIC.POSTS SET STATUS = 'PUBLISHED', PUBLISHED_TEXT = ?, PUBLISHED = ? WHERE ID = ? AND STATUS = 'PENDING'")) {
      p.setString(1, text);
      p.setTimestamp(2, Timestamp.from(Instant.now()));
      p.setLong(3, postId);
      return p.executeUpdate() == 1;
    } catch (SQLException e) {
      throw storeFailure(e);
    }
  }

  /**
   * Deletes the originals and spans of posts published before {@code cutoff}: after the retention
   * period only the published text is left.
   *
   * @return how many originals were deleted
   */
  int purgeOriginals(Instant cutoff) {
    String published = "SELECT ID FROM PUBLIC.POSTS WHERE STATUS = 'PUBLISHED' AND PUBLISHED < ?";
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement spans = c.prepareStatement("DELETE FROM RESTRICTED.SPANS WHERE POST_ID IN (" + published + ")");
          PreparedStatement originals = c.prepareStatement(
              "DELETE FROM RESTRICTED.ORIGINALS WHERE POST_ID IN (" + published + ")")) {
        spans.setTimestamp(1, Timestamp.from(cutoff));
        spans.executeUpdate();
        originals.setTimestamp(1, Timestamp.from(cutoff));
        int deleted = originals.executeUpdate();
        c.commit();
        return deleted;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw storeFailure(e);
    }
  }

  /** How many posts are stored, published or not. */
  int count() {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM PUBLIC.POSTS")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      throw storeFailure(e);
    }
  }

  private static boolean isPending(Connection c, long postId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM PUBLIC.POSTS WHERE ID = ? AND STATUS = 'PENDING'")) {
      p.setLong(1, postId);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  /** SQL messages can quote the values of a statement: keep the state and code only. */
  static IllegalStateException storeFailure(SQLException e) {
    return new IllegalStateException("database error (SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + ")");
  }

  @Override
  public void close() {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      // closing anyway
    }
    pool.dispose();
  }
}
