package se.avid.examples.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.avid.Anonymizer;
import se.avid.examples.review.WordDetector;
import se.avid.rules.Rules;

/** The command line end to end, one archive format or failure per test, with a test detector. */
class ArchiveCleanerCommandTest {

  @TempDir
  Path dir;

  private String stderr = "";

  private int run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = ArchiveCleanerCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8),
        WordDetector.builder());
    stderr = bytes.toString(StandardCharsets.UTF_8);
    return code;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".partial") || n.endsWith(".checkpoint")).toList();
    }
  }

  @Test
  void jsonLinesCleanOnlyTheChosenFieldAndKeepEveryOtherFieldAsItWas() throws IOException {
    Path in = write("posts.jsonl", """
        {"id":1,"author":"anna","text":"hej! jag heter anna lindqvist och bor i kiruna","likes":3.50}
        {"id":2,"author":"x","text":"inget att ta bort här","tags":["anna"]}
        """);
    assertEquals(0, run("--fields", "text", in.toString(), dir.resolve("out.jsonl").toString()), stderr);
    assertEquals("""
        {"id":1,"author":"anna","text":"hej! jag heter [NAMN] [NAMN] och bor i [PLATS]","likes":3.50}
        {"id":2,"author":"x","text":"inget att ta bort här","tags":["anna"]}
        """, read("out.jsonl"));
    assertEquals("record,line,reason\n", read("out.jsonl.rejects.csv"));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void aJsonLineWithNothingRedactedIsCopiedByteForByte() throws IOException {
    Path in = write("posts.jsonl", "{ \"id\" : 1.0e3, \"text\" : \"inget här\\u00e5\" }\n{\"id\":2, \"text\":\"anna\"}\n");
    assertEquals(0, run("--fields", "text", in.toString(), dir.resolve("out.jsonl").toString()), stderr);
    assertEquals("{ \"id\" : 1.0e3, \"text\" : \"inget här\\u00e5\" }\n{\"id\":2,\"text\":\"[NAMN]\"}\n", read("out.jsonl"));
  }

  @Test
  void byDefaultAJsonRecordToReviewGoesToTheReviewOutputMarkedWithItsTypesNotToTheCleanOutput() throws IOException {
    Path in = write("posts.jsonl", """
        {"id":1,"text":"fråga lena"}
        {"id":2,"text":"inget här"}
        {"id":3,"text":"anna och sten"}
        """);
    assertEquals(0, run("--fields", "text", in.toString(), dir.resolve("out.jsonl").toString()), stderr);
    assertEquals("""
        {"id":2,"text":"inget här"}
        """, read("out.jsonl"));
    assertEquals("""
        {"id":1,"text":"fråga lena","avid_review":["NAME"]}
        {"id":3,"text":"[NAMN] och sten","avid_review":["NAME"]}
        """, read("out.review.jsonl"));
    assertEquals("record,line,types\n1,1,NAME\n3,3,NAME\n", read("out.jsonl.review-list.csv"));
    assertTrue(stderr.contains("records to review are in " + dir.resolve("out.review.jsonl") + ", not in the output"),
        stderr);
  }

  @Test
  void withReviewInlineAJsonRecordToReviewStaysInPlaceMarkedWithItsTypesOnly() throws IOException {
    Path in = write("posts.jsonl", """
        {"id":1,"text":"fråga lena"}
        {"id":2,"text":"inget här"}
        """);
    assertEquals(0, run("--review", "inline", "--fields", "text", in.toString(), dir.resolve("out.jsonl").toString()),
        stderr);
    assertEquals("""
        {"id":1,"text":"fråga lena","avid_review":["NAME"]}
        {"id":2,"text":"inget här"}
        """, read("out.jsonl"));
    assertEquals("record,line,types\n1,1,NAME\n", read("out.jsonl.review-list.csv"));
    assertFalse(Files.exists(dir.resolve("out.review.jsonl")));
    assertTrue(stderr.contains("records to review are marked in the output"), stderr);
  }

  @Test
  void byDefaultACsvRecordToReviewGoesToAReviewCsvWithAnAvidReviewColumn() throws IOException {
    Path in = write("posts.csv", "id,text\n1,fråga lena\n2,anna bor i kiruna\n3,sten och lena\n");
    assertEquals(0, run("--columns", "text", in.toString(), dir.resolve("out.csv").toString()), stderr);
    assertEquals("id,text\r\n2,[NAMN] bor i [PLATS]\r\n", read("out.csv"));
    assertEquals("id,text,avid_review\r\n1,fråga lena,NAME\r\n3,sten och lena,NAME\r\n", read("out.review.csv"));
    assertEquals("record,line,types\n1,2,NAME\n3,4,NAME\n", read("out.csv.review-list.csv"));
  }

  @Test
  void withReviewInlineACsvOutputGetsAnAvidReviewColumnEmptyForCleanRecords() throws IOException {
    Path in = write("posts.csv", "id,text\n1,fråga lena\n2,anna bor i kiruna\n");
    assertEquals(0, run("--review", "inline", "--columns", "text", in.toString(), dir.resolve("out.csv").toString()),
        stderr);
    assertEquals("id,text,avid_review\r\n1,fråga lena,NAME\r\n2,[NAMN] bor i [PLATS],\r\n", read("out.csv"));
    assertFalse(Files.exists(dir.resolve("out.review.csv")));
  }

  @Test
  void byDefaultAPlainLineToReviewGoesToTheReviewFileAndTheListSaysWhichLineItWas() throws IOException {
    Path in = write("posts.txt", "hej anna\nfråga lena\nkiruna\n");
    assertEquals(0, run(in.toString(), dir.resolve("out.txt").toString()), stderr);
    assertEquals("hej [NAMN]\n[PLATS]\n", read("out.txt"));
    assertEquals("fråga lena\n", read("out.review.txt"));
    assertEquals("record,line,types\n2,2,NAME\n", read("out.txt.review-list.csv"));
  }

  @Test
  void withReviewInlineAPlainLineToReviewStaysInPlaceAndOnlyTheListMarksIt() throws IOException {
    Path in = write("posts.txt", "hej anna\nfråga lena\n");
    assertEquals(0, run("--review", "inline", in.toString(), dir.resolve("out.txt").toString()), stderr);
    assertEquals("hej [NAMN]\nfråga lena\n", read("out.txt"));
    assertEquals("record,line,types\n2,2,NAME\n", read("out.txt.review-list.csv"));
    assertFalse(Files.exists(dir.resolve("out.review.txt")));
  }

  @Test
  void byDefaultAFileToReviewGoesToTheReviewDirectoryAndTheListNamesIt() throws IOException {
    Path in = Files.createDirectory(dir.resolve("posts"));
    Files.writeString(in.resolve("001.txt"), "hej anna");
    Files.writeString(in.resolve("002.txt"), "mvh lena i kiruna");
    assertEquals(0, run(in.toString(), dir.resolve("clean").toString()), stderr);
    assertEquals(List.of("001.txt"), names(dir.resolve("clean")));
    assertEquals("mvh lena i [PLATS]", read("clean.review/002.txt"));
    assertEquals("record,file,types\n2,002.txt,NAME\n", read("clean.review-list.csv"));
  }

  @Test
  void withReviewInlineAFileToReviewStaysInTheOutputDirectoryAndTheListNamesIt() throws IOException {
    Path in = Files.createDirectory(dir.resolve("posts"));
    Files.writeString(in.resolve("001.txt"), "mvh lena");
    assertEquals(0, run("--review", "inline", in.toString(), dir.resolve("clean").toString()), stderr);
    assertEquals("mvh lena", read("clean/001.txt"));
    assertFalse(Files.exists(dir.resolve("clean.review")));
    assertEquals("record,file,types\n1,001.txt,NAME\n", read("clean.review-list.csv"));
  }

  @Test
  void theReviewOutputAndListMayBeNamed() throws IOException {
    Path in = write("posts.txt", "fråga lena\n");
    assertEquals(0, run("--review-output", dir.resolve("granska.txt").toString(), "--review-list",
        dir.resolve("lista.csv").toString(), in.toString(), dir.resolve("out.txt").toString()), stderr);
    assertEquals("", read("out.txt"));
    assertEquals("fråga lena\n", read("granska.txt"));
    assertEquals("record,line,types\n1,1,NAME\n", read("lista.csv"));
  }

  @Test
  void theReviewOptionsAreChecked() throws IOException {
    Path in = write("posts.txt", "fråga lena\n");
    String out = dir.resolve("out.txt").toString();
    assertEquals(2, run("--review", "later", in.toString(), out));
    assertTrue(stderr.contains("use separate or inline"), stderr);
    assertEquals(2, run("--review", "inline", "--review-output", dir.resolve("r.txt").toString(), in.toString(), out));
    assertEquals(2, run("--review-output", in.toString(), in.toString(), out));
    assertTrue(stderr.contains("are the same file"), stderr);
    assertFalse(Files.exists(dir.resolve("out.txt")));
  }

  private static List<String> names(Path d) throws IOException {
    try (Stream<Path> files = Files.list(d)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void jsonFieldsMayBePointersAndHoldArraysNumbersAndObjects() throws IOException {
    Path in = write("posts.jsonl", """
        {"post":{"body":"anna skrev","pnr":8504121234,"lista":["kiruna",{"namn":"lena"}]},"text":"anna"}
        """);
    assertEquals(0, run("--review", "inline", "--fields", "/post", in.toString(), dir.resolve("out.jsonl").toString()),
        stderr);
    assertEquals("""
        {"post":{"body":"[NAMN] skrev","pnr":"[PERSONNUMMER]","lista":["[PLATS]",{"namn":"lena"}]},"text":"anna","avid_review":["NAME"]}
        """, read("out.jsonl"));
    assertTrue(stderr.contains("flagged for review 1"), stderr);
  }

  @Test
  void aBrokenJsonLineGoesToTheRejectFileWithItsNumberAndNeverItsText() throws IOException {
    Path in = write("posts.jsonl", """
        {"text":"anna"}
        {"text":"anna lindqvist bor i kiruna
        [1,2]

        {"text":"kiruna","text":"anna"}
        {"text":"lena"}
        """);
    assertEquals(1, run("--fields", "text", in.toString(), dir.resolve("out.jsonl").toString()), stderr);
    assertEquals("{\"text\":\"[NAMN]\"}\n", read("out.jsonl"));
    assertEquals("{\"text\":\"lena\",\"avid_review\":[\"NAME\"]}\n", read("out.review.jsonl"));
    String rejects = read("out.jsonl.rejects.csv");
    assertEquals("""
        record,line,reason
        2,2,broken JSON (JsonEOFException) at column 37
        3,3,not a JSON object but array
        4,4,"empty line, not a JSON object"
        5,5,a key appears twice at column 24
        """, rejects);
    assertFalse(rejects.contains("lindqvist"));
    assertTrue(stderr.contains("records read       6"), stderr);
    assertTrue(stderr.contains("rejected           4"), stderr);
  }

  @Test
  void aRecordADetectorFailsOnIsRejectedNotWrittenUnredacted() throws IOException {
    Path in = write("posts.jsonl", "{\"text\":\"anna\"}\n{\"text\":\"anna lindqvist krasch\"}\n{\"text\":\"kiruna\"}\n");
    assertEquals(1, run("--fields", "text", in.toString(), dir.resolve("out.jsonl").toString()), stderr);
    assertEquals("{\"text\":\"[NAMN]\"}\n{\"text\":\"[PLATS]\"}\n", read("out.jsonl"));
    assertEquals("record,line,reason\n2,2,could not be analysed: detector 'test-words' failed\n",
        read("out.jsonl.rejects.csv"));
    assertFalse(stderr.contains("lindqvist"), stderr);
  }

  @Test
  void aWrongFieldNameIsAUsageErrorThatNamesTheFieldsAndLeavesNothingBehind() throws IOException {
    Path in = write("posts.jsonl", "{\"id\":1,\"text\":\"anna\"}\n");
    assertEquals(2, run("--fields", "txt", in.toString(), dir.resolve("out.jsonl").toString()));
    assertTrue(stderr.contains("field 'txt' is not in record 1 (its fields: id, text)"), stderr);
    assertFalse(Files.exists(dir.resolve("out.jsonl")));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void anOptionalFieldMayBeAllowedToBeMissing() throws IOException {
    Path in = write("posts.jsonl", "{\"id\":1}\n{\"id\":2,\"title\":\"anna\"}\n");
    assertEquals(0, run("--allow-missing-fields", "--fields", "title", in.toString(),
        dir.resolve("out.jsonl").toString()), stderr);
    assertEquals("{\"id\":1}\n{\"id\":2,\"title\":\"[NAMN]\"}\n", read("out.jsonl"));
  }

  @Test
  void csvCleansTheChosenColumnsAndKeepsQuotedCommasQuotesAndLineBreaks() throws IOException {
    Path in = write("posts.csv", "id,text,author\r\n"
        + "1,\"hej, jag heter anna\r\noch bor i \"\"kiruna\"\"\",anna\r\n"
        + "2,inget,lena\r\n");
    assertEquals(0, run("--columns", "text", in.toString(), dir.resolve("out.csv").toString()), stderr);
    assertEquals("id,text,author\r\n"
        + "1,\"hej, jag heter [NAMN]\r\noch bor i \"\"[PLATS]\"\"\",anna\r\n"
        + "2,inget,lena\r\n", read("out.csv"));
  }

  @Test
  void aCsvRecordWithTheWrongNumberOfFieldsIsRejected() throws IOException {
    Path in = write("posts.csv", "id,text\n1,anna\n2,anna,extra\n\n3,kiruna\n");
    assertEquals(1, run("--columns", "text", in.toString(), dir.resolve("out.csv").toString()), stderr);
    assertEquals("id,text\r\n1,[NAMN]\r\n3,[PLATS]\r\n", read("out.csv"));
    assertEquals("record,line,reason\n2,3,\"has 3 fields, the header has 2\"\n3,4,\"has 1 fields, the header has 2\"\n",
        read("out.csv.rejects.csv"));
  }

  @Test
  void aByteOrderMarkBeforeTheCsvHeaderIsDropped() throws IOException {
    Path in = write("posts.csv", "\uFEFFtext,id\nanna,1\n");
    assertEquals(0, run("--columns", "text", in.toString(), dir.resolve("out.csv").toString()), stderr);
    assertEquals("text,id\r\n[NAMN],1\r\n", read("out.csv"));
  }

  @Test
  void aWrongCsvColumnIsAUsageErrorThatListsTheHeader() throws IOException {
    Path in = write("posts.csv", "id,inlägg\n1,anna\n");
    assertEquals(2, run("--columns", "text", in.toString(), dir.resolve("out.csv").toString()));
    assertTrue(stderr.contains("column 'text' is not in the CSV header (its columns: id, inlägg)"), stderr);
    assertEquals(List.of(), leftovers());
  }

  @Test
  void anUnclosedQuoteIsAnInputErrorWithItsLineAndNoOutput() throws IOException {
    Path in = write("posts.csv", "id,text\n1,anna\n2,\"anna bor i kiruna\n3,lena\n");
    assertEquals(3, run("--columns", "text", in.toString(), dir.resolve("out.csv").toString()));
    assertTrue(stderr.contains("broken CSV in the record starting at line 3"), stderr);
    assertFalse(stderr.contains("kiruna"), stderr);
    assertFalse(Files.exists(dir.resolve("out.csv")));
  }

  @Test
  void plainTextWithOnePostPerLine() throws IOException {
    Path in = write("posts.txt", "hej anna\n\nlena bor i kiruna\n");
    assertEquals(0, run("--review", "inline", in.toString(), dir.resolve("out.txt").toString()), stderr);
    assertEquals("hej [NAMN]\n\nlena bor i [PLATS]\n", read("out.txt"));
    assertTrue(stderr.contains("records read       3"), stderr);
    assertTrue(stderr.contains("flagged for review 1"), stderr);
    assertTrue(stderr.contains("redacted by type   NAME 1, PLACE 1"), stderr);
    assertTrue(stderr.contains("review by type     NAME 1"), stderr);
  }

  @Test
  void aDirectoryWithOnePostPerFileGivesADirectoryWithTheSameNames() throws IOException {
    Path in = Files.createDirectory(dir.resolve("posts"));
    Files.writeString(in.resolve("001.txt"), "hej anna\nmvh lena");
    Files.writeString(in.resolve("002.txt"), "bor i kiruna");
    Files.write(in.resolve("003.txt"), new byte[] {'a', (byte) 0xff, 'b'});
    assertEquals(1, run(in.toString(), dir.resolve("clean").toString()), stderr);
    assertEquals("hej [NAMN]\nmvh lena", read("clean.review/001.txt"));
    assertEquals("bor i [PLATS]", read("clean/002.txt"));
    assertFalse(Files.exists(dir.resolve("clean/003.txt")));
    assertEquals("record,line,reason\n3,3,file 003.txt is not valid UTF-8\n", read("clean.rejects.csv"));
  }

  @Test
  void aMissingInputIsAnInputError() {
    assertEquals(3, run("--fields", "text", dir.resolve("saknas.jsonl").toString(), dir.resolve("out.jsonl").toString()));
    assertTrue(stderr.contains("no such input"), stderr);
  }

  @Test
  void aLineThatIsNotUtf8IsRejectedAndTheOthersAreCleaned() throws IOException {
    Files.write(dir.resolve("posts.txt"), new byte[] {'a', 'n', 'n', 'a', '\r', '\n', (byte) 0xc3, '(', '\n', 'h', 0x65, 'j'});
    assertEquals(1, run(dir.resolve("posts.txt").toString(), dir.resolve("out.txt").toString()), stderr);
    assertEquals("[NAMN]\nhej\n", read("out.txt"));
    assertEquals("record,line,reason\n2,2,line is not valid UTF-8\n", read("out.txt.rejects.csv"));
  }

  @Test
  void aRealReplacementCharacterIsNotMistakenForABrokenByte() throws IOException {
    Path in = write("posts.txt", "trasig \uFFFD tecken, anna\n");
    assertEquals(0, run(in.toString(), dir.resolve("out.txt").toString()), stderr);
    assertEquals("trasig \uFFFD tecken, [NAMN]\n", read("out.txt"));
  }

  @Test
  void aCsvFileThatIsNotUtf8IsAnInputError() throws IOException {
    Files.write(dir.resolve("posts.csv"), new byte[] {'i', 'd', '\n', '1', '\n', (byte) 0xc3, '(', '\n'});
    assertEquals(3, run("--columns", "id", dir.resolve("posts.csv").toString(), dir.resolve("out.csv").toString()));
    assertTrue(stderr.contains("not valid UTF-8"), stderr);
  }

  @Test
  void anExistingOutputIsKeptUnlessOverwriteIsGiven() throws IOException {
    Path in = write("posts.txt", "anna\n");
    write("out.txt", "gammal\n");
    assertEquals(2, run(in.toString(), dir.resolve("out.txt").toString()));
    assertEquals("gammal\n", read("out.txt"));
    assertEquals(0, run("--overwrite", in.toString(), dir.resolve("out.txt").toString()), stderr);
    assertEquals("[NAMN]\n", read("out.txt"));
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(2, run("--threads", "0", "a", "b"));
    assertEquals(2, run("--frobnicate", "a", "b"));
    assertEquals(2, run("only-one-path"));
    assertEquals(2, run("--review-threshold", "0.7", "a", "b"));
    assertEquals(2, run("--format", "xml", dir.resolve("a").toString(), dir.resolve("b").toString()));
    assertEquals(0, run("--help"));
    assertTrue(stderr.contains("--review R"), stderr);
  }

  @Test
  void theSummaryCountsCustomTypesByTheirOwnName() throws IOException {
    Path in = write("posts.txt", "anna har ärende sn-4711\n");
    Anonymizer.Builder withCaseNumbers = WordDetector.builder().rules(Rules.parse("test",
        "[type ARENDENUMMER]\nlabel = ÄRENDENUMMER\n\n[deny ARENDENUMMER]\nsn-4711\n"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(0, ArchiveCleanerCommand.run(new String[] {in.toString(), dir.resolve("out.txt").toString()},
        new PrintStream(err, true, StandardCharsets.UTF_8), withCaseNumbers), err.toString(StandardCharsets.UTF_8));
    assertEquals("[NAMN] har ärende [ÄRENDENUMMER]\n", read("out.txt"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("redacted by type   NAME 1, ARENDENUMMER 1"),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpGoesToStandardOutputAndSaysWhatTheCommandDoes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(0, ArchiveCleanerCommand.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), WordDetector.builder()));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: java -jar avid-archive-cleaner.jar"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("Cleans every post of an archive"));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anUnexpectedFailureIsAMessageAndExitCode5NotAStackTrace() throws IOException {
    Path in = write("posts.txt", "anna\n");
    // a review threshold above the redact threshold of its type: the anonymizer refuses to build
    Anonymizer.Builder broken = WordDetector.builder().rules(Rules.parse("test", "[type NAME]\nreview = 0.9\n"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(5, ArchiveCleanerCommand.run(new String[] {in.toString(), dir.resolve("out.txt").toString()},
        new PrintStream(err, true, StandardCharsets.UTF_8), broken));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.startsWith("avid-archive-cleaner: internal error (java.lang.IllegalStateException)"), message);
    assertFalse(message.contains("\tat "), message);
  }

  @Test
  void theOutputKeepsTheInputOrderOnManyThreadsWithSmallBatches() throws IOException {
    StringBuilder in = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      in.append("{\"n\":").append(i).append(",\"text\":\"").append(i % 3 == 0 ? "anna " : "").append(i).append("\"}\n");
      expected.append("{\"n\":").append(i).append(",\"text\":\"").append(i % 3 == 0 ? "[NAMN] " : "").append(i)
          .append("\"}\n");
    }
    Path file = write("posts.jsonl", in.toString());
    assertEquals(0, run("--threads", "4", "--batch", "7", "--fields", "text", file.toString(),
        dir.resolve("out.jsonl").toString()), stderr);
    assertEquals(expected.toString(), read("out.jsonl"));
  }
}
