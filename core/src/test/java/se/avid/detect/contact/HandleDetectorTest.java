package se.avid.detect.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.detect.contact.Marked.assertFinds;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.text.ScanText;

class HandleDetectorTest {

  private static final HandleDetector HANDLES = HandleDetector.defaults();

  @ParameterizedTest
  @ValueSource(strings = {
    "lägg till mig på snap: «kalle.k»",
    "snapchat «kalle_k» heter jag",
    "insta «lollo.99» om du vill",
    "ig: «mimmi» tack",
    "IG: «Mimmi_03»",
    "Snap: «sara.b» hörs!",
    "han skrev på snap («jonte.k99») hela tiden",
    "dom har tagit min snap också («elviraa.sj»). instagram svarar inte",
    "hans insta nu är «kalle.kk»",
    "kik «tjejen_14» skrev till mig",
    "telegram: «anonym123»",
    "på steam heter jag «darkwolf»",
    "mitt gamertag är «xXsniperXx»",
    "finns på discord som «ångestvargen#2210» om nån vill",
    "discord («zaxxo_94») igen",
    "snap - «kalle»",
    "min snap är «mojjo_77»",
    "min discord e «sk0ll.vx» om nån vill lira",
    "mitt namn på fortnite är «lisa_98»",
    "kik «xXSlayerXx» skrev till mig",
    "gamertag «DarkKnight»",
    "insta «TindraK» typ",
    "en kille som heter «leo_lund10» på nätet",
    "han kallar sig «xX_Dark_Nille_Xx» där",
    "hon heter «lollo99» i spelet",
    "dom skrev från nån som heter «linnea.x.07». vi bor ute i kangos",
    "en tjej som heter «emma.k.2009» la till mig",
    "av någon som kallar sig «cloudking.upp» och som lämnar dem",
    "en kille som kallar sig «leo77» skrev",
    // a name given in quotes, and an emoji standing for the colon after a platform
    "han kallar sig \"«nightwolf77»\" på discord",
    "en tjej som heter ’«emma.k.2009»’ la till mig",
    "adda mig på snap 👻 «kalle.k»",
    "insta 📸 «lollo.99» om du vill",
    "min snap ➡️ «lollo.b»",
    "mitt användarnamn är «kalle_k»",
    "Användarnamn: «lollo99»",
    "användarnamnet «tjejen_14» finns kvar",
    "de har startat ett konto på Instagram, «viggo.kampar», där de lägger upp bilder",
    // the clause goes on a few words past the platform before its colon gives the handle
    "hon e sjukskriven. skriv på snap om nåt: «tindra.xo»",
    "adda mig på insta om du vill: «lollo_k»",
  })
  void findsHandlesAfterAPlatform(String marked) {
    assertFinds(HANDLES, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "jag är «kalle_k» på snap",
    "följ «lollo.99» på insta!",
    "följ «bossepelle» på insta!",
    "jag heter «ninjakatten» på discord",
    "adda «emmaa» på steam",
    "jag är «xXSlayerXx» på live",
    "på live heter jag «mojjo_77»",
    "xbox live: «ninjakatten»",
    "mitt ign är «bossepelle»",
    "epic: «sn0wflake»",
  })
  void findsHandlesBeforeAPlatformAndAfterGameWords(String marked) {
    assertFinds(HANDLES, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "lägg till mig: «anna.b» (snap)",
    "hör av dig, «lisa_99» (tiktok) eller mejla",
  })
  void findsAHandleBeforeItsPlatformInBrackets(String marked) {
    assertFinds(HANDLES, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "vi pratade på (snap) igår",
    "jag hittade det (på insta) förra veckan",
  })
  void aBracketedPlatformAfterAWordIsNoHandle(String text) {
    assertFinds(HANDLES, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "snap-namn: «kalle.k»",
    "minecraft-namn: «kallek99»",
    "epic games namn: «kalle.k»",
    "youtube kanal: «kallesvlog»",
    "reddit u/«kallek99»",
    "user: «xqzz88» skriv dit",
    "nick: «kallek»",
  })
  void findsHandlesAfterANounOfTheNameOrAUserPrefix(String marked) {
    assertFinds(HANDLES, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SNAP: «kalle.k»",
    "INSTA «lollo.99» om du vill",
    "mitt SNAP är «kalle.k»",
    "sc: «kalle.k»",
    "lägg till mig på sc «lollo_99»",
    "SC: «lollo.99»",
  })
  void findsHandlesAfterAPlatformWordInCapitalsOrShortened(String marked) {
    assertFinds(HANDLES, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "han gör nya konton, senast «dennis_b03» o «dennisbbb.2». kan man få kontaktförbud?",
    "snap: «kalle.k» och «lisa99» skriver hela tiden",
    "kik «tjejen_14», «tjejen.15» eller «tjej_16»",
    "en kille som heter «leo_lund10» och Anna",
    "hon heter «lollo_99» o jag heter Sara",
  })
  void aWordShapedAsAHandleJoinedToAHandleIsOneToo(String marked) {
    assertFinds(HANDLES, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "skriv på snap om ni kan «ronjaa.lk04» /ronja",
    "lägg till «lisa.b.2009» så pratar vi",
    "han har kontot «x_dark.99» där",
    "på Instagram heter hon «cami.rojas.sings» nu",
    "på insta e han «dennis.b.o» vet inte om det spelar roll",
    // digits standing for letters inside the first part
    "min insta: ✌ \"«n0va.sky»\"",
    "hon heter «l1sa.k» där",
  })
  void aWordWithAnInnerDotAndADigitIsAHandleAnywhere(String marked) {
    assertFinds(HANDLES, marked);
  }

  @Test
  void everyDottedHandleOfALongTextIsFound() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append("han skrev till lisa.k").append(10 + i).append(" igen. ");
    }
    List<int[]> found = new ArrayList<>();
    HANDLES.detect(ScanText.of(text.toString()), (start, end, type, score) -> found.add(new int[] {start, end}));
    assertEquals(40, found.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "mötet är kl.15 i morgon",
    "se kap.3 och v1.2 av planen",
    "titta på bild1.jpg i mejlet",
    "det kostar 1.5 miljoner",
    "ring tel.0701234567 efter fem",
    "skriv till anna.k99@gmail.com",
    "läs mer på www.exempel.se/sida2",
    "t.ex. o.s.v. p.g.a. allt",
    "gäller fr.o.m. idag och t.o.m. maj",
    "det var slut.Jag gick hem",
    "skriv till mail.google.com eller forum.familjeliv.se",
  })
  void dottedAbbreviationsNumbersFilesAndLinksAreNoHandles(String text) {
    assertFinds(HANDLES, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Nick sa att han skulle komma",
    "han kallar sig kung och heter Kalle",
    "han kallar sig \"kungen\" och heter Kalle",
    "jag är aktiv på snap 👻 hela dagen",
    "hon heter k. m. somawathie",
    "snapnamnet glömde jag",
    "min user är borta",
  })
  void aNameOrANounAloneIsNoHandle(String text) {
    assertFinds(HANDLES, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "jag tittar på live tv",
    "vi sågs på live i fredags",
    "jag är ute på insta hela dagen",
    "jag är aktiv på snap",
    "hon var live igår",
    "en epic fail",
    "följ mig på insta",
    "Sedan hon började följa konton på TikTok äter hon nästan bara sallad.",
    "han brukar adda folk på snap",
    "hon finns på Instagram, TikTok och Snapchat",
    "han skrev på snap, sen ringde han",
    "hon är på snap också hela kvällarna",
    "jag har snap med henne nu",
  })
  void wordsAroundPlatformsThatNameNoOneAreText(String text) {
    assertFinds(HANDLES, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "jag har snap men inte insta",
    "snapchat och instagram är värst",
    "han satt på steam 2 timmar",
    "ig har jag slutat med",
    "vi pratade om kik igår",
    "tiktok @lisa_98 är URL-detektorns",
    "#metoo och #1234",
    "ses kl 14:00 med big mamma",
    "säg ja till signal 12",
    "box 123 i källaren",
    "jag var på xbox hela kvällen",
    "tjejen på kik heter jag vet inte",
    "snap: jag har ingen",
    "han lånade mina fortnite-skins",
    "snap är kul men insta är bättre",
    "min snap är borta",
    "min snap e borta nu",
    "insta Sverige är stort",
    "hon heter Lisa och är 9",
    "hon heter Lisa. 14 år och ledsen",
    "han heter Lars-Erik.",
    "han heter mp 3 på skämt",
    "skriv till lisa_98@gmail.com",
    "_ensam_ är ordet",
    "jag glömde mitt användarnamn igen",
    "jag har snap men vet inte: hur gör man",
    "vi pratade på snap om det hela kvällen och sen i skolan: tindra",
  })
  void findsNoHandleInOrdinaryText(String text) {
    assertFinds(HANDLES, text);
  }
}
