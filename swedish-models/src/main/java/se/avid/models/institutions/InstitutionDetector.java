package se.avid.models.institutions;

import java.util.Set;
import se.avid.EntityType;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.Lexeme;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.models.lexicon.Tokens;
import se.avid.models.lexicon.WordSieve;
import se.avid.models.lexicon.WordScratch;
import se.avid.models.names.ThingNames;
import se.avid.models.places.AreaCompounds;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * Finds the proper part of an institution's name, a {@link EntityType#PLACE}: it tells where a
 * person lives, is treated or goes to school. The institution noun and public bodies stay.
 *
 * <ul>
 *   <li>a capitalised genitive before an institution noun: {@code Lindgårdens} in
 *       {@code Lindgårdens äldreboende}, {@code Tallbackens} in {@code Tallbackens dagliga verksamhet};
 *   <li>a capitalised word after one: {@code Blåklockan} in {@code förskolan Blåklockan};
 *   <li>the name after a venue's noun ({@link Venues}): {@code Roma} in {@code Pizzeria Roma},
 *       {@code kronan} in {@code bageriet kronan};
 *   <li>a capitalised word inside a sentence that ends in an institution ending:
 *       {@code Katedralskolan}, {@code Mälarsjukhuset}; in lowercase only when its first part is
 *       no ordinary word ({@code rosengårdsskolan}, not {@code grundskolan});
 *   <li>a hospital's short name or short form ({@code KS}, {@code SÖS} in capitals;
 *       {@code Karolinska}, {@code Sahlgrenska} after {@code på}, {@code till}, …).
 * </ul>
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class InstitutionDetector implements Detector {

  /** The detector's name. */
  public static final String NAME = "swedish-institutions";

  /** A proper part marked by capitals and an institution noun. */
  static final double CAPITALISED_SCORE = 0.85;
  /** A lowercase compound whose first part is no word, or a hospital's short name. */
  static final double LOWERCASE_SCORE = 0.7;
  /**
   * A lowercase school or church of an ordinary word and its ending that the dictionary lacks
   * ("parkskolan"): most are names, some are ad-hoc nouns ("mellanstadieskolan"); redacted, just.
   */
  static final double LOWERCASE_WORD_COMPOUND_SCORE = 0.55;

  /**
   * A school or church that the dictionary knows as a compound but that is no frequent word
   * ("katedralskolan", "domkyrkan"), or an upper school of a word and its ending that it lacks
   * ("nobelgymnasiet", "estetgymnasiet"): as often the name of one as a noun; in the review band.
   */
  static final double RARE_DICTIONARY_COMPOUND_SCORE = 0.4;

  private static final Set<EntityType> TYPES = Set.of(EntityType.PLACE);
  static final long KEPT = Category.bits(Category.PUBLIC_BODY, Category.COUNTRY);
  /** Places whose genitive names an institution ("handens vårdcentral"); a person's genitive is its owner ("annas förskola"). */
  static final long PERSON = Category.bits(Category.FIRST_NAME, Category.SURNAME);
  static final long PLACE = Category.bits(Category.MUNICIPALITY, Category.TOWN, Category.DISTRICT);
  /** The shortest lowercase genitive taken for the proper part of an institution's name ("ekens", not "hans"). */
  static final int MIN_GENITIVE = 5;

  private final SwedishLexicon lexicon;
  private final LowercaseGenitives genitives;
  private final NamesAfterNouns afterNouns;
  private final InstitutionHeads heads;
  private final NamesBeforeNouns beforeNouns;

  private InstitutionDetector(SwedishLexicon lexicon) {
    this.lexicon = lexicon;
    this.genitives = new LowercaseGenitives(lexicon);
    this.afterNouns = new NamesAfterNouns(lexicon);
    this.heads = new InstitutionHeads(lexicon);
    this.beforeNouns = new NamesBeforeNouns(lexicon);
  }

  /**
   * The detector with the shared lexicon.
   *
   * @return the detector
   */
  public static InstitutionDetector create() {
    return new InstitutionDetector(SwedishLexicon.get());
  }

  /**
   * The detector with the given lexicon.
   *
   * @param lexicon the lexicon that tells ordinary words and kept terms
   * @return the detector
   */
  public static InstitutionDetector withLexicon(SwedishLexicon lexicon) {
    return new InstitutionDetector(java.util.Objects.requireNonNull(lexicon, "lexicon"));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return TYPES;
  }

  @Override
  public void detect(ScanText text, FindingSink sink) {
    Tokens tokens = Tokens.of(text);
    // every word's record, in which its roles are kept: looked up once a text (the name detector's already are)
    tokens.lookUpAll(lexicon);
    int n = tokens.size();
    // the roles of the tokens around the walk's, each read once as the walk passes it
    int twoBefore = 0;
    int before = 0;
    int at = WordRoles.of(tokens, 0, lexicon);
    int after = WordRoles.of(tokens, 1, lexicon);
    for (int t = 0; t < n; t++) {
      if (t > 0) {
        twoBefore = before;
        before = at;
        at = after;
        after = WordRoles.of(tokens, t + 1, lexicon);
      }
      if (!tokens.isWord(t)) {
        continue;
      }
      int unit = CompassUnits.startOfUnitAt(tokens, t); // "Psykiatri Nordväst", "hemtjänstgruppen västra"
      if (unit >= 0) {
        sink.add(unit, tokens.end(t), EntityType.PLACE, tokens.has(t, Tokens.CAPITALISED) ? CAPITALISED_SCORE : LOWERCASE_SCORE);
        continue;
      }
      if (!InstitutionCandidates.mayTake(tokens, t, twoBefore, before, at, after)) {
        assert isLeftByEveryRule(text, tokens, t, NounsAround.of(twoBefore, before, at, after))
            : "InstitutionCandidates leaves out a word a rule takes";
        continue;
      }
      int university = UniversityNames.endOf(tokens, t);
      if (university < 0) {
        university = RegionHospitals.endOf(tokens, t, lexicon); // "Hallands sjukhus", "norrlands universitetssjukhus"
      }
      if (university > t) {
        sink.add(tokens.start(t), tokens.end(university - 1), EntityType.PLACE, CAPITALISED_SCORE);
        t = university - 1;
        twoBefore = WordRoles.of(tokens, t - 2, lexicon);
        before = WordRoles.of(tokens, t - 1, lexicon);
        at = WordRoles.of(tokens, t, lexicon);
        after = WordRoles.of(tokens, t + 1, lexicon);
      } else {
        detectAt(text, tokens, t, NounsAround.of(twoBefore, before, at, after), sink);
      }
    }
  }

  /** With assertions on (as in the tests): every rule asked of a word {@link InstitutionCandidates} leaves out; none may take it. */
  private boolean isLeftByEveryRule(ScanText text, Tokens tokens, int t, int nouns) {
    FindingSink none = (start, end, type, score) -> {
      throw new AssertionError("a rule took a word that InstitutionCandidates leaves out: widen its test");
    };
    detectAt(text, tokens, t, nouns, none);
    return UniversityNames.endOf(tokens, t) < 0 && RegionHospitals.endOf(tokens, t, lexicon) < 0;
  }

  // detectAt asks the kinds of institution slot in a fixed order, the first that names the word
  // ends it; each kind is a method of its own, small enough for the JIT to compile early and inline

  /** Word {@code t}: a hospital or prison, or a home, school, unit or venue by its slot, its noun or its ending. */
  private void detectAt(ScanText text, Tokens tokens, int t, int nouns, FindingSink sink) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    // asked by several of the tests below: once a word
    boolean afterPreposition = ProperStarts.isAfterPlacePreposition(tokens, t);
    if (isHospitalOrPrison(tokens, t, afterPreposition)) {
      // a kept body's name stays redacted with a hospital's noun ("Ersta hospice"); the noun asked first
      boolean kept = HospitalNames.isKeptNameOfHospital(tokens, t)
          && (SwedishLexicon.categories(tokens.lexeme(t, lexicon).facts()) & KEPT) != 0;
      int end = kept ? tokens.end(t + 1) : tokens.end(t);
      sink.add(start, end, EntityType.PLACE, LOWERCASE_SCORE);
      return;
    }
    if (length < 3) {
      return;
    }
    boolean capitalised = ProperStarts.isCapitalisedInside(tokens, t);
    boolean genitive = lower[start + length - 1] == 's';
    // an institution noun after the word: "äldreboende", "omsorgsboende", "vård- och omsorgsboende"
    boolean nounAfter = InstitutionNouns.startsAt(tokens, t + 1, NounsAround.after(nouns))
        // a venue is owned by its name as a home is: "Kullens café", "kullens café i katrineholm"
        || genitive && Venues.isNoun(tokens, t + 1);
    // a placing slot's and a daily activity's "på", "till", "från" are prepositions of place too:
    // most words, after none, are spared both tests
    boolean placingSlot = afterPreposition && PlacingSlots.isAfterPlacing(tokens, t);
    boolean afterPlacing = !capitalised && placingSlot;
    boolean nameAfterPlacing = afterPlacing && NameElements.isNameLike(lower, start, length);
    boolean slotBeforeTown = afterPreposition && tokens.is(t + 1, "i");
    boolean dailyActivitySlot = !capitalised && afterPreposition && PlacingSlots.isAfterDailyActivity(tokens, t);
    if (!capitalised && !(nounAfter && tokens.adjacent(t)) && !(afterPreposition && HospitalNames.mayBeShortName(tokens, t))
        && !afterPlacing && !slotBeforeTown && !dailyActivitySlot && !NamesAfterNouns.mayName(tokens, t, genitive, nouns)) {
      return; // most words: lowercase, and nothing of an institution in or next to them
    }
    // one look-up for the word's facts, its common-word test and its ending, kept for every later text
    Lexeme word = tokens.lexeme(t, lexicon);
    if (ThingNames.employerAtPlaceName(tokens, t)) {
      return; // "jobbar skift på boliden": the firm, though the slot places a person at a workplace
    }
    if (capitalised && placingSlot && !nounAfter && !tokens.has(t, Tokens.ALL_CAPS) && length >= MIN_UNIT_NAME
        && PlacingSlots.isAfterPlacingOutsideWork(tokens, t) && capitalisedDefiniteNoun(tokens, t, word)) {
      // "flyttade honom till Sjöglimten", "personalen på Lövet": capitalised inside a sentence where
      // a person lives, works or goes, an ordinary definite noun is the home's or the unit's name
      sink.add(start, tokens.end(t), EntityType.PLACE, LOWERCASE_WORD_COMPOUND_SCORE);
      return;
    }
    if (keptBodysHouse(tokens, t, word, capitalised, genitive, sink)
        || nameInPlacingSlot(text, tokens, t, word, capitalised, nounAfter, afterPlacing, nameAfterPlacing, dailyActivitySlot,
            slotBeforeTown, sink)
        || nameBesideNoun(tokens, t, word, capitalised, genitive, nounAfter, afterPreposition, sink)
        || lowercaseNameBesideNoun(tokens, t, word, capitalised, nounAfter, afterPreposition, sink)) {
      return;
    }
    compoundName(text, tokens, t, word, capitalised, afterPreposition, sink);
  }

  /** Word {@code t} is a hospital's short name or name, or a prison's, where one is. */
  private static boolean isHospitalOrPrison(Tokens tokens, int t, boolean afterPreposition) {
    return HospitalNames.isShortForm(tokens, t) || afterPreposition && HospitalNames.isName(tokens, t)
        // "ligger på ks", "på us"
        || tokens.length(t) == 2 && !tokens.has(t, Tokens.ALL_CAPS) && tokens.is(t - 1, "på") && HospitalNames.mayBeShortName(tokens, t)
        // "ligger på sus", "åkte till ks med ambulans"
        || !tokens.has(t, Tokens.CAPITALISED) && afterPreposition && HospitalNames.isWordInHospitalContext(tokens, t)
        // "sitter på hall", "anstalten Hall"
        || (afterPreposition || PrisonNames.isAfterNoun(tokens, t)) && PrisonNames.isPrison(tokens, t);
  }

  /** Word {@code t} is, or owns, a kept body ("Frälsningsarméns härbärge"): decided, named only if a hospital. */
  private boolean keptBodysHouse(Tokens tokens, int t, Lexeme word, boolean capitalised, boolean genitive, FindingSink sink) {
    int start = tokens.start(t);
    int length = tokens.length(t);
    if ((SwedishLexicon.categories(word.facts()) & KEPT) != 0
        || genitive && (SwedishLexicon.categories(lexicon.facts(tokens.lower(), start, length - 1)) & KEPT) != 0) {
      if (HospitalNames.isKeptNameOfHospital(tokens, t)) {
        // with its noun: the kept word alone ("Ersta") is dropped by the allow-list, the hospital is not
        sink.add(start, tokens.end(t + 1), EntityType.PLACE, capitalised ? CAPITALISED_SCORE : LOWERCASE_SCORE);
      }
      return true; // "Frälsningsarméns härbärge", "Stadsmissionens boende": a kept body's own house
    }
    return false;
  }

  /** The shortest definite noun taken for a unit's name ("Lövet"; not "NA", "Ön"). */
  private static final int MIN_UNIT_NAME = 4;

  /**
   * A definite noun of no list, ordinary or a compound the dictionary lacks ("Lövet", "Gläntan",
   * "Sjöglimten"): no frequent word ("på Jobbet"), no institution noun ("till Vårdcentralen"), no
   * noun of time ("på Helgen"), no hyphened compound ("på AA-möten").
   */
  private static boolean capitalisedDefiniteNoun(Tokens tokens, int t, Lexeme word) {
    if (InstitutionWords.hasHyphen(tokens, t)) {
      return false; // "på AA-möten": a hyphened compound names a kind of thing
    }
    long facts = word.facts();
    return SwedishLexicon.categories(facts) == 0 && !SwedishLexicon.isFrequentWord(facts)
        && NamesAfterNouns.isDefiniteNounName(tokens, t) && !InstitutionNouns.isNounOrCompound(tokens, t);
  }

  /** A lowercase word where a person lives, works or goes, or before the town: a home's or unit's name; true when named. */
  private boolean nameInPlacingSlot(ScanText text, Tokens tokens, int t, Lexeme word, boolean capitalised, boolean nounAfter,
      boolean afterPlacing, boolean nameAfterPlacing, boolean dailyActivitySlot, boolean slotBeforeTown, FindingSink sink) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    long facts = word.facts();
    if (nameAfterPlacing && !nounAfter && !SwedishLexicon.isFrequentWord(facts)
        && (SwedishLexicon.categories(facts) & ~PLACE) == 0 && !InstitutionNouns.isNounOrCompound(tokens, t)
        && (!word.isCommonWord() || NameElements.isNatureName(lower, start, length))) {
      // "mamma bor på gullvivan", "personalen på björkängen": a home or preschool named alone by
      // a word of nature or a compound the dictionary lacks that ends like a place's name; not
      // "bor på sjukhem", "bor på bondgården"
      sink.add(start, tokens.end(t), EntityType.PLACE, LOWERCASE_WORD_COMPOUND_SCORE);
    } else if (afterPlacing && !nounAfter && SwedishLexicon.categories(facts) == 0
        && (isNoWordAtAll(tokens, t, word)
            || !SwedishLexicon.isFrequentWord(facts) && PlacingSlots.isAfterDailyActivity(tokens, t))
        && InstitutionWords.isUnwordedName(lexicon, tokens, t)) {
      // where a person lives, works or goes, a word that is no word at all names the place
      // ("daglig verksamhet på kulturverkstan", "morsan jobbar natt på cks"); after "daglig
      // verksamhet på" a rarer noun is flagged, for LSS units are named so, and redacted when it is
      // a definite noun, as their names are ("på flottiljen")
      sink.add(start, tokens.end(t), EntityType.PLACE, isNoWordAtAll(tokens, t, word)
          || dailyActivitySlot && NamesAfterNouns.isDefiniteNounName(tokens, t) ? LOWERCASE_WORD_COMPOUND_SCORE : RARE_DICTIONARY_COMPOUND_SCORE);
    } else if (dailyActivitySlot && SwedishLexicon.categories(facts) == 0 && !SwedishLexicon.isFrequentWord(facts)
        && NamesAfterNouns.isDefiniteNounName(tokens, t)) {
      // "daglig verksamhet på verkstan", "på flottiljen": a unit is named by an ordinary definite
      // noun, as after "daglig verksamhet" itself; not a frequent one ("på jobbet"), nor time ("på dagarna")
      sink.add(start, tokens.end(t), EntityType.PLACE, LOWERCASE_WORD_COMPOUND_SCORE);
    } else if (slotBeforeTown && !capitalised && SwedishLexicon.categories(facts) == 0 && isNoWordAtAll(tokens, t, word)
        && afterNouns.beforeTown(tokens, t) && InstitutionWords.isNoWordEvenFolded(lexicon, tokens, t)
        // the call's scratch chars, lent by the text's workspace to the few words that reach here
        && !InstitutionWords.endsInLongWord(lexicon, lower, start, length, WordScratch.lend(text, null, length))) {
      // "åker till grönlunda i sundsvall", "på snickarboa i gävle": a word that is no word, in a
      // place's slot before the town it lies in, is a place there (a unit, a farm, a village);
      // not a compound ending in a noun ("till migrationsdomstolen i göteborg", "i chileföreningen
      // i hässelby"), though a place's name may end in a short word ("grön|lunda", "snickar|boa")
      sink.add(start, tokens.end(t), EntityType.PLACE, LOWERCASE_WORD_COMPOUND_SCORE);
    } else {
      return false;
    }
    return true;
  }

  /** A short name after a preposition, or a name by its institution noun or venue, before or after it; true when named. */
  private boolean nameBesideNoun(Tokens tokens, int t, Lexeme word, boolean capitalised, boolean genitive, boolean nounAfter,
      boolean afterPreposition, FindingSink sink) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    if (afterPreposition && HospitalNames.isShortName(tokens, t, word)) {
      // "på hvitfeldtska", "till näl": a hospital's or school's short name the list lacks
      sink.add(start, tokens.end(t), EntityType.PLACE, capitalised ? CAPITALISED_SCORE : LOWERCASE_SCORE);
    } else if (capitalised && genitive && nounAfter) {
      sink.add(ProperStarts.capitalisedStart(lexicon, tokens, t), tokens.end(t), EntityType.PLACE, CAPITALISED_SCORE);
    } else if ((capitalised || tokens.has(t, Tokens.ALL_CAPS) && ProperStarts.capitalisedEnd(tokens, t) > tokens.end(t))
        && tokens.adjacent(t - 1) && (InstitutionNouns.isNounOrCompound(tokens, t - 1) && !NamesAfterNouns.isUnitTitle(tokens, t, word.facts()) || Venues.isNoun(tokens, t - 1)
            || NamesAfterNouns.isDailyActivity(tokens, t - 1))) {
      // "förskolan Solrosen", "Pizzeria Roma", "daglig verksamhet Verkstan", "sjukhuset UKC Tuzla"
      sink.add(start, ProperStarts.capitalisedEnd(tokens, t), EntityType.PLACE, CAPITALISED_SCORE);
    } else if (!capitalised && genitive && length >= MIN_GENITIVE && nounAfter
        && tokens.adjacent(t) && (genitives.isProperGenitive(word, lower, start, length) || genitives.isPersonBeforeHospital(tokens, t))) {
      sink.add(ProperStarts.lowercaseStart(tokens, t), tokens.end(t), EntityType.PLACE, LOWERCASE_SCORE);
    } else if (nounAfter && tokens.adjacent(t) && !(genitive && !capitalised && !genitives.isNameEndingInS(lower, start, length))
        && beforeNouns.isProperBeforeNoun(tokens, t, word, capitalised)) {
      // "Hemgården äldreboende", "Hagaberg familjecentral", "vårljus kvinnojour": a name, no
      // genitive, though it may end in s like one
      sink.add(capitalised ? ProperStarts.capitalisedStart(lexicon, tokens, t) : start, tokens.end(t), EntityType.PLACE,
          capitalised ? CAPITALISED_SCORE : LOWERCASE_SCORE);
    } else {
      return false;
    }
    return true;
  }

  /** A lowercase name by its institution noun or venue ("på hemgården äldreboende", "pizzeria napoli"); true when named. */
  private boolean lowercaseNameBesideNoun(Tokens tokens, int t, Lexeme word, boolean capitalised, boolean nounAfter,
      boolean afterPreposition, FindingSink sink) {
    int start = tokens.start(t);
    if (!capitalised && afterPreposition && nounAfter && tokens.adjacent(t) && beforeNouns.isDefiniteBeforeNoun(tokens, t, word)) {
      // "på hemgården äldreboende": a definite noun before an indefinite one is no Swedish phrase but a name
      sink.add(start, tokens.end(t), EntityType.PLACE, LOWERCASE_WORD_COMPOUND_SCORE);
    } else if (!capitalised && tokens.adjacent(t - 1) && Venues.isNoun(tokens, t - 1) && Venues.lowercaseNameScore(tokens, t, word) > 0) {
      sink.add(start, tokens.end(t), EntityType.PLACE, Venues.lowercaseNameScore(tokens, t, word)); // "pizzeria napoli", "bageriet kronan"
    } else if (!capitalised && Venues.twoWordNameAfterNoun(tokens, t, word, lexicon)) {
      sink.add(start, tokens.end(t + 1), EntityType.PLACE, LOWERCASE_WORD_COMPOUND_SCORE); // "restaurangen bistro kajen i"
    } else if (!capitalised && afterNouns.isNameAfterInstitution(tokens, t, word)) {
      sink.add(start, tokens.end(t), EntityType.PLACE, LOWERCASE_SCORE);
    } else {
      return false;
    }
    return true;
  }

  /** A compound of an institution's ending ("Solrosskolan", "rosengårdsskolan"): named by its head, unless a common or kept one. */
  private void compoundName(ScanText text, Tokens tokens, int t, Lexeme word, boolean capitalised, boolean afterPreposition,
      FindingSink sink) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    int head = InstitutionHeads.institutionHead(word.ending(), length);
    if (head < 3) {
      return;
    }
    if (capitalised && tokens.adjacent(t) && ProperStarts.isCapitalisedInside(tokens, t + 1) && !heads.isNamedHead(lower, start, head)) {
      return; // "Montessoriskolan Kastanjen": the compound tells the kind, the name after it is the place
    }
    if (word.isCommonWord()) {
      // "grundskolan", "familjehemmet": the dictionary's own compounds; a rare one may still be
      // the name of one school ("katedralskolan"): flagged, not redacted, unless capitalised
      // inside a sentence ("nu säger Katedralskolan att")
      // so too a hospital of a town ("centralsjukhuset i kristianstad", "länssjukhuset i kalmar"),
      // but a hospital's compound alone names a kind as often ("akutsjukhuset"): not even flagged
      if (!SwedishLexicon.isFrequentWord(word.facts()) && !InstitutionWords.isKindOfSchool(lower, start, length)) {
        boolean school = endsInAny(lower, start, length, RARE_COMPOUND_ENDINGS);
        boolean hospital = !school && endsInAny(lower, start, length, HOSPITAL_ENDINGS);
        boolean town = (school || hospital) && !capitalised && afterNouns.beforeTown(tokens, t);
        if (school || hospital && (capitalised || town)) {
          sink.add(start, tokens.end(t), EntityType.PLACE, capitalised ? CAPITALISED_SCORE
              : town ? LOWERCASE_WORD_COMPOUND_SCORE : RARE_DICTIONARY_COMPOUND_SCORE);
        }
      }
      return;
    }
    if (heads.isKeptHead(lower, start, head)) {
      return; // "BUP-mottagningen", "bup-mottagningen": a public body's unit
    }
    if (capitalised) {
      sink.add(ProperStarts.capitalisedStart(lexicon, tokens, t), tokens.end(t), EntityType.PLACE, CAPITALISED_SCORE);
    } else {
      lowercaseCompoundName(text, tokens, t, head, afterPreposition, sink);
    }
  }

  /** A lowercase compound of an institution's ending the dictionary lacks, its head at {@code head}. */
  private void lowercaseCompoundName(ScanText text, Tokens tokens, int t, int head, boolean afterPreposition, FindingSink sink) {
    char[] lower = tokens.lower();
    int start = tokens.start(t);
    int length = tokens.length(t);
    // "rosengårdsskolan": a first part that is no word names it; "parkskolan", "ekbackeskolan":
    // a school or church the dictionary lacks, of a word and its ending, is most often a name
    // ("familjehemmet", "stödboendet" are nouns)
    char[] scratch = WordScratch.lend(text, null, length); // the call's scratch chars, from the text's workspace
    if (!heads.isWordHead(lower, start, head, scratch) || InstitutionHeads.isElementHead(lower, start, head)
        || AreaCompounds.isPlaceStem(lexicon, lower, start, head, PLACE, KEPT, scratch)) {
      // "rosengårdsskolan", "hassellundsgymnasiet", "vänerkliniken": no word, a word ending like a name, or a place's stem
      sink.add(ProperStarts.lowercaseStart(tokens, t), tokens.end(t), EntityType.PLACE, LOWERCASE_SCORE);
    } else if (endsInAny(lower, start, length, NAMED_ENDINGS) || afterPreposition && endsIn(lower, start, length, "gården")) {
      // "på bergsgården", "till nämndemansgården": a farm or home the dictionary lacks, where one is
      sink.add(start, tokens.end(t), EntityType.PLACE, LOWERCASE_WORD_COMPOUND_SCORE);
    } else if ((endsIn(lower, start, length, "gymnasiet") || endsIn(lower, start, length, "kliniken"))
        && !InstitutionWords.isKindOfSchool(lower, start, length)) {
      // "nobelgymnasiet", "nobelkliniken"; but also "estetgymnasiet", "smärtkliniken"; after
      // a word that puts someone there the school's name ("min son går på nobelgymnasiet")
      boolean named = PlacingSlots.isAfterPlacing(tokens, t) || afterNouns.beforeTown(tokens, t);
      sink.add(start, tokens.end(t), EntityType.PLACE, named ? LOWERCASE_WORD_COMPOUND_SCORE : RARE_DICTIONARY_COMPOUND_SCORE);
    }
  }


  /** Word {@code t} is no ordinary word and no institution noun: after a placing slot, a name. */
  private static boolean isNoWordAtAll(Tokens tokens, int t, Lexeme word) {
    return !word.isCommonWord() && !InstitutionNouns.isNounOrCompound(tokens, t);
  }

  static boolean endsIn(char[] lower, int start, int length, String ending) {
    return NameElements.endsIn(lower, start, length, ending);
  }

  /**
   * Endings of schools, churches and hospitals that the dictionary lacks as compounds of a word
   * ("parkskolan", "vänersjukhuset"): most often the name of one; ad-hoc nouns
   * ("mellanstadieskolan") are rarer. Not "gymnasiet": a programme names as many
   * ("yrkesgymnasiet", "estetgymnasiet" as "nobelgymnasiet"), which are flagged instead.
   */
  private static final String[] NAMED_ENDINGS = {"skolan", "kyrkan", "sjukhuset", "lasarettet"};

  /** Endings of the dictionary's rare compounds that may be the name of one school or church. */
  private static final String[] RARE_COMPOUND_ENDINGS = {"skolan", "gymnasiet", "kyrkan"};
  /** Endings of the dictionary's rare compounds that name one hospital before its town. */
  private static final String[] HOSPITAL_ENDINGS = {"sjukhuset", "lasarettet"};

  /** Words of the noun list that are adjectives or first parts, which no name follows ("dagliga verksamhet"). */
  static final WordSieve NOT_NOUNS = WordSieve.of("dagliga", "daglig", "fritids", "boende");

  static boolean endsInAny(char[] lower, int start, int length, String[] endings) {
    for (String ending : endings) {
      if (endsIn(lower, start, length, ending)) {
        return true;
      }
    }
    return false;
  }
}
