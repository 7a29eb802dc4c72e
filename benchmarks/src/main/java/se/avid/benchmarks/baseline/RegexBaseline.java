package se.avid.benchmarks.baseline;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.avid.benchmarks.corpus.Lexicon;

/**
 * What a backend developer would write instead of using avid: a chain of precompiled
 * {@code java.util.regex} patterns, each applied with {@code replaceAll}, then (optionally) one
 * pass over the words that looks each up in a {@link HashSet} of names and places.
 *
 * <p>Meant as a fair yardstick, not a straw man: patterns are compiled once, start at word
 * boundaries, have no ambiguous repetition (no catastrophic backtracking), use avid's labels, and the word lookup is a single hand-written pass
 * with one lowercase copy per word (a hash lookup costs the same whatever the size of the list,
 * unlike one big alternation regex). It does less than avid: no normalisation of odd digits and
 * dashes, no checksum or date scoring, no helpline allow-list, no context. It uses the benchmark
 * corpus's own name and place lists, so its lookup is as cheap as a lookup can be.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegexBaseline {

  /** 10 or 12 digits, a real-looking month and day, separator {@code -}, {@code +}, space or none. */
  private static final Pattern PERSONNUMMER =
      Pattern.compile("\\b(?:19|20)?\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[-+ ]?\\d{4}\\b");

  /** The same with the day plus 60. */
  private static final Pattern SAMORDNINGSNUMMER =
      Pattern.compile("\\b(?:19|20)?\\d{2}(?:0[1-9]|1[0-2])(?:6[1-9]|[78]\\d|9[01])[-+ ]?\\d{4}\\b");

  /**
   * {@code user@host.tld}, and the common {@code (at)} / {@code [at]} disguises. The leading
   * {@code \\b} (as in the classic e-mail regex) keeps the engine from retrying inside every word.
   */
  private static final Pattern EMAIL =
      Pattern.compile("\\b[\\w.+-]+(?:@| ?[(\\[]at[)\\]] ?)[\\w-]+(?:\\.[\\w-]+)+");

  /**
   * Swedish numbers from {@code 0}, {@code +46} or {@code 0046}, optional {@code (0)}, 7 to 9 more
   * digits in groups of 2 or 3 after the area code, separated by space, dash, slash or dot.
   */
  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\d+])(?:(?:\\+|00)46 ?(?:\\(0\\))? ?|0)\\d{1,3} ?[-/.]? ?\\d{2,3}(?:[ .]?\\d{2,3}){1,2}(?!\\d)");

  /** {@code NNN NN}, {@code NNNNN}, {@code SE-NNN NN}. */
  private static final Pattern POSTAL_CODE = Pattern.compile("\\b(?:SE-)?\\d{3} ?\\d{2}\\b");

  /** A word ending in a street suffix, then a house number, an optional letter and apartment. */
  private static final Pattern STREET_ADDRESS = Pattern.compile(
      "\\b\\p{L}+(?:gatan|vägen|gränd|stigen|backen|torget|torg|plan|allén|leden|stråket|slingan|gången"
          + "|platsen|kajen|väg|gata) \\d{1,4}[a-zA-Z]?(?:, lgh \\d{4})?\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final boolean namesAndPlaces;
  private final Set<String> names;
  private final Set<String> places;

  private RegexBaseline(boolean namesAndPlaces, Lexicon lexicon) {
    this.namesAndPlaces = namesAndPlaces;
    this.names = lowercased(lexicon.firstNames(), lexicon.surnames());
    this.places = lowercased(lexicon.places(), List.of());
  }

  /**
   * Personnummer, samordningsnummer, phone, e-mail and postal code.
   *
   * @return the chain
   */
  public static RegexBaseline structured() {
    return new RegexBaseline(false, Lexicon.bundled());
  }

  /**
   * The structured chain, street addresses, and a name and place lookup on every word.
   *
   * @return the chain with the word look-ups
   */
  public static RegexBaseline withNamesAndPlaces() {
    return new RegexBaseline(true, Lexicon.bundled());
  }

  /**
   * Replaces everything the chain finds by its placeholder.
   *
   * @param text the text
   * @return the redacted text
   */
  public String redact(String text) {
    // identity numbers before phone numbers: a 10-digit personnummer also looks like a phone number
    String s = PERSONNUMMER.matcher(text).replaceAll("[PERSONNUMMER]");
    s = SAMORDNINGSNUMMER.matcher(s).replaceAll("[SAMORDNINGSNUMMER]");
    s = EMAIL.matcher(s).replaceAll("[E-POST]");
    s = PHONE.matcher(s).replaceAll("[TELEFON]");
    if (namesAndPlaces) {
      s = STREET_ADDRESS.matcher(s).replaceAll("[ADRESS]");
    }
    s = POSTAL_CODE.matcher(s).replaceAll("[POSTNUMMER]");
    return namesAndPlaces ? replaceNamesAndPlaces(s) : s;
  }

  /** One pass over the letters-and-hyphens words; each listed word becomes its label. */
  private String replaceNamesAndPlaces(String s) {
    StringBuilder out = null;
    int copied = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
        i++;
      }
      String word = s.substring(start, i).toLowerCase(Locale.ROOT);
      String label = names.contains(word) ? "[NAMN]" : places.contains(word) ? "[PLATS]" : null;
      if (label != null) {
        if (out == null) {
          out = new StringBuilder(n + 32);
        }
        out.append(s, copied, start).append(label);
        copied = i;
      }
    }
    if (out == null) {
      return s;
    }
    return out.append(s, copied, n).toString();
  }

  private static Set<String> lowercased(List<String> a, List<String> b) {
    Set<String> set = new HashSet<>();
    for (String w : a) {
      set.add(w.toLowerCase(Locale.ROOT));
    }
    for (String w : b) {
      set.add(w.toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableSet(set);
  }
}
