package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;

class InstitutionDetectorTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(InstitutionDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  /** As a moderated service runs the detector: the findings left for review. */
  private static final Anonymizer MODERATED = Anonymizer.builder().serviceLoading(false)
      .addDetector(InstitutionDetector.create()).reviewThreshold(0.3).build();

  private static List<String> flagged(String text) {
    return MODERATED.assess(text).forReview().stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @Test
  void genitiveBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE Lindgårdens"), places("Mamma bor på Lindgårdens äldreboende i Ljungby."));
  }

  @Test
  void genitiveBeforeDailyActivitiesIsThePlace() {
    assertEquals(List.of("PLACE Tallbackens"), places("Han går på Tallbackens dagliga verksamhet."));
  }

  @Test
  void nameAfterAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE Solrosen"), places("Hon går på förskolan Solrosen sedan i höstas."));
  }

  @Test
  void theUnitAfterAnInstitutionsAcronymIsThePlace() {
    assertEquals(List.of("PLACE Elefanten"), places("Vi har kontakt med BUP Elefanten sedan i våras."));
    assertEquals(List.of("PLACE Solgläntan"), places("Han bor på HVB Solgläntan nu."));
    // the authority of the youth homes names the home after it
    assertEquals(List.of("PLACE Björkbacken"), places("Min dotter sitter på SiS Björkbacken sen mars."));
    assertEquals(List.of("PLACE björkbacken"), places("min dotter sitter på sis björkbacken sen mars"));
  }

  @Test
  void theAcronymAloneIsNoPlace() {
    assertEquals(List.of(), places("Vi går till BUP varje vecka och han har bott på ett HVB."));
  }

  @Test
  void capitalisedCompoundEndingInAnInstitutionIsAPlace() {
    assertEquals(List.of("PLACE Mälarsjukhuset"), places("Jag låg en vecka på Mälarsjukhuset i våras."));
    assertEquals(List.of("PLACE Rigshospitalet"), places("Jag pendlar till mitt jobb på Rigshospitalet varje dag."));
  }

  @Test
  void lowercaseCompoundWithANameAsFirstPartIsAPlace() {
    assertEquals(List.of("PLACE falkenbergsskolan"), places("vi bor i kalmar och skolan heter falkenbergsskolan"));
  }

  @Test
  void aWordAfterAnIndefiniteArticleIsNoProperPartOfTheNounAfterIt() {
    assertEquals(List.of(), places("nu vill kommunen flytta dem till ett konsulentstött familjehem genom humana"));
    assertEquals(List.of("PLACE hemgården"), places("mamma bor på hemgården äldreboende sedan i våras"));
  }

  @Test
  void lowercaseCompoundOfOrdinaryWordsIsNot() {
    assertEquals(List.of(), places("han går i grundskolan och bor i familjehemmet"));
  }

  @Test
  void aRareSchoolCompoundOfTheDictionaryIsFlaggedForReview() {
    List<String> found = new java.util.ArrayList<>();
    String text = "min dotter går på katedralskolan och trivs";
    InstitutionDetector.create().detect(se.avid.text.ScanText.of(text),
        (start, end, type, score) -> found.add(text.substring(start, end) + " " + score));
    List<String> scores = found;
    assertEquals(List.of("katedralskolan " + InstitutionDetector.RARE_DICTIONARY_COMPOUND_SCORE), scores);
  }

  @Test
  void aFrequentSchoolWordIsNotFlagged() {
    assertEquals(List.of(), ALONE.analyze("hon går i grundskolan och sedan på gymnasiet"));
  }

  @Test
  void aKeptRegionBeforeAHospitalNounNamesTheHospital() {
    // the whole name, as annotators mark it: the region alone leaves "universitetssjukhus" beside it
    assertEquals(List.of("PLACE Norrlands universitetssjukhus"), places("Hon föddes i vecka 29 på Norrlands universitetssjukhus."));
    assertEquals(List.of("PLACE norrlands universitetssjukhus"), places("hon föddes på norrlands universitetssjukhus."));
    assertEquals(List.of(), places("Sveriges sjukhus har för få sängar."));
  }

  @Test
  void theWholeProperPartBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE Drottning Silvias"), places("Hon låg fem dagar på Drottning Silvias barnsjukhus."));
    assertEquals(List.of("PLACE S:t Görans"), places("Kan jag ringa akuten på S:t Görans sjukhus?"));
    assertEquals(List.of("PLACE De la Gardiegymnasiet"), places("Han går första året på De la Gardiegymnasiet i Lidköping."));
  }

  @Test
  void aSentencesFirstOrdinaryWordIsNoPartOfTheName() {
    assertEquals(List.of("PLACE Lindgårdens"), places("På Lindgårdens äldreboende är det lugnt."));
  }

  @Test
  void hospitalShortFormInCapitalsIsAPlace() {
    assertEquals(List.of("PLACE KS"), places("Hon ligger på KS sedan i går."));
  }

  @Test
  void hospitalShortFormInLowercaseIsNot() {
    assertEquals(List.of(), places("det är ks och us som gäller"));
  }

  @Test
  void hospitalNameAfterAPrepositionIsAPlace() {
    assertEquals(List.of("PLACE sahlgrenska"), places("pappa opererades på sahlgrenska i fredags"));
  }

  @Test
  void aLowercaseShortFormThatIsAlsoAWordIsAHospitalWhereTheSentenceSpeaksOfOne() {
    assertEquals(List.of("PLACE sus"), places("hon ligger på sus sedan i tisdags"));
    assertEquals(List.of("PLACE mas"), places("min son opererades på mas i fredags"));
    assertEquals(List.of("PLACE ks"), places("vi åkte till ks med ambulans"));
    assertEquals(List.of("PLACE us"), places("vi åkte in till us i natt"));
    assertEquals(List.of("PLACE sus"), places("min dotter jobbar skift på sus sedan i våras"));
  }

  @Test
  void aDefiniteNounAfterDailyActivityIsItsUnitAndAnotherRareWordIsFlagged() {
    String text = "han har daglig verksamhet på flottiljen sedan i fjol";
    assertEquals(List.of("PLACE flottiljen"), places(text));
    String indefinite = "han har daglig verksamhet på tapetsering sedan i fjol";
    assertEquals(List.of(), places(indefinite));
  }

  @Test
  void aListedHospitalsShortNameOrFormIsAPlaceInLowercaseAfterAPreposition() {
    assertEquals(List.of("PLACE ryhov"), places("han ligger på ryhov sedan i går"));
    assertEquals(List.of("PLACE skas"), places("hon fick åka till skas"));
  }

  @Test
  void aLowercaseShortFormThatIsAlsoAWordStaysAWordElsewhere() {
    assertEquals(List.of(), places("det gick i full sus hela natten"));
    assertEquals(List.of(), places("det är lite sus att han inte svarar"));
  }

  @Test
  void aLowercaseShortFormRightAfterPåTillOrFrånIsTheHospital() {
    assertEquals(List.of("PLACE sus"), places("det gick i full sus hela natten och sen åkte vi till sus"));
    assertEquals(List.of("PLACE sus"), places("han andades in rök och var på sus över natten"));
    assertEquals(List.of("PLACE sus"), places("jag har gått hos en kurator på sus"));
  }

  @Test
  void aLowercaseAdjectiveThatNamesAHospitalIsOneOnlyWhereNoNounFollowsIt() {
    assertEquals(List.of("PLACE östra"), places("jag föddes på östra en fredag"));
    assertEquals(List.of(), places("hon ligger på östra sidan av sängen"));
    assertEquals(List.of(), places("läkaren på lasarettet sa att hon fick åka hem"));
  }

  @Test
  void aHomeNamedByAWordOfNatureAloneIsThePlaceWhereSomeoneLivesThere() {
    assertEquals(List.of("PLACE gullvivan"), places("mamma bor på gullvivan sedan i våras"));
    assertEquals(List.of("PLACE lärkan"), places("personalen på lärkan är snälla"));
    assertEquals(List.of("PLACE björkängen"), places("hon ska flytta till björkängen i maj"));
  }

  @Test
  void aCapitalisedDefiniteNounWhereSomeoneLivesOrWorksIsTheHomeOrUnit() {
    assertEquals(List.of("PLACE Sjöglimten"), places("Nu har de flyttat honom till Sjöglimten på andra våningen."));
    assertEquals(List.of("PLACE Lövet"), places("Hon har inga vänner utom personalen på Lövet."));
    assertEquals(List.of("PLACE Gläntan"), places("Nu bor han på Gläntan sedan i våras."));
  }

  @Test
  void aCapitalisedFrequentOrTimeNounWhereSomeoneWorksIsNoName() {
    assertEquals(List.of(), places("Hon jobbar på Helgen och sover på dagen."));
    assertEquals(List.of(), places("Han flyttade till Vårdcentralen i våras."));
  }

  @Test
  void aCapitalisedWordAfterAVerbOfWorkOrAHyphenedCompoundIsNoHome() {
    assertEquals(List.of(), places("Min sambo jobbar skift på Holmen och jag är hemma."));
    assertEquals(List.of(), places("Jag går på AA-möten två gånger i veckan."));
  }

  @Test
  void aDictionaryCompoundOrAnInstitutionNounWhereSomeoneLivesIsNoName() {
    assertEquals(List.of(), places("han bor på bondgården och jobbar på sjukhemmet, vi går på kyrkogården"));
    assertEquals(List.of(), places("gullvivan blommar och lärkan sjunger"));
  }

  @Test
  void possessiveBeforeAnInstitutionNounIsNot() {
    assertEquals(List.of(), places("Hans vårdcentral och kommunens äldreboende har inte svarat."));
  }

  @Test
  void publicBodyStays() {
    assertEquals(List.of(), places("Jag har pratat med Försäkringskassan och skolan."));
  }

  @Test
  void lowercaseGenitiveShapedLikeAPlaceBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE lindgårdens", "PLACE ekdalens"),
        places("mamma bor på lindgårdens äldreboende och pappa på ekdalens demensboende"));
  }

  @Test
  void lowercaseGenitiveOfAListedPlaceBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE handens"), places("hon jobbar på handens vårdcentral"));
  }

  @Test
  void lowercaseGenitiveOfAThingsDefiniteNounBeforeAnInstitutionNounIsItsName() {
    assertEquals(List.of("PLACE kvarnens"), places("han har daglig verksamhet på kvarnens dagliga verksamhet i värnamo"));
    assertEquals(List.of(), places("kommunens äldreboende är fullt och barnens förskola stänger"));
  }

  @Test
  void lowercaseGenitiveOfAPersonOrAnOrdinaryNounIsTheOwner() {
    assertEquals(List.of(), places("annas förskola, mammas vårdcentral och kommunens äldreboende"));
  }

  @Test
  void lowercaseDefiniteNounAfterADefiniteInstitutionNounIsItsName() {
    assertEquals(List.of("PLACE blåklockan"), places("jag jobbar på förskolan blåklockan i uddevalla"));
    assertEquals(List.of("PLACE trollet"), places("avgiften på förskolan trollet i arvika är 7 600 kr"));
    assertEquals(List.of(), places("skolan ringde och förskolan meddelat inget"));
    assertEquals(List.of(), places("har inte skolan skyldighet att ge stöd?"));
  }

  @Test
  void aWordThatIsNoWordWhereSomeoneWorksOrGoesIsThePlace() {
    assertEquals(List.of("PLACE kulturverkstan"), places("hon var på daglig verksamhet på kulturverkstan men slutade"));
    assertEquals(List.of("PLACE cks"), places("morsan jobbar natt på cks o kan int hämta"));
  }

  @Test
  void anUnlistedNounATypedWordOrAHyphenatedCompoundWhereSomeoneWorksOrGoesIsNoPlace() {
    assertEquals(List.of(), places("jag jobbar på nagelsalong i kista och vill inte flytta till nagot hem"));
    assertEquals(List.of(), places("han har gått på aa-möten i ett år"));
  }

  @Test
  void aLowercaseGenitiveWithAPlacesEndingBeforeSärskildaBoendeIsItsName() {
    assertEquals(List.of("PLACE ängsgårdens"), places("hon är boende på ängsgårdens särskilda boende, avdelning 3"));
    assertEquals(List.of(), places("kommunens särskilda boende har inga platser"));
  }

  @Test
  void aKindOfSchoolIsNoSchoolsNameButAnUnlistedSchoolIs() {
    String kinds = "han går i anpassade grundskolan och ska på lägerskolan i maj";
    assertEquals(List.of(), flagged(kinds));
    assertEquals(List.of(), places(kinds));
    assertEquals(List.of("PLACE parkskolan"), places("jag är lärare på parkskolan i vännäs"));
  }

  @Test
  void chatAbbreviationsAreWordsNoPlace() {
    assertEquals(List.of(), places("jag har inte gått till ngn doktor, har mkt ont pga ryggen"));
  }

  @Test
  void aFrequentWordOfNatureAfterADefiniteInstitutionNounIsItsName() {
    assertEquals(List.of("PLACE ekorren"), places("förskolan ekorren vill inte ge henne medicin"));
  }

  @Test
  void aFrequentWordOfNatureAfterAnIndefiniteNounOrAVerbIsNoName() {
    assertEquals(List.of(), places("en förskola ekorren aldrig sett, och vi såg ekorren i parken"));
  }

  @Test
  void verbsAdverbsAndPrepositionsAfterAnInstitutionNounAreNoName() {
    assertEquals(List.of(), places("förskolan ringde igen och sedan var skolan stängd, förskolan sen"));
  }

  @Test
  void lowercaseCompoundOfAWordAndAnInstitutionEndingTheDictionaryLacksIsAPlace() {
    assertEquals(List.of("PLACE parkskolan"), places("jag är lärare på parkskolan i vännäs"));
  }

  @Test
  void aNameWithoutGenitiveBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE Hemgården"), places("Hyran på Hemgården äldreboende ska höjas."));
    assertEquals(List.of("PLACE Hagaberg"), places("Jag har gått en kurs på Hagaberg familjecentral redan."));
  }

  @Test
  void aCompoundEndingInAnInstitutionNounCountsAsOne() {
    assertEquals(List.of("PLACE Vårljus"), places("Vet någon om Vårljus kvinnojour har plats?"));
    assertEquals(List.of("PLACE Björkhagens"), places("Hon bor på Björkhagens LSS-boende."));
  }

  @Test
  void coordinatedCompoundsAfterTheProperPartCountAsAnInstitutionNoun() {
    assertEquals(List.of("PLACE Solgårdens"), places("Jag jobbar på Solgårdens vård- och omsorgsboende i Tranås."));
  }

  @Test
  void lowercaseNameEndingInSLikeAGenitiveBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE vårljus"), places("vet någon om vårljus kvinnojour har plats"));
    assertEquals(List.of("PLACE solros"), places("hon går på solros förskola"));
  }

  @Test
  void lowercaseNameShapedLikeAPlaceBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE ekbacken"), places("mamma bor på ekbacken äldreboende sedan i våras"));
  }

  @Test
  void adjectivesParticiplesAndDeterminersBeforeAnInstitutionNounAreNot() {
    assertEquals(List.of(), places("hon fick plats i anpassad grundskola och ett ideellt drivna sjukhus, en ny vårdcentral"));
    assertEquals(List.of(), places("Han har pratat med Svenska kyrkan och BUP mottagning."));
  }

  @Test
  void aNameAfterACompoundInstitutionNounIsThePlaceNotTheCompound() {
    assertEquals(List.of("PLACE Kastanjen"), places("Hon vill byta till Montessoriskolan Kastanjen i Ljungby."));
  }

  @Test
  void aCompoundNamedAfterAPlaceStaysThePlaceBeforeAnotherName() {
    assertEquals(List.of("PLACE Fittjaskolan", "PLACE Tumba"), places("Nuvarande skola: Fittjaskolan Tumba skola"));
  }

  @Test
  void aNameAfterAVenueIsThePlace() {
    assertEquals(List.of("PLACE Ankaret"), places("Jag jobbar på en restaurang som heter Krogen Ankaret."));
  }

  @Test
  void lowercaseNameAfterAnIndefiniteInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE trollskogen"), places("vår förskola trollskogen har slutat med frukost"));
    assertEquals(List.of("PLACE lund"), places("min läkare på capio vårdcentral lund"));
  }

  @Test
  void noNameFollowsAnAdjectiveOfTheNounList() {
    assertEquals(List.of(), places("den dagliga rågmjölsgröten och ett sjukhus larmades"));
  }

  @Test
  void aRareSchoolCompoundCapitalisedInsideASentenceIsThePlace() {
    assertEquals(List.of("PLACE Katedralskolan"), places("Nu säger Katedralskolan att hon inte kommer in."));
  }

  @Test
  void aPrisonNamedAfterItsTownIsAPlaceInLowercase() {
    assertEquals(List.of("PLACE kumlaanstalten"), places("min bror har suttit på kumlaanstalten i två år"));
  }

  @Test
  void aFarmOrHomeTheDictionaryLacksIsAPlaceAfterAPreposition() {
    assertEquals(List.of("PLACE nämndemansgården"), places("jag vill till nämndemansgården men kommunen säger nej"));
  }

  @Test
  void aPersonsGenitiveBeforeAHospitalNamesIt() {
    assertEquals(List.of("PLACE drottning silvias"), places("hon låg fem dagar på drottning silvias barnsjukhus"));
    assertEquals(List.of("PLACE s:t görans"), places("kan jag ringa akuten på s:t görans sjukhus"));
    assertEquals(List.of(), places("hans sjukhus och annas förskola"));
  }

  @Test
  void lowercaseParticlesBelongToTheName() {
    assertEquals(List.of("PLACE de la gardiegymnasiet"), places("han går på de la gardiegymnasiet i lidköping"));
  }

  @Test
  void aShortNameInSkaOrALowercaseShortFormAfterAPrepositionIsAPlace() {
    assertEquals(List.of("PLACE hvitfeldtska"), places("jag går på hvitfeldtska i goteborg"));
    assertEquals(List.of("PLACE näl"), places("läkaren på näl säger att jag kan behöva opereras"));
  }

  @Test
  void adjectivesInIskaAndLanguagesAreNoShortNames() {
    assertEquals(List.of(), places("han fick svara på engelska, på politiska frågor och till kirurgiska mottagningen"));
  }

  @Test
  void lowercaseDefiniteNounAfterAPrepositionBeforeAnIndefiniteInstitutionNounIsItsName() {
    assertEquals(List.of("PLACE hemgården"), places("mamma bor på hemgården äldreboende i ljungby"));
    assertEquals(List.of("PLACE tallbacken"), places("han går på tallbacken förskola"));
  }

  @Test
  void aDefiniteNounBeforeADefiniteInstitutionNounIsNoName() {
    assertEquals(List.of(), places("vi var på mötet förskolan ordnade och i helgen förskola"));
  }

  @Test
  void aTwoLetterShortFormInLowercaseIsAPlaceOnlyAfterPa() {
    assertEquals(List.of("PLACE ks"), places("han ligger på ks sedan i går"));
    assertEquals(List.of(), places("det är ks och us som gäller"));
  }

  @Test
  void aLowercaseGenitiveOfAFlowerBeforeAnInstitutionNounIsThePlace() {
    assertEquals(List.of("PLACE blåsippans"), places("farmor bor på blåsippans äldreboende i byn"));
  }

  @Test
  void aLowercaseGenitiveOfAnOwnerBeforeAnInstitutionNounStays() {
    assertEquals(List.of(), places("kommunens äldreboende har bytt chef"));
  }

  @Test
  void aLowercaseCompoundOfACompassPointAndAnInstitutionEndingIsThePlace() {
    assertEquals(List.of("PLACE norrkliniken"), places("vi var på norrkliniken i går"));
  }

  @Test
  void aLowercaseClinicOfAnOrdinaryWordIsOnlyFlagged() {
    List<String> found = new java.util.ArrayList<>();
    String text = "hon fick tid på nobelkliniken";
    InstitutionDetector.create().detect(se.avid.text.ScanText.of(text),
        (start, end, type, score) -> found.add(text.substring(start, end) + " " + score));
    assertEquals(List.of("nobelkliniken " + InstitutionDetector.RARE_DICTIONARY_COMPOUND_SCORE), found);
  }

  @Test
  void aHospitalsShortNameThatIsAnOrdinaryWordIsTheHospitalOnlyCapitalised() {
    assertEquals(List.of("PLACE Östra"), places("Hon ligger på Östra sedan i går."));
    assertEquals(List.of(), places("vi bor på östra sidan och läkaren på lasarettet sa nej"));
  }

  @Test
  void aHospitalsShortNameInSkaIsTheHospitalInLowercase() {
    assertEquals(List.of("PLACE akademiska"), places("hon ligger på akademiska nu"));
  }

  @Test
  void aLowercaseCompoundOfAPlacesStemAndAnInstitutionEndingIsThePlace() {
    assertEquals(List.of("PLACE vänerkliniken"), places("vi var på vänerkliniken i går"));
    assertEquals(List.of("PLACE malarsjukhuset"), places("hon ligger pa malarsjukhuset nu"));
  }
}
