package se.avid.examples.forum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reading requests and writing responses of the JDK's HTTP server. Stateless and thread-safe. */
final class Http {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Largest request body read: a post of the longest length, all in 4-byte UTF-8, and some JSON around it. */
  static final int MAX_BODY_BYTES = 4 * Moderation.MAX_POST_CHARS + 1024;

  private static final String FORM_TYPE = "application/x-www-form-urlencoded";

  /** A request that is refused with a status and a message for the client. */
  static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Refusal(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  private Http() {}

  /** The request body; a 413 refusal when it is larger than {@link #MAX_BODY_BYTES}. */
  static byte[] body(HttpExchange ex) throws IOException, Refusal {
    try (InputStream in = ex.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new Refusal(413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
      }
      return bytes;
    }
  }

  /**
   * The fields of a form post; a 415 refusal for another content type, 400 for a field that is
   * not {@code name=value} or repeated, 413 for a body too large.
   */
  static Map<String, String> form(HttpExchange ex) throws IOException, Refusal {
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith(FORM_TYPE)) {
      throw new Refusal(415, "a form must be sent as " + FORM_TYPE);
    }
    Map<String, String> form = new HashMap<>();
    String body = new String(body(ex), StandardCharsets.UTF_8);
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&", -1)) {
      int eq = pair.indexOf('=');
      try {
        if (eq <= 0 || form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)) != null) {
          throw new Refusal(400, "the form is malformed: each field once, as name=value");
        }
      } catch (IllegalArgumentException e) {
        throw new Refusal(400, "the form is malformed: bad %-escape");
      }
    }
    return form;
  }

  /** The value of cookie {@code name}, or null. */
  static String cookie(HttpExchange ex, String name) {
    for (String header : ex.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
      for (String c : header.split(";")) {
        int eq = c.indexOf('=');
        if (eq > 0 && c.substring(0, eq).trim().equals(name)) {
          return c.substring(eq + 1).trim();
        }
      }
    }
    return null;
  }

  /** Sets a cookie only this site's own requests carry and scripts cannot read. */
  static void setCookie(HttpExchange ex, String name, String value, long maxAgeSeconds, boolean secure) {
    ex.getResponseHeaders().add("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
  }

  static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
    send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
  }

  static void html(HttpExchange ex, int status, String page) throws IOException {
    ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
        + "script-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
    ex.getResponseHeaders().set("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on its own forms
    ex.getResponseHeaders().set("Referrer-Policy", "same-origin");
    send(ex, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
  }

  static void text(HttpExchange ex, int status, String message) throws IOException {
    send(ex, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(303, -1);
  }

  static void notAllowed(HttpExchange ex, String allowed) throws IOException {
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
