package se.avid.examples.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.avid.examples.review.ReviewingRedactor;
import se.avid.examples.review.WordDetector;

/**
 * A bounded load test on loopback: {@value #POSTS} submissions, {@value #CONCURRENCY} at a time.
 * Every post is answered and stored (none lost), and no published text holds a name or place the
 * detector found (none published unredacted). Prints its figures.
 */
class ForumLoadTest {

  static final int POSTS = 2_000;
  static final int CONCURRENCY = 16;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Words the test detector knows, certain (names, places) and doubtful (lena): none may be published as is. */
  private static final List<String> SECRETS = List.of("anna", "lindqvist", "kiruna", "lena");

  @Test
  @Timeout(120)
  void twoThousandSubmissionsSixteenAtATimeLoseNothingAndPublishNothingUnredacted() throws Exception {
    try (ForumServer server = ForumServer.start(0, ForumStore.inMemory(), ReviewingRedactor.of(WordDetector.builder(), 0.3, 0.5))) {
      ExecutorService clientThreads = Executors.newFixedThreadPool(4);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .executor(clientThreads).connectTimeout(Duration.ofSeconds(5)).build();
      URI posts = URI.create("http://127.0.0.1:" + server.port() + "/posts");
      Set<Long> ids = ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
      long started = System.nanoTime();
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < POSTS; i++) {
        String text = text(i);
        answers.add(pool.submit(() -> {
          String body = JSON.writeValueAsString(JSON.createObjectNode().put("text", text));
          HttpResponse<String> r = client.send(HttpRequest.newBuilder(posts).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
          JsonNode json = JSON.readTree(r.body());
          ids.add(json.get("id").asLong());
          return r.statusCode();
        }));
      }
      int published = 0;
      int pending = 0;
      for (Future<Integer> a : answers) {
        int status = a.get();
        assertTrue(status == 201 || status == 202, "status " + status);
        published += status == 201 ? 1 : 0;
        pending += status == 202 ? 1 : 0;
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      pool.shutdown();

      HttpResponse<String> list = client.send(HttpRequest.newBuilder(posts).GET().build(), HttpResponse.BodyHandlers.ofString());
      clientThreads.shutdown();
      JsonNode all = JSON.readTree(list.body());
      int unredacted = 0;
      for (JsonNode p : all) {
        String t = p.get("text").asText();
        if (SECRETS.stream().anyMatch(t::contains)) {
          unredacted++;
        }
      }
      System.out.printf("forum load test: %d posts, %d at a time, %.1f s (%.0f posts/s); %d published, %d pending, "
          + "lost %d, published unredacted %d%n", POSTS, CONCURRENCY, seconds, POSTS / seconds, published, pending,
          POSTS - ids.size(), unredacted);
      assertEquals(POSTS, ids.size(), "every post got its own id");
      assertEquals(POSTS, published + pending);
      assertEquals(published, all.size(), "every post answered 201 is listed");
      assertEquals(0, unredacted);
      assertFalse(all.isEmpty());
      assertTrue(seconds < 60, "took " + seconds + " s");
    }
  }

  /** Three kinds of post: certain findings (published redacted), a doubtful one (held), none (published as is). */
  private static String text(int i) {
    return switch (i % 3) {
      case 0 -> "inlägg " + i + ": jag heter anna lindqvist och bor i kiruna";
      case 1 -> "inlägg " + i + ": vår handläggare lena svarar aldrig";
      default -> "inlägg " + i + ": har ringt 1177 om sömnen";
    };
  }
}
