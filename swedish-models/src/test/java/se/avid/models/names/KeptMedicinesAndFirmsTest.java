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
import se.avid.models.places.ResidencePlaceDetector;

/**
 * Part 4 of the keep lexicon ({@code kept-terms.txt}): heart and blood-pressure medicines, anxiety
 * and sleep medicines, opioids, ADHD and mood medicines, and lenders, betting sites, hauliers,
 * landlords and clothing chains, kept by the name and the place detector as written and
 * lowercased; a person beside them is still found.
 */
class KeptMedicinesAndFirmsTest {

  private static final ProperNameDetector NAMES = ProperNameDetector.builder().build();
  private static final ResidencePlaceDetector PLACES = ResidencePlaceDetector.create();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> kept() {
    return Stream.of(
        // heart and blood pressure: trade names and substances
        row("Pappa tar Kredex och Coversyl efter infarkten"),
        row("Läkaren bytte Zestril mot Cozaar och la till Adalat"),
        row("Hon har Efient och Inspra sedan operationen"),
        row("Han äter Carduran och Physiotens mot blodtrycket"),
        // anxiety, sleep, opioids and opioid treatment
        row("Jag fick Buspar i stället för Lexotan"),
        row("Han har fått Sixmo i stället för Subutex"),
        row("Hon köpte Ketobemidon och Palladon svart"),
        // ADHD, wakefulness, mood and alcohol treatment
        row("Sonen tar Modiodal och Karbamazepin"),
        row("Läkaren skrev ut Selincro mot suget"),
        // lenders, betting sites, hauliers, landlords and clothing chains
        row("Vi har bolån hos Bluestep och ett lån hos Fellow Finance"),
        row("Han spelar bort allt på Speedy Bet och Lottoland"),
        row("Han kör sopbil åt Ragn-Sells och ibland åt Renova"),
        row("Hon köpte tröjan på Bikbok och skorna på Scorett"),
        // remote-access apps of scams, the currencies of games and of the net
        row("Han fick mig att installera AnyDesk och sen TeamViewer"),
        row("En man lovade honom 800 Robux och V-Bucks, sen ville han ha Bitcoin"),
        // pest control, wholesalers, scheduling apps; children's medicines without prescription;
        // faith communities and Sami organisations
        row("Hyresvärden skickade Anticimex och sen Nomor"),
        row("Han jobbar på lagret hos Ahlsell men passen kommer via Quinyx"),
        row("Vi ger Minifom och Postafen men hon sover ändå inte"),
        row("Mina föräldrar är Jehovas vittnen och går i Pingstkyrkan"),
        row("Jag är med i Sáminuorra sedan i våras"),
        // money transfer, pawn and funeral firms, inhalers, conventions; an agency's short name
        row("Jag skickar pengar via Dahabshiil och har pantat ringen på Sefina"),
        row("Begravningsbyrån Fonus skickade fakturan"),
        row("Jag tar Spiriva och Ventoline varje dag"),
        row("Jag har läst om Haagkonventionen men gårdsstödet från Jordbruksverket är försenat"),
        // a whole entry keeps a first name inside it, the first name alone is still one
        row("Mamma spelar på Maria Bingo varje kväll"),
        row("På julafton tittar vi på Kalle Anka, och Hesa Fredrik testas varje kvartal"),
        row("Min man har jobbat skift på Epiroc och sedan på Ovako"),
        // a housing company named after its town or district; the town alone is still a place
        row("Vi har pratat med vicevärden på Karlstadshus om mögel"),
        row("Vi hyr av Kalixbostäder sedan 2019"),
        row("Vi hyr genom Gårdstensbostäder och har haft mögel"),
        // the voluntary organisations of the advice field
        row("Vi har läst om Randiga Huset och Talita men vet inte vem man ringer"),
        row("Jag har hört talas om Transammans och om Sámiid Riikkasearvi"),
        row("Min syster Maria spelar på Ninja Casino", "NAME Maria"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kept")
  void theNameDetectorKeepsThemAsWritten(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(NAMES, text, THRESHOLD));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kept")
  void thePlaceDetectorKeepsThemAsWritten(String text, List<String> expected) {
    assertEquals(expect(text), Detections.of(PLACES, text, THRESHOLD));
  }

  static Stream<String> keptLowercase() {
    return Stream.of(
        "pappa tar kredex och coversyl efter infarkten",
        "läkaren bytte zestril mot cozaar och la till adalat",
        "jag fick buspar i stället för lexotan",
        "han har fått sixmo i stället för subutex",
        "han kör sopbil åt ragn-sells och ibland åt renova",
        "vi har bolån hos bluestep och ett lån hos fellow finance");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keptLowercase")
  void theyAreKeptLowercased(String text) {
    assertEquals(expect(text), Detections.of(NAMES, text.toLowerCase(Locale.ROOT), THRESHOLD));
    assertEquals(expect(text), Detections.of(PLACES, text.toLowerCase(Locale.ROOT), THRESHOLD));
  }
}
