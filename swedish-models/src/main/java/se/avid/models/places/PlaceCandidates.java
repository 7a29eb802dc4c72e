package se.avid.models.places;

import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.NoteField;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.spi.FindingSink;

/**
 * The cheap test that spares {@link ResidencePlaceDetector} the tokens none of its rules can
 * take: most tokens are punctuation, numbers or short lowercase words ("och", "jag", "att") with
 * no preposition of place in them and no cue after them, and each went through every kind of place
 * (a definite name, a predicate, a county, a compound, a neighbour, a slot) only to be left alone,
 * each asking its own lists of the token or the next.
 *
 * <p>A token is left out when it is no word, or a word with all of these: no compound of a place
 * (an area compound, or a word of six letters or more that no list holds: {@link #COMPOUND});
 * not capitalised (a definite name is); no number before it (a post
 * town); no bracket after it (a bracketed name); no word after it that a rule of the next
 * word reads ("ligger", "är", "län", "kommun", "centrum"); and itself no preposition of place,
 * "om", "på" or noun of an area, one list for all of them. For such a token every kind of place
 * returns before it reports anything.
 *
 * <p>What it asks of a word alone, its roles, is found once per word and kept in the word's
 * record ({@link #roles}): a token costs a read, not the tests of two lists and a compound.
 *
 * <p>The test must stay conservative: a new rule that may take such a token must widen it. With
 * assertions on (as in the tests), {@link ResidencePlaceDetector} still asks every kind of place
 * of each token it leaves out and fails if one is found. Stateless.
 */
final class PlaceCandidates {

  private PlaceCandidates() {}

  /** Words a rule reads at the token itself: the slots of place, "om" after a direction, "på", area nouns. */
  private static final WordSieve AT = WordSieve.union(new WordSieve[] {ResidencePlaceDetector.SLOTS, AreaNouns.NOUNS},
      "om", "på", "pa");
  /** Words a rule reads after the token: a place predicate's verb, "län", "kommun", "centrum". */
  private static final WordSieve AFTER = WordSieve.union(
      new WordSieve[] {PlacePredicates.VERBS, ResidencePlaceDetector.BODY_OR_CENTRE}, "län");

  /** The sink of the check, with assertions on, of a token left out: a finding there fails it. */
  static final FindingSink NOTHING = (start, end, type, score) -> {
    throw new AssertionError("a rule took a token that PlaceCandidates leaves out: widen its test");
  };

  /** A word of {@link #AT}: a rule reads a place after it ("i", "på", "området"). */
  static final int SLOT = 1;
  /** A word of {@link #AFTER}: a rule reads a place before it ("kommun", "ligger"). */
  static final int CUE_AFTER = 1 << 1;
  /** A word that may be a compound of a place: an area compound, or long and in no list at all ("göteborgsbor"). */
  static final int COMPOUND = 1 << 2;

  /**
   * The roles of token {@code p}, found once per word and kept in its record: 0 for a token that is
   * no word or an index out of range.
   *
   * @param lexicon the lexicon of the records
   * @param tokens the tokens of a text, their words' records looked up ({@link Tokens#lookUpAll})
   * @param p the index of a token, or any int
   * @return the bits of its roles
   */
  static int roles(SwedishLexicon lexicon, Tokens tokens, int p) {
    if (!tokens.isWord(p)) {
      return 0;
    }
    Lexeme word = tokens.lexeme(p, lexicon);
    int roles = NoteField.PLACE_ROLES.get(word);
    return roles >= 0 ? roles : NoteField.PLACE_ROLES.keep(word, derive(lexicon, tokens, p, word)); // kept after a word's first occurrence
  }

  /** The roles of word {@code p}, whose record is {@code word}, from its chars: each test as the rules ask it. */
  static int derive(SwedishLexicon lexicon, Tokens tokens, int p, Lexeme word) {
    int length = tokens.length(p);
    int roles = 0;
    if (AT.has(tokens, p)) {
      roles |= SLOT;
    }
    if (AFTER.has(tokens, p)) {
      roles |= CUE_AFTER;
    }
    if (length >= ResidencePlaceDetector.MIN_AREA_COMPOUND && AreaCompounds.isAreaCompound(lexicon, tokens.lower(), tokens.start(p),
        length, ResidencePlaceDetector.PLACES, ResidencePlaceDetector.KEPT)
        || length >= ResidencePlaceDetector.MIN_PLACE_COMPOUND && ResidencePlaceDetector.isInNoList(word)) {
      roles |= COMPOUND;
    }
    return roles;
  }

  /**
   * Whether token {@code p} may be taken by a rule of {@link ResidencePlaceDetector}: false only
   * for a token that every one of them leaves (see the class comment). Its own shape first, the
   * neighbours last.
   *
   * @param tokens the tokens of the text
   * @param p a token
   * @param roles the {@link #roles} of token {@code p}
   * @param next those of token {@code p + 1}
   * @return whether to ask the rules
   */
  static boolean mayTake(Tokens tokens, int p, int roles, int next) {
    return tokens.isWord(p)
        && ((roles & (SLOT | COMPOUND)) != 0 || tokens.has(p, Tokens.CAPITALISED) || (next & CUE_AFTER) != 0
            || tokens.isPunct(p + 1, '(') || p >= 1 && tokens.kind(p - 1) == Tokens.NUMBER);
  }
}
