package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.Redactions;

/**
 * The slots that name a person by what follows the word: an age after a month's name ("Juni (9
 * år)"), an age and a verb after a word in no list ("och mykyta 11 går"), a verb of the listed
 * verbs' shape after a kin noun and the name ("min mamma lilja märker"), and a verb only a person
 * does after "och" or "men" ("och saga frågar"); a list of names with bare ages after a possessive
 * and a noun of persons ("hennes barn ask 5 och liv 8 bor"), or after a name with its age ("tyra
 * 13 o vide 10 i"); a surname after "en", a certain person ("ärendet har en johansson"); a
 * possessive that is a name before a verb only a person does ("och mina säger"); a full name alone
 * as the last sentence ("…regionen? Biret Labba"); a surname or homograph that says something,
 * named with where it works ("berg på hemtjänsten säger", "Fred som jobbar där sa"); a kin noun
 * in apposition set off by commas ("Sol, mitt barnbarn, har"); a capitalised word after a
 * capitalised first name in a text written with capitals ("Florin Stan"); a word taken up by "hon"
 * or "han" after a comma ("klara, hon är lugn"); a first name after a kin or role noun without a
 * possessive, before a verb ("barnbarnet taras flyttade", "chefen madde e snäll"). The word
 * readings stay where no such slot is.
 */
class AgedAndVerbCuedNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Utredningen gäller mina barn Alve (6 år) och Juni (9 år).|NAME Alve,NAME Juni",
    "utredningen gäller mina barn alve (6 år) och juni (9 år).|NAME alve,NAME juni",
    "Barnen Vilgot 5 och Maj 3 har plats på förskola.|NAME Vilgot,NAME Maj",
    "min son danylo 16 går på gymnasiet och mykyta 11 går i femman.|NAME danylo,NAME mykyta",
    "jag blir inlagd igen. min mamma lilja märker alltid innan mig.|NAME lilja",
    "alvin kissar i sängen igen och saga frågar varje dag om vi ska flytta.|NAME alvin,NAME saga",
    "min syster dog och hennes barn ask 5 och liv 8 bor hos mig nu.|NAME ask,NAME liv",
    "hennes barn melvin 6 och saga 3 är placerade hos mig.|NAME melvin,NAME saga",
    "jag är farmor till tyra 13 o vide 10 och vi ses ofta.|NAME tyra,NAME vide",
    "jag har anmält det till polisen och ärendet har en johansson.|NAME johansson",
    "vi har polisanmält men polisen, en sandberg, sa att det är svårt.|NAME sandberg",
    "mamman gråter på nätterna och mina säger att hon är hungrig.|NAME mina",
    "Kan man få ersättning för sjukresor hos regionen? Biret Labba|NAME Biret Labba",
    "jag fick ringa själv. berg på hemtjänsten säger att de inte hinner.|NAME berg",
    "Jag hamnar på härbärget igen. Fred som jobbar där sa att jag var först.|NAME Fred",
    "Det blir min första jul ensam. Sol, mitt barnbarn, har flyttat.|NAME Sol",
    "hon låg på golvet en natt innan dag, min bror, hittade henne.|NAME dag",
    "Jag kom hit i fjol. Jag heter Florin Stan och är från en by.|NAME Florin Stan",
    "den enda jag litar på är klara, hon är lugn och läser mina brev.|NAME klara",
    "min dotter oksana och barnbarnet taras flyttade till polen.|NAME oksana,NAME taras",
    "chefen madde e snäll men ändå.|NAME madde",
    "finns det nån som hjälper mig här? hälsningar madde|NAME madde",
    "tror att ja gått bakom ryggen på han. /madde|NAME madde",
    "måste vi flytta igen?? vi har ingen annanstans tina 0734567812|NAME tina,PHONE 0734567812",
    "e det ok att anmäla?? barnen bredvid, artem o sofiia, e ensamma hemma igen.|NAME artem,NAME sofiia",
    "Ring per 08-123 45 67 för att boka en tid.|PHONE 08-123 45 67",
    "min dotter vilja är nästan 10 och går i skolan.|NAME vilja",
    "hej jag heter lek och kommer från thailand.|NAME lek",
    "min lillasyster vilja e bara 6 o gömmer sig i stallet.|NAME vilja",
    "första julen utan Sol. hon va min tvillingsyster. det har inte varit sol här på länge|NAME Sol",
  })
  void theSlotNamesThePerson(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @Test
  void aLowercaseFullNameAloneOnTheLastLineSigns() {
    // a first word no list holds (the stemmer reads one into it) and a surname that is a word too
    assertEquals(List.of("NAME biret labba"),
        Redactions.in("kan man få ersättning för sjukresor hos regionen?\nbiret labba"));
  }

  @Test
  void aFullNameOnTheLineAfterAClosingSigns() {
    assertEquals(List.of("NAME Biret Labba"),
        Redactions.in("Vi har levt så här i generationer.\nHälsningar\nBiret Labba"));
    assertEquals(List.of("NAME Biret Labba"),
        Redactions.in("Vi har levt så här i generationer.\nGiitu,\nBiret Labba"));
  }

  @Test
  void aClosingOnTheLastLineIsNoName() {
    assertEquals(List.of(), Redactions.in("vad ska jag göra?\ntack så mycket"));
    assertEquals(List.of(), Redactions.in("vad ska jag göra?\nha det bra"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "I juni 2 år senare flyttade vi till en större lägenhet.",
    "det är kanske 10 år sen vi sågs.",
    "jag heter faktiskt inte så längre.",
    "vi åkte ut till stugan. Sol och bad hela dagen, det var skönt.",
    "Det var i maj (3 år sedan) som allt började.",
    "jag tycker att arbete och liv saknar mening just nu.",
    "det regnar hela veckan och sol lyser med sin frånvaro.",
    "vi fiskade ute vid en holm söder om ön.",
    "dag 3 och dag 4 var värst.",
    "jag jobbade i april 3 dagar och maj 4 dagar.",
    "mina går inte att laga och mina skor är borta.",
    "Vad ska jag göra nu? Med Vänlig Hälsning",
    "Mat som finns där sa ingen något om.",
    "Jag kom hit i fjol. Jag bor i en by och åker till Stan ibland.",
    "Det har vänt upp och ner på hela hennes liv, hon sover dåligt.",
    "polisen sa att han madde dåligt efteråt.",
    "det gick bra sen /mådde bättre",
  })
  void theWordReadingStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
