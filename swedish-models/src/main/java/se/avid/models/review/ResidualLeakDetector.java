package se.avid.models.review;

import java.util.Set;
import se.avid.EntityType;
import se.avid.models.institutions.InstitutionNouns;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.names.AsciiFolding;
import se.avid.models.names.Localities;
import se.avid.models.names.NameCounts;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * Flags what may be left readable after the other detectors: it reports, with a score in the
 * review band, every place where a name, a place or a number is likely, whether or not another
 * detector has found it. The anonymizer drops a review finding that a redacted finding covers
 * whole, so only the residue flags the post ({@code AnalysisResult.needsReview()}); it redacts
 * nothing as long as {@link #DEFAULT_SCORE} is under the redact threshold.
 *
 * <p>The signals, each a kind of leak rather than a word list:
 * <ul>
 *   <li>a capitalised word inside a sentence that is no ordinary word, public body or country,
 *       or that is listed as a name or a place ({@code min dotter heter Sol}): {@link EntityType#NAME};
 *   <li>in any case, a name-like word (listed as a name, borne by 100 people or more according to
 *       Statistics Sweden, or no ordinary word) right after a cue
 *       ({@code heter}, {@code min dotter}, {@code mvh}; after a cue also a frequent word that
 *       hundreds are called by: {@code min dotter vilja}), a word coordinated with a first name
 *       that Statistics Sweden counts as one ({@code eetu och venla}), a first name with the word after it
 *       ({@code hans berg}: the surname may be left), and the last words of a post when they
 *       stand alone (a signature): {@link EntityType#NAME};
 *   <li>a word typed without å, ä, ö that is then a place, or a small locality, after {@code i},
 *       {@code på}, {@code från} ({@code bor i vasteras}): {@link EntityType#PLACE};
 *   <li>a genitive before an institution noun ({@code Lindgårdens äldreboende}), or one word ending
 *       in one that is no ordinary word ({@code falkenbergsskolan}): {@link EntityType#PLACE};
 *   <li>in any case, what stands in a place or name position: after
 *       {@code i}, {@code på}, {@code från}, {@code vid}, {@code till} a word that is no Swedish word,
 *       a listed place or an unknown compound with a place ending ({@code på näl}, {@code i kista});
 *       next to an institution noun an unknown word, a listed name or place, or a definite noun
 *       ({@code förskola myrstacken}); the words before {@code heter hon}: {@link EntityType#PLACE}
 *       or {@link EntityType#NAME};
 *   <li>a run of at least 7 digits, spaces and dashes inside, that is no amount
 *       and no service number ({@code 913 260 471-1}, not {@code 020-50 50 50}), or of
 *       4 right after a cue ({@code tel 45 81}): {@link EntityType#OTHER}.
 * </ul>
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class ResidualLeakDetector implements Detector {

  /** The detector's name. */
  public static final String NAME = "swedish-residual-leak";

  /** Between the review threshold a moderated service sets (0.3) and the default redact threshold (0.5). */
  public static final double DEFAULT_SCORE = 0.4;

  private static final Set<EntityType> TYPES = Set.of(EntityType.NAME, EntityType.PLACE, EntityType.OTHER);

  /** Categories that are kept, never a leak. */
  private static final long KEPT = Category.bits(Category.PUBLIC_BODY, Category.COUNTRY);
  /** Categories of names and places. */
  private static final long NAME_OR_PLACE = Category.bits(Category.FIRST_NAME, Category.SURNAME,
      Category.MUNICIPALITY, Category.TOWN, Category.DISTRICT, Category.REGION);
  /** Categories of places. */
  private static final long PLACE = Category.bits(Category.MUNICIPALITY, Category.TOWN, Category.DISTRICT,
      Category.REGION);
  /** Categories of person names. */
  private static final long PERSON = Category.bits(Category.FIRST_NAME, Category.SURNAME);
  /** Cues after which a name follows. */
  private static final long NAME_CUE = Category.bits(Category.CUE_NAME, Category.CUE_RELATION,
      Category.CUE_GREETING, Category.CUE_SIGNATURE);
  /** SCB order of magnitude from which a name-like word in a name slot counts as a name: 100 bearers. */
  private static final int MIN_BEARERS = 2;
  /** {@link NameCounts#firstName} (1: 50 people or more) that makes a word before an age a first name ({@code ask, 8 år}). */
  private static final int MIN_AGED_BEARERS = 1;
  /** {@link NameCounts#firstName} (1: 50 people or more) that makes a word right after a cue a name ({@code min son ask}). */
  private static final int MIN_CUED_BEARERS = 1;
  /** Shorter unknown words ("if", "ok") are too often a word to flag. */
  private static final int MIN_NO_WORD = 3;
  /** Words of a post's last line that may be a signature. */
  private static final int SIGNATURE_WORDS = 3;
  /** Longer words are no surnames. */
  private static final int MAX_SURNAME_LENGTH = 62;
  /** Unknown definite compounds at least this long are nouns ("Socialrådgivningen"), not names. */
  private static final int LONG_DEFINITE = 10;

  private final SwedishLexicon lexicon;
  private final double score;

  private ResidualLeakDetector(Builder b) {
    this.lexicon = b.lexicon != null ? b.lexicon : SwedishLexicon.get();
    this.score = b.score;
  }

  /**
   * A builder with the shared lexicon and {@link #DEFAULT_SCORE}.
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

  @Override
  public void detect(ScanText text, FindingSink sink) {
    Tokens tokens = Tokens.of(text);
    char[] lower = tokens.lower();
    char[] scratch = null; // for the tests of parts of words, which few words reach
    int signatureFrom = signatureStart(tokens);
    boolean afterCue = false;
    int lastPhraseHead = -1; // the last word that begins a listed phrase of several words
    ThingSkips things = new ThingSkips(tokens, sink);
    for (int t = 0; t < tokens.size(); t++) {
      if (t <= things.skipTo()) {
        continue; // part of a thing the name detector keeps, found when a word of it was about to be flagged
      }
      things.at(t);
      if (tokens.kind(t) == Tokens.NUMBER) {
        t = digitRun(tokens, t, things);
        afterCue = false;
        continue;
      }
      if (!tokens.isWord(t)) {
        continue; // punctuation keeps a cue in force: "mvh, Anna", "/Anna"
      }
      int start = tokens.start(t);
      int length = tokens.length(t);
      // one look-up for the word's facts, its common-word test and its ending, kept for every later text
      Lexeme word = tokens.lexeme(t, lexicon);
      long facts = word.facts();
      long categories = SwedishLexicon.categories(facts);
      // a cue reaches the next word of its sentence, or of the next line ("Mvh\nAnna")
      boolean cued = afterCue && (!tokens.has(t, Tokens.SENTENCE_START) || tokens.has(t, Tokens.LINE_START));
      afterCue = (categories & NAME_CUE) != 0 && (Category.CUE_NAME.in(categories) || !Category.CUE_RELATION.in(categories)
          || isAfterPossessive(tokens, t)); // "min man Ali", not "ska man klara sig"

      // a word that begins or continues a kept phrase of two words ("Canada Goose")
      boolean phraseHead = Category.MULTIWORD_HEAD.in(categories);
      boolean inPhrase = lastPhraseHead == t - 1 && isKeptPair(tokens, t - 1) || phraseHead && isKeptPair(tokens, t);
      if (phraseHead) {
        lastPhraseHead = t;
      }
      if (tokens.has(t, Tokens.ALL_CAPS) || (categories & KEPT) != 0 || inPhrase
          || isKeptGenitive(lower, start, length) || isCompoundNoun(tokens, lower, t)) {
        continue; // acronyms are mostly bodies, units and diagnoses (BUP, LSS, ADHD)
      }
      // the name of a thing the name detector keeps ("en Kia", "Toyota Auris", "lex Sarah"): asked
      // only when a finding is about to be reported
      things.reached(t);
      if (isGenitive(lower, start, length) && InstitutionNouns.isNoun(tokens, t + 1) && !isDeterminer(tokens, t)) {
        things.add(start, tokens.end(t), EntityType.PLACE, score);
        continue;
      }
      if (isAgedFirstName(tokens, t) && NameCounts.firstName(lower, start, length) >= MIN_AGED_BEARERS) {
        things.add(start, tokens.end(t), EntityType.NAME, score); // "en elev, ask, 8 år": a child and its age
        continue;
      }
      boolean common = word.isCommonWord();
      boolean namePosition = isNamePosition(tokens, t);
      if (namePosition && (cued || InstitutionNouns.isNoun(tokens, t - 1))) {
        // "heter Sol", "förskolan Blåklockan": capitals after a cue name, whatever the word
        things.add(start, tokens.end(t), cued ? EntityType.NAME : EntityType.PLACE, score);
        continue;
      }
      if (!common || namePosition) {
        long ending = word.ending();
        if (Category.INSTITUTION_SUFFIX.in(ending)) {
          scratch = scratch(scratch, length);
          if (endsInInstitution(ending, lower, start, length, scratch, namePosition)) {
            things.add(start, tokens.end(t), EntityType.PLACE, score);
            continue;
          }
        }
      }
      boolean closedClass = Category.WORD_FORM.in(categories);
      boolean placeAfter = ResidualSlots.isAfterPlacePreposition(tokens, t);
      // the name slots: only there does a word need the costlier readings below
      boolean nameSlot = cued || t >= signatureFrom || namePosition;
      // a form known to nothing as written ("kavlinge", which the stemmer would read as "kavling")
      AsciiFolding.Reading folded = facts != 0 || !(nameSlot || placeAfter) ? AsciiFolding.Reading.UNKNOWN
          : AsciiFolding.read(lexicon, lower, start, length, NAME_OR_PLACE);
      if (nameSlot) {
        boolean unknown = !common && categories == 0 && folded == AsciiFolding.Reading.UNKNOWN
            && !isLongDefinite(lower, start, length);
        if (unknown) {
          scratch = scratch(scratch, length);
          unknown = !isCompound(lower, start, length, scratch);
        }
        // a pronoun that is also a name ("inga", "mina", "hans") only right after a cue ("sambo hans
        // berg"); a word typed without å/ä/ö ("pa") is the word
        boolean typedWord = folded == AsciiFolding.Reading.LISTED_WORD;
        boolean person = (categories & PERSON) != 0 && (!closedClass || cued)
            || !SwedishLexicon.isFrequentOrListedWord(facts) && !typedWord // "min" is a name too, and a pronoun
                && NameCounts.bearers(lower, start, length) >= MIN_BEARERS
            // "min dotter vilja": right after a cue, a frequent word that hundreds are called by
            || cued && !closedClass && !typedWord && NameCounts.firstName(lower, start, length) >= MIN_BEARERS
            // "min son ask": a rarer first name after a cue, when it is no frequent word ("man ha")
            || cued && !closedClass && !typedWord && !SwedishLexicon.isFrequentWord(facts)
                && NameCounts.firstName(lower, start, length) >= MIN_CUED_BEARERS;
        if ((unknown || person) && (cued || t >= signatureFrom)
            || (unknown || (categories & NAME_OR_PLACE) != 0) && namePosition) {
          things.add(start, tokens.end(t), EntityType.NAME, score);
          continue;
        }
      }
      if (Category.FIRST_NAME.in(categories) && !common && (categories & NAME_CUE) == 0 && isSurnameNext(tokens, t)) {
        things.add(tokens.start(t + 1), tokens.end(t + 1), EntityType.NAME, score);
      } else if (isCoordinatedWithAName(tokens, t) && !closedClass && NameCounts.firstName(lower, start, length) > 0) {
        things.add(start, tokens.end(t), EntityType.NAME, score); // "eetu och venla", "nils o ask"
      } else if (placeAfter && (folded == AsciiFolding.Reading.NAME_OR_PLACE
          || !common && Localities.contains(lower, start, length))) {
        things.add(start, tokens.end(t), EntityType.PLACE, score);
      } else if (placeAfter && !common && categories == 0 && hasPlaceEnding(word.ending(), length)) {
        things.add(start, tokens.end(t), EntityType.PLACE, score); // "på bergsgården", "vid korsängen"
      } else if (!closedClass && isResidualPlace(tokens, t, categories, placeAfter,
          !common && categories == 0 && folded == AsciiFolding.Reading.UNKNOWN && isNoWord(lower, start, length,
              scratch = scratch(scratch, length)))) {
        things.add(start, tokens.end(t), EntityType.PLACE, score);
      } else if (!closedClass && ResidualSlots.isBeforeNamingVerb(tokens, t)) {
        things.add(start, tokens.end(t), EntityType.NAME, score); // "ask lindgren heter hon"
      }
    }
  }

  /** {@code scratch}, or a new buffer when it cannot hold a word of {@code length} chars and one more. */
  private static char[] scratch(char[] scratch, int length) {
    return scratch != null && scratch.length > length + 1 ? scratch : new char[Math.max(64, length + 2)];
  }

  /**
   * True when the word is two ordinary words joined, with or without a linking -s or -e
   * ("anhörig|stöd", "åtgärd|s|programmet"): a compound noun, not a name.
   */
  private boolean isCompound(char[] lower, int start, int length, char[] scratch) {
    for (int head = 3; head <= length - 4; head++) {
      if (!lexicon.isCommonWord(lower, start + head, length - head, scratch)) {
        continue;
      }
      if (lexicon.isCommonWord(lower, start, head, scratch)) {
        return true;
      }
      char link = lower[start + head - 1];
      if ((link == 's' || link == 'e') && head > 3 && lexicon.isCommonWord(lower, start, head - 1, scratch)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of the post's last sentence if it has at most {@value #SIGNATURE_WORDS} words
   * ("…kan de tvinga honom? Tina", "/robin kask"); past the last token otherwise.
   */
  private static int signatureStart(Tokens tokens) {
    int words = 0;
    for (int t = tokens.size() - 1; t >= 0; t--) {
      if (tokens.isWord(t)) {
        words++;
        if (words > SIGNATURE_WORDS) {
          return tokens.size();
        }
        if (tokens.has(t, Tokens.SENTENCE_START) || tokens.has(t, Tokens.LINE_START) || t > 0 && tokens.isPunct(t - 1, '/')) {
          return t;
        }
      } else if (tokens.kind(t) == Tokens.NUMBER) {
        return tokens.size();
      }
    }
    return tokens.size();
  }

  /** True when word {@code t} follows a possessive ("min", "hennes"): a relation noun after one is a cue. */
  private boolean isAfterPossessive(Tokens tokens, int t) {
    int p = t - 1;
    return tokens.isWord(p) && tokens.adjacent(p)
        && Category.CUE_POSSESSIVE.in(SwedishLexicon.categories(lexicon.facts(tokens.lower(), tokens.start(p), tokens.length(p))));
  }

  /** True when the word after first name {@code t}, with only a space between, may be its surname. */
  private boolean isSurnameNext(Tokens tokens, int t) {
    int next = t + 1;
    if (!tokens.isWord(next) || !tokens.adjacent(t) || tokens.length(next) > MAX_SURNAME_LENGTH) {
      return false;
    }
    Lexeme word = tokens.lexeme(next, lexicon);
    return Category.SURNAME.in(SwedishLexicon.categories(word.facts()))
        || !word.isCommonWord() && ResidualSlots.hasVowel(tokens.lower(), tokens.start(next), tokens.length(next)); // not "btw"
  }

  /** Right after "och" or "o" after a listed first name or one that a hundred people are called by. */
  private boolean isCoordinatedWithAName(Tokens tokens, int t) {
    int c = t - 1;
    int p = t - 2;
    if (!(tokens.is(c, "och") || tokens.is(c, "o")) || !tokens.isWord(p) || !tokens.adjacent(p) || !tokens.adjacent(c)) {
      return false;
    }
    char[] lower = tokens.lower();
    long before = SwedishLexicon.categories(lexicon.facts(lower, tokens.start(p), tokens.length(p)));
    return Category.FIRST_NAME.in(before)
        || NameCounts.firstName(lower, tokens.start(p), tokens.length(p)) >= MIN_BEARERS && !Category.WORD_FORM.in(before);
  }

  /**
   * True when word {@code t}, in any case, is in a place position and may be a place the other
   * detectors left: after a place preposition a word that is no ordinary word or that is listed as
   * a place ("i sickla", "på näl", "bor i kista"); next to an institution noun a word that is no
   * ordinary word, is listed as a name or place, or is a definite noun ("förskola trollskogen",
   * "vårdcentral lund", "hemgården äldreboende").
   */
  private static boolean isResidualPlace(Tokens tokens, int t, long categories, boolean placeAfter, boolean noWord) {
    boolean named = noWord || (categories & NAME_OR_PLACE) != 0;
    if (placeAfter && (noWord || (categories & PLACE) != 0)) {
      return true;
    }
    boolean after = ResidualSlots.isAfterInstitutionNoun(tokens, t);
    boolean before = !after && ResidualSlots.isBeforeInstitutionNoun(tokens, t);
    if (!after && !before || isDeterminer(tokens, t)) {
      return false;
    }
    // a definite noun next to an indefinite institution noun names it ("förskola trollskogen", "hemgården äldreboende")
    int noun = after ? t - 1 : t + 1;
    char[] lower = tokens.lower();
    return named || ResidualSlots.isDefinite(lower, tokens.start(t), tokens.length(t))
        && !ResidualSlots.isDefinite(lower, tokens.start(noun), tokens.length(noun));
  }

  /** An ending of place names ("-gården", "-ängen") after at least three letters of the word. */
  private static boolean hasPlaceEnding(long ending, int length) {
    return Category.PLACE_SUFFIX.in(ending) && (int) (ending >>> 32) + 3 <= length;
  }

  /**
   * True when the word is no Swedish word in any form: unknown to the lexicon, of three letters or
   * more, no word with an ordinary word before its last four letters (a compound, "nät|casino",
   * "natt|härbärget"), no long definite noun, no plural or participle by its ending ("näl",
   * "hvitfeldtska", not "kvällarna", "ärvda").
   */
  private boolean isNoWord(char[] lower, int start, int length, char[] scratch) {
    return length >= MIN_NO_WORD && ResidualSlots.hasVowel(lower, start, length) // "rfsl": an acronym
        && !isLongDefinite(lower, start, length) && !ResidualSlots.isInflected(lower, start, length)
        && !KeptShortForms.contains(lower, start, length) // "på insta": Instagram
        && !startsWithWord(lower, start, length, scratch);
  }

  /** True when an ordinary word of three letters or more begins the word and leaves four or more. */
  private boolean startsWithWord(char[] lower, int start, int length, char[] scratch) {
    for (int head = 3; head <= length - 4; head++) {
      if (lexicon.isCommonWord(lower, start, head, scratch)) {
        return true;
      }
    }
    return false;
  }

  /** A hyphenated word whose last part is lowercase is a compound noun ("ADHD-utredning", "AA-möten"). */
  private static boolean isCompoundNoun(Tokens tokens, char[] lower, int t) {
    for (int i = tokens.end(t) - 2; i > tokens.start(t); i--) {
      if (lower[i] == '-') {
        return Character.isLowerCase(tokens.charAt(i + 1));
      }
    }
    return false;
  }

  /** A long word known to nothing in a definite form: an organisation's noun ("Patientnämnden"). */
  private static boolean isLongDefinite(char[] lower, int start, int length) {
    if (length < LONG_DEFINITE) {
      return false;
    }
    char last = lower[start + length - 1];
    char before = lower[start + length - 2];
    return before == 'e' && (last == 'n' || last == 't');
  }

  /** The genitive of a kept term ("Scanias lager"). */
  private boolean isKeptGenitive(char[] lower, int start, int length) {
    return isGenitive(lower, start, length)
        && (lexicon.words().cursor().get(lower, start, length - 1) & KEPT) != 0;
  }

  /** Capitalised, not all caps (acronyms are mostly bodies and diagnoses), not first in its sentence. */
  /**
   * A word after a comma or at the start of a sentence or line, followed by an age ({@code , ask,
   * 8 år}, {@code Vilja 9 år}): the way people introduce a child, so a first name there is one even
   * when it is also a word; "max 3 år" inside a sentence is no such place.
   */
  private static boolean isAgedFirstName(Tokens tokens, int t) {
    boolean opens = t == 0 || tokens.isPunct(t - 1, ',') || tokens.has(t, Tokens.SENTENCE_START)
        || tokens.has(t, Tokens.LINE_START);
    if (!opens) {
      return false;
    }
    int n = tokens.isPunct(t + 1, ',') ? t + 2 : t + 1;
    return tokens.kind(n) == Tokens.NUMBER && tokens.length(n) <= 2 && tokens.is(n + 1, "år");
  }

  private static boolean isNamePosition(Tokens tokens, int t) {
    return tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS)
        && !tokens.has(t, Tokens.SENTENCE_START) && !tokens.has(t, Tokens.LINE_START);
  }

  /**
   * True when tokens {@code first} and {@code first + 1} are a kept phrase of two words ("Canada
   * Goose"). Asked only when {@code first} heads a listed phrase ({@link Category#MULTIWORD_HEAD},
   * which the lexicon gives the first word of every entry of several words): no other pair can be one.
   */
  private boolean isKeptPair(Tokens tokens, int first) {
    if (first < 0 || !tokens.isWord(first) || !tokens.isWord(first + 1) || !tokens.adjacent(first)) {
      return false;
    }
    int from = tokens.start(first);
    long facts = lexicon.words().cursor().get(tokens.lower(), from, tokens.end(first + 1) - from);
    return (facts & KEPT) != 0;
  }

  private static boolean isGenitive(char[] lower, int start, int length) {
    return length >= 4 && lower[start + length - 1] == 's';
  }

  /** Possessives and other genitives that own an institution without naming it ("hans", "kommunens"). */
  private static boolean isDeterminer(Tokens tokens, int t) {
    return tokens.is(t, "hans") || tokens.is(t, "hennes") || tokens.is(t, "deras") || tokens.is(t, "dess")
        || tokens.is(t, "barnens") || tokens.is(t, "kommunens") || tokens.is(t, "regionens")
        || tokens.is(t, "stadens") || tokens.is(t, "ortens") || tokens.is(t, "närmaste")
        || tokens.is(t, "andras") || tokens.is(t, "allas");
  }

  /**
   * One word that ends in an institution noun after at least three letters that are no ordinary
   * word ("falkenbergsskolan", not "familjehemmet" nor "grundskolan"), or after any, when it is
   * capitalised inside a sentence ("Katedralskolan").
   */
  private boolean endsInInstitution(long suffix, char[] lower, int start, int length, char[] scratch, boolean capitalised) {
    int head = length - (int) (suffix >>> 32);
    if (suffix == 0 || !Category.INSTITUTION_SUFFIX.in(suffix) || head < 3) {
      return false;
    }
    if (capitalised) {
      return true; // "Katedralskolan" inside a sentence: a proper name, whatever its first part
    }
    if (lexicon.isCommonWord(lower, start, head, scratch)) {
      return false;
    }
    // a linking -s or -e: "familje|hemmet", "barn|s|jukhuset" is rare, "ålders|hemmet"
    char link = lower[start + head - 1];
    return !((link == 's' || link == 'e') && head > 3 && lexicon.isCommonWord(lower, start, head - 1, scratch));
  }

  /** Reports the run of digits that starts at token {@code first} if it may be personal; returns its last token. */
  private int digitRun(Tokens tokens, int first, FindingSink sink) {
    int last = DigitRuns.lastToken(tokens, first);
    if (DigitRuns.mayBePersonal(tokens, first, last)) {
      sink.add(tokens.start(first), tokens.end(last), EntityType.OTHER, score);
    }
    return last;
  }

  /** Builds a {@link ResidualLeakDetector}. Not thread-safe. */
  public static final class Builder {
    private SwedishLexicon lexicon;
    private double score = DEFAULT_SCORE;

    private Builder() {}

    /**
     * The lexicon to tell ordinary words, kept terms, names and places by; default the shared one.
     *
     * @param lexicon the lexicon
     * @return this builder
     */
    public Builder lexicon(SwedishLexicon lexicon) {
      this.lexicon = lexicon;
      return this;
    }

    /**
     * The score of every finding: put it in the review band of the anonymizer it runs in.
     *
     * @param score between 0 and 1
     * @return this builder
     * @throws IllegalArgumentException if the score is outside 0..1
     */
    public Builder score(double score) {
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("score must be between 0 and 1: " + score);
      }
      this.score = score;
      return this;
    }

    /**
     * The detector.
     *
     * @return a new, immutable detector
     */
    public ResidualLeakDetector build() {
      return new ResidualLeakDetector(this);
    }
  }
}
