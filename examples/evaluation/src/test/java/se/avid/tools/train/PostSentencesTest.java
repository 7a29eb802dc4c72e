package se.avid.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.avid.tools.eval.AnnotatedText;
import se.avid.tools.eval.GoldSpan;
import se.avid.tools.eval.KeepItem;
import se.avid.tools.eval.TaggedSentence;

class PostSentencesTest {

  private static AnnotatedText post(String text, List<GoldSpan> gold, List<KeepItem> keep) {
    return new AnnotatedText(text, List.of(), gold, keep);
  }

  @Test
  void aPostIsCutIntoSentencesAtTheirEndsAndAtLineBreaks() {
    List<TaggedSentence> sentences = PostSentences.of(post("hej! jag bor i lund\nmvh anna", List.of(), List.of()));

    assertEquals(List.of(List.of("hej", "!"), List.of("jag", "bor", "i", "lund"), List.of("mvh", "anna")),
        sentences.stream().map(TaggedSentence::tokens).toList());
  }

  @Test
  void personsArePerPlacesAndAddressesLocAndNumbersNothing() {
    String text = "Min son Elias bor på Storgatan 5 i Lund, ring 070-123 45 67.";
    List<TaggedSentence> sentences = PostSentences.of(post(text, List.of(new GoldSpan(8, 13, "NAME"),
        new GoldSpan(21, 32, "ADDRESS"), new GoldSpan(35, 39, "PLACE"), new GoldSpan(46, 59, "PHONE")), List.of()));

    TaggedSentence s = sentences.get(0);
    assertEquals("PER", s.tags().get(s.tokens().indexOf("Elias")));
    assertEquals("LOC", s.tags().get(s.tokens().indexOf("Storgatan")));
    assertEquals("LOC", s.tags().get(s.tokens().indexOf("5")));
    assertEquals("LOC", s.tags().get(s.tokens().indexOf("Lund")));
    assertEquals("O", s.tags().get(s.tokens().indexOf("ring")));
    assertEquals("O", s.tags().get(s.tokens().size() - 2), "a phone number is no name");
  }

  @Test
  void keptBrandsAndPublicBodiesAreOrganisationsAndOtherKeptWordsNothing() {
    String text = "Försäkringskassan och Swedbank säger nej, per månad.";
    List<TaggedSentence> sentences = PostSentences.of(post(text, List.of(), List.of(new KeepItem(0, 17, "public_body"),
        new KeepItem(22, 30, "brand"), new KeepItem(42, 45, "word"))));

    assertEquals(List.of("ORG", "O", "ORG", "O", "O", "O", "O", "O", "O"), sentences.get(0).tags());
  }
}
