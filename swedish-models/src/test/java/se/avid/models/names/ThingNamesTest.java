package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;
import se.avid.models.lexicon.Tokens;
import se.avid.text.ScanText;

/**
 * A name that the text shows to name a firm, a brand, a law or a disease is kept; the same name
 * where the text speaks of a person is redacted.
 */
class ThingNamesTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> things() {
    return Stream.of(
        // firms: a mark after the name, or a genitive before a trade
        row("Han fick sparken från Kjell & Company efter fyra månader"),
        row("Rörmokaren från Söderholms Rör AB skriver i sitt intyg"),
        row("han driver lindqvists fastigheter ab sedan länge"),
        row("Han har en egen firma, Wahlbergs Måleri, som gick i konkurs"),
        // laws and diseases named after a person
        row("Jag har läst om lex Sarah och Lex Maria"),
        row("Han har Huntingtons sjukdom och kan inte skriva"),
        // a brand that is also a name, where the text shows a firm
        row("Jag köpte en soffa från Mio i Jönköping", "PLACE Jönköping"),
        row("Jag jobbar på Max i Mora", "PLACE Mora"),
        // a venue: something happens at it, someone stands by it
        row("Det skedde på Max i Mora förra veckan", "PLACE Mora"),
        row("Han står på parkeringen vid Max och dricker"),
        row("jag har lagt allt jag tjänade på sommarjobbet på max"),
        row("min son har fått nya nike och en ny iphone"),
        row("han köpte nike skor för 2000 kr"),
        // an employer named as its town, where the text speaks of working there
        row("jag jobbar skift på boliden och kan inte ta ledigt"),
        row("han fick jobb på Bofors efter gymnasiet"),
        row("mina gamla kollegor från ericsson har flyttat"),
        row("vi köpte en tv från sony men den gick sönder"),
        row("Bilen på fakturan är en Kia som jag sålde"),
        row("Inkassobolaget (Lowell) säger att de inte fått pengarna"),
        row("Han sitter i bilen utanför, en vit Kia som står på tomgång"),
        row("Jag har betalat för en soffa på Mio med Klarna"),
        // a brand listed with kept firms
        row("Handläggaren vill ha underlag från Lowell och Collector"),
        row("Jag har lån hos Intrum, Lowell, Santander och fler"),
        // a word joined by a hyphen to a kept term
        row("Jag söker information om Subutex-behandling i sommar"),
        row("Varför måste jag lämna ut min Spotify-historik till socialtjänsten"),
        // the model or part after a kept brand
        row("Det är en grå Toyota Auris från 2015"),
        row("Jag är inhyrd på Volvo Cars i Torslanda", "PLACE Torslanda"),
        // a firm's or body's name that starts with a place, and a body's suspended compound
        row("Han hade en firma, Malmö Bygg AB, som gick i konkurs"),
        row("Kan man anmäla till Barn- och elevombudet direkt?"),
        // a mark after the name, a noun of a thing before it, a thing that "heter" it
        row("Jag har ett lån hos Vexa Bank sedan i fjol"),
        row("Jag hämtade ut medicinen på Lindbloms Apotek"),
        row("Jag laddade ner appen Yubo och träffade folk där"),
        row("Skulden köptes av inkassobolaget Lindorff"),
        row("Hennes firma hette Ruts Glans & Städ. Kan vi kräva henne?"),
        row("Det finns en app som heter Yubo där hon träffade honom"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("things")
  void aNameOfAThingIsKept(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> persons() {
    return Stream.of(
        // the same brand names where a person is meant
        row("Jag fick ett sms från Max igår", "NAME Max"),
        row("Min son Max är sju år", "NAME Max"),
        row("Jag väntade på Max i en timme", "NAME Max"),
        row("Vi hälsade på Max i helgen", "NAME Max"),
        row("Jag träffade en kompis Max på stan", "NAME Max"),
        row("Jag jobbar i Boliden sedan i våras", "PLACE Boliden"),
        row("Min son är 9 och vi bor i ett rum hos en familj i Bofors.", "PLACE Bofors"),
        row("vi bor i boliden och jobbar i skellefteå", "PLACE boliden", "PLACE skellefteå"),
        // beside a public body, not a listed firm; a person's name after a hyphen
        row("Jag och Max, Försäkringskassan ringde oss", "NAME Max"),
        row("Pappa, Max och soc har pratat", "NAME Max"),
        // a first name's genitive before an illness or a person's things
        row("Vi pratade om Lisas sjukdom", "NAME Lisas"),
        row("Vi hjälpte till med Annas flytt", "NAME Annas"),
        // two persons joined by "&"
        row("Hälsningar Anna & Peter", "NAME Anna", "NAME Peter"),
        // a listed name after a kept term, or a kept term that is also a first name
        row("Jag ringde Försäkringskassan Eva svarade inte", "NAME Eva"),
        row("en ny koreografi av Ivo Cramér i höst", "NAME Cramér"),
        // a role noun kept as a service names the person after it
        row("Skolkuratorn Sol Ekström sa att hon skulle kolla", "NAME Sol Ekström"),
        // a place after a public body, and a place before "och" with no suspended compound
        row("Jag har varit på Arbetsförmedlingen Kista i dag", "PLACE Kista"),
        row("Vi bor i Lund och elevombudet har inte svarat", "PLACE Lund"),
        // a common first name beside the same cues names a person; a shop is a place
        row("Jag ringde banken Anna svarade inte", "NAME Anna"),
        row("Jag försökte hinna ikapp Anna på vägen hem", "NAME Anna"),
        row("Hon heter Maria och jobbar på företaget", "NAME Maria"),
        row("Han stod utanför ICA-butiken Dacke i går", "NAME Dacke"));
  }

  @Test
  void aPersonsNameAfterAHyphenNamesNoThing() {
    // "Volvo-Stig": a nickname made of a kept brand and a first name is the person
    Tokens tokens = Tokens.of(ScanText.of("Jag köpte bilen av Volvo-Stig i fjol"));
    assertEquals(-1, ThingNames.thingEnd(tokens, 4));
    assertEquals(4, ThingNames.thingEnd(Tokens.of(ScanText.of("Jag köpte bilen av Volvo-handlaren i fjol")), 4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("persons")
  void aNameOfAPersonIsNot(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
