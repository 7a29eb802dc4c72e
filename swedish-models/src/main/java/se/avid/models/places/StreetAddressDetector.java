package se.avid.models.places;

import java.util.Objects;
import java.util.Set;
import se.avid.EntityType;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.EndingTails;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.Lexicon;
import se.avid.models.lexicon.SaintsTitle;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * Finds street addresses ({@link EntityType#ADDRESS}): a street name with its number, letter,
 * entrance and apartment ({@code Storgatan 12B}, {@code storgatan 12 b}, {@code Vasavägen 3, lgh
 * 1102}, {@code Karl Johans gata 5}), a street named after "bor på" or "adress"
 * without a number ({@code bor på Storgatan}), care-of lines ({@code c/o Andersson}) and post
 * boxes ({@code Box 123}). Floor, flat and entrance belong to the span ({@code Kvarngatan 12, 3
 * tr}, see {@code DwellingParts}); a lowercase bare ending takes the word before it when a
 * number follows ({@code norra vägen 3}, {@code bor på rinkeby allé 40}); a street without a
 * street ending is found by its place on an address line ({@code AddressLines}).
 *
 * <pre>{@code
 * Detector addresses = StreetAddressDetector.builder().build();
 * // "bor på storgatan 12b i kiruna" -> ADDRESS "storgatan 12b" (0.95)
 * }</pre>
 *
 * <p>A street name is a word that ends in a street ending of {@code street-suffixes.txt} and is
 * no ordinary word ("motorvägen", "arbetsplatsen" are words). Endings that also end many
 * ordinary compounds ("-plan", "-platsen", "-leden") count only in capitalised words.
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class StreetAddressDetector implements Detector {

  /** The detector's name. */
  public static final String NAME = "swedish-street-address";

  /** Street name and number. */
  static final double WITH_NUMBER = 0.95;
  /** "c/o Andersson". */
  static final double CARE_OF = 0.9;
  /** A street name after "bor på", "adress", "adressen är" without a number. */
  static final double WITH_CUE = 0.85;
  /** A capitalised street name inside a sentence without number or cue ("på Storgatan"). */
  static final double CAPITALISED_STREET = 0.7;

  /**
   * A lowercase street name that is no ordinary word, without number or cue ("vi möttes på
   * götgatan"): the ending is distinctive, but compounds the dictionary lacks ("skolvägen") exist.
   */
  static final double LOWERCASE_STREET = 0.55;

  /**
   * A street word with no number, cue or preposition of place before it, or capitalised only at
   * the start of a sentence ({@code "Kyrkplatsen i Jukkasjärvi blev…"}): under the default
   * redact threshold, in the review band.
   */
  static final double UNCERTAIN_STREET = 0.4;

  private static final int MAX_HOUSE_NUMBER_DIGITS = 4;

  /** A street's name before this word ends in no street ending of its own ("Kungs Boulevard"). */
  private static final String BOULEVARD = "boulevard";

  /**
   * The last three letters of every street ending ({@code väg}, {@code kaj} are the shortest): a
   * word without one is looked up only when a number follows it.
   */
  private static final class StreetTails {
    static final EndingTails TAILS = EndingTails.of("street-suffixes.txt", 3);
  }

  /** Street endings in any case and in capitalised words only. */
  /** Public bodies and the firms, brands and medicines of {@code kept-terms.txt}. */
  private static final long KEPT = Category.bits(Category.PUBLIC_BODY);
  private static final long STREET_SUFFIXES = Category.bits(Category.STREET_SUFFIX, Category.STREET_SUFFIX_CAPITALISED);

  /** Words for where something is, before a street named without a number ("längs götgatan"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of(
      "på", "vid", "till", "från", "längs", "i", "mot", "över", "utanför", "nära", "bakom", "förbi", "genom",
      "runt", "efter", "ner", "upp", "ute", "nere", "uppe", "korsningen");

  private final SwedishLexicon lexicon;

  private StreetAddressDetector(Builder b) {
    this.lexicon = b.lexicon != null ? b.lexicon : SwedishLexicon.get();
  }

  /**
   * A builder that uses the bundled lexicon unless told otherwise.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return TYPES;
  }

  private static final Set<EntityType> TYPES = Set.of(EntityType.ADDRESS);

  @Override
  public void detect(ScanText text, FindingSink sink) {
    Tokens tokens = Tokens.of(text);
    Lexicon.Cursor words = null; // made only for "c/o" lines, which are rare
    char[] lower = tokens.lower();
    int n = tokens.size();
    for (int t = 0; t < n; t++) {
      if (!tokens.isWord(t)) {
        continue;
      }
      if (careOf(tokens, t)) {
        if (words == null) {
          words = lexicon.words().cursor();
        }
        int last = t + 2;
        int u = last + 1;
        while (u < n && u <= t + 5 && tokens.isWord(u) && (tokens.has(u, Tokens.CAPITALISED)
            || !Category.COMMON_WORD.in(words.get(lower, tokens.start(u), tokens.length(u))))) {
          last = u;
          u++;
        }
        if (last > t + 2) {
          sink.add(tokens.start(t), tokens.end(last), EntityType.ADDRESS, CARE_OF);
          t = last;
        }
        continue;
      }
      int s = tokens.start(t);
      int len = tokens.length(t);
      if (isPostBox(tokens, t)) {
        sink.add(s, tokens.end(t + 1), EntityType.ADDRESS, CARE_OF);
        t++;
        continue;
      }
      if (RoadNumbers.startsAt(tokens, t)) {
        continue; // "riksväg 31", "E 20": a road, not a home
      }
      // "boulevard" ends no Swedish street name, it is one after its own name ("Kungs Boulevard")
      boolean boulevard = len >= BOULEVARD.length() && (tokens.is(t, BOULEVARD) || tokens.is(t, "boulevarden"));
      if (!boulevard && !StreetTails.TAILS.mayEnd(lower, s, len) && !AddressLines.numberAhead(tokens, t)) {
        continue; // most words: no street ending, and no number for a street without one
      }
      // the word's record in the word table (shared with the name detector): its longest listed ending
      Lexeme word = tokens.lexeme(t, lexicon);
      long hit = word.ending();
      if ((word.nameCategories() & KEPT) != 0 && !word.isGenitive() && !AddressLines.numberAhead(tokens, t)) {
        continue; // "skyldig Boplats", "hos Trafikverket": a kept firm or body ending like a street, no number after it
      }
      boolean cased = tokens.has(t, Tokens.CAPITALISED);
      int suffixLength = (int) (hit >>> 32);
      boolean bare = suffixLength == len || boulevard;
      int first = t;
      int end; // where the house number after the street word ends, 0 without one: computed once
      if (bare) {
        // a bare "gata", "torg", "väg" is a street only after capitalised words ("Karl Johans
        // gata", "Sergels torg"), after one word and before a number ("norra vägen 3", "bor på
        // rinkeby allé 40"); "väg 40" alone is a road number (see RoadNumbers)
        if (!boulevard && !any(hit, STREET_SUFFIXES)) {
          continue;
        }
        int number = houseNumberToken(tokens, t);
        end = houseNumberEndAt(tokens, number);
        first = namePrefix(tokens, t, true);
        if (first == t && end > 0) {
          first = lowercasePrefix(tokens, t, number);
        }
        if (first == t && end > 0 && unlistedWordBefore(tokens, t, number, lower)) {
          first = t - 1; // "rinkeby allé 42": a word that is no ordinary word names the street
        }
        if (first == t) {
          continue;
        }
        // "Första gången", "Den vägen", "Årets plan": a sentence's first word is capitalised
        // whatever it is, so an ordinary word there names no street without a number or cue
        if (first < t && tokens.has(first, Tokens.SENTENCE_START) && end == 0
            && !AddressCues.before(tokens, first)) {
          if (tokens.lexeme(first, lexicon).isCommonWord()) {
            continue;
          }
        }
      } else {
        if (!Category.STREET_SUFFIX.in(hit) && !(Category.STREET_SUFFIX_CAPITALISED.in(hit) && cased)) {
          if (!AddressLines.numberAhead(tokens, t)) {
            continue; // most words: a street without a street ending is known only by the number after it
          }
          int line = cased ? AddressLines.unnamedStreetEnd(tokens, t) : AddressLines.lowercaseAfterAddressWord(tokens, t);
          if (line < 0 && !cased && (line = AddressLines.lowercaseAfterLivingCue(tokens, t)) > 0) {
            // "bor på djäkneberget 4": an ordinary word and a bare number may be a ward or a room, flagged only
            boolean home = !word.isCommonWord() || AddressLines.homeAfterNumber(tokens, t, line);
            sink.add(s, line, EntityType.ADDRESS, home ? WITH_NUMBER : UNCERTAIN_STREET);
            t = lastTokenBefore(tokens, t, line);
            continue;
          }
          if (line > 0) {
            sink.add(s, line, EntityType.ADDRESS, WITH_NUMBER); // "adress: fittja gård 19": the cue says it
            t = lastTokenBefore(tokens, t, line);
            continue;
          }
          if (!cased && Category.STREET_SUFFIX_CAPITALISED.in(hit) && !word.isCommonWord() && placePreposition(tokens, t)
              && (line = AddressLines.lowercaseHouseNumberEnd(tokens, t)) > 0) {
            // "en dam på hallonbergsplan 3", "vid ekbacken 12": an ending of street names that is no
            // word in lowercase, in a word that is no word, a place preposition and a house number
            sink.add(s, line, EntityType.ADDRESS, WITH_NUMBER);
            t = lastTokenBefore(tokens, t, line);
            continue;
          }
          line = cased ? -1 : AddressLines.lowercaseStreetEnd(tokens, t);
          if (line > 0 && !cased) {
            // "vecka 12, 123 45" is no street, "…, skogsbrynet 4, 746 30" is the line of an address
            boolean afterComma = tokens.isPunct(t - 1, ',');
            if (!afterComma && word.isCommonWord()) {
              line = -1;
            }
          }
          if (line > 0) {
            sink.add(s, line, EntityType.ADDRESS, WITH_NUMBER);
            t = lastTokenBefore(tokens, t, line);
          }
          continue;
        }
        // "motorvägen", "arbetsplatsen", "handlingsplan" are words; a capitalised one inside a
        // sentence or with a number is the street of that name ("Ringvägen 10", "på Stortorget")
        // "norra vallgatan 8": a direction or age before a lowercase street word with a number names it
        end = houseNumberEnd(tokens, t);
        boolean adjective = end > 0 && streetNameAdjectiveBefore(tokens, t);
        boolean named = cased && (!tokens.has(t, Tokens.SENTENCE_START) || end > 0)
            || end > 0 && (placePreposition(tokens, t) || AddressCues.before(tokens, t) // "bor på ringvägen 8"
                || AddressLines.lowercaseStreetEnd(tokens, t) > 0) // "…, ringvägen 3, 576 33 sävsjö"
            || adjective || SaintsTitle.startBefore(tokens, t) >= 0; // "sankt eriksgatan": a saint's street
        if (!named && word.isCommonWord()) {
          continue;
        }
        first = namePrefix(tokens, t, false);
        if (first == t && adjective) {
          first = t - 1;
        }
      }
      first = StreetNameStart.extend(tokens, first, first < t);
      if (end > 0) {
        sink.add(tokens.start(first), end, EntityType.ADDRESS, WITH_NUMBER);
      } else if (AddressCues.before(tokens, first)) {
        sink.add(tokens.start(first), tokens.end(t), EntityType.ADDRESS, WITH_CUE);
      } else if ((cased || first < t) && !(first == t && tokens.has(t, Tokens.SENTENCE_START))) {
        sink.add(tokens.start(first), tokens.end(t), EntityType.ADDRESS, CAPITALISED_STREET);
      } else if (Category.STREET_SUFFIX.in(hit) && !bare) {
        // Without number or cue, only a word for where one is makes an unknown compound a street
        // ("vi möttes på götgatan", "längs götgatan"); else, or capitalised only because a
        // sentence begins with it ("Värdenedgången kan…"), it is flagged, not redacted.
        sink.add(tokens.start(first), tokens.end(t), EntityType.ADDRESS,
            wherePreposition(tokens, first) ? LOWERCASE_STREET : UNCERTAIN_STREET);
      }
    }
  }

  private static boolean any(long flags, long bits) {
    return (flags & bits) != 0;
  }

  /** "c/o": the tokens c, /, o with nothing between. */
  private static boolean careOf(Tokens tokens, int t) {
    return tokens.length(t) == 1 && (tokens.charAt(tokens.start(t)) | 0x20) == 'c' && tokens.isPunct(t + 1, '/')
        && tokens.isWord(t + 2) && tokens.length(t + 2) == 1 && (tokens.charAt(tokens.start(t + 2)) | 0x20) == 'o'
        && tokens.end(t) == tokens.start(t + 1) && tokens.end(t + 1) == tokens.start(t + 2);
  }

  /**
   * Up to two capitalised words before a street word that belong to its name: always before a
   * bare ending ({@code bare}: "Karl Johans gata", "Södra vägen"), else only before a capitalised
   * street word ("Nya Storgatan").
   */
  private static int namePrefix(Tokens tokens, int t, boolean bare) {
    int first = t;
    while (first > 0 && t - first < 2 && tokens.isWord(first - 1) && tokens.adjacent(first - 1)
        && tokens.has(first - 1, Tokens.CAPITALISED) && !tokens.has(first - 1, Tokens.ALL_CAPS)
        && !innerCapital(tokens, first - 1) && (bare || tokens.has(t, Tokens.CAPITALISED))) {
      first--;
    }
    return first;
  }

  /** Word {@code p} has a capital after its first letter ("SiS", "YouTube"): a body's or a brand's short name, no street's word. */
  private static boolean innerCapital(Tokens tokens, int p) {
    for (int i = tokens.start(p) + 1; i < tokens.end(p); i++) {
      if (Character.isUpperCase(tokens.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word before a bare street ending written in lowercase that names the street: a direction
   * or age ("norra vägen 3", "gamla torget 2") or any word after "på", "bor på" ("bor på rinkeby
   * allé 40"), only before a house number that is no count ("på vägen 3 gånger"); else {@code t}.
   * {@code number} is the house number's token, past "nr" ("norra vägen nr 3 gånger" is a count too).
   */
  private static int lowercasePrefix(Tokens tokens, int t, int number) {
    int p = t - 1;
    if (p < 0 || !tokens.isWord(p) || !tokens.adjacent(p) || AddressLines.beforeUnit(tokens, number)) {
      return t;
    }
    if (placePreposition(tokens, t)) {
      return t; // "bor på plan 3": the word before is the preposition, not a name
    }
    String before = tokens.original(p).toLowerCase(java.util.Locale.ROOT);
    boolean named = STREET_NAME_ADJECTIVES.contains(before) || placePreposition(tokens, p) || AddressCues.before(tokens, p)
        || ownerBefore(before);
    return named ? p : t;
  }

  /**
   * A genitive that names the street after a person or place ({@code selma lagerlöfs väg 14},
   * {@code karl johans gata 5}): four letters or more ending in s, not a possessive pronoun
   * ({@code hans väg}, {@code deras gata}).
   */
  private static boolean ownerBefore(String word) {
    return word.length() >= 4 && word.charAt(word.length() - 1) == 's' && !POSSESSIVE_PRONOUNS.contains(word);
  }

  /** True when word {@code p} is the genitive of an owner that names a street ({@code lagerlöfs väg}). */
  static boolean isOwner(Tokens tokens, int p) {
    return ownerBefore(tokens.original(p).toLowerCase(java.util.Locale.ROOT));
  }

  /** True when word {@code p} is one of {@link #STREET_NAME_ADJECTIVES} ({@code gamla riksväg}). */
  static boolean isStreetNameAdjective(Tokens tokens, int p) {
    return STREET_NAME_ADJECTIVES.contains(tokens.original(p).toLowerCase(java.util.Locale.ROOT));
  }

  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("hans", "dess", "vars", "deras", "ens", "eders");

  /** True when the word right before {@code t} is one of {@link #STREET_NAME_ADJECTIVES} ({@code östra storgatan}). */
  private static boolean streetNameAdjectiveBefore(Tokens tokens, int t) {
    int p = t - 1;
    return p >= 0 && tokens.isWord(p) && tokens.adjacent(p)
        && STREET_NAME_ADJECTIVES.contains(tokens.original(p).toLowerCase(java.util.Locale.ROOT));
  }

  /** Words that begin many two-word street names. */
  private static final Set<String> STREET_NAME_ADJECTIVES = Set.of(
      "norra", "södra", "östra", "västra", "gamla", "nya", "lilla", "stora", "övre", "nedre", "yttre", "inre", "bortre");

  /**
   * The end of the house number after street word {@code t}: digits ("12"), a range ("12-14"),
   * a letter ("12B", "12 b" written apart only in uppercase or before a comma), then an
   * apartment ("lgh 1102", "lägenhet 1102", ", lgh nr 1102") or floor ("3 tr"); or 0 when no
   * number follows.
   */
  static int houseNumberEnd(Tokens tokens, int t) {
    return houseNumberEndAt(tokens, houseNumberToken(tokens, t));
  }

  /** {@link #houseNumberEnd} from the house number's token {@code u} ({@link #houseNumberToken}), or 0 when {@code u < 0}. */
  private static int houseNumberEndAt(Tokens tokens, int u) {
    if (u < 0) {
      return 0;
    }
    int end = tokens.end(u);
    int last = u;
    // range "12-14"
    if (tokens.isPunct(last + 1, '-') && tokens.end(last) == tokens.start(last + 1)
        && last + 2 < tokens.size() && tokens.kind(last + 2) == Tokens.NUMBER && tokens.end(last + 1) == tokens.start(last + 2)) {
      last += 2;
      end = tokens.end(last);
    }
    // letter "12B" / "12 b"
    if (tokens.isWord(last + 1) && tokens.length(last + 1) == 1) {
      boolean attached = tokens.end(last) == tokens.start(last + 1);
      boolean spacedUpper = tokens.adjacent(last) && tokens.has(last + 1, Tokens.CAPITALISED);
      boolean spacedBeforeComma = tokens.adjacent(last) && (last + 2 >= tokens.size() || tokens.isPunct(last + 2, ','));
      // "31 b i kristianstad", "14 b lgh 1203", "8 b sedan dess": a lowercase letter of an
      // entrance; "e" only before the town, the flat or the end, for chat writes "är" so ("8 e bra")
      boolean spacedBeforePart = tokens.adjacent(last) && isEntranceLetter(tokens, last + 1)
          && (tokens.charAt(tokens.start(last + 1)) != 'e' || !tokens.adjacent(last + 1) || tokens.isPunct(last + 2, '.')
              || tokens.is(last + 2, "i") || DwellingParts.startsAt(tokens, last + 2));
      if (attached || spacedUpper || spacedBeforeComma || spacedBeforePart) {
        last++;
        end = tokens.end(last);
      }
    }
    // floor, flat and entrance: "3 tr", "lgh 1102", "uppgång B"
    int parts = DwellingParts.lastToken(tokens, last);
    return parts > last ? tokens.end(parts) : end;
  }

  /**
   * True when the word before the bare street word {@code t} is no ordinary word and a house
   * number that is no count follows {@code t} ({@code rinkeby allé 42}, {@code fittja gård 3}).
   * {@code number} is the house number's token, past "nr".
   */
  private boolean unlistedWordBefore(Tokens tokens, int t, int number, char[] lower) {
    int p = t - 1;
    if (p < 0 || !tokens.isWord(p) || !tokens.adjacent(p) || tokens.length(p) < 3
        || AddressLines.beforeUnit(tokens, number)) {
      return false;
    }
    return !tokens.lexeme(p, lexicon).isCommonWord();
  }

  /**
   * The index of the house number after the street word {@code t} ({@code Storgatan 26}, past the
   * number word of {@code Storgatan nr 26}), or -1 when none follows on the same line or the
   * number begins with 0, as no house number does.
   */
  static int houseNumberToken(Tokens tokens, int t) {
    int u = t + 1;
    if (tokens.adjacent(t) && (tokens.is(u, "nr") || tokens.is(u, "nummer"))) {
      u = tokens.isPunct(u + 1, '.') && tokens.end(u) == tokens.start(u + 1) ? u + 1 : u;
      if (!tokens.adjacent(u)) {
        return -1;
      }
      u++;
    } else if (!tokens.adjacent(t)) {
      return -1;
    }
    // no house number begins with 0: "Tel 08-123 456 78", "Telefon 031-…" are a cue and a phone number
    return u < tokens.size() && tokens.kind(u) == Tokens.NUMBER && tokens.length(u) <= MAX_HOUSE_NUMBER_DIGITS
        && tokens.charAt(tokens.start(u)) != '0' ? u : -1;
  }

  /** A letter that marks an entrance of a house number ({@code a} to {@code h}). */
  private static boolean isEntranceLetter(Tokens tokens, int t) {
    char c = (char) (tokens.charAt(tokens.start(t)) | 0x20);
    return c >= 'a' && c <= 'h';
  }

  /** "Box 123": a post-office box, capitalised or after a comma or "c/o" line. */
  private static boolean isPostBox(Tokens tokens, int t) {
    // asked of every word: the number after it first, which nearly every word lacks
    return t + 1 < tokens.size() && tokens.kind(t + 1) == Tokens.NUMBER && tokens.is(t, "box")
        && (tokens.has(t, Tokens.CAPITALISED) || tokens.isPunct(t - 1, ',')) && tokens.adjacent(t)
        && tokens.length(t + 1) <= 5;
  }

  /** The last token that ends at or before {@code end}, from token {@code t} on. */
  private static int lastTokenBefore(Tokens tokens, int t, int end) {
    int u = t;
    while (u + 1 < tokens.size() && tokens.end(u + 1) <= end) {
      u++;
    }
    return u;
  }

  /** "på", "vid", "till", "från" right before: a lowercase street word and a number after it are an address. */
  private static boolean placePreposition(Tokens tokens, int t) {
    int p = t - 1;
    return tokens.is(p, "på") || tokens.is(p, "vid") || tokens.is(p, "till") || tokens.is(p, "från");
  }



  /** A word of {@link #PLACE_PREPOSITIONS} right before token {@code t}. */
  private static boolean wherePreposition(Tokens tokens, int t) {
    int p = t - 1;
    return p >= 0 && tokens.isWord(p) && PLACE_PREPOSITIONS.contains(tokens.original(p).toLowerCase(java.util.Locale.ROOT));
  }

  /** Configures a {@link StreetAddressDetector}. Not thread-safe. */
  public static final class Builder {
    private SwedishLexicon lexicon;

    private Builder() {}

    /**
     * The lexicon to use; default the bundled {@link SwedishLexicon#get()}.
     *
     * @param lexicon the lexicon
     * @return this builder
     */
    public Builder lexicon(SwedishLexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /**
     * Builds the detector.
     *
     * @return the immutable detector
     */
    public StreetAddressDetector build() {
      return new StreetAddressDetector(this);
    }
  }
}
