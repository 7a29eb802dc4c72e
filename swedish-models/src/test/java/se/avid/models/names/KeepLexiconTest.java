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
        row("Jag har stått i Kfasts bostadskö sedan 2016"),
        row("Hon använder Airomir varje natt"),
        row("Jag har läst om RFSL Ungdom men vet inte om de kan hjälpa"),
        row("Jag har läst om Föräldraföreningen Mot Narkotika och Mikamottagningen"),
        row("Han sålde min bil, en Toyota Yaris, på Blocket"),
        row("Katten är försäkrad hos Agria och jag städar åt Hemfrid"),
        row("Han jobbar på Mærsk och åker med Scandlines och Tallink"),
        row("Barnen dricker Powerking och vapar Lost Mary"),
        row("Jag kör Uber och Bolt och skickar pengar via Western Union"),
        row("Barnen ska åka på Partille Cup och sedan med Destination Gotland"),
        row("Jag tog Mifegyne i förrgår och Cytotec i morse"),
        row("Jag har ett skyddat boende via Terrafem"),
        // drinks, a sperm bank and a fertility clinic; a beer named after a land is a beer
        row("han dricker Norrlands Guld i garaget och sen Pripps Blå"),
        row("spermier från Cryos och ett försök på Nordic IVF"),
        // diagnoses by their abbreviations, in lowercase too
        row("har pcos och har ätit letrozol i ett halvår"),
        row("han fick diagnosen ptsd och har ibs och pmds"),
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
        row("Han jobbar på Novo Nordisk och jag på Caverion"),
        row("Hon hittade min nya adress via Ratsit och Merinfo"),
        row("Hörapparaterna är från Phonak, datorn med ögonstyrning från Tobii"),
        row("Vi flög med Turkish Airlines och sedan med Qatar Airways"),
        // part 14: steroids, supplement shops, process-industry employers, dating sites
        row("Han tar Anavar och något som heter Clenbuterol"),
        row("På flaskan stod det Testosterone Enanthate"),
        row("Min man jobbar skift på Preemraff"),
        row("Han köper pulver från Gymgrossisten och jag träffade honom på Happy Pancake"),
        row("På Mina sidor står det beslut, och i Mina meddelanden kom ett brev"),
        // the short name of a statute book before a rule's year and number
        row("Jag har läst afs 2015:4 och sosfs 2011:9"),
        // an author before a year and page is a person
        row("Se Sadeniemi 1966:31 om det", "NAME Sadeniemi"),
        // a person there is still found
        row("Min dotter Mina har läst brevet", "NAME Mina"),
        // a person beside them is still found
        row("Min handläggare Susanne ringde Svea Ekonomi", "NAME Susanne"),
        row("Jag tränar med Lina på SATS", "NAME Lina"),
        // clothing brands, a designer's full name only as the whole name
        row("Han köpte en jacka från Gant och en väska från Michael Kors"),
        row("Hon går bara i Ralph Lauren och Tommy Hilfiger"),
        row("Min kollega Ralph köpte en jacka på Gant", "NAME Ralph"),
        // phones, hauliers, debt collectors, landlords and betting sites
        row("Jag har en mobil från Huawei och en från Xiaomi"),
        row("Han kör lastbil för DSV och ibland för Jetpak"),
        row("Vi fick ett brev från Lindorff om skulden"),
        row("Vi hyr av Hembla och grannen av Mimer"),
        row("Han spelar bort lönen på Snabbare och Lyllo Casino"),
        // medicines, also as written abroad, and diagnoses named after a person
        row("Jag tar Wellbutrin och ibland Valium"),
        row("Han köper Clonazepam och Etizolam på nätet"),
        row("Pappa har fått diagnosen Lewy body-demens"),
        row("Hon har Hashimotos och han Huntingtons"),
        // laws written out and shortened, unions and charities
        row("Han dömdes enligt Brottsbalken och vårdas enligt LPT"),
        row("Jag är med i Fastighets och min sambo i Seko"),
        row("Vi fick matkassar av Räddningsmissionen och Skyddsvärnet"),
        // units of social services and health care by their generic names
        row("Han ligger på Psykakuten och hon ringde Socialjouren"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kept")
  void aListedThingIsKeptAsWritten(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> keptOfPartNine() {
    return Stream.of(
        // contraception, Parkinson's and nicotine products
        row("Jag tog NorLevo dagen efter och har nu bytt till Zoely"),
        row("Barnmorskan satte in en Kyleena och tipsade om Natural Cycles"),
        row("Pappa tar Madopar och Stalevo sedan diagnosen"),
        row("Han snusar Zyn och försöker sluta med Champix"),
        // interpreter agencies, genealogy and adoption organisations
        row("Vi beställde tolk via Semantix men det kom en från Digitaltolk"),
        row("Jag hittade min halvbror på MyHeritage och FamilySearch"),
        row("Vi adopterade genom Adoptionscentrum och fick stöd av Barnens Vänner"),
        // school platforms and payment apps
        row("Läraren lägger upp läxorna i Edlevo och schemat på Skola24"),
        row("Jag betalade med Apple Pay och skickade resten via Remitly"),
        // a person beside them is still found
        row("Min syster Lisa tar Levemir och Trulicity", "NAME Lisa"),
        // part 10: benefits' and therapies' abbreviations, also lowercase, and occupational health
        row("min sgi är låg och jag går i dbt hos Avonova"),
        row("Jag räknar allt i MyFitnessPal och har fått KBT via Previa"),
        // part 11: greetings and thanks of other languages, oaths, words of practices abroad
        row("Buenos días och hej. Jag heter Sergio Valdés.", "NAME Sergio Valdés"),
        row("Muchas gracias för svaret, Sergio", "NAME Sergio"),
        row("Mamma säger bara perkele och går ut i vedboden"),
        row("Pappa vill skicka mig på dhaqan celis i somalia"),
        row("Jag har hört om Passus på Fryshuset"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keptOfPartNine")
  void aMedicineAgencyOrAppOfPartNineIsKept(String text, List<String> expected) {
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
        "jag tränar på friskis och läser på komvux",
        "han köpte en jacka från gant och en väska från michael kors",
        "vi fick ett brev från lindorff om skulden",
        "jag tar wellbutrin och ibland valium",
        "han dömdes enligt brottsbalken och vårdas enligt lpt",
        "han ligger på psykakuten och hon ringde socialjouren",
        // part 12: care at home, bodies abroad, apps and conditions with foreign names
        "mamma vill dö hemma och har asih som kommer två gånger om dagen",
        "vi får pension från seguridad social och pappa från nav",
        "jag har retinitis pigmentosa och kör med be my eyes",
        // part 14
        "en kille där kan fixa dianabol och winstrol billigt",
        // currencies and their codes after an amount
        "nu kräver skattestyrelsen mig på 84 000 dkk i kvarskatt",
        "sjukhuset kräver 480 000 baht innan han får åka hem");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keptLowercase")
  void aListedThingIsKeptLowercased(String text) {
    assertEquals(expect(text), Detections.of(DETECTOR, text.toLowerCase(Locale.ROOT), THRESHOLD));
  }
}
