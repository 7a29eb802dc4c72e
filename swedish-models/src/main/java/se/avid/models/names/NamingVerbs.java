package se.avid.models.names;

import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;

/**
 * The verbs and nouns that give a person's name: "heter", "hette", "kallas", "döpte", "kallar
 * honom", "mitt namn är", "sitt gamla namn, klara,". A part of {@link Cues}; not thread-safe, one
 * per call.
 */
final class NamingVerbs {

  private final Tokens tokens;
  private final long[] flags;
  private final int n;
  private final WordFacts words;

  NamingVerbs(Tokens tokens, WordFacts words) {
    this.tokens = tokens;
    this.flags = words.flags;
    this.n = tokens.size();
    this.words = words;
  }

  /**
   * Right after a naming verb ("heter", "kallas"), or after it and a title ("heter dr richard",
   * "kallar sig doktor. ali"): a title between them names the same person.
   */
  boolean afterNamingVerb(int t) {
    int p = cueEnd(t) - 1;
    if (tokens.isWord(p) && words.inSet(CueLists.TITLES, p)) {
      p--;
    } else if (tokens.isPunct(p, '.') && tokens.isWord(p - 1) && words.inSet(CueLists.TITLES, p - 1)) {
      p -= 2;
    }
    return tokens.isWord(p) && words.inSet(CueLists.NAMING_VERBS, p);
  }

  /**
   * Right after a verb that gives a person's name: "heter", "hette", "döpte", "kallar", "kallade"
   * ("som de kallar jojo"), or after it and the one named ("vi kallar honom lillen"); the passive
   * "kallas" only with a person for its subject ("en kille som kallas lillen"), for "det kallas
   * mobbning" names a thing.
   */
  boolean afterNameGivingVerb(int t) {
    int e = cueEnd(t);
    if (personCalled(e - 1)) {
      return true;
    }
    int p = afterNamedObject(t) ? e - 2 : e - 1; // "vi kallar honom lillen": the one named, then the name
    return tokens.is(p, "heter") || tokens.is(p, "hette") || tokens.is(p, "döpt") || callingVerb(p) || namedByNoun(t);
  }

  /** Possessives before "namn" in "mitt namn är X": whose name it is. */
  private static final WordSieve NAME_OWNERS = WordSieve.of("mitt", "hans", "hennes", "ditt", "hens", "deras", "sitt");
  private static final WordSieve NAME_COPULAS = WordSieve.of("är", "var", "va", "e");

  /**
   * "mitt namn är lisa", "mitt namn va lilfrostx", "hans namn var ali": the copula after a
   * possessive's "namn"; or the name set off by commas after it ("sitt gamla namn, klara,").
   */
  boolean namedByNoun(int t) {
    int copula = t - 1;
    // "namn" first: one comparison for most words, and no array of choices per call
    return tokens.is(copula - 1, "namn") && NAME_COPULAS.has(tokens, copula) && NAME_OWNERS.has(tokens, copula - 2)
        || nameInApposition(t) || changedNameTo(t);
  }

  /**
   * "jag bytte namn till ro", "hon har ändrat efternamn till berg": after a change of name, what it
   * was changed to is the name.
   */
  boolean changedNameTo(int t) {
    int to = t - 1;
    int noun = t - 2;
    return tokens.is(to, "till") && tokens.isWord(noun) && NAME_NOUNS.has(tokens, noun) && NAME_CHANGES.has(tokens, noun - 1);
  }

  private static final WordSieve NAME_NOUNS = WordSieve.of("namn", "förnamn", "efternamn", "tilltalsnamn");
  private static final WordSieve NAME_CHANGES = WordSieve.of("byta", "byter", "bytte", "bytt", "ändra", "ändrar",
      "ändrade", "ändrat");

  /**
   * "med sitt gamla namn, klara, i alla system": the name set off by commas after "namn", which
   * no other reading of the word fills.
   */
  boolean nameInApposition(int t) {
    int u = t + 1;
    return tokens.is(t - 2, "namn") && tokens.isPunct(t - 1, ',')
        && (u >= n || tokens.isPunct(u, ',') || tokens.isPunct(u, '.') || tokens.isPunct(u, ')'));
  }

  /**
   * After a verb of naming and the one it names ("kallar honom", "kallade henne", "döpte dem"),
   * after "heter" and its subject ("hemma heter han nong"), or after the passive "kallas" of a
   * person ({@link #personCalled}).
   */
  boolean afterNamedObject(int t) {
    int p = cueEnd(t) - 1;
    return tokens.isWord(p) && tokens.adjacent(p) && tokens.adjacent(p - 1)
        && ((tokens.is(p, "honom") || tokens.is(p, "henne") || tokens.is(p, "hen") || tokens.is(p, "mig") || tokens.is(p, "dem")
                || tokens.is(p, "sig")) // "en av dem, som kallar sig zyphr": the name one goes by
            && (callingVerb(p - 1) || invertedCaller(p - 1)) || personCalled(p)
            // "den lilla kallar hon lillen": the one named before the verb, its subject after it
            || callingVerb(p - 1) && RelationCues.PERSONAL_PRONOUNS.has(tokens, p)
            // "hemma heter han nong": the verb before its subject
            || (tokens.is(p - 1, "heter") || tokens.is(p - 1, "hette")) && PERSON_PRONOUNS.has(tokens, p));
  }

  /**
   * A name given where no cue word stands right before it: after a change of name ("bytte namn
   * till ro") or a relative clause that calls a person so ("som vi kallar acke").
   */
  boolean givenWithoutCueWord(int t) {
    return changedNameTo(t) || calledInRelativeClause(t) || calledBySaying(t);
  }

  /**
   * "stig-göran men alla säger stickan, i föllinge", "supaporn men alla här säger pom.": what
   * everyone says for a person, alone in its phrase, is what the person is called; not a frequent
   * or closed-class word ("alla säger nej.", "alla säger samma sak").
   */
  boolean calledBySaying(int t) {
    int verb = t - 1;
    // "säger" alone: the past "sa" reports what was said ("de sa psykos", "de sa vårdcentral")
    if (!tokens.is(verb, "säger") || !tokens.adjacent(verb) || !tokens.isWord(t)
        || words.isFrequent(t) || Category.WORD_FORM.in(flags[t]) || !endsPhrase(t)) {
      return false;
    }
    int s = verb - 1;
    if (SAYERS_ADVERBS.has(tokens, s) && tokens.adjacent(s - 1)) {
      s--; // "alla här säger", "de bara säger"
    }
    return tokens.adjacent(s) && SAYERS.has(tokens, s);
  }

  /** Who say what a person is called: everyone, people, we; not "de", who report ("de säger psykos"). */
  private static final WordSieve SAYERS = WordSieve.of("alla", "folk", "vi", "kompisarna", "familjen");
  private static final WordSieve SAYERS_ADVERBS = WordSieve.of("här", "hemma", "bara", "ju", "nu", "numera", "typ");

  /** Word {@code t} is the last of its phrase: punctuation, a line's or the text's end, or "och", "men", "o" after it. */
  private boolean endsPhrase(int t) {
    int u = t + 1;
    return u >= n || tokens.kind(u) == Tokens.PUNCT || tokens.has(u, Tokens.LINE_START)
        || tokens.is(u, "och") || tokens.is(u, "men") || tokens.is(u, "o");
  }

  /**
   * "vår son alexander, som vi kallar acke,", "en kille som alla kallar bullen": after a relative
   * clause's calling verb and its subject, the object being the relative pronoun before them, what
   * follows is the name given, when the clause is about a person: set off by a comma after a word,
   * or after a noun of a person (not "det som vi kallar liv").
   */
  boolean calledInRelativeClause(int t) {
    int verb = t - 1;
    int subject = verb - 1;
    int relative = subject - 1;
    if (!callingVerb(verb) || !tokens.adjacent(verb) || !tokens.adjacent(subject) || !tokens.is(relative, "som")
        || !tokens.isWord(subject) || !(words.inSet(CueLists.SUBJECT_PRONOUNS, subject) || tokens.is(subject, "alla"))) {
      return false;
    }
    int antecedent = relative - 1;
    return tokens.isPunct(antecedent, ',') && tokens.isWord(antecedent - 1)
        || tokens.isWord(antecedent) && (Category.CUE_RELATION.in(flags[antecedent]) || Category.CUE_NAME.in(flags[antecedent]));
  }

  /**
   * Word {@code t} is named as a thing, not a person: after "så kallad" ("en så kallad zorro"), or
   * after a calling verb whose object or subject is a thing ("det som kallas lillfingret", "det
   * som vi kallar liv", "något som heter budgetrådgivning"): a term, whatever its letters.
   */
  boolean termNamed(int t) {
    int verb = t - 1;
    if (soCalled(verb)) {
      return true;
    }
    if ((tokens.is(verb, "kallas") || tokens.is(verb, "heter")) && tokens.is(verb - 1, "som")) {
      return THINGS.has(tokens, verb - 2);
    }
    return callingVerb(verb) && tokens.isWord(verb - 1) && words.inSet(CueLists.SUBJECT_PRONOUNS, verb - 1)
        && tokens.is(verb - 2, "som") && THINGS.has(tokens, verb - 3);
  }

  /**
   * "så kallade DDoS-attacker", "den så kallade OS-bubblan": "så" before a participle of
   * "kalla" (token {@code p}) makes it "so-called", which introduces a term, not a person's name.
   */
  boolean soCalled(int p) {
    return tokens.is(p - 1, "så") && (tokens.is(p, "kallade") || tokens.is(p, "kallad") || tokens.is(p, "kallat"));
  }

  /** Pronouns of a thing, the antecedent of "som" before a calling verb: "det som kallas", "något som heter". */
  private static final WordSieve THINGS = WordSieve.of("det", "något", "nåt", "ngt", "nånting", "någonting", "detta");

  /** Pronouns of a person before "kallas": "en kallas lillen", "han kallas bullen", "en av dem kallas lillen". */
  private static final WordSieve PERSON_PRONOUNS = WordSieve.of("han", "hon", "hen", "en", "jag", "du", "ena", "andra",
      "dem");

  /**
   * Token {@code s} is the subject of a calling verb right before it, after the verb as a clause
   * that opens with an adverb puts it ("här kallar de mig nok", "hemma kallade alla honom bullen"):
   * a subject pronoun, "alla" or "folk".
   */
  private boolean invertedCaller(int s) {
    return tokens.adjacent(s - 1) && tokens.isWord(s)
        && (words.inSet(CueLists.SUBJECT_PRONOUNS, s) || tokens.is(s, "alla") || tokens.is(s, "folk"))
        && callingVerb(s - 1);
  }

  /**
   * Token {@code p} is the passive "kallas" ("kallades", "kallad") with a person for its subject: a
   * pronoun of a person right before it, or "som" after a noun of a person ("en kille som kallas").
   */
  private boolean personCalled(int p) {
    if (!(tokens.is(p, "kallas") || tokens.is(p, "kallades") || tokens.is(p, "kallad")) || !tokens.adjacent(p - 1)) {
      return false;
    }
    int q = p - 1;
    return PERSON_PRONOUNS.has(tokens, q)
        || tokens.is(q, "som") && tokens.adjacent(q - 1) && tokens.isWord(q - 1) && Category.CUE_RELATION.in(flags[q - 1]);
  }

  /**
   * Token {@code p} is an active verb that calls someone something: "kallar", "kallade", "kallat",
   * "döpte", or the infinitive after a modal that posts use to give a made-up name ("vi kan kalla
   * henne liv", "låt oss kalla honom bo"): the name given still stands for the person.
   */
  private boolean callingVerb(int p) {
    return tokens.is(p, "kallar") || tokens.is(p, "kallade") || tokens.is(p, "kallat") || tokens.is(p, "döpte")
        || tokens.is(p, "kalla") || tokens.is(p, "döper");
  }

  /**
   * After a naming verb, a word form that is also a first name is the name when nothing follows
   * it in its phrase: "mamma heter inga och", "han heter hans." but not "vad heter hans mamma".
   */
  boolean namedWordForm(int t) {
    int p = t - 1;
    if (!tokens.isWord(p) || !words.inSet(CueLists.NAMING_VERBS, p)) {
      return false;
    }
    int u = t + 1;
    return !tokens.isWord(u) || tokens.is(u, "och") || tokens.is(u, "men") || tokens.is(u, "som") || tokens.is(u, "eller");
  }

  /**
   * Word {@code t} follows "jag heter" ("han hette", "hon heter"), a change of name ("bytte namn
   * till") or a relative clause that calls a person so ("som vi kallar"): what a person says he is
   * called, or took as his name, is his name, though it is a word too ("jag heter lek", a Thai
   * nickname; "jag bytte namn till ro", "som vi kallar acke"); not a closed-class word or an
   * adverb ("jag heter egentligen", "hon heter inte", "jag heter nu").
   */
  boolean selfNamed(int t) {
    int verb = cueEnd(t) - 1;
    boolean says = (tokens.is(verb, "heter") || tokens.is(verb, "hette")) && tokens.adjacent(verb) && personSubject(verb - 1);
    if (!says && !(changedNameTo(t) && tokens.adjacent(t - 1)) && !calledInRelativeClause(t) && !calledBySaying(t)) {
      return false;
    }
    return !Category.WORD_FORM.in(flags[t]) && !words.inSet(ClauseWords.ADVERBS_BEFORE_VERB, t)
        && !words.inSet(ClauseWords.TIME_ADVERBS, t) && !ClauseWords.adverbShaped(tokens.lower(), tokens.start(t), tokens.length(t))
        && !words.inSet(CueLists.TITLES, t) // "han hette kommissarie berg": the title, then the name
        && !THINGS.has(tokens, t); // "handläggaren heter nåt linda": a hedge, the name after it
  }

  /**
   * Token {@code s}, right before "heter", is a person who is called so: a pronoun of a person ("en
   * heter mackan", "jag heter lek"), a noun of a person ("våran tränare heter max"), or "som" after
   * one of them ("en kille som hette bullen", "nån som heter"); not a thing ("hemtjänsten heter
   * attendo", "något som heter färdtjänst").
   */
  private boolean personSubject(int s) {
    if (!tokens.adjacent(s) || !tokens.isWord(s)) {
      return false;
    }
    if (tokens.is(s, "som") && tokens.adjacent(s - 1) && tokens.isWord(s - 1)) {
      s--;
      if (tokens.is(s, "någon") || tokens.is(s, "nån")) {
        return true;
      }
    }
    return PERSON_PRONOUNS.has(tokens, s) || personNoun(s);
  }

  private boolean personNoun(int s) {
    return Category.CUE_RELATION.in(flags[s]) || Category.CUE_NAME.in(flags[s]) && !words.inSet(CueLists.NAMING_VERBS, s);
  }

  /**
   * Adverbs that stand between a naming verb, or the one it names, and the name: "hon heter
   * egentligen sara", "de kallar honom redan lillsami", "handläggaren heter typ anna".
   */
  private static final WordSieve ADVERBS_BEFORE_NAME = WordSieve.of("egentligen", "fortfarande", "redan", "bara", "ju",
      "väl", "typ", "alltså", "numera", "numer", "också", "oftast", "alltid", "visst", "tydligen", "officiellt");

  /** Where the cue before word {@code t} ends: {@code t}, or the adverb right before it ("heter egentligen sara"). */
  private int cueEnd(int t) {
    return ADVERBS_BEFORE_NAME.has(tokens, t - 1) && tokens.adjacent(t - 1) && tokens.adjacent(t - 2) ? t - 1 : t;
  }

  /**
   * "kallas alex eller alle", "heter tindra eller tindi": the word after "eller" {@code c} is the
   * other name that a naming verb gives, right before the name before "eller"; not a closed-class
   * or frequent word ("kallas lisa eller inget").
   */
  boolean alternativeName(int c) {
    int u = c + 1;
    return tokens.is(c, "eller") && tokens.isWord(c - 2) && words.inSet(CueLists.NAMING_VERBS, c - 2) && tokens.isWord(u)
        && !Category.WORD_FORM.in(flags[u]) && !words.isFrequent(u) && tokens.length(u) >= MIN_ALTERNATIVE;
  }

  /** The shortest other name taken after "eller" ("alle"; not "å"). */
  private static final int MIN_ALTERNATIVE = 3;
}
