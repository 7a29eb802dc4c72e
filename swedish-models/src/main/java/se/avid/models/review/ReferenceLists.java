package se.avid.models.review;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.names.NameCounts;

/**
 * Facts from Statistics Sweden that the lexicon does not hold: how many people are called by a
 * first name or carry a surname (as an order of magnitude, from {@link NameCounts}), and the
 * smaller localities, read once, on first use, from {@code localities.txt} in the lexicon's
 * resources. Stateless.
 */
final class ReferenceLists {

  private static final String DIR = "/se/avid/models/lexicon/";

  private ReferenceLists() {}

  /** Loaded on first use. */
  private static final class Holder {
    static final Set<String> LOCALITIES = words("localities.txt");
  }

  /**
   * The order of magnitude of the bearers of a first name or surname (1 for 50–99 people up to
   * 5 for 100,000 or more), or 0 for a name with fewer than 50 or none.
   *
   * @param lowercase the word in lowercase
   */
  static int bearers(String lowercase) {
    return NameCounts.bearers(lowercase);
  }

  /** True if the lowercase word is a Swedish locality that the lexicon's place lists lack. */
  static boolean isLocality(String lowercase) {
    return Holder.LOCALITIES.contains(lowercase);
  }

  private static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : SwedishLexicon.lines(ReferenceLists.class, DIR + resource)) {
      out.add(line.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
