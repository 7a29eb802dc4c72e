package se.avid.models.names;

import static se.avid.models.names.NameScores.CAPITALISED_UNKNOWN;
import static se.avid.models.names.NameScores.LOCAL_PLACE;
import static se.avid.models.names.NameScores.PLACE_CUE;
import static se.avid.models.names.NameScores.SENTENCE_START_UNKNOWN;
import static se.avid.models.names.ProperNameDetector.PERSON;
import static se.avid.models.names.ProperNameDetector.SWEDISH_PLACE;
import static se.avid.models.names.ProperNameDetector.any;
import static se.avid.models.names.WordLabels.PLACE;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexicon;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;

/**
 * The word rules that make a place of a word: a place typed without å, ä, ö or a small locality,
 * a word before "kommun" or "stad", an institution named after a place or a person. Not
 * thread-safe; one per call.
 */
final class PlaceWords {

  private final Tokens tokens;
  private final char[] lower;
  private final SwedishLexicon lexicon;
  private final Lexicon.Cursor cursor;
  private final long[] flags;
  private final boolean[] genitive;
  private final WordFacts words;
  private final Cues cues;
  private final WordLabels labels;

  PlaceWords(Tokens tokens, SwedishLexicon lexicon, WordFacts words, Cues cues, WordLabels labels) {
    this.tokens = tokens;
    this.lower = tokens.lower();
    this.lexicon = lexicon;
    this.cursor = words.cursor;
    this.flags = words.flags;
    this.genitive = words.genitive;
    this.words = words;
    this.cues = cues;
    this.labels = labels;
  }

  /**
   * "gavle", "bor i vasteras", "bussen till sommen": a word the lists lack that is a Swedish place
   * typed without å, ä, ö ({@code folded}, from {@link AsciiFolding}), or a small locality
   * ({@link Localities}); a locality that is also a word or a word's -s form ("nås") only after a
   * place cue. Sets the word a place.
   */
  boolean localPlace(int t, AsciiFolding.Reading folded) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    boolean cue = cues.places.locativeCue(t) || cues.places.placeCue(t);
    if (words.isLocality(t)) {
      if (!cue && (words.isCommon(t) || lower[s + len - 1] == 's' && lexicon.isCommonWord(lower, s, len - 1,
          new char[len]))) {
        return false;
      }
    } else if (folded != AsciiFolding.Reading.NAME_OR_PLACE
        // where a place stands, a place's reading wins over a word's ("vid rosengard": Rosengård,
        // though "rosengård" is a word too, as "vid Rosengård" is the place)
        && !(folded != AsciiFolding.Reading.UNKNOWN && cues.places.locativeCue(t)
            && (AsciiFolding.hasLocalityReading(lower, s, len) || AsciiFolding.hasReading(lexicon, lower, s, len, SWEDISH_PLACE)))) {
      return false; // a variant is a word, or none is a place; the stemmer's guess counts for less ("kavlinge")
    }
    labels.set(t, PLACE, cue ? PLACE_CUE : LOCAL_PLACE);
    return true;
  }

  /** "Luleå kommun", "Göteborgs stad", "bor i Kiruna" for places no lexicon knows or that are words. */
  boolean placeBefore(int t, long f, boolean common, boolean cased) {
    int u = t + 1;
    if (!tokens.isWord(u) || !tokens.adjacent(t) || !Category.CUE_PLACE_AFTER.in(flags[u])) {
      return false;
    }
    if (any(f, SWEDISH_PLACE) || (!common && !any(f, PERSON) && (cased || f == 0 || genitive[t]))) {
      labels.set(t, PLACE, PLACE_CUE);
      return true;
    }
    return false;
  }

  /** "Rosengårdsskolan", "Sofiakyrkan": an institution named after a place or a person. */
  boolean institution(int t, boolean cased, boolean sentenceStart) {
    int s = tokens.start(t);
    int len = tokens.length(t);
    long hit = words.ending(t);
    if (!Category.INSTITUTION_SUFFIX.in(hit)) {
      return false;
    }
    int headLen = len - (int) (hit >>> 32);
    if (headLen < 2) {
      return false;
    }
    long head = cursor.get(lower, s, headLen);
    if (!any(head, PERSON | SWEDISH_PLACE) && lower[s + headLen - 1] == 's') {
      head = cursor.get(lower, s, headLen - 1); // "Rosengårds|skolan"
    }
    if (any(head, PERSON | SWEDISH_PLACE) && (cased || !Category.COMMON_WORD.in(head))) {
      labels.set(t, PLACE, PLACE_CUE); // but not "stenkyrka" in lowercase: "sten" is a word
      return true;
    }
    if (cased && !words.isCommon(t)) {
      labels.set(t, PLACE, sentenceStart ? SENTENCE_START_UNKNOWN : CAPITALISED_UNKNOWN);
      return true;
    }
    return false;
  }
}
