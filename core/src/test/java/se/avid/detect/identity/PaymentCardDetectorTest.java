package se.avid.detect.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.detect.identity.Detections.assertFinds;
import static se.avid.detect.identity.Detections.assertFindsNothing;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;

class PaymentCardDetectorTest {

  private static final PaymentCardDetector DETECTOR = new PaymentCardDetector();

  @ParameterizedTest
  @ValueSource(strings = {
      "mitt kort ⟦4111 1111 1111 1111⟧ har spärrats",
      "mitt kort ⟦4111-1111-1111-1111⟧ har spärrats",
      "mitt kort ⟦4111111111111111⟧ har spärrats",
      "slarvigt ⟦4111  1111 1111  1111⟧ med dubbla mellanslag",
      "mastercard ⟦5555 5555 5555 4444⟧ gick ut",
      "mastercard i 2-serien ⟦2221 0000 0000 0009⟧",
      "amex ⟦3782 822463 10005⟧ med 4-6-5",
      "amex ⟦378282246310005⟧ ihopskrivet",
      "diners ⟦3056 930902 5904⟧ med 4-6-4",
      "discover ⟦6011 0009 9013 9424⟧",
      "jcb ⟦3566 0020 2036 0505⟧",
      "visa med 13 siffror ⟦4000000000006⟧",
      "visa med 19 siffror ⟦4000 0000 0000 0000 006⟧",
      "maestro ⟦5018 0000 0000 0009⟧",
      "kortnumret var ⟦4111 1111 1111 1111⟧.",
      "två kort ⟦4111111111111111⟧ och ⟦5555555555554444⟧"
  })
  void findsLuhnValidCardsOfKnownSchemes(String marked) {
    assertFinds(DETECTOR, marked, EntityType.PAYMENT_CARD, PaymentCardDetector.SCORE, PaymentCardDetector.SCORE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "fel kontrollsiffra 4111 1111 1111 1112",
      "okänt prefix 9111 1111 1111 1110",
      "ordernummer 41111111111111112345",
      "ihopklistrat a4111111111111111",
      "blandade avskiljare 4111 1111-1111 1111",
      "bindestreck med mellanslag 4111 - 1111 - 1111 - 1111",
      "fel gruppering 41 1111 1111 1111 11",
      "visa med 15 siffror 411111111111116",
      "personnummer 850412-1230",
      "telefon 070-123 45 67",
      "summa 1 299 kr",
      "datum 2023-01-15"
  })
  void doesNotFind(String text) {
    assertFindsNothing(DETECTOR, text);
  }

  @Test
  void aFurtherSpacedGroupDoesNotHideTheCard() {
    assertFinds(DETECTOR, "kort ⟦4111 1111 1111 1111⟧ 2028", EntityType.PAYMENT_CARD, PaymentCardDetector.SCORE, 1.0);
  }

  @Test
  void reportsExactOffsets() {
    assertEquals(List.of(new Detections.Hit(5, 24, EntityType.PAYMENT_CARD, PaymentCardDetector.SCORE)),
        Detections.find(DETECTOR, "kort 4111 1111 1111 1111 spärrat"));
  }
}
