package se.avid.models.names;

import static se.avid.models.names.ProperNameDetector.any;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The cues that name a person by who they are to someone: a partner ("gifte sig med joy"), a
 * child ("pappa till ask"), kin with its possessive after it ("bror min esko") or a person's
 * genitive before it ("mammas kille"), and the name said before "heter" and its pronoun ("klara
 * heter hon"). A part of {@link Cues}; not thread-safe, one per call.
 */
final class RelationCues {

  private final Tokens tokens;
  private final long[] flags;
  private final WordFacts words;

  RelationCues(Tokens tokens, WordFacts words) {
    this.tokens = tokens;
    this.flags = words.flags;
    this.words = words;
  }

  /**
   * Word {@code t} is who someone is married to or together with: right after "med" after "gift",
   * "ihop", "tillsammans", "förlovad", or "gifte sig", "förlovade sig" ("gifte sig med joy", "är ihop
   * med mojje"); the word itself may still be an ordinary one ("gift med en svensk").
   */
  boolean partnerOf(int t) {
    int with = t - 1;
    if (!tokens.is(with, "med") || !tokens.adjacent(with) || !tokens.adjacent(with - 1)) {
      return false;
    }
    int r = with - 1;
    if (tokens.is(r, "sig")) {
      return tokens.adjacent(r - 1) && PARTNERING_VERBS.has(tokens, r - 1);
    }
    return PARTNERED.has(tokens, r);
  }

  /** Words of a couple before "med": "gift med", "ihop med". */
  private static final WordSieve PARTNERED = WordSieve.of("gift", "ihop", "tillsammans", "förlovad", "förlovade",
      "sambo");

  /** Verbs of becoming a couple before "sig med": "gifte sig med". */
  private static final WordSieve PARTNERING_VERBS = WordSieve.of("gifte", "gift", "förlovade", "förlovat", "gifta");

  /**
   * Word {@code q} is the genitive of a person, which owns a kin noun as a possessive does: of a
   * name ("lisas kille") or of a kin noun ("mammas kille", "pappas sambo").
   */
  boolean personsGenitive(int q) {
    int len = tokens.length(q);
    if (len < Cues.MIN_OWNER + 1 || tokens.lower()[tokens.start(q) + len - 1] != 's' || !tokens.adjacent(q)) {
      return false;
    }
    if (words.genitive[q]) {
      return true;
    }
    long stem = SwedishLexicon.categories(SwedishLexicon.get().facts(tokens.lower(), tokens.start(q), len - 1));
    return Category.CUE_RELATION.in(stem) || Category.CUE_NAME.in(stem);
  }

  /**
   * Token {@code p} is a possessive after a kin noun, as the north and dialects put it: "bror min
   * esko", "far min", "syster hennes".
   */
  boolean postposedPossessive(int p) {
    // a kin noun, not a closed-class cue: in "enligt sin tazkira" the possessive is the noun's
    return Category.CUE_POSSESSIVE.in(flags[p]) && tokens.adjacent(p - 1) && tokens.isWord(p - 1)
        && any(flags[p - 1], Category.bits(Category.CUE_RELATION, Category.CUE_NAME))
        && !Category.WORD_FORM.in(flags[p - 1]) && tokens.adjacent(p);
  }

  /** "klara heter hon", "Bo hette han": the name before "heter" and the pronoun of the person named. */
  boolean namedByHeterAfter(int t) {
    int verb = t + 1;
    return tokens.adjacent(t) && (tokens.is(verb, "heter") || tokens.is(verb, "hette")) && tokens.adjacent(verb)
        && PERSONAL_PRONOUNS.has(tokens, verb + 1);
  }

  /**
   * Word {@code t} is the child of a parent named before it: "jag är pappa till ask", "mamma till
   * django 12", "mamma till tilda, nils o ask" (the first of the list).
   */
  boolean parentOf(int t) {
    int till = t - 1;
    return tokens.is(till, "till") && tokens.adjacent(till) && tokens.adjacent(till - 1) && tokens.isWord(till - 1)
        && words.inSet(CueLists.PARENTS, till - 1);
  }

  /** The pronouns of a person named by "X heter hon". */
  static final WordSieve PERSONAL_PRONOUNS = WordSieve.of("hon", "han", "hen");
}
