package se.avid.models.names;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.Words;

/**
 * The closed word classes that tell where a clause and its subject begin and end: finite verbs,
 * verbs of a person, verbs of saying, the copula, sentence adverbs, subjunctions, clause openers,
 * greetings, adverbs of time and the prepositions that take a person. Shared by the
 * slots of {@link NameSlots} and the rules that ask them; constants, loaded once.
 */
final class ClauseWords {

  private ClauseWords() {}

  /** Verbs of saying, and "enligt", before the person who says: "säger anna ek", "enligt bo ceder". */
  static final CharArraySet SAYING_VERBS = WordFacts.words(
      "säger", "sa", "sade", "tycker", "tyckte", "skriver", "skrev", "menar", "berättar", "berättade", "enligt",
      "svarar", "svarade", "frågar", "frågade", "förklarar", "förklarade", "konstaterar", "hälsar");

  /** Adverbs right after an inverted subject: "har X inte", "sa X alltid". */
  static final CharArraySet SENTENCE_ADVERBS = WordFacts.words(
      "inte", "aldrig", "alltid", "också", "redan", "bara", "nog", "ju", "själv", "själva", "fortfarande", "ofta",
      "snart");

  /**
   * A word shaped as an adverb of manner or stance, which no name is: "egentligen", "tydligen",
   * "verkligen" (-ligen), "naturligtvis", "delvis" (-vis).
   */
  static boolean adverbShaped(char[] lower, int start, int length) {
    return length >= 6 && (Words.endsWith(lower, start, length, "ligen") || Words.endsWith(lower, start, length, "vis"));
  }

  /**
   * Adverbs that stand between a subject and its verb ("att min son bara skriker", "om anna inte
   * vill"): no word of them is the subject or its surname.
   */
  static final CharArraySet ADVERBS_BEFORE_VERB = WordFacts.words(
      "inte", "nästan", "knappt", "fortfarande", "plötsligt", "snart", "gärna", "heller", "verkligen", "faktiskt",
      "oftast", "ibland", "alltid", "aldrig", "också", "även", "bara", "redan", "nu", "då", "sen", "sedan", "själv",
      "typ", "mest", "helst", "ofta", "nog", "ju", "väl", "kanske", "liksom", "ändå", "hemma", "här", "där");

  /** Subjunctions after which a subordinate clause, and so its subject, begins. */
  static final CharArraySet SUBORDINATORS = WordFacts.words(
      "att", "när", "om", "eftersom", "innan", "medan", "tills", "fast", "därför", "sedan", "sen", "ifall");

  /** The copula, after which a possessive pronoun is a predicate ("den är hans"). */
  static final CharArraySet COPULAS = WordFacts.words("är", "var", "blir", "blev", "e");

  /**
   * What only a person is, after a copula: a feeling, a state of body or mind, being at home or
   * out ("Vilja är arg på mig", "Sol är ute och leker"); a thing is "viktigt" or "bra", not angry.
   */
  static final CharArraySet STATES_OF_A_PERSON = WordFacts.words(
      "arg", "ledsen", "glad", "rädd", "sjuk", "trött", "sur", "orolig", "deprimerad", "nedstämd", "kär", "gravid",
      "full", "nykter", "elak", "snäll", "blyg", "stressad", "ensam", "frisk", "förkyld", "hemma", "ute", "borta",
      "försvunnen", "inlagd", "avstängd", "hemlös", "arbetslös", "sjukskriven", "gift", "skild", "singel", "mamma",
      "pappa", "död", "ihop", "svartsjuk", "besviken", "utmattad", "hungrig", "vaken", "uppe");

  /**
   * "Vilja är arg på mig", "Sol är ute och leker": a copula right after word {@code t}, and what
   * only a person is right after it ({@link #STATES_OF_A_PERSON}).
   */
  static boolean personStateAfter(Tokens tokens, WordFacts words, int t) {
    int copula = t + 1;
    int state = copula + 1;
    return tokens.adjacent(t) && tokens.isWord(copula) && words.inSet(COPULAS, copula) && tokens.adjacent(copula)
        && tokens.isWord(state) && words.inSet(STATES_OF_A_PERSON, state);
  }

  /** Finite verbs that follow a subject, present and past: the copula, auxiliaries, everyday verbs. */
  static final CharArraySet FINITE_VERBS = WordFacts.words(
      "är", "e", "var", "blir", "blev", "har", "hade", "ska", "skulle", "kan", "kunde", "vill", "ville", "måste",
      "får", "fick", "går", "gick", "säger", "sa", "sade", "tycker", "tyckte", "mår", "mådde", "bor", "bodde",
      "vägrar", "vägrade", "gråter", "grät", "gillar", "älskar", "hatar", "sover", "sov", "äter", "åt",
      "brukar", "behöver", "verkar", "kommer", "kom", "tar", "tog", "gör", "gjorde", "vet", "visste",
      "jobbar", "pratar", "pratade", "lever", "fyller", "fyllde", "spelar", "skriker", "skrek", "slår", "slog",
      "börjar", "började", "slutade", "träffar", "träffade", "ringer", "ringde", "berättar", "berättade",
      "väcker", "väckte", "ljuger", "ljög", "skäms", "saknar", "saknade", "längtar", "vaknar", "vaknade",
      // the past of strong verbs and presents that the shapes of WordShapes miss ("max skrev", "att maj dog")
      "skrev", "såg", "stod", "dog", "drack", "gav", "sprang", "försvann", "sålde", "köpte", "åkte", "åker", "bad",
      "flyttar", "sitter", "ligger", "står", "skriver", "läser", "ser", "hör", "hörde", "försöker", "försökte",
      "hotar", "dricker", "röker", "stal", "mobbar", "skickar", "frågar", "svarar", "hjälper", "hjälpte",
      "bråkar", "pluggar", "tänker", "tror", "hoppas", "fattar", "orkar",
      // the rest of the verbs of a person below: "sedan darya föddes", "när noor somnade"
      "trodde", "orkade", "frågade", "undrar", "undrade", "dör", "föddes", "föds", "skrattar", "skrattade",
      "somnar", "somnade", "kramar", "kramade",
      // the modals the everyday ones above lack ("att bo borde flytta", "om klara bör")
      "borde", "bör", "vågar", "vågade", "törs", "tordes", "hinner", "hann", "slipper", "slapp");

  /**
   * Finite verbs whose subject is a person (wanting, saying, feeling, crying, waking someone):
   * no bare noun, infinitive or adjective that is also a name does these ("Vilja vill inte gå",
   * "ask väcker oss"), where the copula and the auxiliaries take any subject.
   */
  static final CharArraySet VERBS_OF_A_PERSON = WordFacts.words(
      "vill", "ville", "säger", "sa", "sade", "tycker", "tyckte", "mår", "mådde", "vägrar", "vägrade", "gråter",
      "grät", "gillar", "älskar", "hatar", "sover", "brukar", "jobbar", "pratar", "pratade", "skriker", "skrek",
      "ringer", "ringde", "berättar", "berättade", "väcker", "väckte", "ljuger", "ljög", "skäms", "saknar",
      "saknade", "längtar", "vaknar", "vaknade", "vet", "visste", "träffar", "träffade", "bor", "bodde", "tror",
      "trodde", "orkar", "orkade", "frågar", "frågade", "undrar", "undrade",
      // a life's events and a body's acts: "efter att maj dog", "när ask föddes", "sol skrattade"
      "dog", "dör", "föddes", "föds", "skrattar", "skrattade", "somnar", "somnade", "kramar", "kramade");

  /**
   * Of {@link #VERBS_OF_A_PERSON}, those no thing or abstract noun does even in a figure: dying,
   * being born, saying, wanting, crying, lying ("efter att maj dog", "om klara vill"); not "saknar"
   * ("liv saknar mening") or "bor".
   */
  static final CharArraySet VERBS_ONLY_OF_A_PERSON = WordFacts.words(
      "dog", "dör", "föddes", "föds", "säger", "sa", "sade", "tycker", "tyckte", "vill", "ville", "gråter", "grät",
      "ljuger", "ljög", "skrattar", "skrattade", "ringer", "ringde", "berättar", "berättade", "svarar",
      "svarade", "frågar", "frågade", "vägrar", "vägrade");

  /** Conjunctions, subjunctions and adverbs after which a clause, and so its subject, begins. */
  static final CharArraySet CLAUSE_OPENERS = WordFacts.words(
      "och", "men", "när", "om", "att", "så", "då", "eftersom", "innan", "sen", "sedan", "medan", "tills", "där",
      "fast", "för", "hur", "varför", "igår", "idag", "nu", "plötsligt", "därför", "dess");

  /** Words that greet or thank the person named after them: "tack X,", "hej X!". */
  static final CharArraySet GREETINGS = WordFacts.words(
      "tack", "hej", "hejsan", "tjena", "tjenare", "hallå", "hejdå", "kram", "kramar", "grattis");

  /** Adverbs of time that end a phrase after a person as object: "pratade med hans igår". */
  static final CharArraySet TIME_ADVERBS = WordFacts.words(
      "igår", "idag", "ikväll", "inatt", "imorse", "längre", "igen", "förut", "nyss", "sen", "sedan");

  /** Prepositions whose object is often a person ("av" is left out: "gjord av sten"; "hos" is a person's home). */
  static final CharArraySet OBJECT_PREPOSITIONS = WordFacts.words("med", "för", "åt", "mot", "utan", "bredvid", "hos");

  /** Words that go on after a prepositional object: "med björn till stan", "med saga hela dagen". */
  static final CharArraySet OBJECT_FOLLOWERS = WordFacts.words(
      "till", "från", "hos", "efter", "förut", "ibland", "alltid", "längre");
}
