package se.avid.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;
import se.avid.rules.Rules;
import se.avid.spi.DetectorProvider;

class SwedishModelsProviderTest {

  private static final String POST = "hej! jag heter anna lindqvist och bor på storgatan 12b i kiruna. min man\n"
      + "peter (pnr 850412-1234) dricker varje helg och min son elias 14 år har slutat\n"
      + "gå till skolan. vår handläggare Lena på socialtjänsten svarar aldrig,\n"
      + "ring mig gärna 070-123 45 67 eller anna.l@gmail.com. har ringt 1177 och BRIS.";

  @Test
  void isFoundByTheServiceLoader() {
    boolean found = false;
    for (DetectorProvider p : ServiceLoader.load(DetectorProvider.class)) {
      found |= p instanceof SwedishModelsProvider;
    }
    assertTrue(found);
  }

  @Test
  void theDefaultAnonymizerRedactsNamesPlacesAndAddresses() {
    Anonymizer anonymizer = Anonymizer.builder().build();
    assertTrue(anonymizer.detectorNames().contains("swedish-names"));
    assertTrue(anonymizer.detectorNames().contains("swedish-street-address"));
    String out = anonymizer.redact(POST);
    assertTrue(out.startsWith("hej! jag heter [NAMN] och bor på [ADRESS] i [PLATS]. min man\n[NAMN] (pnr "), out);
    assertTrue(out.contains("min son [NAMN] 14 år"), out);
    assertTrue(out.contains("vår handläggare [NAMN] på socialtjänsten"), out);
    for (String gone : new String[] {"anna lindqvist", "storgatan", "kiruna", "peter", "elias", "Lena"}) {
      assertFalse(out.contains(gone), gone);
    }
    for (String kept : new String[] {"socialtjänsten", "1177", "BRIS", "14 år"}) {
      assertTrue(out.contains(kept), kept);
    }
  }

  @Test
  void anOrdinarySentenceIsLeftAlone() {
    Anonymizer anonymizer = Anonymizer.builder().build();
    String text = "Vi såg en björn i skogen. Det kostar 100 kr per månad och vi vill bo hemma.";
    assertEquals(text, anonymizer.redact(text));
  }

  @Test
  void keepsTheFirmsBrandsAndMedicinesOfItsLexicon() {
    Collection<String> kept = new SwedishModelsProvider().keptTerms();
    assertTrue(kept.containsAll(List.of("Bet365", "Tele2", "Klarna", "Concerta")), "kept terms");
    assertFalse(kept.contains("Max"), "a first name is never a kept term");
    assertThrows(UnsupportedOperationException.class, () -> kept.add("Anna"));
  }

  @Test
  void keepsABrandThatIsAlsoAWordButNoOnesName() {
    Collection<String> kept = new SwedishModelsProvider().keptTerms();
    assertTrue(kept.containsAll(List.of("Crescent", "Lindex")), "brands no one is named");
    assertFalse(kept.contains("Filippa"), "a brand that is a first name needs context");
    assertFalse(kept.contains("Ericsson"), "a brand that is a surname needs context");
  }

  @Test
  void keepsABrandThatFewerThanFiftyBearAsAName() {
    Collection<String> kept = new SwedishModelsProvider().keptTerms();
    assertTrue(kept.containsAll(List.of("Lowell", "Dacia")), "a debt collector, a car brand");
    String post = "Jag har fått brev från Lowell och Intrum samma vecka.";
    assertEquals(post, Anonymizer.builder().build().redact(post));
  }

  @Test
  void doesNotKeepWhatThePublicBodiesListKeepsOnlyInContext() {
    Collection<String> kept = new SwedishModelsProvider().keptTerms();
    assertFalse(kept.contains("Juni"), "a month is a name after a cue: hennes kompis Juni");
    String post = "Hennes kompis Juni har berättat samma sak.";
    assertEquals("Hennes kompis [NAMN] har berättat samma sak.", Anonymizer.builder().build().redact(post));
  }

  @Test
  void aBicycleBrandThatIsNoOnesNameIsKept() {
    String post = "Inbrottet tog: 1. en tv 2. en cykel, Crescent 3. smycken.";
    assertEquals(post, Anonymizer.builder().build().redact(post));
  }

  @Test
  void aBettingSiteIsNotTakenForARegistrationPlate() {
    String text = "Han spelar bort hela lönen på Bet365 och Unibet.";
    assertEquals(text, Anonymizer.builder().build().redact(text));
  }

  @Test
  void withoutKeptTermsTheCoreDetectorsRedactTheBettingSite() {
    String out = Anonymizer.builder().keptTerms(false).build().redact("Han spelar bort hela lönen på Bet365.");
    assertEquals("Han spelar bort hela lönen på [REGISTRERINGSNUMMER].", out);
  }

  @Test
  void aTeamThatDeniesAKeptTermGetsItRedacted() {
    Rules rules = Rules.parse("kommun.txt", "[deny OTHER]\nBet365\n");
    assertEquals("Han spelar på [UPPGIFT].", Anonymizer.builder().rules(rules).build().redact("Han spelar på Bet365."));
  }
}
