package se.avid.models.review;

import java.util.Set;
import se.avid.EntityType;
import se.avid.models.institutions.InstitutionNouns;
import se.avid.models.institutions.PlacingSlots;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordScratch;
import se.avid.models.names.ActShortForms;
import se.avid.models.names.AsciiFolding;
import se.avid.models.names.Localities;
import se.avid.models.names.NameCounts;
import se.avid.models.names.NameLetters;
import se.avid.models.names.NicknameShape;
import se.avid.models.names.PersonMentions;
import se.avid.models.names.Weekdays;
import se.avid.models.names.WordAnswers;
import se.avid.models.places.PostTowns;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * Flags what may be left readable after the other detectors: it reports, with a score in the
 * review band, every place where a name, a place or a number is likely, whether or not another
 * detector has found it. The anonymizer drops a review finding that a redacted finding covers
 * whole, so only the residue flags the post ({@code AnalysisResult.needsReview()}); it redacts
 * nothing: each kind of evidence ({@link ResidualSignal}) scores its measured reliability, held under
 * the default redact threshold, and carries a few words on what it saw as its explanation.
 *
 * <p>The signals, each a kind of leak rather than a word list:
 * <ul>
 *   <li>a capitalised word inside a sentence that is no ordinary word, public body or country,
 *       or that is listed as a name or a place ({@code min dotter heter Sol}): {@link EntityType#NAME};
 *   <li>in any case, a name-like word (listed as a name, borne by 100 people or more according to
 *       Statistics Sweden, or no ordinary word) right after a cue
 *       ({@code heter}, {@code min dotter}, {@code mvh}; after a cue also a frequent word that
 *       hundreds are called by: {@code min dotter vilja}), a word coordinated with a first name
 *       that Statistics Sweden counts as one ({@code eetu och venla}), a first name with the word after it
 *       ({@code hans berg}: the surname may be left), and the last words of a post when they
 *       stand alone (a signature): {@link EntityType#NAME}; a cue is also a compound that ends in
 *       one ({@code enhetschefen}, {@code butikschefen}); an unknown word needs a vowel
 *       ({@code pls}, {@code btw} are chat), a pronoun that is also a name a surname after it or
 *       nothing ({@code sambo hans berg}, not {@code säger hans fru});
 *   <li>anywhere, a word no list knows, typed so that it is no word without å, ä, ö either, that
 *       fifty people or more are called by ({@code jaffar är 7}): {@link EntityType#NAME};
 *   <li>a word typed without å, ä, ö that is then a place, or a small locality, after {@code i},
 *       {@code på}, {@code från} ({@code bor i vasteras}, {@code i stavsnas}), unless it is a
 *       frequent word: {@link EntityType#PLACE};
 *   <li>a genitive before an institution noun ({@code Lindgårdens äldreboende}), or one word ending
 *       in one that is no ordinary word ({@code falkenbergsskolan}): {@link EntityType#PLACE};
 *   <li>in any case, what stands in a place or name position: after
 *       {@code i}, {@code på}, {@code från}, {@code vid}, {@code till} a word that is no Swedish word,
 *       a listed place or an unknown compound with a place ending ({@code på näl}, {@code i kista});
 *       next to an institution noun an unknown word, a listed name or place, or a definite noun
 *       ({@code förskola myrstacken}); the words before {@code heter hon}: {@link EntityType#PLACE}
 *       or {@link EntityType#NAME};
 *   <li>a run of at least 7 digits, spaces and dashes inside, that is no amount
 *       and no service number ({@code 913 260 471-1}, not {@code 020-50 50 50}), or of
 *       4 right after a cue ({@code tel 45 81}): {@link EntityType#OTHER}.
 * </ul>
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class ResidualLeakDetector implements Detector {

  /** The detector's name. */
  public static final String NAME = "swedish-residual-leak";

  private static final Set<EntityType> TYPES = Set.of(EntityType.NAME, EntityType.PLACE, EntityType.OTHER);

  /** Cues after which a name follows. */
  private static final long NAME_CUE = Category.bits(Category.CUE_NAME, Category.CUE_RELATION,
      Category.CUE_GREETING, Category.CUE_SIGNATURE);
  /** Cues that are nouns of a person, after which {@code till} names whose they are ("pappa till ask"). */
  private static final long PERSON_NOUN = Category.bits(Category.CUE_NAME, Category.CUE_RELATION);
  /** {@link NameCounts#firstName} (1: 50 people or more) that makes a word before an age a first name ({@code ask, 8 år}). */
  private static final int MIN_AGED_BEARERS = 1;
  /** {@link NameCounts#firstName} (1: 50 people or more) that makes a word right after a cue a name ({@code min son ask}). */
  private static final int MIN_CUED_BEARERS = 1;

  private final SwedishLexicon lexicon;
  private final ResidualWords words;
  /** One score for every signal when the builder set one, else -1: each signal's own. */
  private final double uniformScore;

  private ResidualLeakDetector(Builder b) {
    this.lexicon = b.lexicon != null ? b.lexicon : SwedishLexicon.get();
    this.words = new ResidualWords(lexicon);
    this.uniformScore = b.score;
  }

  /**
   * A builder with the shared lexicon and each signal's own score ({@link ResidualSignal#score()}).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return TYPES;
  }

  /**
   * Each signal's score, and a post's risk, is capped under the default redact threshold: a review
   * signal, no redaction; a uniform score set by the builder may be higher.
   */
  @Override
  public double maxScore() {
    return uniformScore >= 0 ? Math.max(uniformScore, ResidualSignal.MAX_SCORE) : ResidualSignal.MAX_SCORE;
  }

  @Override
  public void detect(ScanText text, FindingSink sink) {
    Tokens tokens = Tokens.of(text);
    char[] lower = tokens.lower();
    char[] scratch = null; // for the tests of parts of words, which few words reach
    int signatureFrom = ResidualSlots.signatureStart(tokens);
    boolean afterCue = false;
    boolean afterRole = false; // the cue is a compound that ends in one ("enhetschefen")
    boolean afterRelation = false; // the word before is a relation noun ("pappa till ask")
    int lastPhraseHead = -1; // the last word that begins a listed phrase of several words
    PostRisk risk = new PostRisk(sink); // weak findings add up to the post's risk
    ThingSkips things = new ThingSkips(tokens, risk);
    for (int t = 0; t < tokens.size(); t++) {
      if (t <= things.skipTo()) {
        continue; // part of a thing the name detector keeps, found when a word of it was about to be flagged
      }
      things.at(t);
      if (tokens.kind(t) == Tokens.NUMBER) {
        t = digitRun(tokens, t, things);
        afterCue = false;
        continue;
      }
      if (!tokens.isWord(t)) {
        continue; // punctuation keeps a cue in force: "mvh, Anna", "/Anna"
      }
      int start = tokens.start(t);
      int length = tokens.length(t);
      // one look-up for the word's facts, its common-word test and its ending, kept for every later text
      Lexeme word = tokens.lexeme(t, lexicon);
      long facts = word.facts();
      long categories = SwedishLexicon.categories(facts);
      // a cue reaches the next word of its sentence, or of the next line ("Mvh\nAnna")
      boolean cued = afterCue && (!tokens.has(t, Tokens.SENTENCE_START) || tokens.has(t, Tokens.LINE_START));
      boolean cuedByRole = cued && afterRole;
      afterRole = (categories & NAME_CUE) == 0 && words.endsInNameCue(word, lower, start, length); // "enhetschefen", "skolkuratorn"
      afterCue = (categories & NAME_CUE) != 0 && (Category.CUE_NAME.in(categories) || !Category.CUE_RELATION.in(categories)
          || words.isAfterPossessive(tokens, t)) // "min man Ali", not "ska man klara sig"
          || afterRole
          || afterRelation && tokens.adjacent(t - 1) && tokens.is(t, "till"); // "pappa till ask", "mamma till två"
      afterRelation = (categories & PERSON_NOUN) != 0;

      // a word that begins or continues a kept phrase of two words ("Canada Goose")
      boolean phraseHead = Category.MULTIWORD_HEAD.in(categories);
      boolean inPhrase = lastPhraseHead == t - 1 && words.isKeptPair(tokens, t - 1) || phraseHead && words.isKeptPair(tokens, t);
      if (phraseHead) {
        lastPhraseHead = t;
      }
      if (tokens.has(t, Tokens.ALL_CAPS) || (categories & ResidualWords.KEPT) != 0 || inPhrase
          || ActShortForms.isSocialServicesAct(tokens, t) // "enligt SoL"
          || ActShortForms.isStatuteBook(tokens, t) // "afs 2015:4"
          || WeakSlots.isDomainName(tokens, t) // "på gotland.se": a site
          || ResidualMemos.isKeptGenitive(words, word, lower, start, length)
          || ResidualSlots.isCompoundNoun(tokens, lower, t) && !ResidualWords.isDoubleFirstName(lower, start, length)) {
        continue; // acronyms are mostly bodies, units and diagnoses (BUP, LSS, ADHD)
      }
      // the name of a thing the name detector keeps ("en Kia", "Toyota Auris", "lex Sarah"): asked
      // only when a finding is about to be reported
      things.reached(t);
      if (ResidualWords.isGenitive(lower, start, length) && !ResidualSlots.isDeterminer(tokens, t)
          && !Category.WORD_FORM.in(categories) // "om det finns samiska familjehem": a verb's passive, no genitive
          && !ResidualWords.isAdverbInVis(lower, start, length) // "växelvis boende": an adverb
          && !words.isAfterPossessive(tokens, t) // "min sons skola": a person's, which no name follows a possessive as
          && (InstitutionNouns.isNoun(tokens, t + 1) || ResidualSlots.isAdjectiveBeforeInstitutionNoun(tokens, t + 1))) {
        report(things, ResidualSignal.INSTITUTION_GENITIVE, start, tokens.end(t), EntityType.PLACE);
        continue;
      }
      if (ResidualSlots.isAgedFirstName(tokens, t) && WordAnswers.firstName(word, lower, start, length) >= MIN_AGED_BEARERS) {
        report(things, ResidualSignal.AGED_FIRST_NAME, start, tokens.end(t), EntityType.NAME); // "en elev, ask, 8 år": a child and its age
        continue;
      }
      boolean common = word.isCommonWord();
      boolean namePosition = ResidualSlots.isNamePosition(tokens, t);
      if (namePosition && (cued && !Category.WORD_FORM.in(categories) && !ResidualSlots.isQuoted(tokens, t)
          || InstitutionNouns.isNoun(tokens, t - 1))) {
        // "heter Sol", "förskolan Blåklockan": capitals after a cue name, whatever the word
        report(things, cued ? ResidualSignal.CUED_CAPITALISED : ResidualSignal.INSTITUTION_NEIGHBOUR, start, tokens.end(t),
            cued ? EntityType.NAME : EntityType.PLACE);
        continue;
      }
      if (!common || namePosition) {
        long ending = word.ending();
        if (Category.INSTITUTION_SUFFIX.in(ending)) {
          scratch = WordScratch.lend(text, scratch, length);
          if (words.endsInInstitution(ending, lower, start, length, scratch, namePosition)) {
            report(things, ResidualSignal.INSTITUTION_COMPOUND, start, tokens.end(t), EntityType.PLACE);
            continue;
          }
        }
      }
      boolean closedClass = Category.WORD_FORM.in(categories);
      boolean placeAfter = ResidualSlots.isAfterPlacePreposition(tokens, t);
      boolean residence = placeAfter && WeakSlots.isAfterResidenceVerb(tokens, t); // "bor i", "flyttade till"
      // the name slots: only there does a word need the costlier readings below
      boolean nicknamed = ResidualSlots.isNicknamed(tokens, t); // "hon kallas lillen"
      boolean nameSlot = cued || t >= signatureFrom || namePosition || nicknamed;
      // a form known to nothing as written ("kavlinge", which the stemmer would read as "kavling")
      AsciiFolding.Reading folded = facts != 0 || !(nameSlot || placeAfter) ? AsciiFolding.Reading.UNKNOWN
          : WordAnswers.folded(word, lexicon, lower, start, length, ResidualWords.NAME_OR_PLACE);
      if (nameSlot) {
        boolean unknown = !common && categories == 0 && folded == AsciiFolding.Reading.UNKNOWN
            && !ResidualWords.isLongDefinite(lower, start, length)
            && NameLetters.hasVowel(lower, start, length); // "pls", "btw": chat, no name
        if (unknown) {
          scratch = WordScratch.lend(text, scratch, length);
          unknown = !ResidualMemos.isCompound(words, word, lower, start, length, scratch)
              && !WeakSlots.hasVerbOrAdjectiveEnding(lower, start, length) // "polisen inledde", "så kallade strategiska"
              && !ResidualMemos.isInflectionOfWord(words, word, lower, start, length, scratch); // "polisen uppger": a verb
        }
        // a pronoun that is also a name ("inga", "mina", "hans") only right after a cue ("sambo hans
        // berg"); a word typed without å/ä/ö ("pa") is the word
        boolean typedWord = folded == AsciiFolding.Reading.LISTED_WORD;
        // a pronoun after a cue only before a surname or at the end ("sambo hans berg", not "säger hans fru")
        boolean person = (categories & ResidualWords.PERSON) != 0
            && (!closedClass || cued && (!tokens.isWord(t + 1) || words.isSurnameNext(tokens, t)
                || WeakSlots.isBeforeSubjectVerb(tokens, t))) // "min pappa hans är 88", not "min pappa hans fru"
            || !SwedishLexicon.isFrequentOrListedWord(facts) && !typedWord // "min" is a name too, and a pronoun
                && WordAnswers.bearers(word, lower, start, length) >= ResidualWords.MIN_BEARERS
            // "min dotter vilja": right after a cue, a frequent word that hundreds are called by
            || cued && !closedClass && !typedWord && WordAnswers.firstName(word, lower, start, length) >= ResidualWords.MIN_BEARERS
            // "min son ask": a rarer first name after a cue, when it is no frequent word ("man ha")
            || cued && !closedClass && !typedWord && !SwedishLexicon.isFrequentWord(facts)
                && WordAnswers.firstName(word, lower, start, length) >= MIN_CUED_BEARERS
            // "min dotter ros skär sig": a frequent word too, in the subject's slot after a cue
            || cued && !closedClass && !typedWord && ResidualSlots.isBeforeVerbOrEnd(tokens, t)
                && WordAnswers.firstName(word, lower, start, length) >= MIN_CUED_BEARERS;
        person &= !WeakSlots.isBeforeMeasure(tokens, t); // "läkaren säger max 3 veckor": a quantity, not "max 3 år"
        if ((unknown || person) && (cued || t >= signatureFrom)
            || (unknown || (categories & ResidualWords.NAME_OR_PLACE) != 0) && namePosition) {
          ResidualSignal signal = !(unknown || person) ? ResidualSignal.CAPITALISED_NAME
              : cuedByRole && unknown ? ResidualSignal.ROLE_CUED_UNKNOWN
              : cued ? (unknown ? ResidualSignal.CUED_UNKNOWN : ResidualSignal.CUED_NAME)
              : t >= signatureFrom ? (unknown ? ResidualSignal.SIGNATURE_UNKNOWN : ResidualSignal.SIGNATURE_NAME)
              : ResidualSignal.CAPITALISED_NAME;
          report(things, signal, start, tokens.end(t), EntityType.NAME);
          if ((unknown || person) && cued && words.isSurnameNext(tokens, t) && !ResidualWords.isNamesGenitive(lower, start, length)) {
            // "min son ask zorbu": the name detector may take the first name and leave the surname
            report(things, ResidualSignal.SURNAME_AFTER_FIRST_NAME, tokens.start(t + 1), tokens.end(t + 1), EntityType.NAME);
          }
          continue;
        }
        if ((cued && ResidualSlots.isAfterNamingVerb(tokens, t) || nicknamed) && !closedClass
            && !SwedishLexicon.isFrequentWord(facts) && NameLetters.hasVowel(lower, start, length)
            && !Category.CUE_NAME.in(categories)) { // not a role noun named first: "hette kommissarie andreas", "kallar sig coach"
          // "min kille heter sotte": what a naming verb names is a name, whatever list holds the word
          report(things, ResidualSignal.NAMED_WORD, start, tokens.end(t), EntityType.NAME);
          continue;
        }
        if (cued && facts == 0 && !closedClass && length <= MAX_CUED_FORM && NameLetters.hasVowel(lower, start, length)
            && WeakSlots.isBeforeSubjectVerb(tokens, t)
            && !ResidualMemos.isCompound(words, word, lower, start, length, scratch = WordScratch.lend(text, scratch, length))) {
          // "min kompis atte tar", "min tjej ligge skär sig": an inflection's or typed word's shape,
          // but a verb after the cue's word makes it the subject
          report(things, ResidualSignal.CUED_FORM_BEFORE_VERB, start, tokens.end(t), EntityType.NAME);
          continue;
        }
      }
      if (residence && !common && (facts == 0 && WeakSlots.hasForeignLetter(lower, start, length)
          || (categories & ResidualWords.PLACE) == 0 && ((categories & ResidualWords.PERSON) != 0
              || WordAnswers.bearers(word, lower, start, length) >= ResidualWords.MIN_BEARERS))) {
        // "flyttade till đà nẵng", "bor i santiago": where someone lives, a word of foreign letters
        // or a name is a town abroad (no one lives in a person)
        int last = t;
        while (tokens.isWord(last + 1) && tokens.adjacent(last)
            && WeakSlots.hasForeignLetter(lower, tokens.start(last + 1), tokens.length(last + 1))) {
          last++;
        }
        report(things, ResidualSignal.RESIDENCE_PLACE, start, tokens.end(last), EntityType.PLACE);
        t = last;
      } else if (Category.FIRST_NAME.in(categories) && !common && (categories & NAME_CUE) == 0
          && !AsciiFolding.isFoldedFunctionWord(tokens, t) && words.isSurnameNext(tokens, t) // "finns det nan dansklubb"
          && !ResidualWords.isNamesGenitive(lower, start, length)) { // "ronjas assistansersättning": what she owns
        report(things, ResidualSignal.SURNAME_AFTER_FIRST_NAME, tokens.start(t + 1), tokens.end(t + 1), EntityType.NAME);
      } else if (words.isCoordinatedWithAName(tokens, t) && !closedClass && (WordAnswers.firstName(word, lower, start, length) > 0
          || ResidualWords.isDoubleFirstName(lower, start, length))) {
        report(things, ResidualSignal.COORDINATED_NAME, start, tokens.end(t), EntityType.NAME); // "eetu och venla", "nils o ask"
      } else if (placeAfter && (folded == AsciiFolding.Reading.NAME_OR_PLACE
          || !common && Localities.contains(lower, start, length)
          // typed without å/ä/ö, a place whatever else it reads as ("i stavsnas", "i timra"), unless a frequent word
          || !SwedishLexicon.isFrequentWord(facts) && ResidualMemos.hasFoldedPlaceReading(words, word, lower, start, length))) {
        report(things, ResidualSignal.FOLDED_PLACE, start, tokens.end(t), EntityType.PLACE);
      } else if (placeAfter && !common && categories == 0 && ResidualWords.hasPlaceEnding(word.ending(), length)) {
        // "på bergsgården", "vid korsängen"; "bor på bergsgården"
        report(things, residence ? ResidualSignal.RESIDENCE_PLACE : ResidualSignal.PLACE_ENDING, start, tokens.end(t),
            EntityType.PLACE);
      } else if (!closedClass && !Weekdays.isShort(tokens, t) && ResidualSlots.isResidualPlace(tokens, t, categories, placeAfter,
          !common && categories == 0 && folded == AsciiFolding.Reading.UNKNOWN && ResidualMemos.isNoWord(words, word, lower, start, length,
              scratch = WordScratch.lend(text, scratch, length)), SwedishLexicon.isFrequentWord(facts))) {
        report(things, !placeAfter ? ResidualSignal.INSTITUTION_NEIGHBOUR
            : residence ? ResidualSignal.RESIDENCE_PLACE
            : (categories & ResidualWords.PLACE) != 0 ? ResidualSignal.LISTED_PLACE_SLOT : ResidualSignal.PLACE_SLOT, start, tokens.end(t),
            EntityType.PLACE);
      } else if (!closedClass && common && (categories & ResidualWords.PLACE) == 0 && !SwedishLexicon.isFrequentWord(facts)
          && !ResidualSlots.isKindOfPlaceOrTime(tokens, t)
          && ((residence && WeakSlots.isAfterLivingVerb(tokens, t) || placeAfter && PlacingSlots.isAfterHomeOrUnit(tokens, t))
                  && ResidualSlots.isDefinite(lower, start, length)
              && !InstitutionNouns.isNounOrCompound(tokens, t) // "bor på elevhemmet": a kind of home, no name
              || ResidualSlots.isAfterInstitutionsI(tokens, t))) {
        report(things, ResidualSignal.RESIDENCE_RARE_WORD, start, tokens.end(t), EntityType.PLACE);
      } else if (!closedClass && ResidualSlots.isBeforeNamingVerb(tokens, t)) {
        report(things, ResidualSignal.BEFORE_NAMING_VERB, start, tokens.end(t), EntityType.NAME); // "ask lindgren heter hon"
      } else if (facts == 0 && !common && length >= ResidualWords.MIN_NO_WORD
          && WordAnswers.firstName(word, lower, start, length) >= MIN_CUED_BEARERS
          && NameLetters.hasVowel(lower, start, length) && !ResidualMemos.isTypedWord(words, word, lower, start, length)) {
        // anywhere, a word no list knows that fifty people or more are called by ("jaffar", "amirhossein");
        // in a position of a person by that position's signal ("jaffar är 7")
        ResidualSignal slot = personSlot(tokens, t);
        report(things, slot != null ? slot : ResidualSignal.COUNTED_NAME, start, tokens.end(t), EntityType.NAME);
      } else if (!closedClass && !SwedishLexicon.isFrequentWord(facts) && PostTowns.isAfterPostalCode(tokens, t)) {
        report(things, ResidualSignal.POSTAL_TOWN, start, tokens.end(t), EntityType.PLACE); // "762 31 amot"
      } else if (facts == 0 && length >= ResidualWords.MIN_NO_WORD && NameLetters.hasVowel(lower, start, length)) {
        scratch = WordScratch.lend(text, scratch, length);
        weakSignal(things, tokens, t, word, common, cued, t >= signatureFrom, namePosition, scratch);
      }
    }
    risk.finish();
  }

  /** The longest unlisted form taken as a cued subject: a name's length, not a compound's ("hudkliniken"). */
  private static final int MAX_CUED_FORM = 8;

  /**
   * The weaker evidence for a word no list holds in any form ({@code facts == 0}), left by every
   * stronger signal: a word known only as the inflection of another (by the stemmer: "talle",
   * "kamme") after a cue, in a signature or capitalised inside a sentence, one after a role noun ("ägaren daut"), one with letters no Swedish
   * word has ("özgül"), one with a nickname's shape ("kattis"), and any other that is no word
   * ("zemzem").
   */
  private void weakSignal(ThingSkips things, Tokens tokens, int t, Lexeme word, boolean common, boolean cued,
      boolean signature, boolean capitalised, char[] scratch) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    int end = tokens.end(t);
    boolean typed = ResidualMemos.isTypedWord(words, word, lower, start, length);
    if (common) {
      boolean nickname = !typed && NicknameShape.of(lower, start, length);
      if ((cued || signature) && !typed && !WeakSlots.hasFormEnding(lower, start, length)) {
        // "min kille talle"; "/talle"
        report(things, cued ? ResidualSignal.CUED_RARE_FORM : ResidualSignal.SIGNATURE_RARE_FORM, start, end,
            EntityType.NAME);
      } else if (capitalised && !WeakSlots.isOrganisationCompound(tokens, t)) { // not "Riksidrottsförbundet"
        report(things, ResidualSignal.CAPITALISED_RARE_FORM, start, end, EntityType.NAME); // "och Ramlösa"
      } else if (nickname && personSlot(tokens, t) != null) {
        report(things, ResidualSignal.NICKNAME_FORM_IN_SLOT, start, end, EntityType.NAME); // "kamme är snäll"
      } else if (nickname) {
        report(things, ResidualSignal.NICKNAME_SHAPE, start, end, EntityType.NAME);
      } else if (!typed && isGreetedOrCleft(tokens, t)) {
        report(things, ResidualSignal.FORM_IN_PERSON_SLOT, start, end, EntityType.NAME); // "hej ligge!"
      }
      return;
    }
    if (typed) {
      return;
    }
    ResidualSignal slot = personSlot(tokens, t);
    if (!ResidualMemos.isNoWord(words, word, lower, start, length, scratch)) {
      if (isGreetedOrCleft(tokens, t)) {
        report(things, ResidualSignal.FORM_IN_PERSON_SLOT, start, end, EntityType.NAME); // "det var gospava som"
      }
      return;
    }
    ResidualSignal signal = slot != null ? slot
        : WeakSlots.hasForeignLetter(lower, start, length) ? ResidualSignal.FOREIGN_LETTERS
        : NicknameShape.of(lower, start, length) ? ResidualSignal.UNKNOWN_NICKNAME
        : ResidualSignal.UNKNOWN_WORD;
    report(things, signal, start, end, EntityType.NAME);
  }

  /**
   * The position of a person that word {@code t} stands in, as the signal of a word that is no word
   * there, or null: after a role noun ("ägaren daut"), before an age or a phone number ("zinnis,
   * 12"), after {@code hos} ("sover hos jannick"), before a verb of a person ("noria flyttade"),
   * spoken of as a person ("orolig för kerste", "sms från jaker", "har ellise rätt":
   * {@link PersonMentions}).
   */
  private static ResidualSignal personSlot(Tokens tokens, int t) {
    return WeakSlots.isAfterRoleNoun(tokens, t) ? ResidualSignal.ROLE_NOUN_UNKNOWN
        : WeakSlots.isBeforeAgeOrPhone(tokens, t) ? ResidualSignal.UNKNOWN_BEFORE_AGE_OR_PHONE
        : WeakSlots.isAfterPersonPreposition(tokens, t) ? ResidualSignal.UNKNOWN_AFTER_PERSON_PREPOSITION
        : WeakSlots.isBeforeSubjectVerb(tokens, t) ? ResidualSignal.UNKNOWN_SUBJECT
        : PersonMentions.isFeltOrTalkedAbout(tokens, t) || PersonMentions.isMessageSender(tokens, t)
            || PersonMentions.isQuestionSubject(tokens, t) ? ResidualSignal.UNKNOWN_SPOKEN_OF
        : null;
  }

  /** Word {@code t} stands where only a person does: greeted or the focus of a cleft. */
  private static boolean isGreetedOrCleft(Tokens tokens, int t) {
    return WeakSlots.isGreeted(tokens, t) || WeakSlots.isCleftFocus(tokens, t);
  }

  /** Reports a finding of {@code signal}, scored by it (or by the builder's uniform score), with its explanation. */
  private void report(ThingSkips things, ResidualSignal signal, int start, int end, EntityType type) {
    things.add(start, end, type, score(signal), signal.explanation());
  }

  private double score(ResidualSignal signal) {
    return uniformScore >= 0 ? uniformScore : signal.score();
  }

  /** Reports the run of digits that starts at token {@code first} if it may be personal; returns its last token. */
  private int digitRun(Tokens tokens, int first, FindingSink sink) {
    int last = DigitRuns.lastToken(tokens, first);
    if (DigitRuns.mayBePersonal(tokens, first, last)) {
      ResidualSignal signal = DigitRuns.isCued(tokens, first, last) ? ResidualSignal.CUED_DIGITS : ResidualSignal.DIGIT_RUN;
      sink.add(tokens.start(first), tokens.end(last), EntityType.OTHER, score(signal), signal.explanation());
    }
    return last;
  }

  /** Builds a {@link ResidualLeakDetector}. Not thread-safe. */
  public static final class Builder {
    private SwedishLexicon lexicon;
    private double score = -1;

    private Builder() {}

    /**
     * The lexicon to tell ordinary words, kept terms, names and places by; default the shared one.
     *
     * @param lexicon the lexicon
     * @return this builder
     */
    public Builder lexicon(SwedishLexicon lexicon) {
      this.lexicon = lexicon;
      return this;
    }

    /**
     * One score for every finding, in place of each signal's measured one: put it in the review
     * band of the anonymizer it runs in.
     *
     * @param score between 0 and 1
     * @return this builder
     * @throws IllegalArgumentException if the score is outside 0..1
     */
    public Builder score(double score) {
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("score must be between 0 and 1: " + score);
      }
      this.score = score;
      return this;
    }

    /**
     * The detector.
     *
     * @return a new, immutable detector
     */
    public ResidualLeakDetector build() {
      return new ResidualLeakDetector(this);
    }
  }
}
