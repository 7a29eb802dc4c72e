package se.avid.examples.forum;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.avid.Anonymizer;
import se.avid.EntityType;
import se.avid.examples.review.ReviewingRedactor;

/**
 * A small forum service on 127.0.0.1 that publishes only redacted posts.
 *
 * <pre>java -jar examples/forum-backend/target/avid-forum-backend.jar --port 8080 --data forum-data</pre>
 *
 * <ul>
 *   <li>{@code POST /posts} with {@code {"text": "..."}}: 201 and the published text, or 202 when
 *       the post waits for a moderator ({@code "status": "pending_review"}).
 *   <li>{@code GET /posts}: the published posts as JSON; {@code GET /}: the same as a page.
 *   <li>{@code GET /moderation}: the queue; {@code GET /moderation/{id}}: one post with its
 *       findings, where staff switch findings on and off, add spans and publish.
 * </ul>
 *
 * <p>The moderation pages show original texts: they are for staff only and this example has no
 * log-in, which is one reason it binds to the loopback address only. Request bodies and post texts
 * are never logged. Thread-safe; {@link #close} stops it.
 */
public final class ForumServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ForumServer.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_BODY_BYTES = 4 * Moderation.MAX_POST_CHARS + 1024;
  private static final Pattern MODERATION_PAGE = Pattern.compile("/moderation/(\\d{1,18})");
  private static final Pattern ADD_SPAN = Pattern.compile("/moderation/(\\d{1,18})/spans");
  private static final Pattern SET_SPAN = Pattern.compile("/moderation/(\\d{1,18})/spans/(\\d{1,18})");
  private static final Pattern PUBLISH = Pattern.compile("/moderation/(\\d{1,18})/publish");

  private final HttpServer http;
  private final ExecutorService executor;
  private final ForumStore store;
  private final Moderation moderation;

  private ForumServer(HttpServer http, ForumStore store, ReviewingRedactor redactor) {
    this.http = http;
    this.store = store;
    this.moderation = new Moderation(store, redactor);
    this.executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    http.setExecutor(executor);
    http.createContext("/", this::handle);
  }

  /**
   * Starts a server on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one (see {@link #port()})
   */
  static ForumServer start(int port, ForumStore store, ReviewingRedactor redactor) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    ForumServer server = new ForumServer(http, store, redactor);
    http.start();
    LOG.info("forum listening on http://127.0.0.1:{}/ (moderation: /moderation)", server.port());
    return server;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  @Override
  public void close() {
    http.stop(0);
    executor.shutdownNow();
    store.close();
  }

  public static void main(String[] args) throws IOException {
    int port = 8080;
    Path data = Path.of("forum-data");
    boolean memory = false;
    double review = ReviewingRedactor.DEFAULT_REVIEW_THRESHOLD;
    double redact = Anonymizer.DEFAULT_REDACT_THRESHOLD;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(args[++i]);
          case "--data" -> data = Path.of(args[++i]);
          case "--in-memory" -> memory = true;
          case "--review-threshold" -> review = Double.parseDouble(args[++i]);
          case "--redact-threshold" -> redact = Double.parseDouble(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (RuntimeException e) {
      System.err.println("avid-forum: " + (e instanceof ArrayIndexOutOfBoundsException ? "an option needs a value"
          : e.getMessage()));
      System.err.println("usage: java -jar avid-forum-backend.jar [--port 8080] [--data DIR | --in-memory] "
          + "[--review-threshold 0.3] [--redact-threshold 0.5]");
      System.exit(2);
      return;
    }
    ReviewingRedactor redactor = ReviewingRedactor.of(Anonymizer.builder(), review, redact);
    ForumStore store = memory ? ForumStore.inMemory() : ForumStore.inDirectory(data);
    ForumServer server = start(port, store, redactor);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      Matcher m;
      if (path.equals("/posts")) {
        switch (method) {
          case "POST" -> submit(ex);
          case "GET" -> json(ex, 200, publishedJson());
          default -> notAllowed(ex, "GET, POST");
        }
      } else if (path.equals("/")) {
        if (method.equals("GET")) {
          html(ex, 200, Pages.published(store.published()));
        } else {
          notAllowed(ex, "GET");
        }
      } else if (path.equals("/moderation")) {
        if (method.equals("GET")) {
          html(ex, 200, Pages.queue(store.pending()));
        } else {
          notAllowed(ex, "GET");
        }
      } else if ((m = MODERATION_PAGE.matcher(path)).matches()) {
        if (!method.equals("GET")) {
          notAllowed(ex, "GET");
          return;
        }
        var post = store.moderation(Long.parseLong(m.group(1)));
        if (post.isPresent()) {
          html(ex, 200, Pages.moderation(post.get()));
        } else {
          text(ex, 404, "no such post");
        }
      } else if (path.startsWith("/moderation/") && method.equals("POST") && !sameOrigin(ex)) {
        text(ex, 403, "moderation forms are accepted from this site's own pages only");
      } else if ((m = ADD_SPAN.matcher(path)).matches() && method.equals("POST")) {
        long id = Long.parseLong(m.group(1));
        Map<String, String> form = form(ex);
        int start = integer(form.get("start"));
        int end = integer(form.get("end"));
        EntityType type = type(form.get("type"));
        if (type == null || !moderation.addSpan(id, start, end, type)) {
          text(ex, 400, "select text of a post that waits for moderation");
          return;
        }
        redirect(ex, "/moderation/" + id);
      } else if ((m = SET_SPAN.matcher(path)).matches() && method.equals("POST")) {
        long id = Long.parseLong(m.group(1));
        String redact = form(ex).get("redact");
        if (!("true".equals(redact) || "false".equals(redact))
            || !moderation.setRedact(id, Long.parseLong(m.group(2)), Boolean.parseBoolean(redact))) {
          text(ex, 400, "no such span on a post that waits for moderation");
          return;
        }
        redirect(ex, "/moderation/" + id);
      } else if ((m = PUBLISH.matcher(path)).matches() && method.equals("POST")) {
        if (!moderation.publish(Long.parseLong(m.group(1)))) {
          text(ex, 409, "the post does not wait for moderation");
          return;
        }
        redirect(ex, "/moderation");
      } else {
        text(ex, 404, "not found");
      }
    } catch (RuntimeException e) {
      // The message may come from anywhere; the type is enough to find it again.
      LOG.error("request failed: {}", e.getClass().getName());
      try {
        text(ex, 500, "internal error");
      } catch (IOException | RuntimeException ignored) {
        // the response was already under way
      }
    }
  }

  /**
   * Whether a form post comes from this server's own pages. Browsers send {@code Origin} with
   * every POST: another site open in a moderator's browser cannot publish or un-redact a post
   * (cross-site request forgery). A client without {@code Origin} (curl, scripts) is let through.
   */
  private boolean sameOrigin(HttpExchange ex) {
    String origin = ex.getRequestHeaders().getFirst("Origin");
    return origin == null || origin.equals("http://127.0.0.1:" + port()) || origin.equals("http://localhost:" + port());
  }

  private void submit(HttpExchange ex) throws IOException {
    byte[] body = body(ex);
    if (body == null) {
      text(ex, 413, "the post is too large");
      return;
    }
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      text(ex, 400, "the body must be JSON: {\"text\": \"...\"}");
      return;
    }
    JsonNode text = request == null ? null : request.get("text");
    if (text == null || !text.isTextual()) {
      text(ex, 400, "the body must be JSON with a text: {\"text\": \"...\"}");
      return;
    }
    if (text.textValue().length() > Moderation.MAX_POST_CHARS) {
      text(ex, 413, "the post is longer than " + Moderation.MAX_POST_CHARS + " chars");
      return;
    }
    Moderation.Submission s;
    try {
      s = moderation.submit(text.textValue());
    } catch (IllegalArgumentException e) {
      text(ex, 400, e.getMessage());
      return;
    }
    ObjectNode out = JSON.createObjectNode().put("id", s.id());
    if (s.status() == ForumStore.Status.PUBLISHED) {
      out.put("status", "published").put("text", s.publishedText());
      json(ex, 201, out);
    } else {
      out.put("status", "pending_review");
      json(ex, 202, out);
    }
  }

  private ArrayNode publishedJson() {
    ArrayNode posts = JSON.createArrayNode();
    for (ForumStore.PublishedPost p : store.published()) {
      posts.addObject().put("id", p.id()).put("text", p.text()).put("published", p.published().toString());
    }
    return posts;
  }

  /** The request body, or null when it is larger than a post may be. */
  private static byte[] body(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }
  }

  private static Map<String, String> form(HttpExchange ex) throws IOException {
    byte[] body = body(ex);
    Map<String, String> form = new HashMap<>();
    if (body == null) {
      return form;
    }
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static int integer(String s) {
    try {
      return s == null ? -1 : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static EntityType type(String s) {
    for (EntityType t : EntityType.values()) {
      if (t.name().equals(s)) {
        return t;
      }
    }
    return null;
  }

  private static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
    send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
  }

  private static void html(HttpExchange ex, int status, String page) throws IOException {
    ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
        + "script-src 'unsafe-inline'; form-action 'self'");
    send(ex, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
  }

  private static void text(HttpExchange ex, int status, String message) throws IOException {
    send(ex, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(303, -1);
  }

  private static void notAllowed(HttpExchange ex, String allowed) throws IOException {
    ex.getResponseHeaders().set("Allow", allowed);
    text(ex, 405, "method not allowed");
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
