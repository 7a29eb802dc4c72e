package se.avid.models.lexicon;

import java.util.function.BiConsumer;

/**
 * The project's own word lists, read for {@link SwedishLexicon}: the names, places, public
 * bodies, countries, kept terms, word forms and cues, each lowercased word with the bits of its
 * {@link Category categories}; and the street, institution, place, word and surname endings,
 * reversed, as a finished {@link Lexicon}; and the words placed in a trie of their own.
 *
 * <p>Read apart from the Hunspell dictionary, which they do not need, so that the two can be read
 * at the same time; the words are merged with the dictionary's facts afterwards. Made once by
 * {@link #read}, on any thread, then only read.
 */
final class ListedWords {

  /**
   * Some 34,600 entries today (30,700 words, the counted first names among them): presized so that
   * the arrays never grow while they are filled.
   */
  private static final int EXPECTED_WORDS = 38_000;

  private final SortedWords words;
  private final Lexicon trie;
  private final Lexicon endings;

  private ListedWords(SortedWords words, Lexicon trie, Lexicon endings) {
    this.words = words;
    this.trie = trie;
    this.endings = endings;
  }

  /**
   * Reads every list bundled next to {@link SwedishLexicon}.
   *
   * @return the words and the endings
   */
  static ListedWords read() {
    SortedWords words = new SortedWords(EXPECTED_WORDS);
    addAll(words, "first-names.txt", Category.FIRST_NAME);
    addAll(words, "surnames.txt", Category.SURNAME);
    // other languages' names, imported from datafaker (see the files' headers)
    addAll(words, "first-names-imported.txt", Category.FIRST_NAME);
    // the names Statistics Sweden counts a hundred bearers or more of, marked for SwedishLexicon,
    // which makes first names of those that are no word at all ("mirsad", "sanela", "ehsan")
    addCounted(words, "scb-first-names.txt");
    addAll(words, "surnames-imported.txt", Category.SURNAME);
    addAll(words, "municipalities.txt", Category.MUNICIPALITY);
    addAll(words, "regions.txt", Category.REGION);
    addAll(words, "towns.txt", Category.TOWN);
    addAll(words, "districts.txt", Category.DISTRICT);
    // a locality of several words ("Åkers styckebruk", "Dals Långed") is as sure a place as a town:
    // together its words name nothing else; the one-word localities stay apart (names.Localities),
    // for many of them are words or names too, and so do two joined by "och" ("Lugnet och
    // Skälsmara"), which people name one at a time
    addPhrases(words, "localities.txt", Category.TOWN);
    addAll(words, "countries.txt", Category.COUNTRY);
    addAll(words, "public-bodies.txt", Category.PUBLIC_BODY);
    addAll(words, "kept-terms.txt", Category.PUBLIC_BODY); // medicines, eponymous diagnoses, games and apps
    addAll(words, "common-word-forms.txt", Category.WORD_FORM);
    read("cues.txt", (word, kind) -> add(words, word, cueCategory(kind).bit()));
    // the trie is placed here too, on the same thread as the reading: its shape needs only the
    // words; which of them are also ordinary words is added once the dictionary is read
    return new ListedWords(words, Lexicon.of(words), readEndings());
  }

  /**
   * The words, lowercased with {@link Words#lower}, sorted, and their category bits.
   *
   * @return the words; not to be changed
   */
  SortedWords words() {
    return words;
  }

  /**
   * The words in a {@link Lexicon} with their bits, without {@link Category#COMMON_WORD}, which
   * {@link SwedishLexicon} adds ({@link Lexicon#addCategories}) before it shares the lexicon.
   *
   * @return the lexicon of the words
   */
  Lexicon trie() {
    return trie;
  }

  /**
   * Street and institution endings, reversed, for {@link Lexicon.Cursor#longestSuffix}.
   *
   * @return the lexicon of reversed endings
   */
  Lexicon endings() {
    return endings;
  }

  private static Lexicon readEndings() {
    Lexicon.Builder s = Lexicon.builder();
    read("street-suffixes.txt", (suffix, kind) -> s.addReversed(suffix,
        "lowercase".equals(kind) ? Category.STREET_SUFFIX.bit() : Category.STREET_SUFFIX_CAPITALISED.bit()));
    read("institution-suffixes.txt", (suffix, kind) -> s.addReversed(suffix, Category.INSTITUTION_SUFFIX.bit()));
    read("place-endings.txt", (suffix, kind) -> {
      s.addReversed(suffix, Category.PLACE_SUFFIX.bit());
      String folded = foldedEnding(suffix);
      if (folded != null) {
        s.addReversed(folded, Category.PLACE_SUFFIX.bit()); // "jakobsgardarna", "vittangijarvi": typed without å, ä, ö
      }
    });
    read("word-endings.txt", (suffix, kind) -> s.addReversed(suffix, Category.WORD_ENDING.bit()));
    read("surname-endings.txt", (suffix, kind) -> s.addReversed(suffix,
        "lowercase".equals(kind) ? Category.SURNAME_SUFFIX.bit() : Category.SURNAME_SUFFIX_CAPITALISED.bit()));
    return s.build();
  }

  /** The shortest place ending read without its å, ä, ö: shorter ones ("sjon", "asen", "an") end too many other words. */
  private static final int MIN_FOLDED_ENDING = 5;

  /**
   * A place ending with å, ä, ö typed as a, a, o ("gardarna" of "gårdarna"), as posts typed on a
   * foreign keyboard write it; null when it has none of them or is shorter than {@value #MIN_FOLDED_ENDING}.
   */
  private static String foldedEnding(String ending) {
    String folded = ending.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
    return folded.equals(ending) || folded.length() < MIN_FOLDED_ENDING ? null : folded;
  }

  private static Category cueCategory(String kind) {
    switch (kind) {
      case "name": return Category.CUE_NAME;
      case "relation": return Category.CUE_RELATION;
      case "possessive": return Category.CUE_POSSESSIVE;
      case "greeting": return Category.CUE_GREETING;
      case "signature": return Category.CUE_SIGNATURE;
      case "place": return Category.CUE_PLACE;
      case "placeafter": return Category.CUE_PLACE_AFTER;
      default: throw new IllegalStateException("unknown cue kind in cues.txt: " + kind);
    }
  }

  /** Adds every entry; an entry of several words also marks its first word as a multiword head. */
  private static void addAll(SortedWords words, String resource, Category category) {
    long bit = category.bit();
    long head = Category.MULTIWORD_HEAD.bit();
    read(resource, (entry, unused) -> {
      add(words, entry, bit);
      int space = entry.indexOf(' ');
      if (space > 0) {
        add(words, entry.substring(0, space), head);
      }
    });
  }

  /**
   * Marks a word of the list that is not yet a first name and may be one: only while the lexicon
   * loads ({@link SwedishLexicon}, which takes the mark off every word). No category's bit, nor a
   * flag of {@link HunspellWords}.
   */
  static final long COUNTED_NAME = 1L << 48;
  /** The fewest bearers' order of magnitude (2: 100 to 999) of a counted first name. */
  private static final int MIN_BUCKET = 2;
  /** The shortest counted first name: shorter ones are initials and short forms ("md", "li"). */
  private static final int MIN_COUNTED_LENGTH = 3;

  /**
   * Adds each name of Statistics Sweden's list of first names with at least {@value #MIN_BUCKET}
   * as its bearers' order of magnitude ({@code name<TAB>bucket}), marked {@link #COUNTED_NAME}.
   */
  private static void addCounted(SortedWords words, String resource) {
    read(resource, (name, bucket) -> {
      if (bucket != null && Integer.parseInt(bucket) >= MIN_BUCKET && name.length() >= MIN_COUNTED_LENGTH
          && name.indexOf('-') < 0 && name.indexOf(' ') < 0) {
        add(words, name, COUNTED_NAME);
      }
    });
  }

  /**
   * The bits of a name that Statistics Sweden counts bearers of, without the loader's mark: a
   * first name if the dictionary has no word of it at all, nor of it without a last s (the genitive
   * "andras" of "andra"), and no other list holds it ("mirsad", "sanela"), so that it is read as
   * the names of the curated lists are; a word ("rosa", "vilja", "tom"), a country or place
   * ("Kina", "Rio") or a listed name stays what the other lists make it.
   */
  static long countedName(Lexicon words, HunspellWords dictionary, char[] chars, long bits, long facts) {
    long name = Category.FIRST_NAME.bit();
    words.removeCategories(chars, chars.length, COUNTED_NAME);
    long kept = bits & ~COUNTED_NAME;
    if (kept != 0 || isWord(facts)
        || chars[chars.length - 1] == 's' && isWord(dictionary.flags(chars, 0, chars.length - 1))) {
      return kept; // a word, or the genitive of one ("andras" of "andra")
    }
    words.addCategories(chars, chars.length, name);
    return kept | name;
  }

  private static boolean isWord(long facts) {
    return SwedishLexicon.isListedWord(facts) || SwedishLexicon.isFrequentWord(facts);
  }

  /** Adds the entries of several words, as {@link #addAll} does, but not two joined by "och". */
  private static void addPhrases(SortedWords words, String resource, Category category) {
    long head = Category.MULTIWORD_HEAD.bit();
    read(resource, (entry, unused) -> {
      int space = entry.indexOf(' ');
      if (space > 0 && !entry.contains(" och ")) {
        add(words, entry, category.bit());
        add(words, entry.substring(0, space), head);
      }
    });
  }

  /** As {@link Lexicon.Builder#add(String, long)} does: lowercased, bits merged (when sorted). */
  private static void add(SortedWords words, String word, long bits) {
    if (word.isEmpty()) {
      throw new IllegalArgumentException("empty word");
    }
    words.add(Words.lower(word), bits);
  }

  /** Calls {@code entry} with each line's first field and its second (tab-separated) field or null. */
  private static void read(String resource, BiConsumer<String, String> entry) {
    for (String line : SwedishLexicon.lines(resource)) {
      int tab = line.indexOf('\t');
      entry.accept(tab < 0 ? line : line.substring(0, tab), tab < 0 ? null : line.substring(tab + 1).strip());
    }
  }
}
