package se.avid.examples.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes an invented forum archive of a given size, to try the cleaner on archives of any size
 * without real posts. Posts are made of invented Swedish sentences with names, personnummer,
 * phone numbers and e-mail addresses in them; the same seed gives the same archive.
 *
 * <pre>java -cp avid-archive-cleaner.jar se.avid.examples.archive.SyntheticArchive jsonl 4000 /tmp/posts.jsonl</pre>
 *
 * <p>Arguments: format (jsonl, csv or lines), size in MB, file. Not thread-safe.
 */
public final class SyntheticArchive {

  private static final String[] NAMES = {"anna", "Lena", "peter", "Mohammed", "Karin", "elias", "Fatima", "Lars-Erik",
      "Amina", "Johan", "Siv", "Björn"};
  private static final String[] PLACES = {"Kiruna", "Rosengård", "Umeå", "Höör", "Tensta", "Luleå", "Gottsunda"};
  private static final String[] SENTENCES = {
      "hej! jag heter %1$s och bor i %2$s.",
      "min son %1$s har slutat gå till skolan och jag vet inte vad jag ska göra.",
      "vår handläggare %1$s på socialtjänsten svarar aldrig när jag ringer.",
      "ring mig gärna på %3$s eller skriv till %4$s så pratar vi.",
      "mitt personnummer är %5$s om ni behöver det för ärendet.",
      "har ringt 1177 och BRIS men ingen kunde hjälpa oss i %2$s.",
      "vi fick avslag från Försäkringskassan igen, det är tredje gången i år.",
      "min sambo dricker varje helg och barnen är rädda, vad ska jag göra?",
      "tack för alla svar, det hjälper mer än ni tror. /%1$s",
  };

  private final SplittableRandom random;

  public SyntheticArchive(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: SyntheticArchive jsonl|csv|lines SIZE_MB FILE");
      System.exit(2);
    }
    long bytes = (long) (Double.parseDouble(args[1]) * 1_000_000);
    long n = new SyntheticArchive(42).write(args[0], bytes, Path.of(args[2]));
    System.err.printf(Locale.ROOT, "wrote %,d posts to %s%n", n, args[2]);
  }

  /**
   * Writes posts until the file holds at least {@code bytes}; returns the number of posts.
   *
   * @param format {@code jsonl} (fields id, author, text, likes), {@code csv} (the same columns) or {@code lines}
   */
  public long write(String format, long bytes, Path file) throws IOException {
    long written = 0;
    long n = 0;
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      if (format.equals("csv")) {
        w.write("id,author,text,likes\r\n");
      }
      while (written < bytes) {
        n++;
        String post = post();
        String line = switch (format) {
          case "jsonl" -> "{\"id\":" + n + ",\"author\":\"user" + (n % 977) + "\",\"text\":\"" + post.replace("\n", "\\n")
              + "\",\"likes\":" + random.nextInt(50) + "}\n";
          case "csv" -> n + ",user" + (n % 977) + ",\"" + post.replace("\"", "\"\"") + "\"," + random.nextInt(50) + "\r\n";
          case "lines" -> post.replace('\n', ' ') + "\n";
          default -> throw new IllegalArgumentException("format must be jsonl, csv or lines: " + format);
        };
        w.write(line);
        written += line.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return n;
  }

  /** One invented post of 2 to 6 sentences, sometimes over two lines. */
  public String post() {
    StringBuilder b = new StringBuilder();
    int sentences = 2 + random.nextInt(5);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        b.append(random.nextInt(6) == 0 ? '\n' : ' ');
      }
      String name = NAMES[random.nextInt(NAMES.length)];
      b.append(String.format(Locale.ROOT, SENTENCES[random.nextInt(SENTENCES.length)], name,
          PLACES[random.nextInt(PLACES.length)], phone(), name.toLowerCase(Locale.ROOT) + "." + random.nextInt(100)
              + "@gmail.com", personnummer()));
    }
    return b.toString();
  }

  private String phone() {
    return String.format(Locale.ROOT, "07%d-%03d %02d %02d", random.nextInt(10), random.nextInt(1000),
        random.nextInt(100), random.nextInt(100));
  }

  private String personnummer() {
    return String.format(Locale.ROOT, "%02d%02d%02d-%04d", random.nextInt(100), 1 + random.nextInt(12),
        1 + random.nextInt(28), random.nextInt(10000));
  }
}
