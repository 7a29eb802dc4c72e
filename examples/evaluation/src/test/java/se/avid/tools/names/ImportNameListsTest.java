package se.avid.tools.names;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.avid.models.lexicon.SwedishLexicon;

class ImportNameListsTest {

  private final ImportNameLists importer = new ImportNameLists(SwedishLexicon.get(), Set.of("anna", "andersson"), Set.of("will", "star"));

  @Test
  void importsANameThatIsNoSwedishWord() {
    assertTrue(importer.accepts("Kowalczyk"));
    assertTrue(importer.accepts("Anne-Marie"));
  }

  @Test
  void skipsNamesTheHandWrittenListsHave() {
    assertFalse(importer.accepts("Anna"));
    assertFalse(importer.accepts("Andersson"));
  }

  @Test
  void skipsNamesThatAreSwedishWords() {
    assertFalse(importer.accepts("Via")); // a preposition
    assertFalse(importer.accepts("Ringer")); // "ringer", rings
    assertFalse(importer.accepts("Kallas")); // a name cue: "kallas"
  }

  @Test
  void skipsFrequentEnglishWords() {
    assertFalse(importer.accepts("Will"));
    assertFalse(importer.accepts("Star"));
  }

  @Test
  void theBundledEnglishWordsIncludeThoseThatAreAlsoNames() {
    Set<String> english = ImportNameLists.englishWords();
    assertTrue(english.containsAll(Set.of("will", "may", "you", "love")));
    assertFalse(english.contains("#"));
  }

  @Test
  void skipsPlacesAndPublicBodies() {
    assertFalse(importer.accepts("Kiruna"));
    assertFalse(importer.accepts("Bris"));
  }

  @Test
  void skipsShortNamesOtherScriptsAndOddShapes() {
    assertFalse(importer.accepts("Al"));
    assertFalse(importer.accepts("Смирнов"));
    assertFalse(importer.accepts("O'Brien"));
    assertFalse(importer.accepts("Anne--Marie"));
    assertFalse(importer.accepts("lowercase"));
  }

  @Test
  void readsTheLiteralNamesOfADatafakerLocale() throws IOException {
    Map<String, List<String>> lists = ImportNameLists.nameLists("pl");
    assertTrue(lists.get("last_name").contains("Kowalczyk"));
    assertTrue(lists.values().stream().flatMap(List::stream).noneMatch(n -> n.contains("#{")));
  }

  @Test
  void readsLocalesSplitIntoFiles() throws IOException {
    assertTrue(ImportNameLists.nameLists("en").get("male_first_name").contains("Aaron"));
  }
}
