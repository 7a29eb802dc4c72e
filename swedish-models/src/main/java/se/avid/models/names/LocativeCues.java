package se.avid.models.names;

import se.avid.models.institutions.InstitutionNouns;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.places.ResidenceVerbs;

/**
 * The cues that place a word: a verb of living or a preposition before it ("bor i", "från",
 * "utanför"), a place word after it ("kommun"), "på" where no verb of a person governs it, what an
 * institution is called ("boendet heter vitsippan") and the county of a region's body ("Region
 * Skåne"). A part of {@link Cues}; not thread-safe, one per call.
 */
final class LocativeCues {

  private final Tokens tokens;
  private final long[] flags;
  private final WordFacts words;

  LocativeCues(Tokens tokens, WordFacts words) {
    this.tokens = tokens;
    this.flags = words.flags;
    this.words = words;
  }

  /**
   * Word {@code t} is what an institution or a place is called: right after "heter" or "hette"
   * with an institution noun in the definite form for its subject ("boendet heter vitsippan",
   * "förskolan hette Solrosen", "byn heter Ängsbo"), or "som" after one ("ett hvb-hem i
   * sollentuna som heter viljan"); not a closed-class word ("boendet heter inte").
   */
  boolean institutionNamed(int t) {
    int verb = t - 1;
    int subject = t - 2;
    if (!(tokens.is(verb, "heter") || tokens.is(verb, "hette")) || !tokens.adjacent(subject) || !tokens.adjacent(verb)
        || Category.WORD_FORM.in(flags[t]) || Cues.isCueWord(flags[t])) {
      return false;
    }
    if (tokens.is(subject, "som")) {
      // "ett hvb-hem i sollentuna som heter viljan": the noun a few words before "som"; a name
      // there may be a frequent definite noun, as homes are named
      return institutionBefore(subject) && (!words.isFrequent(t) || definite(t));
    }
    // "min kontaktperson på boendet heter karin": a noun after a preposition is no subject, the person is
    return !words.isFrequent(t) && definite(subject) && !PREPOSITIONS.has(tokens, subject - 1)
        && (InstitutionNouns.isNoun(tokens, subject) || words.inSet(Propagation.PLACE_NOUNS, subject));
  }

  /** Prepositions whose noun is no subject of the "heter" after it. */
  private static final WordSieve PREPOSITIONS = WordSieve.of("på", "i", "vid", "från", "hos", "med", "till", "pa");

  /** How many words before "som" its institution noun may stand ("ett hvb-hem i sollentuna som"). */
  private static final int RELATIVE_REACH = 3;

  /** An institution noun up to {@value #RELATIVE_REACH} words before "som" at {@code som}, in its sentence. */
  private boolean institutionBefore(int som) {
    for (int p = som - 1; p >= 0 && p >= som - RELATIVE_REACH && tokens.isWord(p); p--) {
      if (InstitutionNouns.isNounOrCompound(tokens, p)) {
        return true;
      }
    }
    return false;
  }

  /** The noun {@code t} ends as a definite form does ("förskolan", "boendet", "vårdcentralen"). */
  private boolean definite(int t) {
    char last = tokens.lower()[tokens.end(t) - 1];
    return tokens.isWord(t) && tokens.length(t) > 3 && (last == 'n' || last == 't');
  }

  /**
   * A cue that names a place more surely than a bare "i" ("i handen", "i boden" are words): "bor
   * i", "från", "till", "utanför", "kommun" after.
   */
  boolean strongPlaceCue(int t) {
    int p = t - 1;
    if (!tokens.isWord(p) || !tokens.adjacent(p)) {
      return tokens.isWord(t + 1) && tokens.adjacent(t) && Category.CUE_PLACE_AFTER.in(flags[t + 1]);
    }
    if (!Category.CUE_PLACE.in(flags[p])) {
      return false;
    }
    // "i handen", "på boden" are words: a bare "i" or "på" is strong only after a verb of living
    boolean bare = tokens.is(p, "i") || tokens.is(p, "på");
    return !bare || tokens.isWord(p - 1) && Category.CUE_PLACE.in(flags[p - 1]) // "bor i"
        || livingWithCompany(p); // "bor me mamma på"
  }

  /** Preposition {@code p} follows a verb of living and its company ("bor med min mamma på", "bor hos pappa i"). */
  private boolean livingWithCompany(int p) {
    int verb = ResidenceVerbs.verbBeforeCompany(tokens, p);
    return verb >= 0 && Category.CUE_PLACE.in(flags[verb]);
  }

  /**
   * "psykosmottagningen i handen", "vårdcentralen i hallen", "studiefrämjandet i handen": "i"
   * after an institution's noun or a public body places it in its town or district, so a listed
   * place there is the place, though a word too ("i handen" is the hand elsewhere).
   */
  boolean afterInstitutionsI(int t) {
    int p = t - 1;
    return InstitutionNouns.isAfterNounAndI(tokens, t)
        || tokens.is(p, "i") && tokens.adjacent(p) && tokens.adjacent(p - 1) && tokens.isWord(p - 1)
            && Category.PUBLIC_BODY.in(flags[p - 1]);
  }

  /**
   * A cue that places an unknown capitalised word rather than a person: "i", "på", "från",
   * "utanför", "nära" before it, "bor i" or "flyttade till", or "kommun" after it. Not a bare
   * "till", "mot" or "kring": "gav den till Zarvina", "log mot Karin".
   */
  boolean locativeCue(int t) {
    int p = t - 1;
    if (placeCueWordAt(p)
        // "i norra klarälvdalen", "från övre soppero": a direction between the cue and the place
        || tokens.isWord(p) && tokens.adjacent(p) && PlaceParts.isDirection(tokens, p) && placeCueWordAt(p - 1)) {
      return true;
    }
    return strongPlaceCue(t) && !(tokens.isWord(p) && tokens.adjacent(p) && words.inSet(CueLists.LOCATIVE_EXCEPTIONS, p)
        && !(tokens.isWord(p - 1) && Category.CUE_PLACE.in(flags[p - 1])) && !livingWithCompany(p));
  }

  /** Word {@code p} is a place cue right before the next token, not one of its exceptions. */
  private boolean placeCueWordAt(int p) {
    return tokens.isWord(p) && tokens.adjacent(p) && Category.CUE_PLACE.in(flags[p])
        && !words.inSet(CueLists.LOCATIVE_EXCEPTIONS, p);
  }

  /** A place cue before: "i", "från", "bor i", "flyttade till", "utanför". */
  boolean placeCue(int t) {
    int p = t - 1;
    return tokens.isWord(p) && tokens.adjacent(p) && Category.CUE_PLACE.in(flags[p])
        || tokens.isWord(t + 1) && tokens.adjacent(t) && Category.CUE_PLACE_AFTER.in(flags[t + 1]);
  }

  /** "Region Skåne", "region stockholm": the region as a public body. */
  boolean isRegionBody(int t) {
    return tokens.is(t, "region") && tokens.isWord(t + 1) && tokens.adjacent(t) && Category.REGION.in(flags[t + 1]);
  }

  /**
   * "på Kreta", "på Gotland": for a proper noun of the dictionary, "på" places it; but not after a
   * verb that takes a person with "på" ("lyssnar på Mendelssohn", "litar inte på Kassandra",
   * "väntade på Lennart").
   */
  boolean afterPå(int t) {
    if (t <= 0 || !tokens.adjacent(t - 1) || !tokens.is(t - 1, "på")) {
      return false;
    }
    int v = t - 2;
    if (tokens.isWord(v) && words.inSet(CueLists.ADVERBS_BEFORE_PÅ, v)) {
      v--; // "litar inte på", "väntar fortfarande på"
    }
    return !(tokens.isWord(v) && words.inSet(CueLists.VERBS_OF_A_PERSON_WITH_PÅ, v));
  }
}
