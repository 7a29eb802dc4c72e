package se.avid.models.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.avid.models.Detections.expect;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.avid.models.Detections;

/** The word right after a found first name is its surname when the lists, the counts or its shape say it may be. */
class SurnameAfterFirstNameTest {

  private static final ProperNameDetector DETECTOR = ProperNameDetector.builder().build();
  private static final double THRESHOLD = 0.5;

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> surnames() {
    return Stream.of(
        // surnames that are also words, counted by Statistics Sweden
        row("vår dotter elsa brandt går i sjuan", "NAME elsa brandt"),
        row("mitt barnbarn oliver strand bor hos mig", "NAME oliver strand"),
        row("min pappa sune lund bor ensam", "NAME sune lund"),
        row("min syster astrid hägg bor i visby", "NAME astrid hägg", "PLACE visby"),
        // a surname ending, or no word at all
        row("hans tränare niclas örtegren skriker", "NAME niclas örtegren"),
        row("jag heter florentina rusu och kommer från rumänien", "NAME florentina rusu"),
        // a rare word after a first name that is a word too, which a kin noun names
        row("hej! min dotter liv ranta har dyslexi", "NAME liv ranta"),
        row("hennes son sten dal bor i umeå", "NAME sten dal", "PLACE umeå"),
        // a second surname that is no word at all, written as the first one is
        row("saludos, rodrigo fuentes aravena", "NAME rodrigo fuentes aravena"),
        row("Hon heter María López Vega och bor här.", "NAME María López Vega"),
        // a short given name that hundreds bear after a Vietnamese family name and middle name
        row("hej skriver för min mamma nguyễn thị hoa som är 80", "NAME nguyễn thị hoa"),
        // a capitalised first name in no list before a first name and surname found
        row("Räknas det som hatbrott? /Biret Inga Kuhmunen", "NAME Biret Inga Kuhmunen"),
        // the initial of the surname
        row("jag pratade med anna k på soc igår", "NAME anna k"),
        row("Tack för svaret!\nMvh\nBirgitta L.", "NAME Birgitta L"),
        // capitalised text: a capitalised surname only
        row("vår dotter Elsa Brandt går i sjuan", "NAME Elsa Brandt"),
        // after "heter" and a first name, a word that ends the phrase, whatever it means alone
        row("tränaren heter mattias grön och han skriver till henne", "NAME mattias grön"),
        row("hon heter ronja lång, 14 år", "NAME ronja lång"),
        // a title between "heter" and the name names the same person
        row("en läkare på nätet som heter dr richard hale. han vill ha pengar", "NAME richard hale"),
        row("hon heter doktor sara grön och jobbar där", "NAME sara grön"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("surnames")
  void aSurnameAfterAFirstNameIsPartOfTheName(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }

  static Stream<Arguments> noSurnames() {
    return Stream.of(
        // a verb, a pronoun, a preposition or an ordinary word after the name
        row("min son elias har slutat gå till skolan", "NAME elias"),
        row("min dotter elsa de sa ingenting", "NAME elsa"),
        row("min dotter elsa i skolan", "NAME elsa"),
        row("min son elias sover dåligt", "NAME elias"),
        row("min son björn sover inte", "NAME björn"),
        // a one-letter word is no initial in lowercase: "i", "o" (och), "e" (är)
        row("vi var hos lisa i går", "NAME lisa"),
        row("min kompis emma e så snäll", "NAME emma"),
        row("min dotter saga läser mycket", "NAME saga"),
        // written with capitals, a lowercase word after a capitalised name is no surname
        row("Jag ringde Elsa grip tag i henne", "NAME Elsa"),
        // a third word that is a word, and no fourth part
        row("jag heter anna berg tycker jag", "NAME anna berg"),
        // after "heter" and a first name, an adverb or a verb ends no name
        row("han heter erik istället.", "NAME erik"),
        row("hon heter sara förresten", "NAME sara"),
        row("han heter omar ordnade allt", "NAME omar"),
        // an unknown word needs four letters
        row("hej elsa you know", "NAME elsa"),
        // a word that is no name is no first name
        row("det kostar 100 kr per månad"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noSurnames")
  void otherWordsAfterANameAreNoSurname(String text, List<String> expected) {
    assertEquals(expect(text, expected.toArray(String[]::new)), Detections.of(DETECTOR, text, THRESHOLD));
  }
}
