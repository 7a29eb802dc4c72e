package se.avid.models.institutions;

import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.NoteField;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;

/**
 * What {@link InstitutionDetector} asks of a word alone before its rules: whether it is an
 * institution noun, a noun a name follows or precedes, a word that may end in an institution's
 * ending, a preposition of place, a hospital's name. Asked of every token and its neighbours, as
 * separate tests (the tails of three lists, a few word lists and sets) they cost the detector most
 * of its time; found once per word and kept in its record's {@link Lexeme#notes}, a token costs
 * one read. Each role is a function of the word's chars alone. Stateless.
 *
 * <p>The roles are kept in the record's {@link NoteField#INSTITUTION_ROLES}. Not in a {@code
 * WordMemo}: its fields, shared by all rules, are taken.
 */
final class WordRoles {

  private WordRoles() {}

  /** An institution noun or a compound of one ({@link InstitutionNouns#isNounOrCompound}): "förskolan", "omsorgsboende". */
  static final int NOUN = 1;
  /**
   * A noun whose name may follow it: a listed institution noun, a venue's noun, a noun of daily
   * activity, or a word in -n or -t that may end in an institution's ending ("förskolan
   * Blåklockan", "pizzeria Roma", "daglig verksamhet Verkstan").
   */
  static final int NOUN_BEFORE_NAME = 1 << 1;
  /** A noun whose name or owner may stand before it: a listed institution noun or a venue's noun ("Kullens café"). */
  static final int NOUN_AFTER_NAME = 1 << 2;
  /** A word that may end in an institution's ending ("Solrosskolan") or begin a university's name ("högskolan"). */
  static final int NAME_ENDING = 1 << 3;
  /** A preposition of place or a prison's noun: a hospital, prison or home may follow ("på", "anstalten"). */
  static final int SLOT = 1 << 4;
  /** A hospital's listed short form or name, an unlisted short name's shape ("sus", "karolinska", "hvitfeldtska") or a prison's name ("hall"). */
  static final int HOSPITAL_OR_PRISON = 1 << 5;

  /**
   * The roles of token {@code t}: 0 for a token that is no word or an index out of range.
   *
   * @param tokens the tokens of a text, their words' records looked up ({@link Tokens#lookUpAll})
   * @param t the index of a token, or any int
   * @param lexicon the lexicon of the records
   * @return the bits of its roles
   */
  static int of(Tokens tokens, int t, SwedishLexicon lexicon) {
    if (!tokens.isWord(t)) {
      return 0;
    }
    Lexeme word = tokens.lexeme(t, lexicon);
    int roles = NoteField.INSTITUTION_ROLES.get(word);
    return roles >= 0 ? roles : NoteField.INSTITUTION_ROLES.keep(word, derive(tokens, t)); // kept after a word's first occurrence
  }

  /** The roles of word {@code t}, from its chars: each test as the rules ask it. */
  static int derive(Tokens tokens, int t) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    boolean listed = InstitutionNouns.isNoun(tokens, t) || Venues.isNoun(tokens, t);
    boolean ending = NamesAfterNouns.mayEndAsInstitution(lower, start, length);
    char last = lower[start + length - 1];
    int roles = 0;
    if (InstitutionNouns.isNounOrCompound(tokens, t)) {
      roles |= NOUN;
    }
    if (listed || NamesAfterNouns.isActivityNoun(tokens, t) || ending && (last == 'n' || last == 't')) {
      roles |= NOUN_BEFORE_NAME;
    }
    if (listed) {
      roles |= NOUN_AFTER_NAME;
    }
    if (ending || UniversityNames.mayBeginAt(tokens, t)) {
      roles |= NAME_ENDING;
    }
    if (ProperStarts.isPlacePreposition(tokens, t) || PrisonNames.isNoun(tokens, t)) {
      roles |= SLOT;
    }
    if (HospitalNames.mayBeListedOrShortName(lower, start, length) || PrisonNames.isName(lower, start, length)) {
      roles |= HOSPITAL_OR_PRISON;
    }
    return roles;
  }
}
