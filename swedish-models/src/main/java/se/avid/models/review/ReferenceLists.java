package se.avid.models.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.avid.models.lexicon.SwedishLexicon;

/**
 * Facts from Statistics Sweden that the lexicon does not hold: how many people are called by a
 * first name or carry a surname (as an order of magnitude), and the smaller localities. Read once,
 * on first use, from {@code scb-first-names.txt}, {@code scb-surnames.txt} and
 * {@code localities.txt} in the lexicon's resources. Stateless.
 */
final class ReferenceLists {

  private static final String DIR = "/se/avid/models/lexicon/";

  private ReferenceLists() {}

  /** Loaded on first use. */
  private static final class Holder {
    static final Map<String, Integer> FIRST_NAMES = buckets("scb-first-names.txt");
    static final Map<String, Integer> SURNAMES = buckets("scb-surnames.txt");
    static final Set<String> LOCALITIES = words("localities.txt");
  }

  /**
   * The order of magnitude of the bearers of a first name or surname (1 for 50–99 people up to
   * 5 for 100,000 or more), or 0 for a name with fewer than 50 or none.
   *
   * @param lowercase the word in lowercase
   */
  static int bearers(String lowercase) {
    return Math.max(Holder.FIRST_NAMES.getOrDefault(lowercase, 0), Holder.SURNAMES.getOrDefault(lowercase, 0));
  }

  /** True if the lowercase word is a Swedish locality that the lexicon's place lists lack. */
  static boolean isLocality(String lowercase) {
    return Holder.LOCALITIES.contains(lowercase);
  }

  private static Map<String, Integer> buckets(String resource) {
    Map<String, Integer> out = new HashMap<>();
    for (String line : SwedishLexicon.lines(ReferenceLists.class, DIR + resource)) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException("no count bucket in " + resource);
      }
      out.merge(line.substring(0, tab).toLowerCase(Locale.ROOT), Integer.parseInt(line.substring(tab + 1).strip()),
          Math::max);
    }
    return out;
  }

  private static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : SwedishLexicon.lines(ReferenceLists.class, DIR + resource)) {
      out.add(line.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
