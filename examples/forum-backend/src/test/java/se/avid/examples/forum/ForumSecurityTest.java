package se.avid.examples.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.avid.examples.review.ReviewingRedactor;
import se.avid.examples.review.WordDetector;

/** Who may see and change what over HTTP: sessions, CSRF tokens, the Host check, log-in limits, the audit trail. */
class ForumSecurityTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ForumStore store;
  private ForumServer server;
  private StaffClient anonymous;

  @BeforeEach
  void start() throws IOException {
    store = ForumStore.inMemory();
    server = ForumServer.start(0, store, ReviewingRedactor.of(WordDetector.builder(), 0.3, 0.5));
    anonymous = new StaffClient(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private long submit(String text) throws Exception {
    String body = JSON.writeValueAsString(JSON.createObjectNode().put("text", text));
    HttpResponse<String> r = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/posts"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertTrue(r.statusCode() == 201 || r.statusCode() == 202, r.body());
    return JSON.readTree(r.body()).get("id").asLong();
  }

  @Test
  void theQueueAndTheOriginalsNeedASession() throws Exception {
    long id = submit("hej lena");
    HttpResponse<String> queue = anonymous.get("/moderation");
    assertEquals(401, queue.statusCode());
    assertTrue(queue.body().contains("href=\"/login\""), queue.body());
    HttpResponse<String> original = anonymous.get("/moderation/" + id);
    assertEquals(401, original.statusCode());
    assertFalse(original.body().contains("lena"));
    assertEquals(401, anonymous.formWithToken("/moderation/" + id + "/publish", "", "guess").statusCode());
    anonymous.session = "made-up-session-id";
    assertEquals(401, anonymous.get("/moderation/" + id).statusCode());
    assertEquals("[]", anonymous.get("/posts").body());
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
    long id = submit("hej lena");
    StaffClient staff = StaffClient.loggedIn(server, store, "moderator");
    assertEquals(403, staff.formWithToken("/moderation/" + id + "/publish", "", null).statusCode());
    assertEquals(403, staff.formWithToken("/moderation/" + id + "/publish", "", "not-the-token").statusCode());
    assertEquals(403, staff.formWithToken("/logout", "", null).statusCode());
    assertEquals("[]", anonymous.get("/posts").body());
    assertEquals(303, staff.form("/moderation/" + id + "/publish", "").statusCode());
  }

  @Test
  void theLoginFormNeedsItsCsrfCookieAndToken() throws Exception {
    store.staff().putModerator("moderator", StaffClient.PASSWORD.toCharArray());
    HttpResponse<String> r = anonymous.send(HttpRequest.newBuilder(anonymous.uri("/login"))
        .header("Content-Type", StaffClient.FORM)
        .POST(HttpRequest.BodyPublishers.ofString("user=moderator&password=" + StaffClient.PASSWORD.replace(' ', '+'))));
    assertEquals(403, r.statusCode());
  }

  @Test
  void sessionCookiesAreHttpOnlyAndSameSiteStrictAndSecureBehindTls() throws Exception {
    store.staff().putModerator("moderator", StaffClient.PASSWORD.toCharArray());
    String cookie = anonymous.login("moderator", StaffClient.PASSWORD).headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("forum_session=")).findFirst().orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP on loopback: " + cookie);
    assertTrue(StaffClient.cookie(anonymous.login("moderator", StaffClient.PASSWORD), "forum_session").length() >= 43,
        "32 random bytes");

    ForumStore tlsStore = ForumStore.inMemory();
    ForumSettings tls = new ForumSettings(java.net.InetAddress.getLoopbackAddress(), 0, List.of(), true,
        ForumSettings.DEFAULT_RETENTION);
    try (ForumServer behindProxy = ForumServer.start(tls, tlsStore, ReviewingRedactor.of(WordDetector.builder(), 0.3, 0.5))) {
      tlsStore.staff().putModerator("moderator", StaffClient.PASSWORD.toCharArray());
      String secure = new StaffClient(behindProxy.port()).login("moderator", StaffClient.PASSWORD).headers()
          .allValues("Set-Cookie").stream().filter(c -> c.startsWith("forum_session=")).findFirst().orElseThrow();
      assertTrue(secure.contains("; Secure"), secure);
    }
  }

  @Test
  void aWrongPasswordIsRefusedAndRepeatedFailuresLockTheAccountForAWhile() throws Exception {
    store.staff().putModerator("moderator", StaffClient.PASSWORD.toCharArray());
    for (int i = 0; i < 5; i++) {
      assertEquals(401, anonymous.login("moderator", "fel lösenord " + i).statusCode());
    }
    HttpResponse<String> locked = anonymous.login("moderator", StaffClient.PASSWORD);
    assertEquals(429, locked.statusCode(), "the right password is not even checked now");
    assertTrue(locked.body().contains("För många"), locked.body());
    assertEquals(401, anonymous.login("nobody", "vad som helst här").statusCode());
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    StaffClient staff = StaffClient.loggedIn(server, store, "moderator");
    HttpResponse<String> out = staff.form("/logout", "");
    assertEquals(303, out.statusCode());
    assertTrue(StaffClient.cookie(out, "forum_session").isEmpty());
    assertEquals(401, staff.get("/moderation").statusCode());
  }

  @Test
  void aRemovedModeratorsSessionEndsAtTheNextRequest() throws Exception {
    StaffClient staff = StaffClient.loggedIn(server, store, "moderator");
    assertTrue(store.staff().removeModerator("moderator"));
    assertEquals(401, staff.get("/moderation").statusCode());
  }

  @Test
  void requestsForAnotherHostNameAreNotAnswered() throws Exception {
    assertTrue(rawGet("evil.example").startsWith("HTTP/1.1 421"));
    assertTrue(rawGet("127.0.0.1:" + server.port()).startsWith("HTTP/1.1 200"));
    ForumSettings proxied = new ForumSettings(java.net.InetAddress.getLoopbackAddress(), server.port(),
        List.of("Forum.Kommun.se"), true, ForumSettings.DEFAULT_RETENTION);
    assertTrue(proxied.allowsHost("forum.kommun.se", server.port()));
    assertFalse(proxied.allowsHost("127.0.0.1:" + server.port(), server.port()));
  }

  private String rawGet(String host) throws IOException {
    try (Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void anHtmlAttributeInjectionIsShownEscaped() throws Exception {
    String attack = "hej lena\" autofocus onfocus=\"alert(1)";
    long id = submit(attack);
    StaffClient staff = StaffClient.loggedIn(server, store, "moderator");
    String page = staff.get("/moderation/" + id).body();
    assertTrue(page.contains("&quot; autofocus onfocus=&quot;alert(1)"), page);
    assertFalse(page.contains("onfocus=\"alert"), page);
    staff.form("/moderation/" + id + "/publish", "");
    String index = anonymous.get("/").body();
    assertTrue(index.contains("[NAMN]&quot; autofocus onfocus=&quot;alert(1)"), index);
    assertFalse(index.contains("onfocus=\"alert"), index);
  }

  @Test
  void sqlLookingInputIsStoredAsText() throws Exception {
    String drop = "'; DROP TABLE PUBLIC.POSTS; --";
    String delete = "x') OR 1=1; DELETE FROM RESTRICTED.ORIGINALS WHERE ('a'='a";
    submit(drop);
    submit(delete);
    var published = store.published();
    assertEquals(List.of(drop, delete), published.stream().map(ForumStore.PublishedPost::text).toList());
    assertEquals(drop, store.moderation(published.get(0).id()).orElseThrow().original());
    assertEquals(2, store.count());
  }

  @Test
  void everyViewOfAnOriginalAndEveryDecisionIsAuditedWithoutText() throws Exception {
    long id = submit("hej lena, anna här");
    StaffClient staff = StaffClient.loggedIn(server, store, "moderator");
    String page = staff.get("/moderation/" + id).body();
    java.util.regex.Matcher span = java.util.regex.Pattern.compile("<tr id=\"span-(\\d+)\" class=\"REVIEW\"").matcher(page);
    assertTrue(span.find());
    staff.form("/moderation/" + id + "/spans/" + span.group(1), "redact=false");
    staff.form("/moderation/" + id + "/spans", "start=0&end=3&type=NAME");
    staff.form("/moderation/" + id + "/publish", "");
    List<String> trail = store.staff().auditTrail().stream()
        .map(e -> e.actor() + " " + e.postId() + " " + e.action() + " " + e.detail()).toList();
    assertEquals(List.of("moderator null LOGIN null", "moderator " + id + " VIEW_ORIGINAL null",
        "moderator " + id + " SHOW_SPAN span " + span.group(1), "moderator " + id + " ADD_SPAN NAME",
        "moderator " + id + " PUBLISH 2 spans redacted"), trail);
    assertFalse(trail.toString().contains("lena") || trail.toString().contains("anna"), trail.toString());
  }

  @Test
  void aPortInUseIsReportedAsABindException() {
    ForumSettings taken = ForumSettings.loopback(server.port());
    assertThrows(java.net.BindException.class,
        () -> ForumServer.start(taken, ForumStore.inMemory(), ReviewingRedactor.of(WordDetector.builder(), 0.3, 0.5)));
  }
}
