package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import se.avid.Anonymizer;

class VenuesTest {

  private static final Anonymizer ALONE = Anonymizer.builder().serviceLoading(false)
      .addDetector(InstitutionDetector.create()).build();

  private static List<String> places(String text) {
    return ALONE.analyze(text).stream().map(f -> f.type() + " " + f.valueIn(text)).toList();
  }

  @Test
  void theNameAfterACapitalisedBusinessNounIsThePlaceNotTheNoun() {
    assertEquals(List.of("PLACE Roma"), places("Jag jobbar på Pizzeria Roma på kvällarna."));
    assertEquals(List.of("PLACE Lyktan"), places("Vi brukar ses på Café Lyktan efter skolan."));
    assertEquals(List.of("PLACE Hårfint"), places("Hon klipper sig på Salong Hårfint varje månad."));
  }

  @Test
  void aNameOfSeveralWordsAfterTheNounIsOnePlace() {
    assertEquals(List.of("PLACE Lotus Thai"), places("Jag diskar på restaurang Lotus Thai sex dagar i veckan."));
    assertEquals(List.of("PLACE UKC Tuzla"), places("Hon ligger nu på sjukhuset UKC Tuzla sedan i lördags."));
    assertEquals(List.of("PLACE Roma"), places("Jag jobbar på Pizzeria Roma i Lund."));
  }

  @Test
  void theNameAfterADefiniteVenueNounIsThePlace() {
    assertEquals(List.of("PLACE Kronan"), places("Han har extrajobb på bageriet Kronan vid torget."));
  }

  @Test
  void aLowercaseNameThatIsNoWordIsThePlace() {
    assertEquals(List.of("PLACE napoli"), places("jag jobbar på pizzeria napoli på kvällarna"));
  }

  @Test
  void aLowercaseOrdinaryWordAfterAnIndefiniteVenueNounIsFlaggedNotRedacted() {
    assertEquals(List.of("oliv " + InstitutionDetector.RARE_DICTIONARY_COMPOUND_SCORE), scores("jag jobbar på pizzeria oliv på kvällarna"));
    assertEquals(List.of(), scores("jag jobbar på pizzerian deltid"));
  }

  private static List<String> scores(String text) {
    List<String> found = new java.util.ArrayList<>();
    InstitutionDetector.create().detect(se.avid.text.ScanText.of(text),
        (start, end, type, score) -> found.add(text.substring(start, end) + " " + score));
    return found;
  }

  @Test
  void aLowercaseDefiniteNounAfterAVenueNounIsThePlace() {
    assertEquals(List.of("PLACE lyktan"), places("vi brukar ses på café lyktan efter skolan"));
    assertEquals(List.of("PLACE kronan"), places("han har extrajobb på bageriet kronan vid torget"));
  }

  @Test
  void aFrequentDefiniteNounAfterADefiniteVenueNounIsThePlace() {
    assertEquals(List.of("PLACE kulan"), places("jag jobbar på ateljén kulan på daglig verksamhet"));
    assertEquals(List.of(), places("vi åt på restaurangen dagen efter"));
  }

  @Test
  void twoLowercaseWordsEndingThePhraseAfterAVenueNounAreItsName() {
    assertEquals(List.of("PLACE bistro kajen"), places("jobbade två månader på restaurangen bistro kajen i karlstad"));
    assertEquals(List.of("PLACE bistro kajen"), places("jag jobbade på restaurangen bistro kajen, ägaren var snäll"));
  }

  @Test
  void aVerbOrAWordOfWhereAfterAVenueNounStartsNoName() {
    assertEquals(List.of(), places("restaurangen gick i konkurs i våras"));
    assertEquals(List.of(), places("kiosken mittemot skolan i byn har stängt"));
    assertEquals(List.of(), places("jobbar på pizzerian hela dagarna i stan"));
  }

  @Test
  void aMeetingPointAndAHomeCareGroupAreNamedAsInstitutions() {
    assertEquals(List.of("PLACE gläntan"), places("jag går till träffpunkten gläntan på tisdagarna"));
    assertEquals(List.of("PLACE Västra"), places("Hemtjänstgruppen Västra har sagt att de utreder."));
    assertEquals(List.of(), places("på boendet norra delen finns det plats"));
  }

  @Test
  void aVenueNounFollowedByOrdinaryWordsNamesNothing() {
    assertEquals(List.of(), places("vi åt på pizzerian igen och sen gick vi till gymmet"));
    assertEquals(List.of(), places("frisören klippte för kort och kiosken stänger tidigt"));
    assertEquals(List.of(), places("han jobbar på ett café i stan och på en restaurang ibland"));
  }

  @Test
  void aChainAfterAVenueNounIsKept() {
    assertEquals(List.of(), places("Hon jobbar i butiken Systembolaget på lördagar."));
  }

  @Property(tries = 60, seed = "14")
  void everyFrequentWordAfterAVenueNounStays(@ForAll("venues") String venue, @ForAll("frequent") String word) {
    assertEquals(List.of(), places("vi var på " + venue + " " + word + " och sedan hem"));
  }

  @Provide
  Arbitrary<String> venues() {
    return Arbitraries.of("pizzeria", "pizzerian", "café", "kaféet", "krogen", "gymmet", "frisören", "kiosken", "hotellet", "bageriet");
  }

  @Provide
  Arbitrary<String> frequent() {
    return Arbitraries.of("igår", "idag", "igen", "hela", "förra", "efter", "med", "också", "tillsammans", "innan", "ibland", "länge");
  }
}
