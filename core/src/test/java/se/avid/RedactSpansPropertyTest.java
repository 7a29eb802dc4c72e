package se.avid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** For any non-overlapping spans, each replacement stands at its output offsets and nothing else moves. */
class RedactSpansPropertyTest {

  private static final String POST = "Hej! Jag heter Lena Holm, bor på Storgatan 12 i Rosengård och har ärende "
      + "SOC-2023-1142. Ring 070-123 45 67 eller mejla lena.holm@example.se efter kl 17.";
  private static final EntityType DIARIENUMMER = EntityType.custom("DIARIENUMMER", "DIARIENUMMER", "CASE_NUMBER");
  private static final EntityType[] TYPES = {EntityType.NAME, EntityType.PHONE, EntityType.IP_ADDRESS,
      EntityType.VEHICLE_REGISTRATION, DIARIENUMMER, EntityType.OTHER};
  private static final Anonymizer LABELS = Anonymizer.builder().serviceLoading(false).build();

  @Property(tries = 300, seed = "20261204")
  void everyReplacementStandsAtItsOutputOffsets(@ForAll @IntRange(min = 0, max = 10_000) int seed) {
    List<Finding> spans = randomSpans(new Random(seed));
    RedactionResult r = LABELS.redactSpans(POST, spans);
    String out = r.redactedText();
    int lastIn = 0;
    int lastOut = 0;
    for (Replacement rep : r.replacements()) {
      assertEquals('[' + rep.finding().type().swedishLabel() + ']', out.substring(rep.outputStart(), rep.outputEnd()));
      assertEquals(POST.substring(lastIn, rep.finding().start()), out.substring(lastOut, rep.outputStart()));
      lastIn = rep.finding().end();
      lastOut = rep.outputEnd();
    }
    assertEquals(POST.substring(lastIn), out.substring(lastOut));
    assertEquals(spans.size(), r.replacements().size());
  }

  /** Up to six non-overlapping spans of random types, in random order. */
  private static List<Finding> randomSpans(Random random) {
    List<Finding> spans = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < 6 && at < POST.length() - 1; i++) {
      int start = at + random.nextInt(Math.max(1, (POST.length() - at) / 3));
      if (start >= POST.length() - 1) {
        break;
      }
      int end = start + 1 + random.nextInt(Math.min(20, POST.length() - start - 1) + 1);
      end = Math.min(end, POST.length());
      spans.add(Finding.marked(start, end, TYPES[random.nextInt(TYPES.length)]));
      at = end;
    }
    java.util.Collections.shuffle(spans, random);
    return spans;
  }
}
