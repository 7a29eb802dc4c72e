package se.avid.models.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.avid.models.Detections;
import se.avid.models.lexicon.SwedishLexicon;

class PlatformHandleDetectorTest {

  private static final PlatformHandleDetector DETECTOR = PlatformHandleDetector.withLexicon(SwedishLexicon.get());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "lägg till mig på snap ninjakatten så pratar vi | ninjakatten",
    "insta lollo om du vill se bilderna | lollo",
    "min snap är ninjakatten | ninjakatten",
    "mitt insta heter snöflingis | snöflingis",
    "på discord heter jag kattis | kattis",
    "addade honom på psn Slayerkungen igår | Slayerkungen",
    "kik mojjo | mojjo",
  })
  void findsAWordTheLexiconDoesNotKnowAfterAPlatform(String text, String handle) {
    assertEquals(List.of("URL " + text.indexOf(handle) + "-" + (text.indexOf(handle) + handle.length()) + " " + handle),
        Detections.of(DETECTOR, text, 0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "lägg till mig på snap vargen | vargen",
    "insta snöflingan om du vill | snöflingan",
    "min snap är blixten | blixten",
    "kik myran | myran",
    "psn lejonet, skriv där | lejonet",
    "adda mig på snap kalle | kalle",
  })
  void findsANameOrADefiniteNounAfterAPlatform(String text, String handle) {
    assertEquals(List.of("URL " + text.indexOf(handle) + "-" + (text.indexOf(handle) + handle.length()) + " " + handle),
        Detections.of(DETECTOR, text, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "jag la ut det på insta igår",
    "han är på snap hela tiden",
    "snap funkar inte på min telefon",
    "vi pratade på discord kvällen innan",
    "min snap är stulen",
    "hon är på tiktok varje dag",
  })
  void leavesProseAfterAPlatform(String text) {
    assertEquals(List.of(), Detections.of(DETECTOR, text, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "vi träffades på Discord vill jag minnas",
    "jag har snap och insta",
    "min snap är borta sen i fredags",
    "han skickade en snap story till alla",
    "hon la upp det på insta igår",
    "snapchat streak på 200 dagar",
    "discord server för klassen",
    "köpte ett steam deck",
    "spelar xbox varje kväll",
    "min insta är privat",
    "jag har kalle_k på snap",
    "snap: kalle.k",
  })
  void leavesWordsAndShapedHandlesToOthers(String text) {
    assertEquals(List.of(), Detections.of(DETECTOR, text, 0));
  }
}
