package se.avid.models.names;

import static se.avid.models.names.NameScores.*;
import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.PLACE;

import se.avid.models.institutions.PlacingSlots;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The rules for a word that no cue, list pair or slot decided, by how it is written: capitalised
 * inside a sentence, capitalised at a sentence start, or lowercase. The last step of {@link
 * WordRules#decide}. Not thread-safe; one per call.
 */
final class CaseRules {

  private final Tokens tokens;
  private final long[] flags;
  private final boolean[] genitive;
  private final byte[] type;
  private final WordFacts words;
  private final WordShapes shapes;
  private final Cues cues;
  private final WordLabels labels;
  private final Homographs homographs;
  private final UnknownWords unknown;
  private final NameSlots slots;

  CaseRules(Tokens tokens, WordFacts words, WordShapes shapes, Cues cues, WordLabels labels, Homographs homographs,
      UnknownWords unknown, NameSlots slots) {
    this.tokens = tokens;
    this.flags = words.flags;
    this.genitive = words.genitive;
    this.type = labels.type;
    this.words = words;
    this.shapes = shapes;
    this.cues = cues;
    this.labels = labels;
    this.homographs = homographs;
    this.unknown = unknown;
    this.slots = slots;
  }

  /** Compass points that, capitalised where a place stands, name a part of a town ("på Söder"). */
  private static final WordSieve COMPASS_POINTS = WordSieve.of("söder", "norr", "öster", "väster");

  /**
   * A compass point after "på", in any case ("bor på söder", "mat på Väster"), is the part of town
   * named so; a direction is "i söder", "åt söder", "söder om".
   */
  static boolean partOfTown(Tokens tokens, Cues cues, int t) {
    return tokens.is(t - 1, "på") && COMPASS_POINTS.has(tokens, t) && cues.places.afterPå(t) && !tokens.is(t + 1, "om");
  }

  void capitalisedInside(int t, long f, boolean person, boolean place, boolean common) {
    if (place && (!person || cues.places.placeCue(t) && !genitive[t])) { // "i Noras blick": "i" governs the noun
      labels.set(t, PLACE, CAPITALISED_KNOWN);
    } else if (person && !Category.FIRST_NAME.in(f) && !genitive[t] && tokens.adjacent(t - 1) && tokens.is(t - 1, "i")) {
      labels.set(t, PLACE, CAPITALISED_KNOWN); // "i Toledo", "i Salem": nobody is "in" a person
    } else if (person) {
      labels.set(t, NAME, CAPITALISED_KNOWN);
    } else if (shapes.isStreet(t)) {
      // left to the address detector
    } else if (words.properNoun(t) && !words.listedWord(t)) {
      // tested before the stemmed common-word test, which reads "Paris" as "pari" + "s"
      labels.set(t, cues.places.locativeCue(t) || cues.places.afterPå(t) || shapes.dictionaryPlace(t) || shapes.placeShapedNoSurname(t) || shapes.placeCompound(t) ? PLACE : NAME,
          PROPER_NOUN);
    } else if (common && COMPASS_POINTS.has(tokens, t) && (cues.places.locativeCue(t) || cues.places.afterPå(t))) {
      labels.set(t, PLACE, CAPITALISED_KNOWN); // "på Söder", "bor på Väster": the part of a town named so
    } else if (common && homographs.countedCapitalised(t)) {
      // "med Ask till", "och Vide": capitalised inside a sentence, a word that hundreds are called by
      labels.judgeUnknown(t, NAME, CAPITALISED_COUNTED_WORD);
    } else if (common && f == 0 && shapes.placeShaped(t) && cues.places.locativeCue(t)) {
      labels.set(t, PLACE, CAPITALISED_UNKNOWN); // "bor i Vitvattnet", "från Storsjön": a place's ending where a place stands
    } else if (common && f == 0 && rareFormWhereAPlaceStands(t)) {
      labels.set(t, PLACE, CAPITALISED_UNKNOWN); // "bor i Levanger", "lägenhet på Slätta"
    } else if (common && f == 0 && unknown.parts.headedByWord(t)) {
      // "på sitt Twitterkonto", "lämna Grammygalan": a compound the dictionary reads as a word,
      // named after its first part
    } else if (common) {
      labels.judge(t, NAME, CAPITALISED_COMMON);
    } else if (tokens.length(t) <= 2) {
      labels.judge(t, NAME, SHORT_UNKNOWN);
    } else if (f == 0 && unknown.nameByLetters(t)) {
      labels.set(t, NAME, UNKNOWN_IN_NAME_SLOT); // "vi träffade Böje på", "det var Jaker som"
    } else if (shapes.placeShaped(t) && (cues.places.locativeCue(t) || cues.places.afterPå(t))) {
      labels.set(t, PLACE, CAPITALISED_UNKNOWN); // "på Jakobsgårdarna", "i Gruvberget": a place's ending where a place stands
    } else if (shapes.placeShaped(t)) {
      labels.judgeUnknown(t, PLACE, CAPITALISED_UNKNOWN, true); // "Gruvberget", "Riddarholmen"
    } else if (f == 0 && !shapes.placePrefix(t) && unknown.parts.headedByWord(t)) {
      // "under Almedalsveckan", "på sitt Twitterkonto": a thing named after its first part; the
      // review signal still sees a capitalised unknown word
    } else if (shapes.housingCompany(t)) {
      // "Köpingebostäder", "Karlstadshus": a landlord named after its town, kept
    } else if (shapes.longInflectedCompound(t) && !shapes.surnameShaped(t, true)) {
      if (shapes.placePrefix(t)) {
        labels.set(t, PLACE, CAPITALISED_UNKNOWN); // "Göteborgstrakten", "Kirunagruvan"
      } else {
        labels.judge(t, NAME, CAPITALISED_COMPOUND);
      }
    } else {
      // the rules give the type where a locative cue stands before the word ("i Toledo", "i
      // Granberga") or it ends like a surname ("Wikmans", "Sjölander"); elsewhere the scorer's
      // neighbours decide
      boolean possessor = shapes.genitiveOfSurnameShape(t); // "i Wikmans bok"
      boolean locative = !possessor && cues.places.locativeCue(t);
      boolean surnameLike = !locative && (shapes.surnameShaped(t, true) || possessor);
      labels.judgeUnknown(t, locative ? PLACE : NAME, CAPITALISED_UNKNOWN, locative || surnameLike);
    }
  }

  /**
   * Capitalised inside a sentence where a place stands, a form no list holds that the stemmer only
   * reads as another word's inflection ("bor i Levanger", "lägenhet på Slätta"). Not a definite
   * noun ("på Distriktsveterinärerna", "från Majblomman") or a genitive or plural in -s ("i Rikets
   * sal", "i Stories"), which name a body or a thing; not an adjective in -ska ("i Eritreanska
   * ortodoxa kyrkan") or the first part of a hyphened compound ("på SiS-hem"); and not a workplace
   * ("jobb på Stegra", "handläggaren på Kela"): after "på", a word of working or buying near it or a
   * noun of a person before "på" makes it a firm or a body.
   */
  private boolean rareFormWhereAPlaceStands(int t) {
    boolean locative = cues.places.locativeCue(t);
    if (!locative && !cues.places.afterPå(t) || words.isFrequentOrListed(t) || !placeShapedForm(t)) {
      return false;
    }
    return locative || !ThingNames.commerceBefore(tokens, t)
        && !(tokens.isWord(t - 2) && Category.CUE_NAME.in(flags[t - 2])); // "handläggaren på Kela"
  }

  /**
   * A form the stemmer reads only as another word's inflection that may still be a place's name:
   * no definite noun, plural of a word, genitive or plural in -s, adjective in -ska, hyphened word or compound of a
   * word ({@link WordParts#headedByWord}).
   */
  private boolean placeShapedForm(int t) {
    if (genitive[t] || shapes.definiteEnding(t) || shapes.definiteOfNounInAOrEr(t) || shapes.pluralOfWord(t)) {
      return false;
    }
    char[] lower = tokens.lower();
    int e = tokens.end(t);
    return !(lower[e - 1] == 's' || tokens.length(t) > 3 && lower[e - 3] == 's' && lower[e - 2] == 'k' && lower[e - 1] == 'a'
        || unknown.parts.lastHyphen(tokens.start(t), tokens.length(t)) >= 0 || unknown.parts.headedByWord(t));
  }

  /** The longest unknown word taken for a name by its slot alone: a name's length, not a compound's. */
  private static final int MAX_UNKNOWN_SUBJECT = 9;

  void capitalisedAtStart(int t, long f, boolean person, boolean place, boolean common) {
    if (person && cues.limitOnAMeasure(t)) {
      return; // "Max fyra månader, sa de", "Max budget är 5 000 kr": the limit opening its sentence; not "Max mamma"
    }
    if (f == 0 && unknown.namedByPredicate(t)) {
      labels.set(t, NAME, UNKNOWN_IN_NAME_SLOT); // "Ligge är 15 år", "Atte är min kompis"
      return;
    }
    if (common && !person && !place && words.properNoun(t) && !words.listedWord(t)) {
      labels.set(t, shapes.dictionaryPlace(t) || shapes.placeShapedNoSurname(t) ? PLACE : NAME, PROPER_NOUN);
      return;
    }
    if (common) {
      if (!person && !place && homographs.countedCapitalised(t)) {
        labels.judge(t, NAME, SENTENCE_START_AMBIGUOUS); // "Ask är fem år", "Vide ringde"
        return;
      }
      if (person && !place && !Category.WORD_FORM.in(f) && homographs.wordBeforePreposition(t)) {
        return; // "Bo hos pappa", "Klara av det": a verb opening its clause
      }
      if (!place && !Category.FIRST_NAME.in(f) && homographs.surnameSubject(t)) {
        return; // "Lind har envetet bearbetat": a surname that is a word, as the subject
      }
      if (person && !place && !Category.WORD_FORM.in(f)) {
        labels.judge(t, NAME, SENTENCE_START_AMBIGUOUS); // "Björn", "Per" opening a sentence; not "Hans", "Inga"
      } else if (person || place) {
        labels.judge(t, place ? PLACE : NAME, AMBIGUOUS); // "Vara", "Mark" opening a sentence
      }
      return; // "Jag", "Det", "Hej": the most frequent case, no scorer call
    }
    if (place && (!person || cues.places.placeCue(t) && !genitive[t])) { // "i Noras blick": "i" governs the noun
      labels.set(t, PLACE, SENTENCE_START_KNOWN);
    } else if (person) {
      labels.set(t, NAME, SENTENCE_START_KNOWN);
    } else if (shapes.isStreet(t)) {
      // left to the address detector
    } else if (words.properNoun(t)) {
      labels.set(t, shapes.dictionaryPlace(t) || shapes.placeShapedNoSurname(t) ? PLACE : NAME, PROPER_NOUN);
    } else {
      if (f == 0 && (unknown.nameByLetters(t) || words.firstNameBearers(t) > 0 && unknown.noWordAtAll(t))) {
        // "Djezair slår mig", "Hajjaj och jag"; "Kannika, alla kallar mig Lek": no word at all
        // that fifty people or more are called by
        labels.set(t, NAME, UNKNOWN_IN_NAME_SLOT);
      } else if (f == 0 && tokens.length(t) <= MAX_UNKNOWN_SUBJECT && slots.subjectBeforeVerb(t) && !shapes.definiteEnding(t)
          && !shapes.placeShaped(t) && !unknown.parts.headedByWord(t)) {
        // "Biladar slår mig", "Sugumar sa att": a short word of no list or reading opening a
        // sentence as the subject of its finite verb is someone, whatever its letters look like;
        // not a compound in the definite form the dictionary lacks ("Bandmedlemmarna slog")
        labels.set(t, NAME, UNKNOWN_IN_NAME_SLOT);
      } else if (shapes.placeShaped(t)) {
        labels.judgeUnknown(t, PLACE, SENTENCE_START_NAME_SHAPED, true);
      } else if (f == 0 && !shapes.placePrefix(t) && unknown.parts.headedByWord(t)) {
        // "Byggkoncernen Skanska fick", "Idrottsgalan sänds": a thing named after its first part
      } else if (shapes.surnameShaped(t, true) || shapes.nameShaped(t)) {
        labels.judgeUnknown(t, NAME, shapes.surnameShaped(t, true) ? SURNAME_SHAPED : SENTENCE_START_NAME_SHAPED, shapes.surnameShaped(t, true));
      } else {
        labels.judge(t, NAME, SENTENCE_START_UNKNOWN);
      }
    }
  }

  void lowercase(int t, long f, boolean person, boolean place, boolean common) {
    int p = tokens.isWord(t - 1) && words.inSet(CueLists.KIN_ADJECTIVES, t - 1) ? t - 2 : t - 1; // "min yngre bror"
    if (Cues.isCueWord(f) && tokens.isWord(p)
        && (Category.CUE_POSSESSIVE.in(flags[p]) || words.inSet(CueLists.DETERMINERS, p) || words.kinGenitive(p)
            || words.genitive[p] && labels.type[p] == NAME)) {
      // "min bror", "hennes son", "en bror", "ingen son", "min mans bror", "Haiders bror": the kin
      // noun, not the names Bror and Son
      return;
    }
    if (Category.FIRST_NAME.in(f) && common && cues.ages.ageAfter(t) && !cues.afterArticle(t) && !cues.maximum(t)) {
      labels.set(t, NAME, CUE); // "två barn, lisa 5 år och theo 8": a child's age names the word before it
      return;
    }
    boolean placeEntry = place && labels.spanEnd[t] > tokens.end(t); // "hela västra götaland": a place of several words
    if ((common || words.listedWord(t)) && cues.wordOfTheText(t) && !placeEntry || cues.maximum(t) || cues.spokenDay(t)
        || person && common && tokens.has(t, Tokens.SENTENCE_START) && homographs.wordBeforePreposition(t)) {
      // "bo hos pappa varannan vecka": a verb opening its clause, as in capitals
      return;
    }
    if (person && tokens.adjacent(t - 1) && (tokens.is(t - 1, "ett") || !Category.FIRST_NAME.in(f) && tokens.is(t - 1, "en"))) {
      // "en holm", "ett berg": a surname that is a noun, after an article; no one says "en lindqvist";
      // and no person at all after the neuter article ("ett kit")
      return;
    }
    if (person && !common && !place && cues.foldedListedWord(t) && !cues.namingCue(t) && !tokens.has(t, Tokens.SENTENCE_START)) {
      // "sms lan fran ferratum": in a text typed without å, ä, ö, a listed word put back (lån), not
      // Lan; but a name opening its sentence is its subject ("erna var den enda", not "ärna")
      return;
    }
    if (person && !common && !place && cues.writtenWithCapitals && words.ordinaryByLexicon(t)) {
      return; // "betala elen", "den bruna", "jag ammar": a writer who uses capitals gives a name one
    }
    if (person && !common && !place && words.ordinaryByLexicon(t) && afterClauseSubjectPronoun(t)) {
      return; // "och jag ammar", "han ammar fortfarande": the verb after its subject, no name
    }
    if (place && !common) {
      labels.set(t, PLACE, cues.places.placeCue(t) ? PLACE_CUE : LOWERCASE_PLACE);
    } else if (person && !common) {
      // in a text written with capitals a name without one is as likely a word, a brand or a typo
      // ("spotify på max", "av yasmin"): in the review band, not redacted
      labels.set(t, NAME, cues.writtenWithCapitals ? LOWERCASE_NAME_IN_CAPITALISED_TEXT
          : Category.FIRST_NAME.in(f) ? LOWERCASE_FIRST_NAME : LOWERCASE_SURNAME);
    } else if (Category.MUNICIPALITY.in(f) && cues.places.locativeCue(t) && !shapes.definiteEnding(t)
        && !words.isFrequent(t)) {
      // "i lund", "från skara": a municipality, not a grove or a crowd, when the word is no frequent
      // one ("i boden", "i mark" are the shed and the soil more often); only a sure scorer keeps it
      labels.judgeUnknown(t, PLACE, PLACE_WORD_WITH_CUE, true);
    } else if (place && cues.places.afterInstitutionsI(t)) {
      labels.set(t, PLACE, PLACE_WORD_WITH_CUE); // "psykosmottagningen i handen": the institution's town
    } else if (place && cues.places.strongPlaceCue(t)) {
      labels.judgeUnknown(t, PLACE, PLACE_WORD_WITH_CUE, true); // "flyttade till vara", "bor i mark"
    } else if (place || person) {
      labels.judge(t, place && cues.places.placeCue(t) ? PLACE : person ? NAME : PLACE, AMBIGUOUS);
      if (Category.MUNICIPALITY.in(f) && cues.places.locativeCue(t) && !shapes.definiteEnding(t)
          && labels.score[t] < UNKNOWN_AFTER_PLACE_CUE) {
        // "en familj i skara": a municipality that is also a frequent word, after a place cue, is
        // too likely the place to publish unseen; flagged, not redacted
        labels.set(t, PLACE, UNKNOWN_AFTER_PLACE_CUE);
      }
    } else if (f == 0 && placeBySlot(t)) {
      // "flyttade till slätta", "bor i tjärna ängar"
    } else {
      unknown.lowercaseUnknown(t, f);
    }
  }

  /**
   * In lowercase, a word of no list that its slot makes a place ({@link #placeFormAfterVerbOfLiving},
   * {@link #placeBeforeDistrictPlural}); asked of cued and uncued words alike. Sets the word a place.
   */
  boolean placeBySlot(int t) {
    return placeFormAfterVerbOfLiving(t) || placeBeforeDistrictPlural(t) || unknownVenueBeforeItsTown(t);
  }

  /**
   * In lowercase, a short word no list and no dictionary holds between "på", "till", "vid" or "från"
   * and "i" with a listed Swedish place ("pluggar på hv i trollhättan"): a venue or an
   * institution named by its own word, which lies in that town. Sets the word a place.
   */
  private boolean unknownVenueBeforeItsTown(int t) {
    int p = t - 1;
    if (!VENUE_PREPOSITIONS.has(tokens, p) || !tokens.adjacent(p) || words.isCommon(t) || tokens.length(t) > MAX_VENUE_WORD
        || !beforeItsTown(t)) {
      return false; // not a compound the dictionary lacks: "till migrationsdomstolen i göteborg"
    }
    labels.set(t, PLACE, PLACE_WORD_WITH_CUE);
    return true;
  }

  /** The longest such word: a venue's short name ("hv", "helix"), not a compound the dictionary lacks. */
  private static final int MAX_VENUE_WORD = 8;
  /** The prepositions before a venue: where one is, goes, comes from. */
  private static final WordSieve VENUE_PREPOSITIONS = WordSieve.of("på", "till", "vid", "från");

  /**
   * In lowercase, a form no list holds that the stemmer reads only as another word's inflection,
   * after a verb of living or moving and its preposition ("vi bor i levanger", "flyttade till
   * slätta"): a place ({@link #placeShapedForm}). Sets the word a place.
   */
  private boolean placeFormAfterVerbOfLiving(int t) {
    int p = t - 1;
    if (tokens.length(t) < MIN_LOWERCASE_PLACE_FORM || !words.isCommon(t) || words.isFrequentOrListed(t)
        || !LIVING_PREPOSITIONS.has(tokens, p) || !tokens.adjacent(p) || !livingBefore(p) || !placeShapedForm(t)) {
      return false; // not after a bare "till" or "från": "till kulturella upplevelser", "från onödiga bekymmer"
    }
    labels.set(t, PLACE, PLACE_WORD_WITH_CUE);
    return true;
  }

  /**
   * In lowercase, after a verb of living or an institution's noun and a preposition of place, or
   * before the town it lies in, a word that no list holds and no frequent word is before the
   * plural of a field or hill ("bor i tjärna ängar", "korttidsboendet i tjärna ängar", "en familj i
   * tjärna ängar i borlänge"): a district ({@link PlaceParts} takes in the plural). Sets the word a place.
   */
  private boolean placeBeforeDistrictPlural(int t) {
    int p = t - 1;
    if (words.isFrequentOrListed(t) || !PlaceParts.beforeDistrictPlural(tokens, t) || !cues.places.locativeCue(t)
        || !(LIVING_PREPOSITIONS.has(tokens, p) && livingBefore(p) || cues.places.afterInstitutionsI(t)
            || beforeItsTown(t + 1) && !shapes.adjectiveInA(t))) {
      return false; // not "på gröna ängar", "åkte pulka i branta backar i kiruna": an adjective before the plural
    }
    labels.set(t, PLACE, PLACE_WORD_WITH_CUE);
    return true;
  }

  /** Word {@code u} is followed by "i" and a listed Swedish place: the town a district lies in ("ängar i borlänge"). */
  private boolean beforeItsTown(int u) {
    int town = u + 2;
    return tokens.adjacent(u) && tokens.is(u + 1, "i") && tokens.adjacent(u + 1) && tokens.isWord(town)
        && ProperNameDetector.any(flags[town], ProperNameDetector.SWEDISH_PLACE);
  }

  /**
   * A subject pronoun stands right before word {@code t} and opens its clause: first in its
   * sentence or after a conjunction ("och jag ammar"); not after a verb, where the pronoun is the
   * subject of that verb and a name may be its object ("sen ringde han ammar").
   */
  private boolean afterClauseSubjectPronoun(int t) {
    int p = t - 1;
    if (!tokens.isWord(p) || !tokens.adjacent(p) || !words.inSet(CueLists.SUBJECT_PRONOUNS, p)) {
      return false;
    }
    return tokens.has(p, Tokens.SENTENCE_START) || !tokens.isWord(p - 1) || words.inSet(ClauseWords.CLAUSE_OPENERS, p - 1)
        && !tokens.is(p - 1, "nu") && !tokens.is(p - 1, "idag") && !tokens.is(p - 1, "igår");
  }

  /**
   * A verb of living or moving before the preposition at {@code p}, right before it or a few words
   * back in the same clause ("bor i", "bor med sin mamma i"), or a dwelling's noun right before it
   * ("lägenhet på", "huset i").
   */
  private boolean livingBefore(int p) {
    if (tokens.isWord(p - 1) && tokens.adjacent(p - 1) && PlacingSlots.isDwelling(tokens, p - 1)) {
      return true;
    }
    for (int v = p - 1; v >= 0 && v >= p - MAX_WORDS_AFTER_LIVING - 1 && tokens.isWord(v) && tokens.adjacent(v); v--) {
      if (Category.CUE_PLACE.in(flags[v]) && !LIVING_PREPOSITIONS.has(tokens, v) && !PLACE_PREPOSITIONS.has(tokens, v)) {
        return true;
      }
    }
    return false;
  }

  /** The most words between a verb of living and its preposition: "bor med sin mamma i". */
  private static final int MAX_WORDS_AFTER_LIVING = 3;
  /** The other prepositions filed as place cues, which are no verb of living ("nära", "vid", "mot"). */
  private static final WordSieve PLACE_PREPOSITIONS = WordSieve.of("utanför", "nära", "kring", "runt", "mot", "vid");

  /** The prepositions after a verb of living or moving: "bor i", "bor på", "flyttade till", "kommer från". */
  private static final WordSieve LIVING_PREPOSITIONS = WordSieve.of("i", "på", "till", "från");

  /** The shortest lowercase form that a verb of living makes a place ("bor i ed" is a listed place). */
  private static final int MIN_LOWERCASE_PLACE_FORM = 4;
}
