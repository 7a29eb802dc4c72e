package se.avid.models.names;

import static se.avid.models.names.WordLabels.NAME;
import static se.avid.models.names.WordLabels.NONE;
import static se.avid.models.names.WordLabels.PLACE;

import se.avid.models.lexicon.SaintsTitle;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The ordinary words that make part of a place's name: a part after it ({@code Nacka strand},
 * {@code Kista centrum}, {@code Hammarby sjöstad}, the station {@code Malmö C}), a direction, size or age before it ({@code södra
 * Ängby}, {@code Lilla Edet}, {@code Gamla Uppsala}, {@code nya hovås}; a name found after a
 * direction is a place's, {@code övre soppero}) and a saint's title before a name ({@code Sankt Olof}, {@code S:t
 * Eriks}). Left out, such a word stays beside the redacted place and narrows it down to a
 * district; taken in, the whole name is one place. Only words next to a place or name that the
 * rules found are read, so the words themselves stay ordinary words elsewhere. Not thread-safe;
 * one per call.
 */
final class PlaceParts {

  /** Nouns that follow a place's name as part of a district's or locality's name, or its station's ("Malmö C"). */
  private static final WordSieve AFTER = WordSieve.of("strand", "centrum", "sjöstad", "torg", "hamn", "udde", "gård",
      "backe", "park", "brygga", "holme", "ö", "c", "central",
      // a villa town, a church village, a works ("Hässelby villastad", "Frösö kyrkby", "Forsmarks bruk")
      "villastad", "kyrkby", "bruk",
      // a town's archipelago ("Stockholms skärgård")
      "skärgård",
      // districts named in the plural of a field, hill or pasture ("Tjärna ängar", "Hjulsta backar")
      "ängar", "backar", "hagar", "gärde", "höjder",
      // the grammar schools named after the old Latin and Real schools of a town ("Malmö Latin")
      "latin", "real");
  /** The plurals of {@link #AFTER} that name a district after a word that is no name ("tjärna ängar"). */
  private static final WordSieve DISTRICT_PLURALS = WordSieve.of("ängar", "backar", "hagar", "höjder");

  /**
   * Word {@code u} is a part of {@link #AFTER}, or its genitive: "Hässelby strands perrong", "Kista
   * centrums bibliotek" own something as the whole place.
   */
  private boolean isPartAfter(int u) {
    if (AFTER.has(tokens, u)) {
      return true;
    }
    int length = tokens.length(u);
    char[] lower = tokens.lower();
    int start = tokens.start(u);
    return tokens.isWord(u) && length > 2 && lower[start + length - 1] == 's' && AFTER.contains(lower, start, length - 1);
  }

  /** Word {@code t} stands right before a plural that names a district after it: "tjärna ängar", "hjulsta backar". */
  static boolean beforeDistrictPlural(Tokens tokens, int t) {
    return tokens.adjacent(t) && DISTRICT_PLURALS.has(tokens, t + 1);
  }
  /** Directions, sizes and ages that go before a place's name as part of it, also typed without å/ä/ö. */
  private static final WordSieve BEFORE = WordSieve.of("södra", "norra", "östra", "västra", "övre", "nedre", "yttre",
      "inre", "mellersta", "stora", "lilla", "gamla", "nya", "sodra", "ostra", "vastra", "ovre");
  /**
   * The directions of {@link #BEFORE}, which go before a place but never before a person: a name
   * found after one is a place's ("övre soppero"), where "lilla" or "gamla" go before a person too.
   */
  private static final WordSieve DIRECTIONS = WordSieve.of("södra", "norra", "östra", "västra", "övre", "nedre",
      "yttre", "inre", "mellersta", "sodra", "ostra", "vastra", "ovre");

  /** Word {@code t} is a direction that names a part of a place: "norra", "övre". */
  static boolean isDirection(Tokens tokens, int t) {
    return DIRECTIONS.has(tokens, t);
  }

  /** Words that link two places, not part of one, in a text that capitalises every word ("Malmö Till Stockholm"). */
  private static final WordSieve LINKS = WordSieve.of("till", "från", "och", "i", "på", "med", "mot", "via", "eller", "samt",
      "för", "vid", "hos", "efter", "över", "under", "o", "nära", "utanför");

  private final Tokens tokens;
  private final WordLabels labels;

  PlaceParts(Tokens tokens, WordLabels labels) {
    this.tokens = tokens;
    this.labels = labels;
  }

  /** The old school kinds that a direction names a grammar school by: "Norra Real", "Södra Latin". */
  private static final WordSieve SCHOOL_KINDS = WordSieve.of("latin", "real");

  /**
   * "går på norra real", "Södra Latin": a direction before the old school kinds "latin" or "real"
   * is a grammar school's name, in any case (a subject is "latin", never "södra latin"); set a
   * place over both words. Asked before any word need be found, as the school is often all a
   * sentence names.
   */
  static void schoolsAfterDirections(Tokens tokens, WordLabels labels) {
    for (int t = 1, n = tokens.size(); t < n; t++) {
      if (SCHOOL_KINDS.has(tokens, t) && tokens.adjacent(t - 1) && DIRECTIONS.has(tokens, t - 1)
          && labels.openToPlace(t - 1) && labels.openToPlace(t)) {
        labels.set(t - 1, PLACE, NameScores.PLACE_CUE);
        labels.spanEnd[t - 1] = tokens.end(t);
        labels.type[t] = NONE;
      }
    }
  }

  /** Widens every place found over the name parts next to it. */
  void widen() {
    byte[] type = labels.type;
    int n = tokens.size();
    for (int t = 0; t < n; t++) {
      if (type[t] == NAME || type[t] == PLACE) {
        int saint = SaintsTitle.startBefore(tokens, t);
        if (saint >= 0 && labels.openToPlace(saint)) {
          t = makePlace(saint, t); // "sankt olof", "S:t Eriks": a place or hospital named after a saint
          continue;
        }
      }
      if (type[t] == NAME && tokens.adjacent(t - 1) && labels.openToPlace(t - 1) && DIRECTIONS.has(tokens, t - 1)) {
        type[t] = PLACE; // "i övre soppero", "Norra Kvarnby": no person is named after a direction
      }
      if (type[t] != PLACE) {
        continue;
      }
      int last = t;
      while (last + 1 < n && tokens.start(last + 1) < labels.spanEnd[t]) {
        last++;
      }
      if (tokens.adjacent(last) && (labels.openToPlace(last + 1) || type[last + 1] == PLACE) && isPartAfter(last + 1)) {
        // also a part found a place on its own ("Malmö C": the context model may read "C" as one)
        labels.spanEnd[t] = tokens.end(last + 1);
        labels.score[t] = type[last + 1] == PLACE ? Math.max(labels.score[t], labels.score[last + 1]) : labels.score[t];
        type[last + 1] = NONE;
      } else if (partBetweenFound(last + 1)) {
        // "Rehab Station Stockholm", "La Cocina de Rosa": one run of capitals, the word between two found ones is part of the name
        labels.spanEnd[t] = Math.max(labels.spanEnd[last + 2], tokens.end(last + 2));
        labels.score[t] = Math.max(labels.score[t], labels.score[last + 2]);
        type[last + 1] = NONE;
        type[last + 2] = NONE;
      }
      int before = t - 1;
      if (tokens.adjacent(before) && (labels.openToPlace(before) || type[before] == PLACE) && BEFORE.has(tokens, before)) {
        // also a word found a place on its own ("Nya" of "Nya Hovås")
        labels.score[before] = type[before] == PLACE ? Math.max(labels.score[t], labels.score[before]) : labels.score[t];
        type[before] = PLACE;
        labels.spanEnd[before] = labels.spanEnd[t];
        type[t] = NONE; // reported from its direction on
      }
    }
  }

  /**
   * Word {@code g} stands between the place that ends right before it and a capitalised place or
   * name found after it, in one run of capitals: a capitalised word found as nothing or as a place
   * ("Rehab Station Stockholm"), or a lowercase particle of names found as nothing ("La Cocina de
   * Rosa").
   */
  private boolean partBetweenFound(int g) {
    int next = g + 1;
    if (g >= tokens.size() || !tokens.adjacent(g - 1) || !tokens.adjacent(g) || !capitalisedInside(next)
        || !(labels.type[next] == PLACE || labels.type[next] == NAME) || labels.score[next] < NameScores.REDACT) {
      return false;
    }
    return (labels.openToPlace(g) || labels.type[g] == PLACE) && capitalisedInside(g) && !LINKS.has(tokens, g)
        || labels.openToPlace(g) && NAME_PARTICLES.has(tokens, g) && !tokens.has(g, Tokens.CAPITALISED) && capitalisedInside(g - 1);
  }

  /** Particles inside place and venue names of other languages ("Costa del Sol", "La Cocina de Rosa"). */
  private static final WordSieve NAME_PARTICLES = WordSieve.of("de", "del", "della", "di", "da", "dos", "das", "do", "du",
      "la", "le", "los", "las", "el");

  private boolean capitalisedInside(int t) {
    return tokens.isWord(t) && tokens.has(t, Tokens.CAPITALISED) && !tokens.has(t, Tokens.ALL_CAPS)
        && !tokens.has(t, Tokens.SENTENCE_START);
  }

  /**
   * Makes the words from {@code first} to the run of found words from {@code t} on one place: a
   * saint's name after the title names a place, a parish or a hospital, not a person.
   *
   * @return the last word of the run
   */
  private int makePlace(int first, int t) {
    byte[] type = labels.type;
    int last = t;
    double score = labels.score[t];
    int end = Math.max(labels.spanEnd[t], tokens.end(t));
    while (type[t] == NAME && tokens.adjacent(last) && type[last + 1] == NAME) {
      last++;
      score = Math.max(score, labels.score[last]);
      end = tokens.end(last);
    }
    for (int k = first; k <= last; k++) {
      type[k] = NONE;
    }
    type[first] = PLACE;
    labels.score[first] = score;
    labels.spanEnd[first] = end;
    return last;
  }
}
