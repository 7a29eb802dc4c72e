package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;

/**
 * The firms, brands and medicines of the keep lexicon ({@code kept-terms.txt}) are kept as a whole,
 * a name of several words as one, as written and lowercased; a person's name next to them is not.
 */
class KeepLexiconTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> kept() {
    return Stream.of(
        // payday lenders and debt collectors, one word and several
        row("Jag har skulder hos Zaplo och Svea Ekonomi sedan i fjol"),
        row("Mäklaren från Svensk Fastighetsförmedling värderade huset"),
        // employers, parking firms, housing companies and shelters' umbrella bodies
        row("Båda jobbar skift på Skånemejerier"),
        row("Jag fick en parkeringsbot från Aimo Park utanför Coop Forum"),
        row("Jag står i kö hos Nyköpingshem och Uppsalahem"),
        row("Jag har ett skyddat boende via Terrafem"),
        // shops, devices and medicines
        row("Jag jobbar extra på McDonald's på helgerna"),
        row("Skolan vill att alla har en Chromebook hemma"),
        row("Jag hittade Xanor och Dolcontin i hans jackficka"),
        // school groups with schools in many towns
        row("Min dotter går på Procivitas och han på Kunskapsskolan"),
        // a public clinic whose name begins with a first name: the whole name is one entry
        row("Vart vänder man sig, Maria Ungdom eller Mini-Maria?"),
        row("Min kompis Maria följde med till Maria Ungdom", "NAME Maria"),
        // unions, support groups, gyms, marketplaces, media and adult education
        row("Han är med i IF Metall och hon i Kommunal"),
        row("Jag har ringt Manscentrum och sen Brottsofferjouren"),
        row("Jag tränar på SATS och ibland på Friskis & Svettis"),
        row("Vi såg huset på Hemnet och sålde soffan på Tradera"),
        row("Jag läste det i Aftonbladet och hörde det på Ekot"),
        row("Jag läser på Komvux och min man på Sfi"),
        row("Lånet hos Ecster köptes av Hoist"),
        // a person beside them is still found
        row("Min handläggare Susanne ringde Svea Ekonomi", "NAME Susanne"),
        row("Jag tränar med Lina på SATS", "NAME Lina"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kept")
  void aListedThingIsKeptAsWritten(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<String> keptLowercase() {
    return Stream.of(
        "jag har skulder hos zaplo och svea ekonomi sedan i fjol",
        "mäklaren från svensk fastighetsförmedling värderade huset",
        "jag fick en parkeringsbot från aimo park utanför coop forum",
        "jag hittade xanor i hans jackficka",
        "vart vänder man sig, maria ungdom?",
        "skolan vill att alla har en chromebook hemma",
        "vi såg huset på hemnet och ringde manscentrum",
        "jag tränar på friskis och läser på komvux");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keptLowercase")
  void aListedThingIsKeptLowercased(String text) {
    assertEquals(expect(text), Detections.of(DETECTOR, text.toLowerCase(Locale.ROOT), THRESHOLD));
  }
}
