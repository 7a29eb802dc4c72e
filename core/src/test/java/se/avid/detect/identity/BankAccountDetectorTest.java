package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.detect.identity.Detections.assertFinds;
import static se.avid.detect.identity.Detections.assertFindsNothing;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;

class BankAccountDetectorTest {

  private static final BankAccountDetector DETECTOR = new BankAccountDetector();

  @ParameterizedTest
  @ValueSource(strings = {
      "sätt in på ⟦SE45 5000 0000 0583 9825 7466⟧ tack",
      "sätt in på ⟦SE4550000000058398257466⟧ tack",
      "iban: ⟦SE35 5000 0000 0549 1000 0003⟧.",
      "med mellanslag ⟦SE 45 5000 0000 0583 9825 7466⟧ efter landskoden",
      "följt av ett datum ⟦SE45 5000 0000 0583 9825 7466⟧ 2023-01-15",
      "små bokstäver ⟦se45 5000 0000 0583 9825 7466⟧ går också"
  })
  void findsIbanWithValidChecksum(String marked) {
    assertFinds(DETECTOR, marked, EntityType.BANK_ACCOUNT, BankAccountDetector.IBAN, BankAccountDetector.IBAN);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "överföringar till ⟦FI21 1234 5600 0007 85⟧ i Finland",
      "IBAN: ⟦NO93 8601 1117 947⟧",
      "iban ⟦DK5000400440116243⟧ tack",
      "kontot i Tyskland ⟦DE89 3704 0044 0532 0130 00⟧ är stängt",
      "pengarna gick till ⟦EE38 2200 2210 2014 5685⟧"
  })
  void findsTheIbanOfAnotherCountryWithDigitsOnly(String marked) {
    assertFinds(DETECTOR, marked, EntityType.BANK_ACCOUNT, BankAccountDetector.IBAN, BankAccountDetector.IBAN);
  }

  @Test
  void anotherCountrysIbanWithWrongChecksumIsStillRedacted() {
    assertFinds(DETECTOR, "överföringar till ⟦FI49 5000 9420 0287 31⟧", EntityType.BANK_ACCOUNT,
        BankAccountDetector.IBAN_WRONG_CHECKSUM, BankAccountDetector.IBAN_WRONG_CHECKSUM);
  }

  @Test
  void ibanWithWrongChecksumIsStillRedacted() {
    assertFinds(DETECTOR, "skicka till ⟦SE45 5000 0000 0583 9825 7467⟧", EntityType.BANK_ACCOUNT,
        BankAccountDetector.IBAN_WRONG_CHECKSUM, BankAccountDetector.IBAN_WRONG_CHECKSUM);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "swisha inte, betala till bankgiro ⟦5050-1055⟧ istället",
      "bg ⟦5050-1055⟧",
      "Bankgironummer: ⟦50501055⟧",
      "plusgiro ⟦12 34 56-6⟧ till föreningen",
      "pg ⟦123456-6⟧"
  })
  void findsGiroNumbersAfterACue(String marked) {
    assertFinds(DETECTOR, marked, EntityType.BANK_ACCOUNT, BankAccountDetector.GIRO, BankAccountDetector.GIRO);
  }

  @Test
  void giroWithWrongCheckDigitIsStillRedacted() {
    assertFinds(DETECTOR, "bankgiro ⟦5050-1056⟧", EntityType.BANK_ACCOUNT,
        BankAccountDetector.GIRO_WRONG_CHECK_DIGIT, BankAccountDetector.GIRO_WRONG_CHECK_DIGIT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "mitt kontonummer är ⟦8327-9 914 123 456-7⟧ på swedbank",
      "clearing ⟦8327-9⟧, konto ⟦914 123 456-7⟧",
      "clearingnummer ⟦6000⟧ och kontonummer ⟦123 456 789⟧",
      "lönekontot ⟦3300 850412 1230⟧ hos nordea",
      "kontonr: ⟦1234-12 345 67⟧",
      "sparkonto ⟦5439 10 123 45⟧ i seb",
      "pengarna gick till kontot ⟦6000 123456789⟧ igår",
      "kontot ⟦8327-9, 914 123 456-7⟧ hos swedbank",
      "Mitt konto i Swedbank ⟦8105-9, 447 122 655-5⟧ 073 777 48 20",
      "Mitt konto i Swedbank ⟦8105-9, 447 122 655-5⟧\n073 777 48 20\n.",
      "Swedbank ⟦8105-9 914 123 456-7⟧",
      "kto ⟦9420-417 23 58⟧",
      "bankkonto: ⟦3300 7501011234⟧",
      "mitt konto på Nordea ⟦1234 56 789 0⟧"
  })
  void findsClearingAndAccountNumbersAfterACue(String marked) {
    assertFinds(DETECTOR, marked, EntityType.BANK_ACCOUNT, BankAccountDetector.ACCOUNT, BankAccountDetector.ACCOUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "pengarna ska in på ⟦6000 123 456 789⟧ (Handelsbanken) senast fredag",
      "skicka till ⟦5439 10 123 45⟧ hos SEB",
      "jag har ⟦9272 0412 385⟧ i ICA Banken"
  })
  void findsAccountNumbersFollowedByABanksName(String marked) {
    assertFinds(DETECTOR, marked, EntityType.BANK_ACCOUNT, BankAccountDetector.ACCOUNT, BankAccountDetector.ACCOUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "lönen ska gå till ⟦6152-987 654 321⟧ varje månad",
      "betala tillbaka till ⟦5301-22 334 45⟧ så fort du kan",
      "han skulle sätta in den på ⟦8214-7, 902 318 554-3⟧. Han svarar inte",
      "de tar ⟦8105-9 914 123 456-7⟧ tack",
      "numret var ⟦3011-442 78 15⟧ tror jag",
      "numret var ⟦6152 - 987 654 321⟧ tror jag",
      "numret var ⟦6152-\n987654321⟧ tror jag",
      "numret var ⟦8327-9-9141234567⟧ tror jag"
  })
  void findsTheClearingAndAccountLayoutWithoutACue(String marked) {
    assertFinds(DETECTOR, marked, EntityType.BANK_ACCOUNT, BankAccountDetector.ACCOUNT_LAYOUT,
        BankAccountDetector.ACCOUNT_LAYOUT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "för över till ⟦9420 606 163 743⟧ ikväll",
      "sätt in det på ⟦1240557753779⟧ tack",
      "sätt in på ⟦3011-442 78 15⟧ tack",
      "överföringen gick till ⟦83538 8606823148⟧"
  })
  void findsAnAccountAfterATransfer(String marked) {
    assertFinds(DETECTOR, marked, EntityType.BANK_ACCOUNT, BankAccountDetector.ACCOUNT, BankAccountDetector.ACCOUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "kontonr: ⟦9150.117163127⟧",
      "kontonummer ⟦5357 - 2931197⟧",
      "mitt konto ⟦8403,8 976 670 166-4⟧",
      "kontonummer:\n⟦6152\n427 588 890⟧",
      "kontonr ⟦3000-\n670690307⟧",
      "hans bankkontonummer är ⟦6152 123 456 789⟧",
      "OCR ⟦4567 8912 3456⟧ på fakturan"
  })
  void readsAnAccountThroughAnySeparatorAfterACue(String marked) {
    assertFinds(DETECTOR, marked, EntityType.BANK_ACCOUNT, BankAccountDetector.ACCOUNT, BankAccountDetector.ACCOUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bankgiro ⟦5050 1055⟧", "IBAN ⟦SE45-5000-0000-0583-9825-7466⟧"})
  void readsGiroAndIbanGroupsSplitAnotherWay(String marked) {
    String text = marked.replace("⟦", "").replace("]", "");
    assertEquals(1, Detections.find(DETECTOR, text.replace("⟧", "")).size(), text);
  }

  @Test
  void findsABusinesssSwishNumberAfterSwish() {
    assertFinds(DETECTOR, "swisha till ⟦123 456 78 90⟧ så fixar jag det", EntityType.BANK_ACCOUNT,
        BankAccountDetector.ACCOUNT, BankAccountDetector.ACCOUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "bara siffror 5050-1055 utan sammanhang",
      "bara siffror 914 123 456-7 utan sammanhang",
      "jag har 150 000 kr på kontot",
      "på kontot finns 150 000 kr",
      "kontot är på 12 500:- nu",
      "konto 12 345 sek",
      "kontot har 2 %",
      "konto 1234 är för kort",
      "kontot 12345 är för kort utan bindestreck",
      "kontoret har telefon 1177",
      "kontoret svarar på 112",
      "bg 12345 har fel längd",
      "pg 1234-56 har bindestrecket på fel plats",
      "SE45 5000 0000 0583 9825 746 är för kort",
      "SE45 5000 0000 0583 9825 74660 är för långt",
      "ASE45 5000 0000 0583 9825 7466 sitter ihop med ett ord",
      "NO93 8601 1117 94 är för kort",
      "kontonummer 1234+567890 med plustecken",
      "vi lånade 2 000 000 av SBAB",
      "ring Swedbank på 0771-22 11 22",
      "det finns 1 500 000 kvar på kontot",
      "swisha 0701234567 till mig",
      "ärende 0123-456 78 90 hos kommunen",
      "mellan 2019-2021 bodde vi där",
      "betala 1 234,50 till nordea",
      "kontot är tomt sedan 2021-03-04",
      "kontot stängdes 04.03.2021",
      "kontot 2019 – 2021 var tomt",
      "kontot har 1.500.000 i skuld",
      "för över till mig 2019",
      "Socialnämnden har spärrat kontot, diarienummer ÖFN 2023-1142, och mamma får inte ta ut något",
      "kontot fick fel fakturanr 2024-009113 på avin"
  })
  void doesNotFind(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @Test
  void reportsExactOffsets() {
    assertEquals(List.of(new Detections.Hit(9, 18, EntityType.BANK_ACCOUNT, BankAccountDetector.GIRO)),
        Detections.find(DETECTOR, "bankgiro 5050-1055 tack"));
  }
}
