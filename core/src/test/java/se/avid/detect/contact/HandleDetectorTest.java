package se.avid.detect.contact;

import static se.avid.detect.contact.Marked.assertFinds;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    "kik «tjejen_14» skrev till mig",
    "telegram: «anonym123»",
    "på steam heter jag «darkwolf»",
    "mitt gamertag är «xXsniperXx»",
    "finns på discord som «ångestvargen#2210» om nån vill",
    "discord («zaxxo_94») igen",
    "snap - «kalle»",
    "mitt användarnamn är «kalle_k»",
    "Användarnamn: «lollo99»",
    "användarnamnet «tjejen_14» finns kvar",
  })
  void findsHandlesAfterAPlatform(String marked) {
    assertFinds(HANDLES, marked);
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
    "jag glömde mitt användarnamn igen",
  })
  void findsNoHandleInOrdinaryText(String text) {
    assertFinds(HANDLES, text);
  }
}
