package se.avid.models.names;

import static se.avid.models.names.WordLabels.KEEP;
import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.PLACE;

import se.avid.detect.contact.UrlDetector;
import se.avid.models.lexicon.Tokens;

/**
 * The words of a link that {@link UrlDetector} keeps: "gotland" in "På gotland.se står det",
 * "malmo" in "www.malmo.se". The site of a municipality, agency or well-known service names no
 * one, so the place or name its host spells is kept with it. A link with a path ("gotland.se/anna")
 * or an e-mail address ("anna@gotland.se") is not a kept link: its words are left to the name
 * rules. {@link ThingNames} asks it of the words found as names or places only. Stateless and
 * thread-safe.
 */
final class SiteNames {

  private SiteNames() {}

  /**
   * Keeps word {@code t}, found as a name or place, and the other found words of its host, if
   * {@code t} is part of the host of a bare link that the URL detector keeps.
   *
   * @return whether the word was kept
   */
  static boolean keep(Tokens tokens, byte[] type, int t) {
    char[] text = tokens.lower();
    int s = tokens.start(t);
    int e = tokens.end(t);
    // most words: no dot touches them, no look-up
    if (!(e < text.length && text[e] == '.') && !(s > 0 && text[s - 1] == '.')) {
      return false;
    }
    int hostStart = s;
    while (hostStart > 0 && isHostChar(text[hostStart - 1])) {
      hostStart--;
    }
    int hostEnd = e;
    while (hostEnd < text.length && isHostChar(text[hostEnd])) {
      hostEnd++;
    }
    while (hostEnd > e && (text[hostEnd - 1] == '.' || text[hostEnd - 1] == '-')) {
      hostEnd--; // "gotland.se." ends a sentence
    }
    if (!hasDot(text, hostStart, hostEnd) || !lowercaseTopLevel(tokens, hostEnd) || !bare(text, hostStart, hostEnd)
        || !UrlDetector.defaults().keeps(new String(text, hostStart, hostEnd - hostStart))) {
      return false;
    }
    for (int k = t; k >= 0 && tokens.start(k) >= hostStart; k--) {
      keepFound(type, k);
    }
    for (int k = t + 1; k < tokens.size() && tokens.end(k) <= hostEnd; k++) {
      keepFound(type, k);
    }
    return true;
  }

  private static void keepFound(byte[] type, int k) {
    if (type[k] == NAME || type[k] == PLACE) {
      type[k] = KEEP;
    }
  }

  /** "uppsala.se", not "Uppsala.Se till att": a capital after the last dot is a missing space. */
  private static boolean lowercaseTopLevel(Tokens tokens, int hostEnd) {
    for (int i = hostEnd - 1; i >= 0; i--) {
      char c = tokens.charAt(i);
      if (c == '.') {
        return true;
      }
      if (Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDot(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] == '.') {
        return true;
      }
    }
    return false;
  }

  /**
   * No e-mail's "@" or other path before the host (a scheme's "//" may be), and no path, query,
   * fragment or "@" after it that holds a letter or digit ("gotland.se/anna", "gotland.se?id=7").
   */
  private static boolean bare(char[] text, int hostStart, int hostEnd) {
    if (hostStart > 0) {
      char before = text[hostStart - 1];
      boolean scheme = before == '/' && hostStart >= 3 && text[hostStart - 2] == '/' && text[hostStart - 3] == ':';
      if (before == '@' || before == '/' && !scheme) {
        return false;
      }
    }
    if (hostEnd >= text.length) {
      return true;
    }
    char after = text[hostEnd];
    if (after == '@') {
      return false;
    }
    if (after != '/' && after != '?' && after != '#' && after != ':') {
      return true;
    }
    for (int i = hostEnd + 1; i < text.length && !Character.isWhitespace(text[i]); i++) {
      if (Character.isLetterOrDigit(text[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHostChar(char c) {
    return c == '.' || c == '-' || Character.isLetterOrDigit(c);
  }
}
