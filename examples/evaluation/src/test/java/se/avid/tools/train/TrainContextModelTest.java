package se.avid.tools.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.avid.models.context.ContextModelFile;
import se.avid.models.context.MaxentContextScorer;

/** The trainer end to end, on a few hand-written sentences. */
class TrainContextModelTest {

  private static final String SENTENCES = """
      {"tokens": ["Jag", "heter", "Anna", "."], "ner_tags": ["O", "O", "PER", "O"]}
      {"tokens": ["Min", "son", "Elias", "är", "sjuk", "."], "ner_tags": ["O", "O", "PER", "O", "O", "O"]}
      {"tokens": ["Vi", "bor", "i", "Kiruna", "."], "ner_tags": ["O", "O", "O", "LOC", "O"]}
      {"tokens": ["Hon", "flyttade", "till", "Umeå", "."], "ner_tags": ["O", "O", "O", "LOC", "O"]}
      {"tokens": ["Jag", "ringde", "Försäkringskassan", "."], "ner_tags": ["O", "O", "ORG", "O"]}
      {"tokens": ["Hej", "Peter", "!"], "ner_tags": ["O", "PER", "O"]}
      {"tokens": ["Mvh", "Karin"], "ner_tags": ["O", "PER"]}
      {"tokens": ["De", "kommer", "från", "Malmö", "."], "ner_tags": ["O", "O", "O", "LOC", "O"]}
      {"tokens": ["Han", "bor", "i", "Luleå", "kommun", "."], "ner_tags": ["O", "O", "O", "LOC", "O", "O"]}
      {"tokens": ["Lena", "svarar", "aldrig", "."], "ner_tags": ["PER", "O", "O", "O"]}
      """;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private int run(String... args) {
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    return TrainContextModel.run(args, print, print);
  }

  @Test
  void trainsAModelTheScorerCanLoadAndTrainsTheSameAgain() throws IOException {
    Path input = dir.resolve("tagged.jsonl");
    Files.writeString(input, SENTENCES, StandardCharsets.UTF_8);
    Path first = dir.resolve("first.bin.gz");
    Path second = dir.resolve("second.bin.gz");

    assertEquals(0, run("--input", input.toString(), "--output", first.toString(), "--iterations", "30",
        "--cutoff", "0"));
    assertEquals(0, run("--input", input.toString(), "--output", second.toString(), "--iterations", "30",
        "--cutoff", "0"));

    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "training is deterministic");
    try (InputStream in = Files.newInputStream(first)) {
      MaxentContextScorer scorer = new MaxentContextScorer(ContextModelFile.read(in));
      String[] tokens = {"Jag", "heter", "Anna", "."};
      assertTrue(scorer.judge(tokens, 2).person() > scorer.judge(tokens, 1).person());
    }
  }

  @Test
  void crossValidationPrintsATableOfBothLabels() throws IOException {
    Path input = dir.resolve("tagged.jsonl");
    Files.writeString(input, SENTENCES, StandardCharsets.UTF_8);

    assertEquals(0, run("--input", input.toString(), "--folds", "2", "--iterations", "10", "--cutoff", "0"));

    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("2-fold cross-validation"), report);
    assertTrue(report.contains("| PER | as written |") && report.contains("| LOC | lowercased |"), report);
  }

  @Test
  void foldsWithoutAPlaceToLearnFromAreReported() throws IOException {
    Path input = dir.resolve("persons.jsonl");
    Files.writeString(input, "{\"tokens\": [\"Hej\", \"Anna\"], \"ner_tags\": [\"O\", \"PER\"]}\n"
        + "{\"tokens\": [\"Mvh\", \"Karin\"], \"ner_tags\": [\"O\", \"PER\"]}\n", StandardCharsets.UTF_8);

    assertEquals(1, run("--input", input.toString(), "--folds", "2", "--iterations", "5", "--cutoff", "0"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("too little data"));
  }

  @Test
  void withoutOutputOrFoldsIsBadUsage() {
    assertEquals(2, run("--input", "x.jsonl"));
  }

  @Test
  void postsAnnotatedBySpanAreTrainedOnWithTheSentencesOfOtherInputs() throws IOException {
    Path tagged = dir.resolve("tagged.jsonl");
    Files.writeString(tagged, SENTENCES, StandardCharsets.UTF_8);
    Path posts = dir.resolve("posts.jsonl");
    Files.writeString(posts, "{\"text\": \"hej jag heter anna. jag bor i lund\", \"spans\": ["
        + "{\"start\": 14, \"end\": 18, \"type\": \"NAME\"}, {\"start\": 30, \"end\": 34, \"type\": \"PLACE\"}]}\n",
        StandardCharsets.UTF_8);

    assertEquals(0, run("--input", tagged.toString(), "--input", posts.toString(), "--output",
        dir.resolve("model.bin.gz").toString(), "--iterations", "10", "--cutoff", "0"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("12 sentences"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aLineInNeitherFormatIsRejected() throws IOException {
    Path input = dir.resolve("words.jsonl");
    Files.writeString(input, "{\"words\": [\"hej\", \"anna\"]}\n", StandardCharsets.UTF_8);

    assertEquals(2, run("--input", input.toString(), "--folds", "2"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("line 1"));
  }
}
