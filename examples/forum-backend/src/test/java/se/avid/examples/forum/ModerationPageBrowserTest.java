package se.avid.examples.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.avid.examples.review.ReviewingRedactor;
import se.avid.examples.review.WordDetector;

/**
 * A moderator's whole path through the moderation page in a real headless Chromium: log in, see the
 * findings highlighted by type, keep a doubtful one visible, select missed text with the mouse's
 * selection and redact it, publish, and find the post published as decided.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}); skipped without them. Nothing is downloaded: the driver and the
 * browser are given by path, so Selenium Manager is not asked.
 */
@Timeout(60)
class ModerationPageBrowserTest {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  @TempDir
  static Path profile;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static ForumServer server;
  private static ForumStore store;
  private static WebDriver browser;

  @BeforeAll
  static void startServerAndBrowser() throws IOException {
    Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "skipped: the browser test needs /usr/bin/chromium and /usr/bin/chromedriver "
            + "(apt-get install chromium chromium-driver)");
    store = ForumStore.inMemory();
    server = ForumServer.start(0, store, ReviewingRedactor.of(WordDetector.builder(), 0.3, 0.5));
    store.staff().putModerator("moderator", StaffClient.PASSWORD.toCharArray());
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(profile.resolve("chromium")));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15)).scriptTimeout(Duration.ofSeconds(5));
    logIn();
  }

  /** Logs in through the log-in page, as a moderator would, after being turned away from the queue. */
  private static void logIn() {
    browser.get(url("/moderation"));
    assertTrue(browser.getPageSource().contains("Inloggning krävs"));
    browser.findElement(By.id("login-link")).click();
    waitFor(d -> !d.findElements(By.id("password")).isEmpty());
    browser.findElement(By.id("user")).sendKeys("moderator");
    browser.findElement(By.id("password")).sendKeys("fel lösenord");
    browser.findElement(By.id("login")).click();
    waitFor(d -> !d.findElements(By.id("login-error")).isEmpty());
    browser.findElement(By.id("user")).clear();
    browser.findElement(By.id("user")).sendKeys("moderator");
    browser.findElement(By.id("password")).sendKeys(StaffClient.PASSWORD);
    browser.findElement(By.id("login")).click();
    waitFor(d -> !d.findElements(By.id("logout")).isEmpty());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Test
  void aModeratorReviewsAddsARedactionAndPublishes() {
    long id = submit("hej! jag heter anna och bor på storgatan 12. vår handläggare lena svarar aldrig.");

    browser.get(url("/moderation"));
    browser.findElement(By.linkText("#" + id)).click();
    waitFor(d -> d.getTitle().equals("Inlägg #" + id));

    // The findings are highlighted by type: anna redacted, lena flagged (redacted until kept visible).
    List<WebElement> marks = browser.findElements(By.cssSelector("#text mark"));
    assertEquals(List.of("anna", "lena"), marks.stream().map(WebElement::getText).toList());
    assertEquals("NAMN", marks.get(1).getAttribute("data-label"));
    assertTrue(browser.findElement(By.cssSelector("tr.REVIEW")).getText().contains("osäker"));

    // lena is the handläggare's first name at a public office: keep it visible.
    browser.findElement(By.cssSelector("tr.REVIEW button.toggle")).click();
    waitFor(d -> "off review".equals(d.findElement(By.xpath("//div[@id='text']/mark[2]")).getAttribute("class")));

    // The street address was missed: select it in the text and redact it as an address.
    selectInText("storgatan 12");
    new Select(browser.findElement(By.id("type"))).selectByValue("ADDRESS");
    browser.findElement(By.id("redact-selection")).click();
    waitFor(d -> !d.findElements(By.cssSelector("tr.MODERATOR")).isEmpty());
    WebElement added = browser.findElement(By.cssSelector("tr.MODERATOR"));
    assertTrue(added.getText().startsWith("ADRESS"), added.getText());
    assertEquals("storgatan 12", browser.findElements(By.cssSelector("#text mark")).get(1).getText());

    browser.findElement(By.id("publish")).click();
    waitFor(d -> !d.findElements(By.id("empty")).isEmpty()); // the queue, now empty

    browser.get(url("/"));
    String published = browser.findElement(By.id("post-" + id)).findElement(By.className("post")).getText();
    assertEquals("hej! jag heter [NAMN] och bor på [ADRESS]. vår handläggare lena svarar aldrig.", published);
    assertFalse(browser.getPageSource().contains("anna"));
  }

  @Test
  void redactingWithoutASelectionSaysWhatToDo() {
    long id = submit("hälsningar från lena");
    browser.get(url("/moderation/" + id));
    ((JavascriptExecutor) browser).executeScript("window.getSelection().removeAllRanges();");
    browser.findElement(By.id("redact-selection")).click();
    waitFor(d -> "Markera först text i inlägget.".equals(d.findElement(By.id("selection-error")).getText()));
    assertEquals(1, browser.findElements(By.cssSelector("#spans tr[id^=span-]")).size());
  }

  /** Waits for a page that a click loads; the old page's elements go stale on the way. */
  private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  /** Selects {@code words} in the post's text the way a mouse drag would leave the selection. */
  private static void selectInText(String words) {
    ((JavascriptExecutor) browser).executeScript("""
        var text = document.getElementById('text'), words = arguments[0];
        var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          var at = walker.currentNode.data.indexOf(words);
          if (at >= 0) {
            var r = document.createRange();
            r.setStart(walker.currentNode, at);
            r.setEnd(walker.currentNode, at + words.length);
            var sel = window.getSelection();
            sel.removeAllRanges();
            sel.addRange(r);
            return;
          }
        }
        throw new Error('not in the text');
        """, words);
  }

  /** Posts {@code text} as a forum user would and returns its id; it must wait for moderation. */
  private static long submit(String text) {
    try {
      String body = JSON.writeValueAsString(JSON.createObjectNode().put("text", text));
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/posts")))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(202, r.statusCode(), r.body());
      return JSON.readTree(r.body()).get("id").asLong();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
