package se.avid.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.EntityType;
import se.avid.Finding;
import se.avid.text.ScanText;

/**
 * The kept terms of an {@link AllowList} ({@link AllowList#keeping}): names of things a detector
 * provider keeps. They protect a name-like finding that lies inside one of them, never a number,
 * never more than the term, and never what the user's own rules find.
 */
class KeptTermsTest {

  private static final AllowList KEPT = AllowList.keeping(List.of("Bet365", "Tele2", "Jack & Jones", "Klarna"));

  /** Whether {@code list} drops the finding of {@code type} by {@code detector} over the first {@code value} in {@code text}. */
  private static boolean keeps(AllowList list, String text, String value, EntityType type, String detector) {
    int start = text.indexOf(value);
    Finding f = new Finding(start, start + value.length(), type, 0.9, detector);
    return list.allows(text, f, list.occurrencesIn(ScanText.of(text), List.of(f)));
  }

  private static boolean keeps(String text, String value, EntityType type) {
    return keeps(KEPT, text, value, type, "some-detector");
  }

  @Test
  void keepsAFindingThatIsAKeptTerm() {
    assertTrue(keeps("han spelar bort lönen på Bet365 varje vecka", "Bet365", EntityType.VEHICLE_REGISTRATION));
  }

  @Test
  void keepsAKeptTermInAnyCaseAndInTheGenitive() {
    assertTrue(keeps("har lån hos klarna sen i våras", "klarna", EntityType.NAME));
    assertTrue(keeps("Klarnas inkasso ringer varje dag", "Klarnas", EntityType.NAME));
  }

  @Test
  void keepsAFindingThatLiesInsideAKeptTerm() {
    assertTrue(keeps("köpte en jacka på Jack & Jones i lördags", "Jones", EntityType.NAME));
    assertTrue(keeps("köpte en jacka på Jack  &  Jones i lördags", "Jack  &  Jones", EntityType.NAME));
  }

  @Test
  void keepsTheLettersOfAKeptTermOfLettersAndDigits() {
    assertTrue(keeps("ett mobilabonnemang hos Tele2 och ett lån", "Tele", EntityType.NAME));
    assertTrue(keeps("spelar på bet365 varje kväll", "bet", EntityType.NAME));
  }

  @Test
  void doesNotKeepTheLettersOfAKeptTermStandingAlone() {
    assertFalse(keeps("min kompis Tele ringde igår", "Tele", EntityType.NAME));
    assertFalse(keeps("min granne Tele 2 gånger", "Tele", EntityType.NAME));
  }

  @Test
  void doesNotKeepAFindingThatHoldsAKeptTermAndMore() {
    assertFalse(keeps("min granne Anna Tele2son har en hund", "Anna Tele2son", EntityType.NAME));
    assertFalse(keeps("ring Anna på Tele2 i morgon", "Anna på Tele2", EntityType.NAME));
  }

  @Test
  void doesNotKeepAKeptTermInsideALongerWord() {
    assertFalse(keeps("min granne Tele2son har en hund", "Tele2son", EntityType.NAME));
  }

  @Test
  void neverProtectsAPhoneNumberOrAnEmailAddressEvenInsideAKeptTerm() {
    AllowList withNumber = AllowList.keeping(List.of("Tele2 070-123 45 67", "kundservice@tele2.se"));
    String text = "ring Tele2 070-123 45 67 eller kundservice@tele2.se";
    assertFalse(keeps(withNumber, text, "070-123 45 67", EntityType.PHONE, "phone"));
    assertFalse(keeps(withNumber, text, "kundservice@tele2.se", EntityType.EMAIL, "email"));
    assertFalse(keeps(withNumber, "född 850412-1234 enligt Tele2", "850412-1234", EntityType.PERSONNUMMER,
        "personnummer"));
  }

  @Test
  void protectsANameLikeFindingWhereItWouldNotProtectANumber() {
    AllowList withNumber = AllowList.keeping(List.of("Tele2 070-123 45 67"));
    assertTrue(keeps(withNumber, "ring Tele2 070-123 45 67", "Tele2", EntityType.NAME, "names"));
  }

  @Test
  void theUsersRulesWinOverAKeptTerm() {
    AllowList overridden = KEPT.overriddenBy(List.of("rules:kommun.txt"));
    String text = "jobbar på Tele2 i Kiruna";
    assertFalse(keeps(overridden, text, "Tele2", EntityType.OTHER, "rules:kommun.txt"));
    assertTrue(keeps(overridden, text, "Tele2", EntityType.NAME, "swedish-names"));
  }

  @Test
  void anAllowedTermStillAllowsWhatTheUsersRulesFind() {
    AllowList both = AllowList.union(List.of(KEPT, AllowList.of(List.of("Malmö stad")))).overriddenBy(
        List.of("rules:kommun.txt"));
    assertTrue(keeps(both, "ring Malmö stad", "Malmö stad", EntityType.OTHER, "rules:kommun.txt"));
  }

  @Test
  void keptTermsAreNotAllowedTermsByValue() {
    assertFalse(KEPT.allows("Tele2"));
    assertFalse(KEPT.allows("han har Tele2", 8, 13));
  }

  @Test
  void unionHoldsAllowedAndKeptTerms() {
    AllowList u = AllowList.union(List.of(KEPT, AllowList.of(List.of("BRIS"))));
    assertEquals(5, u.size());
    assertTrue(u.allows("Bris"));
    assertTrue(keeps(u, "spelar på Bet365", "Bet365", EntityType.VEHICLE_REGISTRATION, "vehicle-registration"));
  }

  @Test
  void noKeptTermsKeepNothing() {
    assertFalse(keeps(AllowList.keeping(List.of(" ", "")), "spelar på Bet365", "Bet365", EntityType.NAME, "names"));
    assertEquals(0, AllowList.keeping(List.of(" ")).size());
  }
}
