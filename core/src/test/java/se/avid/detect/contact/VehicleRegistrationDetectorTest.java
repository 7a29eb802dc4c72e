package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.detect.contact.Marked.assertFinds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;
import se.avid.detect.contact.Marked.Found;

class VehicleRegistrationDetectorTest {

  private static final VehicleRegistrationDetector PLATE = VehicleRegistrationDetector.defaults();

  @ParameterizedTest
  @ValueSource(strings = {
    "regnr «ABC 123»",
    "bilen har «ABC123»",
    "registreringsnummer «XYZ 12D»",
    "reg.nr «MLB 456»",
    "han körde en svart Volvo «FGH 78A» i går",
    "«KLM 321» är hans bil",
    "jag såg «ABC 123» utanför",
    "«GHJ-789»",
    // lowercase, near a cue or written together
    "hans bil, «xyl 30b», hade en buckla",
    "regnr «abc-123» tack",
    "skylten var «Mlb 456»",
    "den stod där, «abc123», hela natten",
    // a car's make is a cue
    "köpte en begagnad volkswagen passat («cnj 77p») i våras",
    "en vit Kia «ABC 123» stod utanför",
    // a van, a trailer, a tractor are cues too
    "en granne såg dem åka i en vit skåpbil, «pkt 418», i natt",
    "släpet har «lkt 604» och står kvar",
    "hans epa «mlp 36t» stod på gården",
  })
  void findsPlates(String marked) {
    assertFinds(PLATE, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "vi väntar på BUP 112 dagar",
    "SFI 2 och LSS 9 §",
    "enligt SOL 4 kap",
    "LSS 123 §",
    "ring SOS 112",
    "BOX 123",
    "kostade SEK 500",
    "HAR 200 KR KVAR",
    "JAG HAR 200 kr",
    "vi ses om en dag 123 gånger",
    "typ 500 personer",
    "en advokat kostar typ 40k har jag hört",
    "det blir fel 12b igen",
    "det var dag 123 av karantänen",
    "AIQ 123",
    "ÅÄÖ 123",
    "ABC 1234",
    "ABCD 123",
    "XABC 123",
    "ABC 12",
    "ABC 123-45",
    "ABC 123 45",
    "ABC 12Ö",
    "ABC 123 år",
    "COVID 19",
  })
  void ignoresAcronymsAmountsAndOtherShapes(String text) {
    assertFinds(PLATE, text);
  }

  @Test
  void aLowercasePlateOfTheNewerKindWithoutACueIsFlaggedForReview() {
    assertFinds(PLATE, "vi såg ‹abc 12d› utan sammanhang");
    assertEquals(List.of(new Found(7, 14, EntityType.VEHICLE_REGISTRATION,
        VehicleRegistrationDetector.LOWERCASE_UNCUED)), Marked.run(PLATE, "vi såg abc 12d i går"));
  }

  @Test
  void aLowercasePlateOfTheNewerKindWithoutAVowelIsRedactedWithoutACue() {
    assertEquals(List.of(new Found(18, 25, EntityType.VEHICLE_REGISTRATION,
        VehicleRegistrationDetector.LOWERCASE_CONSONANTS)), Marked.run(PLATE, "polisen skrev upp flk 28u i natt"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Bilen har nummer «CX 48 213».",
    "han kör en norsk lastbil, «ab 12345», varje vecka",
    "regnr «DK 12 345» tack",
  })
  void findsNorwegianAndDanishPlatesNearACue(String marked) {
    assertFinds(PLATE, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Är det lagligt? Bilen är «LKT 604» och släpet «PK 917» Mindaugas",
    "regnr: «AB 1234»",
  })
  void findsTwoCapitalsAndThreeOrFourDigitsRightAfterAVehicleCue(String marked) {
    assertFinds(PLATE, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "bilen är EU 2020 godkänd",
    "bilen kostar SEK 900 i månaden",
    "släpet och AB 123 är inte mina",
  })
  void twoCapitalsAndDigitsNotRightAfterACueOrAYearAreNoForeignPlate(String text) {
    assertFinds(PLATE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ring oss på SE 12345",
    "kundnummer AB 12 345",
    "bilen kostade EU 12345678",
  })
  void twoLettersAndFiveDigitsWithoutAVehicleCueAreNoPlate(String text) {
    assertFinds(PLATE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "han körde in i en parkerad BMW, och ägaren kräver nu 38 000 kr av honom",
    "bilen kostade ca 12 500 att laga",
    "Bilen har nummer CX 48 213 kr",
    "mopeden kostade CX 48 213:-",
  })
  void aWordOrAnAmountNearAVehicleCueIsNoDanishPlate(String text) {
    assertFinds(PLATE, text);
  }

  @Test
  void aSnowmobileCuesItsPlate() {
    assertFinds(PLATE, "skotern «jxt 48l» står kvar i garaget");
  }

  @Test
  void aLowercaseOlderPlateWithoutACueIsFlaggedForReview() {
    assertEquals(List.of(new Found(7, 14, EntityType.VEHICLE_REGISTRATION,
        VehicleRegistrationDetector.LOWERCASE_UNCUED)), Marked.run(PLATE, "vi såg abc 123 i går"));
  }

  @Test
  void aLowercaseOlderPlateWithoutAVowelIsRedactedWithoutACue() {
    assertEquals(List.of(new Found(17, 24, EntityType.VEHICLE_REGISTRATION,
        VehicleRegistrationDetector.LOWERCASE_CONSONANTS)), Marked.run(PLATE, "polisen noterade dkr 418 i natt"));
  }

  @Test
  void aCarModelCuesItsPlate() {
    assertFinds(PLATE, "en blå passat («xyz 987») stod utanför");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "han kör en svart Audi, «MKR 52F», och hämtar henne",
    "bilen var en gammal saab «sek 48t»",
  })
  void aPlateOfTheNewerKindNearAVehicleMayBeginLikeAnAcronym(String marked) {
    assertFinds(PLATE, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "bilen kostade SEK 500 i månaden",
    "bilen kostade 2 mkr 500 tusen",
    "i rapporten står MKR 52F",
  })
  void anAcronymBeforeANumberNearAVehicleOrAFinalLetterAloneStaysAWord(String text) {
    assertFinds(PLATE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "regnumret började på «MLR 4» tror jag",
    "jag såg bara «KTB» på skylten",
    "registreringsnummer «ABC 12», resten såg jag inte",
    // in lowercase with a digit, or with no vowel
    "regnumret började på «mlr 4» tror jag",
    "jag såg bara «ktb» på skylten",
  })
  void aPlateGivenInPartIsFoundWhereANounOfThePlateNamesIt(String marked) {
    assertFinds(PLATE, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "han kör en vit Volvo, KTB ringde",
    "skylten ska lämnas till BUP",
    "jag såg KTB i går",
    "HAN TOG NER SKYLTEN I NATT",
    "skylten var sne",
    "skylten var typ 40 cm",
    "på skylten stod det 30 km",
  })
  void threeCapitalsWithoutANounOfThePlateAreNoPartOfOne(String text) {
    assertFinds(PLATE, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "skylten var «GHJ 7 8 9» tror jag",
    "han har bilen med regnummer «D E F 4 5 6»",
    "regnr «abc 1 2 3» tack",
    "bilen «MLB 3 4-F» stod där igen",
    "hans volvo har «K.T.B 4.1.8»",
    // near a vehicle, groups typed unevenly or a wider gap between the letters and the digits
    "bilen med skylten «ABC 12 3» stod där",
    "bilen har reg «ABC - 123» och står utanför",
    "skylten: «A.B.C. 123»",
    "en svart bil, «ABC—123», körde förbi",
    // the last letter typed apart, but not a letter chat writes for a word ("20 o")
    "släpet har regnr «abc 12 d»",
    "skylten var «ABC 12 D» igen",
  })
  void aWholePlateTypedWithItsCharactersApartIsFoundNearACue(String marked) {
    assertFinds(PLATE, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "svaret på frågan är ‹A B C 1 2 3›",
  })
  void aPlateTypedApartWithoutACueIsFlagged(String marked) {
    assertFinds(PLATE, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "koden är A B C 1 2 3 4 5",
    "raderna A B C 1 2 och sedan D",
    "ja e 14 o bor i hofors me pappa",
    "svaret är ABC 12 3 enligt facit",
    "killar som e typ 20 o har bilar",
    "han e typ 24 o kör en vit golf",
    "ja e 1 4 o bor i hofors",
    "JA E 14 O BOR I HOFORS",
  })
  void lettersAndALongerOrShorterNumberTypedApartAreNoPlate(String text) {
    assertFinds(PLATE, text);
  }

  @Test
  void amongShoutedWordsTheScoreIsLow() {
    assertFinds(PLATE, "JAG SÅG ‹TBK 123› IGEN");
  }

  @Test
  void cueWordRaisesTheScore() {
    assertEquals(List.of(new Found(6, 13, EntityType.VEHICLE_REGISTRATION, VehicleRegistrationDetector.WITH_CUE)),
        Marked.run(PLATE, "regnr ABC 123"));
    assertEquals(List.of(new Found(6, 13, EntityType.VEHICLE_REGISTRATION, VehicleRegistrationDetector.PLAIN)),
        Marked.run(PLATE, "sedan ABC 123"));
  }
}
