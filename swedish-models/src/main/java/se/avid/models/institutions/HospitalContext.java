package se.avid.models.institutions;

import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * Whether the words around a token speak of a hospital: someone lies, is admitted, born,
 * operated on or sent there ({@code ligger på sus}, {@code föddes på östra}, {@code åkte in till
 * ks med ambulans}), or the word after it is a hospital's ward ({@code us akuten}). In such a
 * sentence a hospital's short form that is also an ordinary word ({@code sus}, {@code mas}) or a
 * short name that is an adjective ({@code östra}) names the hospital, also in lowercase, where
 * nothing else tells it from the word. Read from the tokens alone. Stateless.
 */
final class HospitalContext {

  private HospitalContext() {}

  /** How many words before the short form a cue may stand ("hon fick åka in med ambulans till"). */
  private static final int WINDOW = 6;

  /** Words of being in, going to or working at a hospital, before its name. */
  private static final WordSieve BEFORE = WordSieve.of("ligger", "låg", "legat", "inlagd", "inlagda", "inlagt", "lades", "lagts",
      "läggas", "föddes", "född", "födde", "föder", "förlöstes", "opererad", "opererades", "opererats", "opereras",
      "operera", "operation", "operationen", "vårdas", "vårdades", "vårdats", "remiss", "remissen", "remitterad",
      "remitterades", "remitterade", "skickades", "skickad", "fördes", "förd", "kördes", "ambulans", "ambulansen",
      "akuten", "akutmottagningen", "barnakuten", "psykakuten", "sjukhus", "sjukhuset", "läkare", "läkaren",
      "läkarna", "doktorn", "sjuksköterska", "sjuksköterskan", "undersköterska", "avdelning", "avdelningen",
      "intensiven", "iva", "förlossningen", "bb", "psyk", "röntgen", "inskriven", "inskrivna", "utskriven",
      "utskrivna", "undersökt", "undersöktes", "behandlas", "behandlades", "akut",
      // working there: "min dotter jobbar skift på sus", "hon jobbar natt på ks"
      "jobbar", "jobbade", "jobbat", "arbetar", "arbetade", "arbetat", "skift", "natt", "nattskift", "praktik");

  /** Wards and words of a hospital right after its name ("ks akuten", "sus förlossning", "mas i malmö"). */
  private static final WordSieve AFTER = WordSieve.of("akuten", "akutmottagning", "akutmottagningen", "barnakuten", "psykakuten",
      "sjukhus", "sjukhuset", "förlossning", "förlossningen", "bb", "iva", "psyk", "avdelning", "avdelningen",
      "huddinge", "solna", "lund", "malmö", "malmo", "uppsala", "umeå", "umea", "linköping", "linkoping", "örebro",
      "orebro");

  /** What takes someone to a hospital ("med ambulans"). */
  private static final WordSieve CARRIERS = WordSieve.of("ambulans", "ambulansen", "helikopter", "helikoptern", "ambulanshelikopter");

  /**
   * True if a hospital cue stands up to {@value #WINDOW} words before token {@code t} in its
   * sentence, or right after it; or the word is where one goes "in" to ("åkte in till") or is
   * taken to by ambulance.
   *
   * @param tokens the tokens of a text
   * @param t the index of a word
   * @return whether the sentence speaks of a hospital there
   */
  static boolean isAround(Tokens tokens, int t) {
    if (tokens.isWord(t + 1) && tokens.adjacent(t) && (AFTER.has(tokens, t + 1)
        || tokens.is(t + 1, "i") && AFTER.has(tokens, t + 2))) {
      return true; // "ks akuten", "sus i lund"
    }
    if (tokens.is(t + 1, "med") && CARRIERS.has(tokens, t + 2) || tokens.is(t - 2, "in")) {
      return true; // "till ks med ambulans", "åkte in till us"
    }
    for (int p = t - 1, words = 0; p >= 0 && words < WINDOW && !breaksLine(tokens, p); p--) {
      if (!tokens.isWord(p)) {
        if (tokens.endsSentence(p)) {
          return false; // the sentence begins after it
        }
        continue;
      }
      if (BEFORE.has(tokens, p)) {
        return true;
      }
      words++;
    }
    return false;
  }

  /** A line break separates token {@code p} from the next: a new line, a new context. */
  private static boolean breaksLine(Tokens tokens, int p) {
    char[] chars = tokens.lower(); // between words: the normalised text itself
    for (int i = tokens.end(p), to = tokens.start(p + 1); i < to; i++) {
      if (chars[i] == '\n' || chars[i] == '\r') {
        return true;
      }
    }
    return false;
  }
}
