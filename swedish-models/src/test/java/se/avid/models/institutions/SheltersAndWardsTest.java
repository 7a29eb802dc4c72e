package se.avid.models.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.Anonymizer;
import se.avid.models.Redactions;

/**
 * A shelter or a ward is named like any institution ("härbärget Fyren", "avdelning Blåklockan"),
 * and so are a shop before "livs" ("Dicle Livs"), a sports hall, bath or arena by its compound
 * ("Rosenholmshallen", "valhallabadet") and an institution's name set off by commas after its
 * noun ("förskolan, lövkullen, eller"); a kept body's own house stays ("Frälsningsarméns
 * härbärge"), and so does a unit titled by what it does ("avdelningen Barn och unga"). A landmark
 * after a preposition of place that is no "i" or "vid" is found as well ("bakom hagaparken").
 */
class SheltersAndWardsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Utan lägenheten hamnar jag på härbärget Fyren igen.|PLACE Fyren",
    "utan lägenheten hamnar jag på härbärget fyren igen.|PLACE fyren",
    "Mamma bor på ett boende i Hjo, avdelning Blåklockan. Hon har demens.|PLACE Hjo,PLACE Blåklockan",
    "hon ligger på avdelningen linnean sen i fredags.|PLACE linnean",
    "vi har tältat bakom hagaparken hela augusti.|PLACE hagaparken",
    "han sover i bilen framför rosenlundsbadet varje natt.|PLACE rosenlundsbadet",
    "Hon filmades i omklädningsrummet i Rosenholmshallen efter träningen.|PLACE Rosenholmshallen",
    "på valhallabadet var det en ledare på 14 barn.|PLACE valhallabadet",
    "Jag har en livsmedelsbutik, Dicle Livs, sedan 2009.|PLACE Dicle",
    "borde vi säga något till förskolan, lövkullen, eller vänta?|PLACE lövkullen",
    "han låg på sjukhuset och nu är han på rehabenheten solbacken.|PLACE solbacken",
    // capitalised, the context model (trained on posts too) takes the venue's noun with its name
    "Han har daglig verksamhet på Kullens café i Katrineholm.|PLACE Kullens café,PLACE Katrineholm",
    "han jobbar på kvarnens café.|PLACE kvarnens",
    "han e på daglig verksamhet på kullens café i katrineholm|PLACE kullens,PLACE katrineholm",
    // a frequent definite noun after a definite institution noun, before the town it lies in
    "hon går på förskolan tornet i hallonbergen.|PLACE tornet,PLACE hallonbergen",
    "jag jobbar på fritidsgården tornet i hallonbergen.|PLACE tornet,PLACE hallonbergen",
    // or before the verb of the clause it is the subject of: two definite nouns in a row
    "förskolan lugnet har nu sagt att han inte får vara där.|PLACE lugnet",
    "förskolan trollet säger att han bits.|PLACE trollet",
  })
  void theNameOfAShelterWardOrLandmarkIsAPlace(String text, String findings) {
    assertEquals(List.of(findings.split(",")), Redactions.in(text));
  }

  @Test
  void aKindOfSchoolIsNeitherRedactedNorFlagged() {
    Anonymizer reviewing = Anonymizer.builder().reviewThreshold(0.3).build();
    assertEquals(List.of(), reviewing.assess("ska man anmäla ridskolan till någon, och i så fall vem?").findings());
    assertEquals(List.of(), reviewing.assess("min son spelar på hockeygymnasiet och bor i deras boende.").findings());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Jag sover på Frälsningsarméns härbärge när det finns plats.",
    "dagens förskola är inte som förr.",
    "tja. sover på stadsmissionens härbärge ibland.",
    "Han jobbar på avdelningen Barn och unga.",
    "Hon ligger på avdelning 12 på sjukhuset.",
    "Jag har sovit bakom huset i två nätter.",
    "träningen är i idrottshallen varje tisdag.",
    "vi har pratat med skolan, rektorn, och läraren.",
    "Det är enheten Barn och unga som har ärendet.",
    "jag pratade med enheten för vuxna igår.",
    "efter skolan sedan har han inte ätit något.",
    "på förskolan idag har de målat.",
  })
  void aKeptBodysHouseAUnitsTitleOrACommonNounStays(String text) {
    assertEquals(List.of(), Redactions.in(text));
  }
}
