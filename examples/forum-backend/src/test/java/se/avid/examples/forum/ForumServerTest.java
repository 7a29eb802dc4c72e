package se.avid.examples.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.avid.examples.review.ReviewingRedactor;
import se.avid.examples.review.WordDetector;

/** The forum's HTTP API, on a random loopback port with an in-memory database and a test detector. */
class ForumServerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ForumServer server;
  private ForumStore store;
  private StaffClient staff;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() throws IOException {
    store = ForumStore.inMemory();
    server = ForumServer.start(0, store, ReviewingRedactor.of(WordDetector.builder(), 0.3, 0.5));
  }

  /** A logged-in moderator, made on first use. */
  private StaffClient staff() throws Exception {
    if (staff == null) {
      staff = StaffClient.loggedIn(server, store, "moderator");
    }
    return staff;
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> post(String text) throws Exception {
    String body = JSON.writeValueAsString(JsonNodeFactory.instance.objectNode().put("text", text));
    return postRaw("/posts", "application/json", body);
  }

  private HttpResponse<String> postRaw(String path, String type, String body) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  @Test
  void aPostWithoutFindingsIsPublishedAsItIs() throws Exception {
    HttpResponse<String> r = post("hej, har ringt 1177 och BRIS");
    assertEquals(201, r.statusCode(), r.body());
    assertEquals("published", json(r).get("status").asText());
    assertEquals("hej, har ringt 1177 och BRIS", json(r).get("text").asText());
    JsonNode posts = json(get("/posts"));
    assertEquals(1, posts.size());
    assertEquals("hej, har ringt 1177 och BRIS", posts.get(0).get("text").asText());
  }

  @Test
  void aPostWithCertainFindingsIsPublishedRedactedAndTheOriginalIsNotServed() throws Exception {
    HttpResponse<String> r = post("jag heter anna lindqvist och bor i kiruna");
    assertEquals(201, r.statusCode(), r.body());
    assertEquals("jag heter [NAMN] [NAMN] och bor i [PLATS]", json(r).get("text").asText());
    assertFalse(get("/posts").body().contains("lindqvist"));
    assertFalse(get("/").body().contains("lindqvist"));
    assertTrue(get("/").body().contains("jag heter [NAMN] [NAMN] och bor i [PLATS]"));
  }

  @Test
  void aPostWithAReviewBandFindingWaitsForModerationAndIsNotListed() throws Exception {
    HttpResponse<String> r = post("vår handläggare lena svarar aldrig");
    assertEquals(202, r.statusCode(), r.body());
    assertEquals("pending_review", json(r).get("status").asText());
    long id = json(r).get("id").asLong();
    assertEquals("[]", get("/posts").body());
    String queue = staff().get("/moderation").body();
    assertTrue(queue.contains("href=\"/moderation/" + id + "\""), queue);
    assertFalse(queue.contains("lena"), "the queue shows no text");
    String page = staff().get("/moderation/" + id).body();
    assertTrue(page.contains("vår handläggare <mark class=\"on review\" data-label=\"NAMN\""), page);
  }

  @Test
  void publishingRedactsReviewFindingsUnlessAModeratorKeptThemVisible() throws Exception {
    long first = json(post("hej lena, anna här")).get("id").asLong();
    long second = json(post("hej lena, anna här")).get("id").asLong();
    long spanId = spanIds(staff().get("/moderation/" + second).body(), "REVIEW");
    HttpResponse<String> toggled = staff().form("/moderation/" + second + "/spans/" + spanId, "redact=false");
    assertEquals(303, toggled.statusCode());
    assertEquals(303, staff().form("/moderation/" + first + "/publish", "").statusCode());
    assertEquals(303, staff().form("/moderation/" + second + "/publish", "").statusCode());
    JsonNode posts = json(get("/posts"));
    assertEquals("hej [NAMN], [NAMN] här", posts.get(0).get("text").asText());
    assertEquals("hej lena, [NAMN] här", posts.get(1).get("text").asText());
    assertEquals(409, staff().form("/moderation/" + first + "/publish", "").statusCode());
  }

  @Test
  void aModeratorCanRedactASpanTheDetectorsMissed() throws Exception {
    long id = json(post("lena bor på storgatan 12 i byn")).get("id").asLong();
    HttpResponse<String> added = staff().form("/moderation/" + id + "/spans", "start=12&end=24&type=ADDRESS");
    assertEquals(303, added.statusCode(), added.body());
    assertEquals(303, staff().form("/moderation/" + id + "/publish", "").statusCode());
    assertEquals("[NAMN] bor på [ADRESS] i byn", json(get("/posts")).get(0).get("text").asText());
  }

  @Test
  void spansOutsideTheTextOrOfUnknownTypesAreRefused() throws Exception {
    long id = json(post("lena bor här")).get("id").asLong();
    assertEquals(400, staff().form("/moderation/" + id + "/spans", "start=5&end=99&type=ADDRESS").statusCode());
    assertEquals(400, staff().form("/moderation/" + id + "/spans", "start=5&end=3&type=ADDRESS").statusCode());
    assertEquals(400, staff().form("/moderation/" + id + "/spans", "start=0&end=3&type=NOPE").statusCode());
    assertEquals(400, staff().form("/moderation/" + id + "/spans/999", "redact=false").statusCode());
  }

  @Test
  void moderationFormsFromAnotherSiteAreRefused() throws Exception {
    long id = json(post("hej lena")).get("id").asLong();
    String body = "csrf=" + staff().csrf;
    HttpResponse<String> forged = staff().send(HttpRequest.newBuilder(uri("/moderation/" + id + "/publish"))
        .header("Origin", "http://evil.example").header("Content-Type", StaffClient.FORM)
        .header("Cookie", "forum_session=" + staff().session).POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(403, forged.statusCode());
    assertEquals("[]", get("/posts").body());
    HttpResponse<String> own = staff().send(HttpRequest.newBuilder(uri("/moderation/" + id + "/publish"))
        .header("Origin", "http://127.0.0.1:" + server.port()).header("Content-Type", StaffClient.FORM)
        .header("Cookie", "forum_session=" + staff().session).POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(303, own.statusCode());
  }

  @Test
  void aPostTheDetectorsFailOnWaitsForAModeratorInsteadOfBeingPublished() throws Exception {
    HttpResponse<String> r = post("anna lindqvist krasch");
    assertEquals(202, r.statusCode(), r.body());
    assertEquals("[]", get("/posts").body());
    assertTrue(staff().get("/moderation").body().contains("kunde inte analyseras"));
  }

  @Test
  void textFromPostsIsEscapedInEveryPage() throws Exception {
    post("<script>alert('x')</script> & \"citat\"");
    long id = json(post("<img src=x onerror=alert(1)> lena")).get("id").asLong();
    String index = get("/").body();
    assertTrue(index.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;citat&quot;"), index);
    assertFalse(index.contains("<script>alert"));
    String page = staff().get("/moderation/" + id).body();
    assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), page);
    assertFalse(page.contains("<img"));
  }

  @Test
  void badRequestsGetClearStatusCodes() throws Exception {
    assertEquals(400, postRaw("/posts", "application/json", "{\"text\": ").statusCode());
    assertEquals(400, postRaw("/posts", "application/json", "{\"body\": \"hej\"}").statusCode());
    assertEquals(400, postRaw("/posts", "application/json", "{\"text\": 5}").statusCode());
    assertEquals(400, post("   ").statusCode());
    assertEquals(400, post("hej\u0000då").statusCode());
    assertEquals(413, post("a".repeat(Moderation.MAX_POST_CHARS + 1)).statusCode());
    assertEquals(201, post("a".repeat(Moderation.MAX_POST_CHARS)).statusCode());
    assertEquals(404, get("/nothing").statusCode());
    assertEquals(404, staff().get("/moderation/12345").statusCode());
    assertEquals(415, postRaw("/posts", "text/plain", "{\"text\": \"hej\"}").statusCode());
    assertEquals(405, client.send(HttpRequest.newBuilder(uri("/posts")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @Test
  void listensOnTheLoopbackAddressOnly() {
    assertTrue(server.port() > 0);
    assertTrue(java.net.InetAddress.getLoopbackAddress().isLoopbackAddress());
    // a connection to the machine's other addresses is refused
    try (java.net.Socket s = new java.net.Socket()) {
      java.net.InetAddress other = nonLoopbackAddress();
      if (other != null) {
        s.connect(new java.net.InetSocketAddress(other, server.port()), 1000);
        throw new AssertionError("reachable on " + other);
      }
    } catch (IOException expected) {
      // refused
    }
  }

  private static java.net.InetAddress nonLoopbackAddress() throws IOException {
    for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
      for (var a : java.util.Collections.list(nic.getInetAddresses())) {
        if (!a.isLoopbackAddress() && a instanceof java.net.Inet4Address) {
          return a;
        }
      }
    }
    return null;
  }

  @Test
  void theLogNeverHoldsPostText() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      post("anna lindqvist bor i kiruna");
      long id = json(post("lena lindqvist krasch")).get("id").asLong();
      long id2 = json(post("hej lena")).get("id").asLong();
      staff().form("/moderation/" + id2 + "/publish", "");
      assertTrue(id > 0);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("published"), "the log is captured: " + log);
    assertFalse(log.contains("lindqvist"), log);
    assertFalse(log.contains("kiruna"), log);
    assertFalse(log.contains("lena"), log);
  }

  /** The id of the first span row of {@code origin} in a moderation page. */
  private static long spanIds(String page, String origin) {
    Matcher m = Pattern.compile("<tr id=\"span-(\\d+)\" class=\"" + origin + "\"").matcher(page);
    assertTrue(m.find(), page);
    return Long.parseLong(m.group(1));
  }
}
