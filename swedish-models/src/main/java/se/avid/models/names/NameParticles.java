package se.avid.models.names;

import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.NONE;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The particles inside a person's name ({@code Maria de la Cruz}, {@code Johan van der Berg},
 * {@code Sara af Klint}, {@code Omar bin Laden}): between a found name and the rest of it, one or
 * two such words are part of the name, and so is the word after them when it is a name too or,
 * capitalised inside a sentence, no ordinary word. Left out, the particles and the surname after
 * them stay beside the redacted first name and point to the person; so does the word that opens an
 * Arabic kunya before a found name ({@code Umm Yusuf}, {@code Abu Bakr}), and the family name that goes
 * first in Chinese, Korean and Vietnamese names ({@code lin mei}). Only words right after a found
 * name are read, so the particles stay words elsewhere ({@code de} is "they", {@code du} "you").
 * Not thread-safe; one per call.
 */
final class NameParticles {

  /** Particles of Romance, Filipino, Germanic, Nordic, Arabic and Celtic names, lowercase ("Dela Cruz"). */
  private static final WordSieve PARTICLES = WordSieve.of("de", "la", "le", "del", "della", "di", "da", "dos", "das",
      "dela", "delos", "delas",
      "du", "van", "von", "der", "den", "ter", "ten", "zu", "af", "bin", "ibn", "bint", "ben", "al", "el", "abu",
      "ould", "mac", "y");
  /** Words of an Arabic kunya or nasab that open a name: "Umm Yusuf", "Abu Bakr", "bint Ali". */
  private static final WordSieve OPENERS = WordSieve.of("umm", "abu", "abou", "ibn", "bint");
  /**
   * The commonest family names of China, Korea and Vietnam, which go before the given name; only
   * right before a name found are they read so ("lin" is also linen, "park" a park); not those that
   * are Swedish words before a name ("han", "ho", "le", "ma", "lim").
   */
  private static final WordSieve FAMILY_NAMES_FIRST = WordSieve.of("wang", "li", "zhang", "liu", "chen", "yang",
      "huang", "zhao", "wu", "zhou", "xu", "zhu", "guo", "lin", "luo", "gao", "zheng", "liang", "kim", "lee", "park",
      "choi", "jung", "kang", "cho", "yoon", "jang", "shin", "nguyen", "tran", "pham", "hoang", "phan", "vu", "vo",
      "dang", "bui", "ngo", "duong", "ly");

  /** The most particles between the parts of a name ("de la", "van der"). */
  private static final int MAX_PARTICLES = 2;

  private final Tokens tokens;
  private final WordLabels labels;
  private final WordFacts words;

  NameParticles(Tokens tokens, WordLabels labels, WordFacts words) {
    this.tokens = tokens;
    this.labels = labels;
    this.words = words;
  }

  /** Joins every found name to the particles and the name part after it. */
  void join() {
    byte[] type = labels.type;
    int n = tokens.size();
    for (int t = 0; t < n; t++) {
      if (type[t] != NAME) {
        continue;
      }
      int p = t - 1;
      if (p >= 0 && labels.openToName(p) && tokens.adjacent(p) && (OPENERS.has(tokens, p) || FAMILY_NAMES_FIRST.has(tokens, p))) {
        // "Umm Yusuf": the mother of Yusuf is named by him; "lin mei", "Park Ji-woo": the family
        // name that goes first in Chinese, Korean and Vietnamese names, though it reads as a word
        labels.set(p, NAME, labels.score[t]);
      }
      int u = t + 1;
      while (u < n && u - t <= MAX_PARTICLES && labels.openToName(u) && tokens.adjacent(u - 1) && PARTICLES.has(tokens, u)) {
        u++;
      }
      if (u == t + 1 && tokens.adjacent(t) && labels.openToName(u) && particleJoinedToName(u)) {
        labels.set(u, NAME, labels.score[t]); // "Kadhim al-Saadi", "Zia ul-Haq": one word, particle and name
        t = u;
        continue;
      }
      if (u == t + 1 || u >= n || !tokens.adjacent(u - 1) || !isNamePart(u)) {
        continue;
      }
      double score = Math.max(labels.score[t], type[u] == NAME ? labels.score[u] : labels.score[t]);
      for (int k = t; k <= u; k++) {
        labels.set(k, NAME, score);
      }
      t = u;
    }
  }

  /**
   * Word {@code u} after the particles is a part of the name: found a name already, or
   * capitalised (not all in capitals, not opening a sentence), no frequent word, and nothing the
   * lists hold but a name or a rarer word ("af Klint", not "de Flesta", "van Gogh-museet").
   */
  private boolean isNamePart(int u) {
    byte type = labels.type[u];
    if (type == NAME) {
      return true;
    }
    return type == NONE && tokens.isWord(u) && tokens.has(u, Tokens.CAPITALISED) && !tokens.has(u, Tokens.ALL_CAPS)
        && !tokens.has(u, Tokens.SENTENCE_START) && (words.flags[u] & ~NAME_OR_WORD) == 0 && !words.isFrequent(u);
  }

  /**
   * Word {@code u} is a particle joined by a hyphen to a capitalised name ("al-Saadi", "el-Khoury",
   * "ul-Haq", "ad-Din"): as written, the capital after the hyphen marks the name; lowercased, the
   * word is read as an unknown word by the other rules.
   */
  private boolean particleJoinedToName(int u) {
    int s = tokens.start(u);
    int len = tokens.length(u);
    char[] lower = tokens.lower();
    int hyphen = s;
    while (hyphen < s + len && lower[hyphen] != '-') {
      hyphen++;
    }
    int rest = s + len - hyphen - 1;
    return hyphen > s && hyphen - s <= MAX_JOINED_PARTICLE && rest >= 2
        && Character.isLowerCase(tokens.charAt(s)) && Character.isUpperCase(tokens.charAt(hyphen + 1))
        && JOINED_PARTICLES.contains(lower, s, hyphen - s);
  }

  /** Particles written joined to the name by a hyphen: Arabic articles, assimilated ones included. */
  private static final WordSieve JOINED_PARTICLES = WordSieve.of("al", "el", "ul", "ad", "ar", "as", "ash", "at",
      "an", "az", "abu", "bin", "ibn", "bint", "ben");
  /** The longest particle joined by a hyphen ("bint"). */
  private static final int MAX_JOINED_PARTICLE = 4;

  /** What the word after the particles may be besides no word: a name, or a rarer word ("Klint"). */
  private static final long NAME_OR_WORD = Category.bits(Category.FIRST_NAME, Category.SURNAME, Category.COMMON_WORD);
}
