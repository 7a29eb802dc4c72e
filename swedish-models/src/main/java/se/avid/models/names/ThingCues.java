package se.avid.models.names;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Tokens;

/**
 * Words around a name that show it names a firm, an app or an organisation, not a person: a mark
 * after it ("Resurs Bank", "Lloyds Apotek", "Dina Försäkringar", "Volvo Group"), a noun of a thing
 * right before it ("appen Yubo", "inkassobolaget Lindorff", "föreningen Hopp"), or a thing that
 * "heter" it ("firman heter Clean", "hennes firma hette Ruts Glans &amp; Städ"), where the mark
 * is capitalised as the name is. Not a first name that a hundred people or more are called by:
 * "Anna Bank" is a woman, "jag ringde banken Anna svarade" names one. Stateless and thread-safe.
 */
final class ThingCues {

  private ThingCues() {}

  /** The most capitalised words of a thing's name after "heter" ("Ruts Glans &amp; Städ"). */
  private static final int MAX_NAME_WORDS = 4;

  /**
   * The last token of the name of a thing that starts at word {@code t}, or -1 if no word around
   * it shows a thing.
   *
   * @param tokens the tokens of a text
   * @param t a word found as a name
   * @return the index of the thing's last token, or -1
   */
  static int end(Tokens tokens, int t) {
    int last = cueEnd(tokens, t);
    // "Anna Bank": a first name and a surname; asked last, as few names have a cue around them
    return last >= 0 && commonFirstName(tokens, t) ? -1 : last;
  }

  /** {@link #end}, whoever the word is called by. */
  private static int cueEnd(Tokens tokens, int t) {
    int mark = t + 1;
    if (tokens.isWord(mark) && tokens.adjacent(t) && in(MARKS, tokens, mark)
        && tokens.has(mark, Tokens.CAPITALISED) == tokens.has(t, Tokens.CAPITALISED)) {
      return mark; // "Resurs Bank", "resurs bank"
    }
    int p = t - 1;
    if (tokens.isWord(p) && tokens.adjacent(p) && tokens.endsWithAny(p, DEFINITE_NOUNS)) {
      return t; // "appen Yubo", "inkassobolaget Lindorff"
    }
    if (namedThing(tokens, p)) {
      return nameEnd(tokens, t); // "firman heter Clean", "en app som heter Yubo"
    }
    return -1;
  }

  /** "firman heter", "en app som hette": word {@code p}, right before the name, names it for a thing. */
  private static boolean namedThing(Tokens tokens, int p) {
    if (!tokens.is(p, "heter") && !tokens.is(p, "hette") || !tokens.adjacent(p - 1)) {
      return false;
    }
    int subject = tokens.is(p - 1, "som") && tokens.adjacent(p - 2) ? p - 2 : p - 1;
    return subject >= 0 && tokens.isWord(subject)
        && (tokens.endsWithAny(subject, DEFINITE_NOUNS) || tokens.endsWithAny(subject, INDEFINITE_NOUNS));
  }

  /** The last of up to four capitalised words, joined by spaces or "&amp;", from {@code t}. */
  private static int nameEnd(Tokens tokens, int t) {
    int last = t;
    for (int k = t + 1, words = 1; k < tokens.size() && words < MAX_NAME_WORDS && tokens.adjacent(k - 1); k++) {
      if (tokens.isPunct(k, '&')) {
        continue;
      }
      if (!tokens.isWord(k) || !tokens.has(k, Tokens.CAPITALISED) || tokens.has(k, Tokens.SENTENCE_START)) {
        break;
      }
      last = k;
      words++;
    }
    return last;
  }

  private static boolean commonFirstName(Tokens tokens, int t) {
    return NameCounts.firstName(tokens.lower(), tokens.start(t), tokens.length(t)) >= NameCounts.HUNDREDS;
  }

  private static boolean in(CharArraySet set, Tokens tokens, int k) {
    return set.contains(tokens.lower(), tokens.start(k), tokens.length(k));
  }

  /** Marks of a firm after its name. */
  private static final CharArraySet MARKS = WordFacts.words(
      "bank", "sparbank", "försäkring", "försäkringar", "apotek", "group", "finans", "inkasso", "kredit");

  /**
   * Nouns of firms, apps, services and organisations, as their compounds end; not "tjänsten"
   * ("socialtjänsten Anna"), "banken" ("jag ringde banken Anna svarade"), words of persons'
   * groups ("klassen", "gruppen"), or a shop or restaurant, which is a place ("ICA-butiken Dacke",
   * "restaurangen Cranks").
   */
  private static final String[] DEFINITE_NOUNS = {
    "appen", "sajten", "bolaget", "företaget", "firman", "kedjan", "märket", "plattformen",
    "föreningen", "förbundet", "stiftelsen", "organisationen", "tidningen"};
  /**
   * The same nouns indefinite, only before "heter" ("en app som heter Yubo"): right before a word
   * their endings are parts of others ("ikapp Anna").
   */
  private static final String[] INDEFINITE_NOUNS = {
    "app", "sajt", "bolag", "företag", "firma", "kedja", "förening", "märke"};
}
