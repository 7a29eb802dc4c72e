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
      "kontot ⟦8327-9⟧, ⟦914 123 456-7⟧ hos swedbank"
  })
  void findsClearingAndAccountNumbersAfterACue(String marked) {
    assertFinds(DETECTOR, marked, EntityType.BANK_ACCOUNT, BankAccountDetector.ACCOUNT, BankAccountDetector.ACCOUNT);
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
      "DE89 3704 0044 0532 0130 00 är tyskt",
      "kontonummer 1234+567890 med plustecken"
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
