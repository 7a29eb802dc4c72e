package se.avid.examples.forum;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.avid.examples.forum.Http.Refusal;
import se.avid.examples.review.ReviewingRedactor;

/**
 * A forum service that publishes only redacted posts, with a log-in for moderators.
 *
 * <pre>java -jar examples/forum-backend/target/avid-forum-backend.jar --data forum-data --key-file forum.key</pre>
 *
 * <ul>
 *   <li>{@code POST /posts} with {@code {"text": "..."}}: 201 and the published text, or 202 when
 *       the post waits for a moderator ({@code "status": "pending_review"}). No account needed.
 *   <li>{@code GET /posts}: the published posts as JSON; {@code GET /}: the same as a page.
 *   <li>{@code /login}, {@code /logout}, {@code /moderation}, {@code /moderation/{id}}: the staff
 *       side ({@link ModerationRoutes}), for logged-in moderators only.
 * </ul>
 *
 * <p>Binds to the loopback address unless told otherwise, and answers only requests whose
 * {@code Host} is on its allow-list ({@link ForumSettings}). Request bodies and post texts are
 * never logged. Thread-safe; {@link #close} stops it.
 */
public final class ForumServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ForumServer.class);

  private final HttpServer http;
  private final ExecutorService executor;
  private final ScheduledExecutorService purger;
  private final ForumStore store;
  private final Moderation moderation;
  private final ForumSettings settings;
  private final ModerationRoutes staffRoutes;

  private ForumServer(HttpServer http, ForumSettings settings, ForumStore store, ReviewingRedactor redactor) {
    this.http = http;
    this.settings = settings;
    this.store = store;
    this.moderation = new Moderation(store, redactor);
    this.staffRoutes = new ModerationRoutes(store, moderation, new Sessions(Clock.systemUTC()),
        new LoginThrottle(Clock.systemUTC(), 5, 20), settings, this::port);
    this.executor = Executors.newFixedThreadPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    this.purger = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "forum-retention");
      t.setDaemon(true);
      return t;
    });
    http.setExecutor(executor);
    http.createContext("/", this::handle);
  }

  /**
   * Starts a server on 127.0.0.1 with the default settings.
   *
   * @param port the port, or 0 for any free one (see {@link #port()})
   */
  static ForumServer start(int port, ForumStore store, ReviewingRedactor redactor) throws IOException {
    return start(ForumSettings.loopback(port), store, redactor);
  }

  /**
   * Starts a server, and the hourly deletion of originals past the retention period.
   *
   * @throws java.net.BindException when the port is in use
   */
  static ForumServer start(ForumSettings settings, ForumStore store, ReviewingRedactor redactor) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 64);
    ForumServer server = new ForumServer(http, settings, store, redactor);
    http.start();
    server.purger.scheduleWithFixedDelay(server::purgeOriginals, 0, 1, TimeUnit.HOURS);
    LOG.info("forum listening on {}:{} (moderation: /moderation)", settings.bind().getHostAddress(), server.port());
    return server;
  }

  /**
   * The port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return http.getAddress().getPort();
  }

  /** Deletes the originals of posts published longer ago than the retention period. */
  void purgeOriginals() {
    try {
      int deleted = store.purgeOriginals(Instant.now().minus(settings.retention()));
      if (deleted > 0) {
        LOG.info("deleted the originals of {} posts published more than {} ago", deleted, settings.retention());
      }
    } catch (RuntimeException e) {
      LOG.error("deleting old originals failed: {}", e.getClass().getName()); // a database message can quote stored values
    }
  }

  @Override
  public void close() {
    http.stop(0);
    purger.shutdownNow();
    executor.shutdownNow();
    store.close();
  }

  /**
   * Runs the server, or with {@code admin} as first argument the administrator's commands.
   *
   * @param args the options; {@code --help} lists them
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("admin")) {
      System.exit(Admin.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    if (ForumOptions.wantsHelp(args)) {
      System.out.println(ForumOptions.HELP_INTRO + ForumOptions.USAGE);
      System.exit(0);
      return;
    }
    ForumOptions options;
    try {
      options = ForumOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("avid-forum: " + e.getMessage());
      System.err.println(ForumOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      ForumStore store = options.openStore();
      ForumServer server;
      try {
        server = start(options.settings(), store, options.redactor());
      } catch (java.net.BindException e) {
        store.close();
        System.err.println("avid-forum: cannot listen on " + options.settings().bind().getHostAddress() + ":"
            + options.settings().port() + ": the port is in use (choose another with --port)");
        System.exit(1);
        return;
      }
      if (store.staff().moderators().isEmpty()) {
        LOG.warn("no moderator accounts yet: create one with 'java -jar avid-forum-backend.jar admin add-moderator NAME'");
      }
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    } catch (IOException | RuntimeException e) {
      System.err.println("avid-forum: " + e.getMessage());
      System.exit(1);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      if (!settings.allowsHost(ex.getRequestHeaders().getFirst("Host"), port())) {
        // DNS rebinding and requests meant for another site: not for us.
        Http.text(ex, 421, "this server does not answer for that host name");
        return;
      }
      try {
        route(ex, path, method);
      } catch (Refusal r) {
        Http.text(ex, r.status, r.getMessage());
      }
    } catch (RuntimeException e) {
      // The message may come from anywhere; the type is enough to find it again.
      LOG.error("request failed: {}", e.getClass().getName());
      try {
        Http.text(ex, 500, "internal error");
      } catch (IOException | RuntimeException ignored) {
        // the response was already under way
      }
    }
  }

  private void route(HttpExchange ex, String path, String method) throws IOException, Refusal {
    if (path.equals("/posts")) {
      switch (method) {
        case "POST" -> submit(ex);
        case "GET" -> Http.json(ex, 200, publishedJson());
        default -> Http.notAllowed(ex, "GET, POST");
      }
    } else if (path.equals("/")) {
      if (method.equals("GET")) {
        Http.html(ex, 200, Pages.published(store.published()));
      } else {
        Http.notAllowed(ex, "GET");
      }
    } else if (ModerationRoutes.owns(path)) {
      staffRoutes.handle(ex, path, method);
    } else {
      throw new Refusal(404, "not found");
    }
  }

  private void submit(HttpExchange ex) throws IOException, Refusal {
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      // also keeps other sites' plain HTML forms from posting here
      throw new Refusal(415, "send the post as application/json: {\"text\": \"...\"}");
    }
    byte[] body = Http.body(ex);
    JsonNode request;
    try {
      request = Http.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new Refusal(400, "the body is not valid JSON" + where + "; send {\"text\": \"...\"}");
    }
    JsonNode text = request == null ? null : request.get("text");
    if (text == null || !text.isTextual()) {
      throw new Refusal(400, "the body must be a JSON object with a string \"text\": {\"text\": \"...\"}");
    }
    if (text.textValue().length() > Moderation.MAX_POST_CHARS) {
      throw new Refusal(413, "the post is longer than " + Moderation.MAX_POST_CHARS + " chars");
    }
    Moderation.Submission s;
    try {
      s = moderation.submit(text.textValue());
    } catch (IllegalArgumentException e) {
      throw new Refusal(400, e.getMessage());
    }
    ObjectNode out = Http.JSON.createObjectNode().put("id", s.id());
    if (s.status() == ForumStore.Status.PUBLISHED) {
      out.put("status", "published").put("text", s.publishedText());
      Http.json(ex, 201, out);
    } else {
      out.put("status", "pending_review");
      Http.json(ex, 202, out);
    }
  }

  private ArrayNode publishedJson() {
    ArrayNode posts = Http.JSON.createArrayNode();
    for (ForumStore.PublishedPost p : store.published()) {
      posts.addObject().put("id", p.id()).put("text", p.text()).put("published", p.published().toString());
    }
    return posts;
  }
}
