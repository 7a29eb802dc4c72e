package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.avid.detect.contact.Marked.assertFinds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;
import se.avid.detect.contact.Marked.Found;

class UrlDetectorTest {

  private static final UrlDetector URL = UrlDetector.defaults();

  @ParameterizedTest
  @ValueSource(strings = {
    "kolla «https://www.facebook.com/anna.lindqvist.5» där",
    "min blogg «http://annasblogg.wordpress.com/2023/05/min-son»!",
    "«www.instagram.com/anna_89».",
    "(se «facebook.com/anna.lindqvist»)",
    "«HTTPS://EXAMPLE.SE/Anna»",
    "«https://www.youtube.com/watch?v=abc123&t=5s», kolla",
    "«https://sv.wikipedia.org/wiki/Kiruna_(stad)» om staden",
    "«https://1177.se/Stockholm/barn»",
    "«www.bris.se/?namn=anna»",
    "«http://localhost:8080/anna»",
    "hemsida: «annalindqvist.se»",
    "«åkeri-lindqvist.se»",
    // the bare domains of betting and gaming sites and of the countries posts write home to
    "han bettar skins på sidor som «skinflip-win.gg» fast man ska va 18",
    "spelade på «lucky-spins.bet» hela natten",
    "kusinen har en sida «lodz-auto.pl»",
    "skriv till «@anna_89» på insta",
    "«@Lena» tack för svaret",
    "tagga «@peter.svensson»",
    // a path after any top-level domain, and a one-letter host
    "gå med i «discord.gg/abcd123»",
    "länken «bit.ly/3abcDE» funkar",
    "skriv på «t.me/lisak»",
  })
  void findsLinksAndHandles(String marked) {
    assertFinds(URL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "läs mer på 1177.se",
    "gå in på www.1177.se",
    "https://www.forsakringskassan.se/",
    "www.bris.se.",
    "polisen.se eller skatteverket.se",
    "https://www.migrationsverket.se",
    "stod på stockholm.kommun.se",
    "anna.l@gmail.com",
    "t.ex. och bl.a. osv.",
    "priset 1.299 kr",
    "klockan 08.30",
    "bild.jpg och cv.pdf",
    "slut.Nu börjar vi",
    "Det var bra.Se du",
    "ses @ 5",
    "5 st @ 20",
    "@12345",
    "192.168.1.1",
    "http:// trasig",
    "det gäller t.ex/bl.a skolan",
    "han sa s.k/liknande",
    "det gäller fr.o.m. måndag",
    "bra.Live är roligare",
  })
  void keepsPublicServiceSitesAndIgnoresProse(String text) {
    assertFinds(URL, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "På gotland.se står det om hemtjänst",
    "jag har räknat på minpension.se",
    "kolla www.malmo.se eller upplandsvasby.se",
    "ansökan finns på https://www.regionskane.se/",
    "kronofogden.se, skatteverket.se och transportstyrelsen.se",
    "jag loggade in på e-tjanster.1177.se",
    "betalade med swish.nu och kollade swedbank.se",
    "köpte den på blocket.se, såg den på svt.se",
  })
  void keepsBareSitesOfMunicipalitiesAgenciesAndWellKnownServices(String text) {
    assertFinds(URL, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "På «gotland.se/hemtjanst/anna-berg» står det",
    "«www.malmo.se/?id=19850312»",
    "«kronofogden.se/123456»",
    "hemsida: «anna-malmo.se»",
    "«gotlandsbilar.se»",
    "«minpension.se.annalindqvist.se»",
  })
  void reportsPublicSitesWithAPathAndLookAlikeDomains(String marked) {
    assertFinds(URL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "läs min blogg på «minblogg punkt se» om du vill",
    "gå in på «www . minblogg . se» så ser du",
    "sidan heter «www punkt minblogg punkt se»",
    "han skrev på «flashback dot org» om mig",
  })
  void findsAnAddressWithItsDotsSpelledOut(String marked) {
    assertFinds(URL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "läs på 1177 punkt se om du vill",
    "vi var på punkt och pricka",
    "så nu är det punkt se upp",
    "min punkt se nedan",
    "han sa punkt slut",
  })
  void aPublicSiteOrProseAroundAWordForDotIsNoAddress(String text) {
    assertFinds(URL, text);
  }

  @Test
  void tellsWhichHostsItKeeps() {
    assertTrue(URL.keeps("gotland.se"));
    assertTrue(URL.keeps("WWW.Minpension.se"));
    assertFalse(URL.keeps("annalindqvist.se"));
    assertFalse(UrlDetector.builder().withoutDefaultKeptDomains().build().keeps("gotland.se"));
  }

  @Test
  void bareNuDomainIsBelowTheThreshold() {
    assertFinds(URL, "det var bra ‹gjort.nu› vi ses");
  }

  @Test
  void reportsExactOffsetsAndScores() {
    List<Found> found = Marked.run(URL, "se facebook.com/anna och anna.se");
    assertEquals(List.of(
        new Found(3, 20, EntityType.URL, UrlDetector.LINK),
        new Found(25, 32, EntityType.URL, UrlDetector.BARE_DOMAIN)), found);
  }

  @Test
  void keptDomainsAreConfigurable() {
    UrlDetector municipal = UrlDetector.builder().keepDomains("www.Malmo.se").build();
    assertFinds(municipal, "se malmo.se och www.malmo.se/");
    assertFinds(municipal, "se «malmo.se/socialtjanst/anna»");

    UrlDetector strict = UrlDetector.builder().withoutDefaultKeptDomains().build();
    assertFinds(strict, "läs på «1177.se»");
    assertFinds(strict, "läs på «gotland.se»");
    assertEquals(List.of(), strict.keptDomains());
  }

  @Test
  void keptDomainsMustLookLikeDomains() {
    assertThrows(IllegalArgumentException.class, () -> UrlDetector.builder().keepDomains("malmo"));
    assertThrows(IllegalArgumentException.class, () -> UrlDetector.builder().keepDomains("malmo.se/anna"));
  }
}
