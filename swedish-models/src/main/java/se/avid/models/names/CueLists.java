package se.avid.models.names;

import org.apache.lucene.analysis.CharArraySet;
import se.avid.models.context.ContextFeatures;

/**
 * The closed word lists that {@link Cues} reads around a word: determiners and quantities, months,
 * kin adjectives, naming, calling and talking verbs, titles, the place cues that as often point at
 * a person. Facts, apart from the rules that weigh them. Immutable.
 */
final class CueLists {

  private CueLists() {}

  /** Articles, neuter possessives, quantifiers and "egen" ("hennes egen vilja") before a noun. */
  /** Parents before "till" and their child: "pappa till ask", "mamma till django". */
  static final CharArraySet PARENTS = WordFacts.words(
      "mamma", "pappa", "mor", "far", "förälder", "föräldrar", "morsa", "farsa", "styvmamma", "styvpappa",
      "bonusmamma", "bonuspappa", "fostermamma", "fosterpappa", "vårdnadshavare", "farmor", "farfar", "mormor",
      "morfar");

  /** Indefinite determiners before an adjective and a noun: "en liten ask", "ett bra liv". */
  static final CharArraySet INDEFINITE_DETERMINERS = WordFacts.words(
      "en", "ett", "ingen", "inget", "någon", "något", "nån", "nåt", "varje");

  /** Frequent adjectives between an indefinite determiner and a noun ("en liten ask", "ett smalt sund"). */
  static final CharArraySet ADJECTIVES = WordFacts.words(
      "liten", "litet", "små", "stor", "stort", "smal", "smalt", "bra", "gammal", "gammalt", "ny", "nytt", "fin",
      "fint", "lång", "långt", "kort", "hel", "helt", "vanlig", "vanligt", "mörk", "mörkt", "ljus", "ljust", "varm",
      "varmt", "kall", "kallt", "grön", "grönt", "blå", "blått", "röd", "rött", "vit", "vitt", "svart", "tom", "tomt",
      "hård", "hårt", "mjuk", "mjukt", "skön", "skönt", "djup", "djupt", "hög", "högt", "låg", "lågt", "trång",
      "trångt", "bred", "brett", "dålig", "dåligt", "god", "gott", "svår", "svårt", "lätt", "lugn", "lugnt",
      "vacker", "vackert", "egen", "eget", "enkel", "enkelt", "normal", "normalt", "riktig", "riktigt");

  static final CharArraySet DETERMINERS = WordFacts.words(
      "en", "ett", "mitt", "ditt", "sitt", "vårt", "ert", "ingen", "inget", "någon", "något", "varje",
      "hela", "denna", "detta", "samma", "annan", "annat", "egen", "eget", "egna", "ngt", "ngn", "ngon", "nåt",
      "nån");

  /** Verbs of saying, name cues of cues.txt ("sa Max"), after which "max" and a number is a limit. */
  static final CharArraySet REPORTING_VERBS = WordFacts.words(
      "säger", "sa", "sade", "skriver", "skrev", "berättar", "berättade");

  /** Words after which "per" counts: "kr per månad", "gånger per dag". */
  static final CharArraySet QUANTITY_WORDS = WordFacts.words(
      "kr", "kronor", "sek", "euro", "gång", "gånger", "timmar", "timme", "mil", "km", "st", "styck", "procent");

  /** Month names and their abbreviations, a word of a date before or after a number ("15 jan", "maj 2023"). */
  static final CharArraySet MONTHS = WordFacts.words(
      "jan", "januari", "feb", "februari", "mar", "mars", "apr", "april", "maj", "jun", "juni", "jul", "juli",
      "aug", "augusti", "sep", "sept", "september", "okt", "oktober", "nov", "november", "dec", "december");

  /** The infinitive marker and auxiliaries, after which a verb follows. */
  static final CharArraySet VERB_GOVERNORS = WordFacts.words(
      "att", "kan", "kunde", "kunna", "vill", "ville", "velat", "ska", "skall", "skulle", "måste", "får", "fick",
      "brukar", "behöver", "börjat", "började", "slutat", "orkar", "vågar", "försöker", "försökte", "bör", "borde",
      "lär", "tänker", "tänkte", "hinner", "hann", "få", "behöva");

  /** Adverbs between an auxiliary and its verb ("ska ju bo", "kan inte klara"). */
  static final CharArraySet VERB_ADVERBS = WordFacts.words(
      "ju", "inte", "int", "nt", "nog", "väl", "bara", "också", "aldrig", "alltid", "redan", "kanske", "även",
      "faktiskt", "nästan", "snart", "gärna", "absolut", "verkligen", "helst", "hellre", "fortfarande");

  /** Subject pronouns, between an auxiliary and its verb in a question or after an adverb ("måste hon vilja"). */
  static final CharArraySet SUBJECT_PRONOUNS = WordFacts.words(
      "jag", "du", "han", "hon", "vi", "ni", "de", "dom", "man", "hen");

  /** Adjectives between a possessive and a kin or role noun: "min bästa vän", "hennes nya kille". */
  static final CharArraySet KIN_ADJECTIVES = WordFacts.words(
      "bästa", "nya", "gamla", "förra", "lilla", "stora", "äldsta", "yngsta", "äldste", "yngste", "äldre", "yngre",
      "första", "andra",
      "gode", // "min gode man björn": a guardian (god man), not a husband
      "biologiska", "riktiga", "egna", "enda", "ende", "älskade", "kära", "döda", "avlidne", "avlidna", "blivande",
      "nuvarande", "vuxna",
      "två", "tre", "fyra", "fem", "båda", "bägge"); // "våra två söner reber och zana": counted, still the owner's

  /**
   * Kin and care nouns, indefinite, that a person's genitive owns ("lisas pappa", "naylas
   * kurator"): the genitive before one is a person's name. No role of a firm ("chef", "vd"), which a
   * company's genitive owns as often ("Volvos chef"), and no "man", the pronoun after a passive
   * ("döms man", "finns man").
   */
  static final CharArraySet OWNED_KIN = WordFacts.words(
      "pappa", "mamma", "bror", "syster", "son", "dotter", "barn", "föräldrar", "syskon", "kille", "tjej",
      "pojkvän", "flickvän", "sambo", "särbo", "fru", "ex", "mormor", "morfar", "farmor", "farfar", "moster",
      "faster", "morbror", "farbror", "kusin", "kompis", "kompisar", "vän", "vänner", "bästis", "lillebror",
      "lillasyster", "storebror", "storasyster", "styvpappa", "styvmamma", "bonuspappa", "bonusmamma", "lärare",
      "mentor", "kurator", "handläggare", "socialsekreterare", "kontaktperson", "familj", "morsa",
      "farsa", "brorsa", "syrra", "gudmor", "gudfar", "fosterföräldrar", "fostermamma", "fosterpappa");

  /**
   * Things a person has, indefinite, that a genitive owns ("stens bil", "sagas rum"): the genitive
   * before one may be a person's, as before kin ({@link #OWNED_KIN}); only a first name's genitive
   * is taken so, since a noun's genitive is definite before these ("bilens", "husets").
   */
  static final CharArraySet OWNED_THINGS = WordFacts.words(
      "bil", "rum", "mobil", "telefon", "lägenhet", "lgh", "hus", "säng", "cykel", "saker", "kläder",
      "födelsedag", "kalas", "dator", "hund", "katt", "jobb", "väska", "nycklar", "pengar", "konto",
      "begravning", "grav", "mående", "skola", "förskola", "klass", "dagis", "namn",
      // what a person thinks, says, does or is blamed for, sends or has done to them
      "idé", "ide", "fel", "skull", "förslag", "beslut", "ansvar", "humör", "sms", "meddelande", "nummer", "mejl",
      "adress", "bilder", "diagnos", "medicin", "mediciner", "tränare", "lärare", "mentor", "kompisar", "vänner",
      "träning", "kropp");

  /** The verbs that give a name ("heter", "kallas"), shared with the context model's features. */
  static final CharArraySet NAMING_VERBS = WordFacts.words(ContextFeatures.NAMING_WORDS);

  /** Words whose object is a person: one is at someone's place, calls, texts, contacts or meets someone. */
  static final CharArraySet PERSON_GOVERNORS = WordFacts.words(
      "hos", "ringde", "ringer", "ringt", "ringa", "ring", "smsade", "smsa", "messade", "messa", "mejlade", "mejla",
      "kontakta", "kontaktade", "kontaktar", "kontaktat", "träffade", "träffar", "träffat", "frågade", "kramade",
      "pussade", "gifte", "sambo",
      // one fetches or drives a child, not the sun or a will ("hämta sol efter lektionen", "hämtade jag ask på")
      "hämta", "hämtar", "hämtade", "hämtat", "skjutsa", "skjutsar", "skjutsade");

  /** Verbs and nouns of calling, writing and talking, before "till" or "med": "sms till", "pratade med". */
  static final CharArraySet TALKING_WORDS = WordFacts.words(
      "ringde", "ringer", "ringt", "ringa", "ring", "sms", "smsa", "smsade", "mejl", "mejlade", "brev",
      "meddelande", "skrev", "skriver", "skrivit", "pratade", "pratar", "pratat", "prata", "snackade",
      "snackar", "bråkade", "bråkar", "gift", "ihop", "skickade", "skickar", "sa", "säger", "berättade");

  /** Messages, after which "från" names who sent them: "sms från", "ett samtal från". */
  static final CharArraySet MESSAGE_NOUNS = WordFacts.words(
      "sms", "smset", "mejl", "mejlet", "mail", "mailet", "meddelande", "meddelandet",
      "meddelanden", "samtal", "samtalet", "snap", "snapen", "dm", "hälsning", "hälsningar", "kram", "brevet");

  /** Verbs whose object after "på" is as a rule a person: "litar på", "skriker på", "tjatar på". */
  static final CharArraySet VERBS_ON_A_PERSON = WordFacts.words(
      "litar", "litade", "lita", "litat", "skriker", "skrek", "tjatar", "tjatade", "hälsade", "hälsar", "hälsa",
      "spottade", "slog", "sparkade", "hoppade", "gapar", "gapade");

  /** Verbs whose object after "för" is a person told or shown: "berätta för", "ljög för". */
  static final CharArraySet VERBS_FOR_A_PERSON = WordFacts.words(
      "berätta", "berättar", "berättade", "berättat", "ljög", "ljuger", "ljuga", "ljugit", "erkände", "erkänna",
      "avslöjade", "avslöja");

  /** Feelings about a person, before "för", "på", "över", "i": "orolig för", "arg på", "kär i". */
  static final CharArraySet FEELING_WORDS = WordFacts.words(
      "orolig", "oroliga", "rädd", "rädda", "arg", "arga", "ledsen", "ledsna", "sur", "kär", "förälskad",
      "svartsjuk", "avundsjuk", "besviken", "irriterad", "förbannad", "förtjust", "bekymrad");

  /** Titles, Swedish and English, after which an unknown word is a surname even if shaped like an inflected word. */
  static final CharArraySet TITLES = WordFacts.words(
      "herr", "fru", "fröken", "doktor", "dr", "professor", "pastor", "syster", "sir", "mr", "mrs");

  /** Place cues that as often point at a person: "till", "mot", "kring", "runt", "på" ("lyssnar på Sibelius"). */
  static final CharArraySet LOCATIVE_EXCEPTIONS = WordFacts.words(
      "till", "mot", "kring", "runt", "på");

  /** Verbs whose object with "på" is as often a person as anything: one listens to, waits for, trusts someone. */
  static final CharArraySet VERBS_OF_A_PERSON_WITH_PÅ = WordFacts.words(
      "lyssnar", "lyssnade", "lyssnat", "lyssna", "väntar", "väntade", "väntat", "vänta", "litar", "litade",
      "litat", "lita", "tänker", "tänkte", "tänkt", "tänka", "tittar", "tittade", "tittat", "titta", "skyller",
      "skyllde", "skyllt", "skylla", "röstar", "röstade", "röstat", "rösta", "tror", "trodde", "trott", "tro",
      "klagar", "klagade", "klagat", "klaga", "kollar", "kollade", "kollat", "kolla");

  /** Adverbs between such a verb and "på": "litar inte på", "väntar fortfarande på". */
  static final CharArraySet ADVERBS_BEFORE_PÅ = WordFacts.words(
      "inte", "aldrig", "fortfarande", "bara", "mer", "också", "ofta", "alltid", "redan", "ju");
}
