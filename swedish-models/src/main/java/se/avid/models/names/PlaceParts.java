package se.avid.models.names;

import static se.avid.models.names.WordLabels.NONE;
import static se.avid.models.names.WordLabels.PLACE;

import se.avid.models.lexicon.Tokens;

/**
 * The ordinary words that make part of a place's name: a part after it ({@code Nacka strand},
 * {@code Kista centrum}, {@code Hammarby sjöstad}) and a direction or size before it
 * ({@code södra Ängby}, {@code Lilla Edet}). Left out, such a word stays beside the redacted place
 * and narrows it down to a district; taken in, the whole name is one place. Only words next to a
 * place that the rules found are read, so the words themselves stay ordinary words elsewhere.
 * Not thread-safe; one per call.
 */
final class PlaceParts {

  /** Nouns that follow a place's name as part of a district's or locality's name. */
  private static final String[] AFTER = {
    "strand", "centrum", "sjöstad", "torg", "hamn", "udde", "gård", "backe", "park", "brygga", "holme", "ö"
  };
  /** Directions and sizes that go before a place's name as part of it. */
  private static final String[] BEFORE = {
    "södra", "norra", "östra", "västra", "övre", "nedre", "stora", "lilla"
  };

  private final Tokens tokens;
  private final WordLabels labels;

  PlaceParts(Tokens tokens, WordLabels labels) {
    this.tokens = tokens;
    this.labels = labels;
  }

  /** Widens every place found over the name parts next to it. */
  void widen() {
    byte[] type = labels.type;
    int n = tokens.size();
    for (int t = 0; t < n; t++) {
      if (type[t] != PLACE) {
        continue;
      }
      int last = t;
      while (last + 1 < n && tokens.start(last + 1) < labels.spanEnd[t]) {
        last++;
      }
      if (tokens.adjacent(last) && free(last + 1) && tokens.isAnyOf(last + 1, AFTER)) {
        labels.spanEnd[t] = tokens.end(last + 1);
        type[last + 1] = NONE;
      }
      int before = t - 1;
      if (tokens.adjacent(before) && free(before) && tokens.isAnyOf(before, BEFORE)) {
        type[before] = PLACE;
        labels.score[before] = labels.score[t];
        labels.spanEnd[before] = labels.spanEnd[t];
        type[t] = NONE; // reported from its direction on
      }
    }
  }

  /**
   * Nothing, or a doubtful name or place ("Nacka Strand": the surname Strand; a part the context
   * model judged on its own), that the place may take in.
   */
  private boolean free(int t) {
    byte type = labels.type[t];
    return type == NONE || (type == WordLabels.NAME || type == PLACE) && labels.score[t] < NameScores.REDACT;
  }
}
