package se.avid.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.avid.models.context.ContextLabel;
import se.avid.tools.eval.TaggedSentence;

class ContextEventsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "PER, PERSON",
      "LOC, PLACE",
      "ORG, ORGANISATION",
      "WRK, OTHER_NAME",
      "EVN, OTHER_NAME",
      "OBJ, OTHER_NAME",
      "MISC, OTHER_NAME",
      "TME, NONE",
      "MSR, NONE",
      "O, NONE",
  })
  void sucTagMapsToContextLabel(String tag, ContextLabel label) {
    assertEquals(label, ContextEvents.labelOf(tag));
  }

  @Test
  void mixedTagsTeachNothing() {
    assertNull(ContextEvents.labelOf("LOCPRS"));
    assertNull(ContextEvents.labelOf("ORGPRS"));
    assertNull(ContextEvents.labelOf("LOCORG"));
  }

  @Test
  void unknownTagIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> ContextEvents.labelOf("B-PER"));
  }

  @Test
  void oneEventPerTokenExceptMixedTags() {
    TaggedSentence s = new TaggedSentence(List.of("Anna", "bor", "på", "Karlsgatan"),
        List.of("PER", "O", "O", "LOCPRS"));

    List<Event> events = ContextEvents.of(s);

    assertEquals(List.of("PER", "O", "O"), events.stream().map(Event::getOutcome).toList());
  }

  @Test
  void trainingSeesEachSentenceAsWrittenAndLowercased() {
    TaggedSentence s = new TaggedSentence(List.of("Hej", "Anna"), List.of("O", "PER"));

    List<Event> events = ContextEvents.writtenAndLowercased(List.of(s));

    assertEquals(4, events.size());
    assertEquals("w=anna", events.get(1).getContext()[0]);
    assertEquals("w=anna", events.get(3).getContext()[0]);
    assertTrue(List.of(events.get(1).getContext()).contains("sh=Xx"));
    assertTrue(List.of(events.get(3).getContext()).contains("sh=x"));
  }
}
