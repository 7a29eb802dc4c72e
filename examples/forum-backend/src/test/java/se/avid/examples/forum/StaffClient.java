package se.avid.examples.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTTP client for tests that logs in as a moderator the way a browser does and sends forms with the CSRF token. */
final class StaffClient {

  static final String PASSWORD = "rätt häftklammer 42";
  static final String FORM = "application/x-www-form-urlencoded";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final int port;
  String session;
  String csrf;

  StaffClient(int port) {
    this.port = port;
  }

  /** Creates the moderator {@code name} in {@code store} and logs in. */
  static StaffClient loggedIn(ForumServer server, ForumStore store, String name) throws Exception {
    store.staff().putModerator(name, PASSWORD.toCharArray());
    StaffClient c = new StaffClient(server.port());
    HttpResponse<String> r = c.login(name, PASSWORD);
    assertEquals(303, r.statusCode(), r.body());
    c.session = cookie(r, "forum_session");
    HttpResponse<String> queue = c.get("/moderation");
    assertEquals(200, queue.statusCode(), queue.body());
    c.csrf = csrf(queue.body());
    return c;
  }

  /** GET /login, then POST /login with its token and cookie. */
  HttpResponse<String> login(String name, String password) throws Exception {
    HttpResponse<String> page = get("/login");
    String loginCookie = cookie(page, "forum_login");
    return send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", FORM)
        .header("Cookie", "forum_login=" + loginCookie)
        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + enc(csrf(page.body())) + "&user=" + enc(name)
            + "&password=" + enc(password))));
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    if (session != null) {
      b.header("Cookie", "forum_session=" + session);
    }
    return send(b);
  }

  /** Posts a form with this session's cookie and CSRF token. */
  HttpResponse<String> form(String path, String fields) throws Exception {
    return formWithToken(path, fields, csrf);
  }

  /** Posts a form with this session's cookie and {@code token} (none when null). */
  HttpResponse<String> formWithToken(String path, String fields, String token) throws Exception {
    String body = token == null ? fields : "csrf=" + enc(token) + (fields.isEmpty() ? "" : "&" + fields);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", FORM)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) {
      b.header("Cookie", "forum_session=" + session);
    }
    return send(b);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    assertTrue(m.find(), page);
    return m.group(1);
  }

  static String cookie(HttpResponse<?> r, String name) {
    for (String c : r.headers().allValues("Set-Cookie")) {
      if (c.startsWith(name + "=")) {
        return c.substring(name.length() + 1, c.indexOf(';'));
      }
    }
    throw new AssertionError("no cookie " + name + " in " + r.headers().allValues("Set-Cookie"));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
