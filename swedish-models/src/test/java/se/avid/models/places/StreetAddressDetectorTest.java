package se.avid.models.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Detections;

class StreetAddressDetectorTest {

  private static final StreetAddressDetector DETECTOR = StreetAddressDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> addresses() {
    return Stream.of(
        row("jag bor på storgatan 12b i kiruna", "ADDRESS storgatan 12b"),
        row("Storgatan 12B, 981 31 Kiruna", "ADDRESS Storgatan 12B"),
        row("adressen är storgatan 12 b", "ADDRESS storgatan 12 b"),
        row("Storgatan 12 i Kiruna", "ADDRESS Storgatan 12"),
        row("hon bor på Vasavägen 3, lgh 1102 sedan maj", "ADDRESS Vasavägen 3, lgh 1102"),
        row("Vasavägen 3 lgh nr 1102", "ADDRESS Vasavägen 3 lgh nr 1102"),
        row("Ringvägen 10-12 är ett HVB-hem", "ADDRESS Ringvägen 10-12"),
        row("vi bodde på Karl Johans gata 5", "ADDRESS Karl Johans gata 5"),
        row("skicka det c/o Andersson tack", "ADDRESS c/o Andersson"),
        row("hon bor på Storgatan", "ADDRESS Storgatan"),
        row("han har flyttat till kungsgatan", "ADDRESS kungsgatan"),
        row("vi möttes vid Stortorget i går", "ADDRESS Stortorget"),
        row("Lilla Nygatan 3", "ADDRESS Lilla Nygatan 3"),
        row("björkallén 4, 2 tr", "ADDRESS björkallén 4, 2 tr"),
        // floor, flat and entrance belong to the address
        row("hon bor på Kvarngatan 12, 3 tr i Umeå", "ADDRESS Kvarngatan 12, 3 tr"),
        row("Storgatan 31B, 6 tr, lgh 1102", "ADDRESS Storgatan 31B, 6 tr, lgh 1102"),
        row("Vasavägen 3 lägenhet 1102", "ADDRESS Vasavägen 3 lägenhet 1102"),
        row("Ringvägen 10, nb, till vänster", "ADDRESS Ringvägen 10, nb"),
        row("Ekvägen 7 uppgång B", "ADDRESS Ekvägen 7 uppgång B"),
        row("Tallvägen 2, våning 4", "ADDRESS Tallvägen 2, våning 4"),
        // two-word and lowercase street names
        row("vi bor på Västra Esplanaden 12", "ADDRESS Västra Esplanaden 12"),
        row("kontoret på Kungs Boulevard 7", "ADDRESS Kungs Boulevard 7"),
        row("han bor på rinkeby allé 40", "ADDRESS rinkeby allé 40"),
        row("jag bor på norra vägen 3", "ADDRESS norra vägen 3"),
        row("adress: rinkeby allé 40 lgh 1102", "ADDRESS rinkeby allé 40 lgh 1102"),
        row("min adress är selma lagerlöfs väg 14", "ADDRESS selma lagerlöfs väg 14"),
        row("hälsningar ulla, selma lagerlöfs väg 14", "ADDRESS lagerlöfs väg 14"),
        row("vi bodde på karl johans gata 5 förut", "ADDRESS johans gata 5"),
        row("bor i rosengård von rosens väg 8 lgh 1002. nummer", "ADDRESS von rosens väg 8 lgh 1002"),
        row("Vi bor på af Klints gata 3 sedan i höstas", "ADDRESS af Klints gata 3"),
        // a saint's title is part of the street's name
        row("lägenheten på sankt eriksgatan 58, 4 tr", "ADDRESS sankt eriksgatan 58, 4 tr"),
        row("Vi bodde på S:t Olofsgatan 3 i Visby", "ADDRESS S:t Olofsgatan 3"),
        row("bor på s:t eriksgatan 58", "ADDRESS s:t eriksgatan 58"),
        row("vi möttes på sankt eriksgatan igår", "ADDRESS sankt eriksgatan"),
        row("de bor på Storgatan 4", "ADDRESS Storgatan 4"),
        // a village and its house number after a verb of living and "i", as rural addresses are written
        row("vi bor i Lillbyn 12 och har inga grannar", "ADDRESS Lillbyn 12"),
        row("adress: fittja gård 19, 3 tr", "ADDRESS fittja gård 19, 3 tr"),
        row("de bor på hjulsta backar 12 i hjulsta", "ADDRESS hjulsta backar 12"),
        row("Gamla Tanneforsvägen 4 i Linköping", "ADDRESS Gamla Tanneforsvägen 4"),
        // endings of the streets of newer neighbourhoods
        row("min fru och jag har bott på solvändan 3 i kumla", "ADDRESS solvändan 3"),
        row("Vi bor på Tallkroken 5 i Växjö", "ADDRESS Tallkroken 5"),
        // endings typed without å, ä, ö
        row("vi bor pa Tornedalsvagen 21 i overtornea", "ADDRESS Tornedalsvagen 21"),
        row("vi bor pa skepparegranden 4 sen i vintras", "ADDRESS skepparegranden 4"),
        // a street named after a road is a street: a name before the road word, or the definite form
        row("hon bor på Gamla riksväg 5", "ADDRESS Gamla riksväg 5"),
        row("vi bodde på Riksvägen 12 i Sollentuna", "ADDRESS Riksvägen 12"),
        row("Kungsvägen 5 lgh 1102", "ADDRESS Kungsvägen 5 lgh 1102"),
        // a street without a street ending, known by the postal code or cue
        row("Skogsbrynet 4, 746 30 Bålsta", "ADDRESS Skogsbrynet 4"),
        row("Adress: Fittja gård 19, 3 tr", "ADDRESS Fittja gård 19, 3 tr"),
        // one list of cues for every rule: each rule reads the cues of the others too
        row("adressen är Skogsbrynet 4", "ADDRESS Skogsbrynet 4"),
        row("vi ska flytta till Fittja gård 19", "ADDRESS Fittja gård 19"),
        row("hemadress: Storgatan", "ADDRESS Storgatan"),
        // post-office boxes
        row("skicka till Box 214, 573 23 Tranås", "ADDRESS Box 214"),
        row("vi gick längs götgatan", "ADDRESS götgatan"),
        row("vi möttes på götgatan", "ADDRESS götgatan"),
        row("jag bor ekvägen 5, 1 tr", "ADDRESS ekvägen 5, 1 tr"),
        row("hon jobbar på ett kafé, västra kyrkogatan 14, i två år", "ADDRESS västra kyrkogatan 14"),
        row("pappa, skogsgläntan 9, 824 30 hudiksvall", "ADDRESS skogsgläntan 9"),
        row("åsa berg, tallbacken 7, 931 35 skellefteå", "ADDRESS tallbacken 7"),
        row("Storgatan 12 är stängd", "ADDRESS Storgatan 12"),
        row("Södra vägen 3 är stängd", "ADDRESS Södra vägen 3"),
        row("vi möts vid Sergels torg 3", "ADDRESS Sergels torg 3"),
        // a lowercase street that is also a word, with a number after "på"
        row("hon bor i en lägenhet på ringvägen 8 i malmö", "ADDRESS ringvägen 8"),
        // the number word, a glued floor, a lowercase entrance letter before the town or the flat
        row("jag bor på storgatan nr 26", "ADDRESS storgatan nr 26"),
        row("jag bor på rinkeby allé nr 40", "ADDRESS rinkeby allé nr 40"),
        row("Storgatan nr. 26 i Umeå", "ADDRESS Storgatan nr. 26"),
        row("vi bor på rosengårds allé 4, 4tr i malmö", "ADDRESS rosengårds allé 4, 4tr"),
        row("hon bor på västra storgatan 31 b i kristianstad", "ADDRESS västra storgatan 31 b"),
        row("bor på trädgårdsgatan 14 b lgh 1203", "ADDRESS trädgårdsgatan 14 b lgh 1203"),
        row("jag har bott i hennes lägenhet på strandgatan 8 b sedan dess", "ADDRESS strandgatan 8 b"),
        // "e" as chat writes "är" is no entrance
        row("lägenheten på strandgatan 8 e bra", "ADDRESS strandgatan 8"),
        // a lowercase word that is no ordinary word after a verb of living, with a house number
        row("jag bor på djäkneberget 4 lgh 1102 i västerås", "ADDRESS djäkneberget 4 lgh 1102"),
        row("jag bor på kvarnby 3", "ADDRESS kvarnby 3"),
        // the same after a comma that ends "bor", a company after the verb, or a dwelling's noun and "på"
        row("jag vet var hon bor, bergsgårdsgärdet 61 i gårdsten", "ADDRESS bergsgårdsgärdet 61"),
        row("jag bor med mamma på björkliden 7 i borlänge", "ADDRESS björkliden 7"),
        row("vi bor i en trea på björkliden 7", "ADDRESS björkliden 7"),
        // a street name's ending that only capitalised names have, in a lowercase word that is no
        // word, after a place preposition and before a house number
        row("jag bor vägg i vägg med en dam på hallonbergsplan 3, hon heter inger", "ADDRESS hallonbergsplan 3"),
        // a street word with its number before a postal code, after a name in a signature
        row("hanna björk, ringvägen 3, 576 33 sävsjö", "ADDRESS ringvägen 3"),
        // a bare street word after a word that is no ordinary word
        row("rinkeby allé 42", "ADDRESS rinkeby allé 42"));
  }

  static Stream<Arguments> doubtfulAddresses() {
    return Stream.of(
        // an ordinary word and a bare number after "bor på": a home, or a ward or room
        row("vi bodde på skogsbrynet 4 i ödeshög", "ADDRESS skogsbrynet 4"),
        row("han bor på avdelning 5 nu", "ADDRESS avdelning 5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("doubtfulAddresses")
  void flagsAnOrdinaryWordAndANumberAfterALivingCueForReview(String text, List<String> expected) {
    assertEquals(List.of(), Detections.of(DETECTOR, text, THRESHOLD));
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, StreetAddressDetector.UNCERTAIN_STREET));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addresses")
  void findsStreetAddresses(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> noAddresses() {
    return Stream.of(
        row("bilen backar 12 meter innan den stannar"),
        // a count after "bor," or a dwelling's "på" is no house
        row("där vi bor, 12 personer i samma hus"),
        row("vi har en lägenhet på 3 rum"),
        // a year after a town a family moved to is the year, not a house number
        row("när vi flyttade till Slite 2021, men han är försäkrad"),
        row("vi flyttade till Hemse 2019 och sedan vidare"),
        row("vi körde på motorvägen i 40 minuter"),
        row("handlingsplan 2 antogs i går"),
        row("på arbetsplatsen 3 dagar i veckan"),
        row("gatan var full av folk"),
        row("vägen hem är lång"),
        // a body's short name with a capital inside is no word of a street's name
        row("min dotter sitter på SiS Björkbacken sen mars", "ADDRESS Björkbacken"),
        row("Larsson tog sig igenom VM-turneringen obesegrad"),
        row("det var hans väg 2 gånger"),
        row("deras gata 3 år i rad"),
        row("det är första gången 2 gånger"),
        row("Gatan 5 var avstängd"),
        row("jag bor på Hisingen 3 dagar i veckan"),
        row("vi bor i Stockholm 3 dagar i veckan"),
        row("han bor i Umeå 12 mil härifrån"),
        row("han tog E4 norrut"),
        row("jag var på vägen 3 gånger"),
        // a count after "nr" is a count too: the number's own token decides, not "nr"
        row("vi tog norra vägen nr 3 gånger"),
        row("vi sprang tensta allé nr 3 gånger"),
        row("köpte en box 12 kr billigare"),
        row("det kostar 3 tr sa ingen"),
        row("ringvägen 8 minuter bort"),
        // a sentence's first word is capitalised whatever it is
        row("Andra gången gick bättre."),
        row("Samma väg tog vi hem."),
        row("Nästa plan är att flytta."),
        row("Prisnedgången fortsatte hela året."),
        row("Marknadsplatsen var full av folk."),
        // an unknown compound with a street ending, no number, cue or place word: flagged only
        row("hela kedjeslingan lossnade"),
        row("vecka 12, 123 45 besökare"),
        // road numbers name a road, not a home
        row("olyckan var på Väg 12 norrut"),
        row("trafiken på väg 40 står still"),
        row("Väg 40 är avstängd vid Ulricehamn"),
        row("larmet om olyckan på riksväg 31 kom i natt"),
        row("Riksväg 50 stängs i helgen"),
        row("en krock på länsväg 222 mot Gustavsberg"),
        row("köer på E 20 vid Arboga"),
        row("vi körde E6:an söderut"),
        row("han tog E4 norrut"),
        row("flyttade till E4 sen"),
        row("vi flyttade till E 20 sen"),
        row("bor vid rv 40 utanför Borås"),
        row("bor på riksväg 31 sedan i fjol"),
        // a count or a year after "bor på x", and the preposition itself
        row("jag bor på hotell 3 nätter"),
        row("vi flyttade till malmö 2019"),
        row("vi bor på plan 3 nu"),
        row("han bor på lund 3 dagar i veckan"),
        // a year after an address word, and a day of a date after a living cue
        row("Jag har varit skriven på adressen sedan 2004."));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Hej, vi bor sedan 3 februari på ett skyddat boende.", "vi bor sedan 12 maj i en etta"})
  void aDayOfADateAfterALivingCueIsNoAddressNotEvenForReview(String text) {
    assertEquals(List.of(), Detections.of(DETECTOR, text, 0.0));
  }

  static Stream<Arguments> keptFirms() {
    return Stream.of(
        row("Jag står i kö hos Boplats sedan i våras"),
        row("jag står i kö hos boplats sedan i våras"),
        row("Lampan köpte jag på Designtorget"),
        // with a house number, or as the first part of a street, it is still an address
        row("Vi bor på Boplatsgatan 3", "ADDRESS Boplatsgatan 3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keptFirms")
  void aKeptFirmEndingLikeAStreetIsNoAddressWithoutANumber(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, 0.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noAddresses")
  void keepsOrdinaryWords(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Tel 08-123 456 78", "Telefon 031-12 34 56", "Mobil 070-123 45 67", "Fax 0771-12 34 56"})
  void aNumberBeginningWithZeroIsNoHouseNumber(String text) {
    assertEquals(List.of(), Detections.of(DETECTOR, text, 0.0));
  }

  @Test
  void examplePostAddressExactOffsets() {
    String text = "hej! jag heter anna lindqvist och bor på storgatan 12b i kiruna.";
    assertEquals(List.of("ADDRESS 41-54 storgatan 12b"), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
