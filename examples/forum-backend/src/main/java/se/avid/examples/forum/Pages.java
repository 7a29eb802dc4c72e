package se.avid.examples.forum;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import se.avid.EntityType;
import se.avid.examples.forum.ForumStore.Span;

/**
 * The server-rendered pages: the public list of posts, the moderation queue and one post's
 * moderation page. Everything that comes from a post or the database is escaped with {@link Html}.
 * Stateless and thread-safe.
 */
final class Pages {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
      .post{white-space:pre-wrap;border:1px solid #ccc;padding:1rem;border-radius:4px}
      mark{border-radius:3px;padding:0 1px}
      mark.on{background:#222;color:#fff}
      mark.off{background:none;outline:2px dashed #c60}
      mark.review{box-shadow:0 0 0 2px #c60}
      mark::after{content:attr(data-label);font-size:.65em;vertical-align:super;margin-left:2px;color:#c60}
      mark.on::after{color:#fc6}
      table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}
      .REVIEW{font-weight:bold}.note{color:#555}
      """;

  private Pages() {}

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
        + "</title><style>" + STYLE + "</style></head><body>\n" + body + "\n</body></html>\n";
  }

  /** The public page: published posts, redacted. */
  static String published(List<ForumStore.PublishedPost> posts) {
    StringBuilder b = new StringBuilder("<h1>Forum</h1>\n");
    if (posts.isEmpty()) {
      b.append("<p class=\"note\">Inga inlägg ännu.</p>");
    }
    for (ForumStore.PublishedPost p : posts) {
      b.append("<article id=\"post-").append(p.id()).append("\"><p class=\"note\">#").append(p.id()).append(", ")
          .append(TIME.format(p.published())).append("</p><div class=\"post\">").append(Html.escape(p.text()))
          .append("</div></article>\n");
    }
    return page("Forum", b.toString());
  }

  /** The log-in form for moderators, with its CSRF token and, after a failed attempt, why. */
  static String login(String csrf, String error) {
    StringBuilder b = new StringBuilder("<h1>Logga in</h1>\n");
    if (error != null) {
      b.append("<p class=\"REVIEW\" id=\"login-error\">").append(Html.escape(error)).append("</p>\n");
    }
    b.append("<form method=\"post\" action=\"/login\">").append(csrfField(csrf))
        .append("<p><label>Namn <input name=\"user\" id=\"user\" autocomplete=\"username\" required></label></p>")
        .append("<p><label>Lösenord <input type=\"password\" name=\"password\" id=\"password\" ")
        .append("autocomplete=\"current-password\" required></label></p>")
        .append("<button type=\"submit\" id=\"login\">Logga in</button></form>\n");
    return page("Logga in", b.toString());
  }

  /** What a request without a session gets on a moderation address. */
  static String loginNeeded() {
    return page("Logga in", "<h1>Inloggning krävs</h1>\n<p>Modereringen är för moderatorer. "
        + "<a href=\"/login\" id=\"login-link\">Logga in</a></p>");
  }

  private static String csrfField(String token) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(token) + "\">";
  }

  /** The moderation queue: ids, times and counts only, and the log-out button. */
  static String queue(List<ForumStore.PendingPost> pending, String user, String csrf) {
    StringBuilder b = new StringBuilder("<h1>Moderering</h1>\n");
    b.append("<form method=\"post\" action=\"/logout\"><span class=\"note\">Inloggad: ").append(Html.escape(user))
        .append("</span> ").append(csrfField(csrf)).append("<button type=\"submit\" id=\"logout\">Logga ut</button></form>\n");
    if (pending.isEmpty()) {
      b.append("<p class=\"note\" id=\"empty\">Inga inlägg väntar.</p>");
    } else {
      b.append("<table><tr><th>Inlägg</th><th>Inkom</th><th>Markeringar</th></tr>\n");
      for (ForumStore.PendingPost p : pending) {
        b.append("<tr><td><a href=\"/moderation/").append(p.id()).append("\">#").append(p.id()).append("</a></td><td>")
            .append(TIME.format(p.created())).append("</td><td>")
            .append(p.analysisFailed() ? "kunde inte analyseras: redigera för hand" : Integer.toString(p.spans()))
            .append("</td></tr>\n");
      }
      b.append("</table>");
    }
    return page("Moderering", b.toString());
  }

  /**
   * One post for a moderator: the original with every span highlighted by type (solid: redacted,
   * dashed: left visible), a table to switch spans on and off, a form that turns the selected
   * text into a span, and the publish button.
   */
  static String moderation(ForumStore.Moderation m, String csrf) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Inlägg #").append(m.id()).append("</h1>\n");
    b.append("<p><a href=\"/moderation\">Tillbaka till kön</a></p>\n");
    if (m.analysisFailed()) {
      b.append("<p class=\"REVIEW\">Texten kunde inte analyseras automatiskt: markera allt som ska bort.</p>\n");
    }
    b.append("<div class=\"post\" id=\"text\">").append(highlighted(m.original(), m.spans())).append("</div>\n");
    b.append("<h2>Markeringar</h2>\n<table id=\"spans\"><tr><th>Typ</th><th>Var</th><th>Källa</th><th>Säkerhet</th>"
        + "<th>Tas bort</th><th></th></tr>\n");
    for (Span s : m.spans()) {
      b.append("<tr id=\"span-").append(s.id()).append("\" class=\"").append(s.origin()).append("\"><td>")
          .append(s.type().swedishLabel()).append("</td><td>").append(s.start()).append("–").append(s.end())
          .append("</td><td>").append(origin(s.origin())).append("</td><td>")
          .append(String.format(java.util.Locale.ROOT, "%.2f", s.score())).append("</td><td>")
          .append(s.redact() ? "ja" : "nej").append("</td><td><form method=\"post\" action=\"/moderation/")
          .append(m.id()).append("/spans/").append(s.id()).append("\">").append(csrfField(csrf))
          .append("<input type=\"hidden\" name=\"redact\" value=\"")
          .append(!s.redact()).append("\"><button type=\"submit\" class=\"toggle\">")
          .append(s.redact() ? "Visa" : "Ta bort").append("</button></form></td></tr>\n");
    }
    b.append("</table>\n");
    b.append("<h2>Ta bort mer</h2>\n<p class=\"note\">Markera text i inlägget ovan, välj typ och tryck på knappen.</p>\n");
    b.append("<form method=\"post\" action=\"/moderation/").append(m.id()).append("/spans\" id=\"add-span\">").append(csrfField(csrf))
        .append("<input type=\"hidden\" name=\"start\" id=\"start\"><input type=\"hidden\" name=\"end\" id=\"end\">")
        .append("<select name=\"type\" id=\"type\">");
    for (EntityType t : EntityType.values()) {
      b.append("<option value=\"").append(t.name()).append(t == EntityType.NAME ? "\" selected>" : "\">")
          .append(t.swedishLabel()).append("</option>");
    }
    b.append("</select> <button type=\"submit\" id=\"redact-selection\">Ta bort markerad text</button>")
        .append(" <span id=\"selection-error\" class=\"REVIEW\"></span></form>\n");
    b.append("<h2>Publicera</h2>\n<form method=\"post\" action=\"/moderation/").append(m.id())
        .append("/publish\">").append(csrfField(csrf)).append("<button type=\"submit\" id=\"publish\">Publicera med det markerade borttaget</button></form>\n");
    b.append(SELECTION_SCRIPT);
    return page("Inlägg #" + m.id(), b.toString());
  }

  /**
   * Turns the browser's selection inside the text into offsets of the stored text. The page
   * shows the text char for char (labels are CSS, not text), so the length of the text before
   * the selection is its offset.
   */
  private static final String SELECTION_SCRIPT = """
      <script>
      (function () {
        var text = document.getElementById('text');
        function offset(node, at) {
          var r = document.createRange();
          r.selectNodeContents(text);
          r.setEnd(node, at);
          return r.toString().length;
        }
        document.getElementById('add-span').addEventListener('submit', function (e) {
          var sel = window.getSelection();
          if (!sel.rangeCount || sel.isCollapsed || !text.contains(sel.getRangeAt(0).commonAncestorContainer)) {
            e.preventDefault();
            document.getElementById('selection-error').textContent = 'Markera först text i inlägget.';
            return;
          }
          var r = sel.getRangeAt(0);
          document.getElementById('start').value = offset(r.startContainer, r.startOffset);
          document.getElementById('end').value = offset(r.endContainer, r.endOffset);
        });
      })();
      </script>
      """;

  private static String origin(ForumStore.Origin o) {
    return switch (o) {
      case DETECTED -> "hittad";
      case REVIEW -> "osäker: granska";
      case MODERATOR -> "moderator";
    };
  }

  /**
   * The text, escaped, with each stretch covered by spans in a {@code <mark>}: solid when any
   * covering span is redacted, dashed when all are left visible, ringed when a detector was unsure
   * (review band), labelled with their types.
   */
  static String highlighted(String text, List<Span> spans) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Span s : spans) {
      cuts.add(Math.min(s.start(), text.length()));
      cuts.add(Math.min(s.end(), text.length()));
    }
    StringBuilder b = new StringBuilder(text.length() + 64 * spans.size());
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      List<Span> covering = new ArrayList<>();
      for (Span s : spans) {
        if (s.start() <= from && to <= s.end()) {
          covering.add(s);
        }
      }
      String piece = Html.escape(text.substring(from, to));
      if (covering.isEmpty()) {
        b.append(piece);
      } else {
        boolean on = covering.stream().anyMatch(Span::redact);
        TreeSet<String> labels = new TreeSet<>();
        StringBuilder ids = new StringBuilder();
        for (Span s : covering) {
          labels.add(s.type().swedishLabel());
          ids.append(ids.length() == 0 ? "" : " ").append(s.id());
        }
        boolean review = covering.stream().anyMatch(s -> s.origin() == ForumStore.Origin.REVIEW);
        b.append("<mark class=\"").append(on ? "on" : "off").append(review ? " review" : "").append("\" data-label=\"")
            .append(Html.escape(String.join(" ", labels))).append("\" data-spans=\"").append(ids).append("\">")
            .append(piece).append("</mark>");
      }
      from = to;
    }
    return b.toString();
  }
}
