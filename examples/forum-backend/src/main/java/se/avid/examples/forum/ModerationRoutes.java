package se.avid.examples.forum;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.avid.EntityType;
import se.avid.examples.forum.Http.Refusal;
import se.avid.examples.forum.Sessions.Session;
import se.avid.examples.forum.Staff.Action;

/**
 * The staff side of the forum: log-in and log-out, the queue, a post's original and the
 * moderation decisions. Every page and form needs a live session (401 without); every form needs
 * its session's CSRF token (403 without). Every view of an original and every decision is written
 * to the audit trail. Thread-safe.
 */
final class ModerationRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(ModerationRoutes.class);
  private static final String SESSION_COOKIE = "forum_session";
  private static final String LOGIN_COOKIE = "forum_login";
  private static final Pattern PAGE = Pattern.compile("/moderation/(\\d{1,18})");
  private static final Pattern ADD_SPAN = Pattern.compile("/moderation/(\\d{1,18})/spans");
  private static final Pattern SET_SPAN = Pattern.compile("/moderation/(\\d{1,18})/spans/(\\d{1,18})");
  private static final Pattern PUBLISH = Pattern.compile("/moderation/(\\d{1,18})/publish");

  private final ForumStore store;
  private final Moderation moderation;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final ForumSettings settings;
  private final IntSupplier port;

  ModerationRoutes(ForumStore store, Moderation moderation, Sessions sessions, LoginThrottle throttle,
      ForumSettings settings, IntSupplier port) {
    this.store = store;
    this.moderation = moderation;
    this.sessions = sessions;
    this.throttle = throttle;
    this.settings = settings;
    this.port = port;
  }

  /** Whether {@code path} is one of these routes. */
  static boolean owns(String path) {
    return path.equals("/login") || path.equals("/logout") || path.equals("/moderation") || path.startsWith("/moderation/");
  }

  void handle(HttpExchange ex, String path, String method) throws IOException, Refusal {
    if (method.equals("POST") && !sameOrigin(ex)) {
      throw new Refusal(403, "forms are accepted from this site's own pages only");
    }
    if (path.equals("/login")) {
      login(ex, method);
      return;
    }
    Session session = sessions.touch(Http.cookie(ex, SESSION_COOKIE)).orElse(null);
    if (session != null && !store.staff().exists(session.user())) {
      // removed by the administrator while logged in
      sessions.closeAll(session.user());
      session = null;
    }
    if (session == null) {
      Http.html(ex, 401, Pages.loginNeeded());
      return;
    }
    Matcher m;
    if (method.equals("GET")) {
      if (path.equals("/moderation")) {
        Http.html(ex, 200, Pages.queue(store.pending(), session.user(), session.csrfToken()));
      } else if ((m = PAGE.matcher(path)).matches()) {
        long id = Long.parseLong(m.group(1));
        var post = store.moderation(id);
        if (post.isEmpty()) {
          throw new Refusal(404, "no such post, or its original was deleted after the retention period");
        }
        store.staff().audit(session.user(), id, Action.VIEW_ORIGINAL, null);
        Http.html(ex, 200, Pages.moderation(post.get(), session.csrfToken()));
      } else {
        throw new Refusal(405, "use POST");
      }
      return;
    }
    if (!method.equals("POST")) {
      Http.notAllowed(ex, "GET, POST");
      return;
    }
    Map<String, String> form = Http.form(ex);
    if (!equal(form.get("csrf"), session.csrfToken())) {
      throw new Refusal(403, "the form has no valid CSRF token: reload the page and try again");
    }
    decide(ex, path, form, session);
  }

  private void decide(HttpExchange ex, String path, Map<String, String> form, Session session) throws IOException, Refusal {
    Staff staff = store.staff();
    Matcher m;
    if (path.equals("/logout")) {
      sessions.close(session.id());
      staff.audit(session.user(), null, Action.LOGOUT, null);
      Http.setCookie(ex, SESSION_COOKIE, "", 0, settings.secureCookies());
      Http.redirect(ex, "/");
    } else if ((m = ADD_SPAN.matcher(path)).matches()) {
      long id = Long.parseLong(m.group(1));
      EntityType type = type(form.get("type"));
      if (type == null || !moderation.addSpan(id, integer(form.get("start")), integer(form.get("end")), type)) {
        throw new Refusal(400, "select text of a post that waits for moderation");
      }
      staff.audit(session.user(), id, Action.ADD_SPAN, type.name());
      Http.redirect(ex, "/moderation/" + id);
    } else if ((m = SET_SPAN.matcher(path)).matches()) {
      long id = Long.parseLong(m.group(1));
      long span = Long.parseLong(m.group(2));
      String redact = form.get("redact");
      if (!("true".equals(redact) || "false".equals(redact)) || !moderation.setRedact(id, span, Boolean.parseBoolean(redact))) {
        throw new Refusal(400, "no such span on a post that waits for moderation");
      }
      staff.audit(session.user(), id, Boolean.parseBoolean(redact) ? Action.REDACT_SPAN : Action.SHOW_SPAN, "span " + span);
      Http.redirect(ex, "/moderation/" + id);
    } else if ((m = PUBLISH.matcher(path)).matches()) {
      long id = Long.parseLong(m.group(1));
      Optional<Integer> redacted = moderation.publish(id);
      if (redacted.isEmpty()) {
        throw new Refusal(409, "the post does not wait for moderation");
      }
      staff.audit(session.user(), id, Action.PUBLISH, redacted.get() + " spans redacted");
      Http.redirect(ex, "/moderation");
    } else {
      throw new Refusal(404, "not found");
    }
  }

  private void login(HttpExchange ex, String method) throws IOException, Refusal {
    if (method.equals("GET")) {
      String token = Sessions.randomToken();
      Http.setCookie(ex, LOGIN_COOKIE, token, 3600, settings.secureCookies());
      Http.html(ex, 200, Pages.login(token, null));
      return;
    }
    if (!method.equals("POST")) {
      Http.notAllowed(ex, "GET, POST");
      return;
    }
    Map<String, String> form = Http.form(ex);
    String expected = Http.cookie(ex, LOGIN_COOKIE);
    if (expected == null || !equal(form.get("csrf"), expected)) {
      throw new Refusal(403, "the log-in form has no valid CSRF token: reload the page and try again");
    }
    String user = form.getOrDefault("user", "");
    String actor = Staff.validName(user) ? user : "(invalid name)";
    String client = ex.getRemoteAddress().getAddress().getHostAddress();
    if (!throttle.allows(user, client)) {
      store.staff().audit(actor, null, Action.LOGIN_THROTTLED, null);
      LOG.warn("log-in refused: too many failures for the account or the client");
      Http.html(ex, 429, Pages.login(expected, "För många misslyckade försök. Vänta en stund."));
      return;
    }
    char[] password = form.getOrDefault("password", "").toCharArray();
    boolean ok;
    try {
      ok = store.staff().authenticate(user, password);
    } finally {
      Passwords.clear(password);
    }
    if (!ok) {
      throttle.failed(user, client);
      store.staff().audit(actor, null, Action.LOGIN_FAILED, null);
      Http.html(ex, 401, Pages.login(expected, "Fel namn eller lösenord."));
      return;
    }
    throttle.succeeded(user);
    Session s = sessions.open(user);
    store.staff().audit(user, null, Action.LOGIN, null);
    Http.setCookie(ex, LOGIN_COOKIE, "", 0, settings.secureCookies());
    Http.setCookie(ex, SESSION_COOKIE, s.id(), Sessions.LIFETIME.toSeconds(), settings.secureCookies());
    Http.redirect(ex, "/moderation");
  }

  /**
   * Whether a form post comes from a page of this site. Browsers send {@code Origin} with every
   * POST; a client without it (curl, scripts) is let through, and still needs the CSRF token.
   */
  private boolean sameOrigin(HttpExchange ex) {
    String origin = ex.getRequestHeaders().getFirst("Origin");
    if (origin == null) {
      return true;
    }
    int at = origin.indexOf("://");
    return at > 0 && settings.allowsHost(origin.substring(at + 3), port.getAsInt());
  }

  /** Constant-time comparison of a submitted token with the expected one. */
  private static boolean equal(String given, String expected) {
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
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
}
