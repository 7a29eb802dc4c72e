package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person named once is named again: the surname of a full name used alone later, a name found in
 * one slot repeated where only the post's own use of it tells, and the slots that name a person
 * beside another (a list of children with their ages, "kallar de mig").
 */
class SamePersonAgainTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "min handläggare heter josefin strand. när jag frågar strand säger hon att det beror på.|josefin strand,strand",
    "åklagaren sofia lind sa att jag ska anmäla. lind sa att det kan vara det.|sofia lind,lind",
  })
  void theSurnameOfAFullNameIsThePersonAloneToo(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "åklagaren sofia lind sa att jag ska anmäla. vi gick till en strand.|sofia lind",
    "Min handläggare heter Josefin Strand. Vi var på en strand i somras.|Josefin Strand",
  })
  void theSameWordAsANounStaysAWord(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Vi har tvillingar, Ask och Liv, som började skolan i höstas. Ask trivs men Liv har blivit tyst.|Ask,Liv,Ask,Liv",
  })
  void aCapitalisedNameFoundOnceIsTheSameNameCapitalisedAgain(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi har två barn, sol som är 8 och melker som är 12. melker vet, sol tror att det var en olycka.|sol,melker,melker,sol",
    "vi har två barn, sol som är 8 och melker som är 12. det var ingen sol i dag.|sol,melker",
  })
  void aNameFoundOnceNamesTheWordAgainWhereAPersonsVerbFollows(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vår dotter liv är 15 år. jag är orolig för att alla ska prata om liv i stället för med henne.|liv,liv",
    "jag har en dotter liv som fyller 3. jonna lägger ut bilder på liv på sin insta.|liv,jonna,liv",
    "vår son ville är 10. vi ville inte ha medicin, men ville bad själv om hjälp.|ville,ville",
    "hon heter maj tror jag. jag vill inte att maj ska råka illa ut. vi ses i maj.|maj,maj",
  })
  void aNameFoundOnceNamesTheWordAgainInASlotOfAPerson(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi har två barn, dag som är 8 och melker som är 12. de tjatar dag efter dag.|dag,melker",
    "vi har två barn, rim som är 8 och melker som är 12. jag missade provet om rim o diktanalys.|rim,melker",
  })
  void anIdiomOrACoordinatedNounStaysAWord(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "min lillasyster vilja e 6 o sov. jag vill inte att vilja ska dö|vilja,vilja",
  })
  void aSureNameAfterAttBeforeAFiniteVerbIsTheSubject(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Min man Bo är sjuk. Hela vårt liv är uppbyggt kring honom.|Bo",
    "Min dotter Liv är 4. Vi vill ha ett liv som andra.|Liv",
  })
  void aNounAfterAPossessiveOrArticleStaysAWordBeforeAVerbToo(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi har två barn, alva 5 och ask 3.|alva,ask",
    "Jag heter Kanokwan men här kallar de mig Nok.|Kanokwan,Nok",
    "jag heter kanokwan men hemma kallade alla mig nok.|kanokwan,nok",
    "det är unga killar, en av dem kallas lillen.|lillen",
  })
  void aPersonBesideANamedOneOrCalledSoIsAName(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi har tvillingar, ask och liv, som började skolan. ask trivs men liv har blivit tyst.|ask,liv,ask,liv",
    "Vi har två barn, Sol och Saga, som går i skolan.|Sol,Saga",
    "mina kompisar liv o ask säger att jag ska polisanmäla.|liv,ask",
    "våra tvillingar ask och vilja föddes i vecka 27.|ask,vilja",
    // owned by "har" as by a possessive, the pair before an age or a comma
    "hej har tvillingar ask och vilja 3 år o dom bråkar hela tiden|ask,vilja",
    "jag lagade mat till mina småsyskon lilja och theo, tvättade och handlade.|lilja,theo",
  })
  void aPairSetOffAfterANounOfPersonsNamesThem(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "vi har barn och hund som vi tar hand om.",
    "mina vänner liv och lust, det är vad jag lever för.",
    "Vi har varit på Kuba, 14 dagar i fjol.",
  })
  void aPairOfWordsThatAreNoNamesAfterANounOfPersonsIsKept(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Barnen Zuzanna (10) och Kuba (8) går på skolan i byn.|Zuzanna,Kuba",
    "vi har tvillingar mali o kai som e 5.|mali,kai",
    "Vår äldsta, Kuba 14, har börjat skolka.|Kuba",
  })
  void aCountryListedWithAnAgeOrAsOneOfAPairOfChildrenIsAChild(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "då e det ingen som åker till stig o dom andra gamla. ska jag säga till?|stig",
  })
  void aFirstNameBesideTheOthersOfAGroupIsAPerson(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @Test
  void aWordBesideTheOtherThingsOfAGroupIsKept() {
    assertEquals(List.of(), RedactedWords.in("vi pratade om sol och de andra planeterna."));
  }

  @Test
  void aCountryVisitedIsKept() {
    assertEquals(List.of(), RedactedWords.in("vi åkte till kuba 3 gånger förra året."));
  }

  @Test
  void maxBeforeAPastTenseVerbIsABoy() {
    assertEquals(List.of("max"), RedactedWords.in("vår son max flyttade till stan direkt efter studenten."));
  }

  @Test
  void maxBeforeANumberIsALimit() {
    assertEquals(List.of(), RedactedWords.in("man får ta max två tabletter om dagen."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "min son patrik gifte sig med joy från filippinerna.|patrik,joy",
    "jag är ihop med mojje sen två år.|mojje",
  })
  void whoSomeoneIsMarriedToOrTogetherWithIsAPerson(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Vi säljer saker, sol och bad, som alla vill ha.",
    "hon är gift med en svensk sedan tio år.",
  })
  void aPairOfThingsOrAPartnerDescribedAreNoNames(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @Test
  void aFirstNameAloneOnTheLastLineSignsThePost() {
    assertEquals(List.of("Vilja"), RedactedWords.in("Jag har inte sagt något till mina föräldrar.\nVilja"));
    assertEquals(List.of("sol"), RedactedWords.in("jag vet inte vad jag ska göra\nsol"));
  }

  @Test
  void theSignatureLineIsTheNameToItsEnd() {
    assertEquals(List.of("helena andersson vik"), RedactedWords.in("hans personnummer har jag inte.\nhelena andersson vik"));
    assertEquals(List.of("e", "lundqvist"), RedactedWords.in("kan vi ha facetime?\ne. lundqvist"));
    assertEquals(List.of("Anna Berg"), RedactedWords.in("Jag träffade Anna Berg vid sjön i går."));
  }

  @Test
  void anAgeBetweenASubjectAndItsVerbNamesTheSubject() {
    assertEquals(List.of("ville"), RedactedWords.in("hej! min grabb ville 11 har blivit uthängd på tiktok."));
    assertEquals(List.of(), RedactedWords.in("Klockan 5 går bussen."));
  }

  @Test
  void theSubjectOfAStrongVerbsPastIsAPerson() {
    assertEquals(List.of("max"), RedactedWords.in("min polare max skrev på discord att han inte vill leva."));
    assertEquals(List.of("Maj"), RedactedWords.in("Efter att Maj dog har jag gått till träffpunkten."));
    assertEquals(List.of(), RedactedWords.in("det kostar max tre tusen i månaden."));
  }

  @Test
  void aMonthOrWordBeforeAVerbOnlyAPersonDoesIsThePersonInLowercaseToo() {
    assertEquals(List.of("maj"), RedactedWords.in("efter att maj dog har jag gått till träffpunkten."));
    assertEquals(List.of("liv"), RedactedWords.in("när liv vill något får hon det"));
    assertEquals(List.of(), RedactedWords.in("när maj kom blev det varmt i stugan"));
  }

  @Test
  void aKinNounWithItsPossessiveAfterItNamesThePerson() {
    assertEquals(List.of("esko"), RedactedWords.in("bror min esko bryr sej inte."));
    assertEquals(List.of(), RedactedWords.in("far min sa att det var fel."));
  }

  @Test
  void theNameBeforeHeterAndAPronounIsAPerson() {
    assertEquals(List.of("klara"), RedactedWords.in("nu har pappa en ny, klara heter hon, och hon flyttar in."));
  }

  @Test
  void aWordBesideAPossessiveKinNounIsAPerson() {
    assertEquals(List.of("sol", "Ali"), RedactedWords.in("vill va hemma med sol o min sambo nu. min son heter Ali."));
    assertEquals(List.of("Ali"), RedactedWords.in("vi åt med mat och min sambo. min son heter Ali."));
  }

  @Test
  void childrenListedWithTheirAgesAfterANounOfPersonsAreNamed() {
    assertEquals(List.of("vilja", "melker"), RedactedWords.in("vi har två barn, vilja 9 och melker 12. kan jag spärra."));
    assertEquals(List.of(), RedactedWords.in("dag 3 och dag 4 var värst."));
  }

  @Test
  void aWordSetOffByCommasBeforeAVerbIsThePersonThePhraseIs() {
    assertEquals(List.of("klara"), RedactedWords.in("hennes kontaktperson på boendet, klara, har sett honom."));
    assertEquals(List.of("stig"), RedactedWords.in("stig själv vill inte att hon ska se något."));
  }

  @Test
  void aNounAfterAnArticleAndAnAdjectiveIsTheWord() {
    assertEquals(List.of("liv"), RedactedWords.in("min dotter heter liv. hon förtjänar ett bra liv."));
    assertEquals(List.of("ask"), RedactedWords.in("min son heter ask. vi la den i en liten ask."));
  }

  @Test
  void aSignatureBeforeAPhoneNumberOrWithHyphenedInitials() {
    assertEquals(List.of("annika bergström lund"),
        RedactedWords.in("ring om ni behöver. med vänlig hälsning annika bergström lund 070-418 22 93"));
    assertEquals(List.of("a-k lindholm"), RedactedWords.in("ska jag ringa polisen först? a-k lindholm"));
  }

  @Test
  void aLowercasePlaceOfSeveralWordsAfterADeterminerIsThePlace() {
    assertEquals(List.of("västra götaland", "göteborg"),
        RedactedWords.in("jag måste söka jobb i hela västra götaland, även i göteborg."));
  }

  @Test
  void theChildAfterAParentAndTillIsNamed() {
    assertEquals(List.of("ask"), RedactedWords.in("jag är pappa till ask som är 2. hans mamma har flyttat."));
    assertEquals(List.of(), RedactedWords.in("han bor hos pappa till sommaren."));
  }

  @Test
  void aClosingAloneOnTheLastLineIsNoName() {
    assertEquals(List.of(), RedactedWords.in("Jag vet inte vad jag ska göra.\nTack"));
    assertEquals(List.of(), RedactedWords.in("Vi ses snart.\nHälsningar"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Finns det plats? Per i receptionen sa åtta veckor.|Per",
    "finns det plats? per i receptionen sa åtta veckor.|per",
    "Är det lagligt? Liv i personalen förstår mig men chefen bestämmer.|Liv",
    "är det lagligt? liv i personalen förstår mig men chefen bestämmer.|liv",
  })
  void whoSaysSoWhereTheyWorkIsAPerson(String text, String names) {
    assertEquals(List.of(names.split(",")), RedactedWords.in(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Per i månaden blir det dyrt.",
    "Min sambo och jag ska separera. Vem får bo kvar i lägenheten?",
    "hemtjänsten kommer en gång om dan.",
    "han sover hela dan.",
    "vi har två rum, 5 och 3 kvadratmeter för lite.",
  })
  void aVerbAfterAnAuxiliaryAndTheDayOfTalkAreWords(String text) {
    assertEquals(List.of(), RedactedWords.in(text));
  }

  @Test
  void theSameWordAsANameFoundOnLessThanGoodEvidenceIsFlaggedWhereNothingSaysItIsTheWord() {
    String text = "stor dottern rama hon är 14 år och skolan ringde. vi vill hjälpa rama. hon vill inte";
    assertEquals(List.of("NAME 13-17 rama", "NAME 65-69 rama"), se.avid.models.Detections.of(DETECTOR, text, 0.3));
    assertEquals(List.of("rama"), RedactedWords.in(text));
  }

  @Test
  void theSameWordWhereItsContextSaysItIsTheWordIsNotFlagged() {
    String text = "min man per tar två gånger per dag";
    assertFalse(se.avid.models.Detections.of(DETECTOR, text, 0.3).contains("NAME 27-30 per"));
  }

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
}
