package se.avid.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlantedPostsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void nicknameDoublesTheFirstConsonantAfterAVowel() {
    assertEquals("alle", PlantedPosts.nickname("albin", "e"));
    assertEquals("lovvis", PlantedPosts.nickname("lovisa", "is"));
    assertEquals("zekkis", PlantedPosts.nickname("zeki", "is"));
  }

  @Test
  void foldingTypesSwedishLettersAsOnAKeyboardWithoutThem() {
    assertEquals("vassmolosa", PlantedPosts.fold("vässmölösa"));
  }

  @Test
  void plantedItemReplacesTheSlotAndShiftsTheKeepItemsAfterIt() throws Exception {
    JsonNode post = MAPPER.readTree("{\"text\": \"min son Bo ringer 1177\", \"spans\": [{\"start\": 8, \"end\": 10,"
        + " \"type\": \"NAME\"}], \"keep\": [{\"start\": 18, \"end\": 22, \"what\": \"helpline\"}]}");

    ObjectNode planted = PlantedPosts.plant(post, post.path("spans").get(0), "jaffar", "NAME");

    assertEquals("min son jaffar ringer 1177", planted.path("text").asText());
    assertEquals(14, planted.path("spans").get(0).path("end").asInt());
    assertEquals("1177", planted.path("text").asText().substring(22, 26));
    assertEquals(22, planted.path("keep").get(0).path("start").asInt());
  }

  @Test
  void theOtherEntitiesStayUnscoredAndShifted() throws Exception {
    JsonNode post = MAPPER.readTree("{\"text\": \"Bo och Li i Lund\", \"spans\": [{\"start\": 0, \"end\": 2, \"type\": \"NAME\"},"
        + " {\"start\": 7, \"end\": 9, \"type\": \"NAME\"}, {\"start\": 12, \"end\": 16, \"type\": \"PLACE\"}]}");

    ObjectNode planted = PlantedPosts.plant(post, post.path("spans").get(1), "jaffar", "NAME");

    String text = planted.path("text").asText();
    assertEquals("Bo och jaffar i Lund", text);
    JsonNode spans = planted.path("spans");
    assertEquals(List.of("NAME jaffar", "UNSCORED Bo", "UNSCORED Lund"), List.of(
        spans.get(0).path("type").asText() + " " + text.substring(spans.get(0).path("start").asInt(), spans.get(0).path("end").asInt()),
        spans.get(1).path("type").asText() + " " + text.substring(spans.get(1).path("start").asInt(), spans.get(1).path("end").asInt()),
        spans.get(2).path("type").asText() + " " + text.substring(spans.get(2).path("start").asInt(), spans.get(2).path("end").asInt())));
  }

  @Test
  void anUnscoredEntityNeitherLeaksNorMakesAFindingOnItAFalseAlarm() {
    assertTrue(GoldLabels.findingTypes(GoldLabels.UNSCORED).isEmpty());
    assertTrue(GoldLabels.mayBeRedacted(GoldLabels.UNSCORED));
  }

  @Test
  void onlyTheFirstWordOfAnInstitutionIsTheEntity() throws Exception {
    JsonNode post = MAPPER.readTree("{\"text\": \"bor i Lund nu\", \"spans\": [{\"start\": 6, \"end\": 10, \"type\": \"PLACE\"}]}");

    ObjectNode planted = PlantedPosts.plant(post, post.path("spans").get(0), "lindbackens förskola", "PLACE");

    assertEquals("lindbackens", planted.path("text").asText().substring(6, planted.path("spans").get(0).path("end").asInt()));
  }
}
