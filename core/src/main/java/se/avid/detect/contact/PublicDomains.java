package se.avid.detect.contact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The registered domains of public services that {@link UrlDetector} keeps by default: every
 * municipality ({@code gotland.se}, {@code malmo.se}), region, agency ({@code kronofogden.se}),
 * helpline ({@code 1177.se}) and well-known bank, shop, insurer, pension or media site
 * ({@code minpension.se}). A link to one of them, or to a subdomain, names no one as long as its
 * path holds nothing. Read once from {@code public-domains.txt} (lazy holder); thread-safe.
 */
final class PublicDomains {

  private PublicDomains() {}

  private static final class Holder {
    static final Set<String> DOMAINS = read("public-domains.txt");
  }

  /**
   * Whether {@code host} (lowercase, without a trailing dot) is a listed domain or a subdomain of
   * one: {@code www.1177.se} and {@code e-tjanster.1177.se} are, {@code annas1177.se} is not.
   */
  static boolean covers(String host) {
    Set<String> domains = Holder.DOMAINS;
    for (int dot = -1; ; ) {
      if (domains.contains(dot < 0 ? host : host.substring(dot + 1))) {
        return true;
      }
      dot = host.indexOf('.', dot + 1);
      if (dot < 0 || host.indexOf('.', dot + 1) < 0) {
        return false; // a top-level domain alone is never listed
      }
    }
  }

  private static Set<String> read(String resource) {
    try (InputStream in = PublicDomains.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> domains = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String d = line.strip();
        if (!d.isEmpty() && !d.startsWith("#")) {
          domains.add(d.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(domains);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
