package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.detect.contact.Marked.assertFinds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.EntityType;
import se.avid.detect.contact.Marked.Found;

class EmailDetectorTest {

  private static final EmailDetector EMAIL = EmailDetector.defaults();

  @ParameterizedTest
  @ValueSource(strings = {
    "mejla «anna.l@gmail.com» så svarar jag",
    "«anna.lindqvist+forum@hotmail.se».",
    "(«peter_85@outlook.com»)",
    "skriv till «anna@kiruna-energi.se», tack",
    "«förnamn.efternamn@kommun.se»",
    "«anna＠gmail.com» med brett snabel-a",
    "«anna@mail.example.co.uk»!",
    "«anna@gmail» utan toppdomän",
  })
  void findsPlainAddresses(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "mejla «anna.l@gmail,com» om du vill",
    "mejla «anna.l@gmail..com» tack",
    "mejla «anna.l@gmail punkt com»",
    "mejla «anna.l@hotmail com» i kväll",
    "mejla «anna.l@gmailcom»",
    "mejla «anna.l@@gmail.com»",
    "mejla «anna.l<at>gmail.com»",
    "mejla «anna.l <at> hotmail.se»",
    "skriv till «anna@gmail» se till att svara",
  })
  void findsTheWholeAddressWhenTheDotOrAtSignIsMistyped(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "mejla «anna (at) gmail.com»",
    "«anna[at]gmail.com»",
    "«anna{at}telia.com»",
    "«anna(a)gmail.com»",
    "«anna (@) gmail.com»",
    "«anna.l (snabel-a) hotmail (punkt) se»",
    "«anna (snabel a) gmail (punkt) com»",
    "«anna.svensson (snabel a) gmail.com»",
    "«anna [at] gmail [dot] com»",
    "«anna at gmail dot com»",
    "skriv till «anna at gmail.com» om du vill",
    "«anna snabel-a telia punkt se»",
    "«anna.lindqvist at foretaget.se»",
  })
  void findsObfuscatedAddresses(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "«anna punkt l snabel-a gmail punkt com»",
    "mejla «sven.erik punkt aberg at telia punkt com» tack",
    "«anna snabel a gmail punkt com»",
    "«anna . l @ gmail . com»",
    "«anna.l @ gmail.com»",
    "«anna@ gmail.com»",
    "«anna.l@gmail. com» så",
    "«ANNA PUNKT L SNABEL-A GMAIL PUNKT COM»",
    "«ANNA.L@GMAIL. COM»",
    "«anna (punkt) l (at) gmail (punkt) com»",
    "«anna[dot]l[at]hotmail[dot]se»",
    "skriv till «anna.l @gmail.com» i kväll",
  })
  void findsAddressesBrokenUpOrSpelledOut(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "skriv till «lisa.36 snabel-a hotmail» om det behövs",
    "«bosse.k58 snabela gmail»",
    "«mojjo snabel a icloud»",
  })
  void readsAProviderAloneAfterSnabelA(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "handläggaren ville ha «lisa 62 snabel-a telia punkt com» ifall ni undrar",
    "jag skickar «lisa k63 snabel-a live punkt se» och jag väntar",
    "mejla «kalle b snabel-a gmail punkt com»",
    "mejla «62 snabel-a gmail punkt com»",
    "min mejl är «bosse 77 at hotmail.com»",
  })
  void readsANameAndItsDigitsWrittenApartAsOneLocalPart(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "vi ses at home",
    "jag var at gmail-kontorets mässa",
  })
  void atBeforeAProviderAloneIsText(String text) {
    assertFinds(EMAIL, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "skriv till «mojjo88 @ gmail» om du vill",
    "«lollo.k@ hotmail» funkar",
    "«mojjo at gmail» heter jag där",
    "«tindra AT yahoo»",
  })
  void readsASpacedOrSpelledAtSignBeforeAMailOnlyProvider(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "mejla «mojjo på gmail» så svarar jag",
    "mejl: «lollo på hotmail»",
    "skicka en e-post «tindra på outlook.com»",
  })
  void readsAPlainNameBeforePaAndAProviderAfterAMailWord(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "jag har konto på gmail",
    "mejla mig på gmail",
    "ses @ live ikväll",
    "vi ses at live",
  })
  void aMailWordOrAnAtSignBeforeAProviderAloneNeedsAName(String text) {
    assertFinds(EMAIL, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "min mejl är «anna.l@\ngmail.com» tack",
    "min mejl är «anna.l\n@gmail.com» tack",
  })
  void readsAnAddressWrappedAtItsAtSign(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "min mejl: «mojjo77 på hotmail»",
    "skriv till «johan-e på gmail.com» så svarar jag",
    "«kalle_b punkt 92 på gmail»",
    "«sara.k på outlook» funkar också",
  })
  void readsPaBeforeAMailProviderAsTheAtSign(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "min mail: «annaberg77 (gmail)»",
    "min mail: «lisa (gmail)» om ni vill svara",
    "skriv till «lisa.k (hotmail.com)» så svarar jag",
  })
  void readsAMailProviderInBracketsAfterAUserNameAsTheAtSignAndDomain(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "jag har ett konto (gmail) men använder det aldrig",
    "mamma (outlook) funkar inte längre",
  })
  void aProviderInBracketsAfterAWordIsNoAddress(String text) {
    assertFinds(EMAIL, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "min mejl: «mojjo77#telia.com»",
    "skriv till «johan-e # outlook.com» så svarar jag",
    "mejla «sara.l&icloud.com»!",
    "«mojjo77*at*hotmail.se»",
    "(«kalle_b92#gmail.com»)",
  })
  void readsAnotherSignTypedForTheAtSign(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "köpte den på H&M.com igår",
    "AT&T.com har bra täckning",
    "programmerar i C# .NET",
    "#metoo #kvinnor",
    "**viktigt** läs punkt 3",
  })
  void anotherSignBeforeNoMailDomainIsText(String text) {
    assertFinds(EMAIL, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "min mejl: «johan-e på live»",
    "«mojjo77 på telia.com»",
  })
  void readsPaBeforeAnyProviderAfterAUserName(String marked) {
    assertFinds(EMAIL, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "jag får inga mejl, kolla på hotmail",
    "läs på 1177.se om sömn",
    "såg det på live igår",
    "hon jobbar på telia",
    "kl 14 på gmail-kontot",
  })
  void paBeforeAProviderAfterAnOrdinaryWordIsText(String text) {
    assertFinds(EMAIL, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "vi tar det vid punkt 3 på mötet",
    "at the end of the day",
    "läs punkt 4 at home",
    "det var kul. anna@gmail.com",
    "ses @ 14:00 vid punkt 2",
    "skriv till anna@gmail. Se till att svara",
    "kostar 20 kr @ st",
  })
  void findsNoAddressInOrdinaryWords(String text) {
    List<Found> found = Marked.run(EMAIL, text);
    for (Found f : found) {
      String value = text.substring(f.start(), f.end());
      assertEquals(false, value.contains(" punkt ") || value.contains("kul") || value.endsWith("Se"), value);
    }
    if (!text.contains("anna")) {
      assertEquals(List.of(), found);
    }
  }


  @ParameterizedTest
  @ValueSource(strings = {
    "vi ses at home",
    "look at this dot com bubble",
    "alternativ (a) eller (b)",
    "@anna_89 på instagram",
    // an @ glued to the name after it, with no top-level domain at the end: a handle's
    "min insta är @lisa.andersson",
    "hon heter @lisa.berg på tiktok",
    "insta @ludde.vbg om nån vill skriva",
    "ses @ 5",
    "mejla mig@",
    "anna@",
    "anna@kiruna utan domän",
    "priset var 5 st @ 20 kr",
    "hej at alla",
  })
  void ignoresWhatIsNoAddress(String text) {
    assertFinds(EMAIL, text);
  }

  @Test
  void scoresPlainAboveObfuscated() {
    List<Found> found = Marked.run(EMAIL, "anna@gmail.com, anna (at) gmail.com, anna at gmail dot com");
    assertEquals(List.of(
        new Found(0, 14, EntityType.EMAIL, EmailDetector.PLAIN),
        new Found(16, 35, EntityType.EMAIL, EmailDetector.BRACKETED),
        new Found(37, 58, EntityType.EMAIL, EmailDetector.SPELLED)), found);
  }

  @Test
  void aTrailingNumberIsNoTopLevelDomain() {
    assertFinds(EMAIL, "«anna@gmail.com».2024");
  }
}
