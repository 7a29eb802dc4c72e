package se.avid.tools.names;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import se.avid.AnalysisResult;
import se.avid.Anonymizer;
import se.avid.Finding;

/**
 * Measures how many person names leak from invented advice-post sentences: first names of
 * Statistics Sweden's called-by lists ({@code tilltalsnamn-*.csv}), drawn at random within bands of
 * bearers, and surnames of {@code efternamn-top1000.csv}, are put into sentence frames written for
 * this probe, as written and lowercased, and run through the default {@link Anonymizer} with a
 * review band from 0.3. A name leaks when a letter of it is not covered by a redacted finding; it
 * leaks unflagged when the post is not flagged for review either. Only the quarter of the names that
 * {@code name-letters.txt} was not counted from are drawn ({@link NameLetterTable#heldOut}). Words of the frame that are
 * redacted are counted too (the cost side).
 *
 * <p>Two sets of frames: {@code dev}, to develop rules against, and {@code held}, written apart
 * and used only to report, so that rules fitted to the development frames show as such.
 *
 * <pre>{@code
 * java -cp examples/evaluation/target/avid-evaluate.jar se.avid.tools.names.NameProbe \
 *     /work/shared/data/scb-names held 300 11
 * }</pre>
 */
public final class NameProbe {

  /** {@code F}: a first name; {@code S}: a surname. Development frames. */
  static final List<String> DEV_FRAMES = List.of(
      "det var {F} som ringde polisen i går.",
      "jag bor med {F} och två katter.",
      "{F} och jag har varit ihop i tre år.",
      "{F} sa att han inte orkar längre.",
      "hej {F}! tack för svaret.",
      "tack {F}, det hjälpte mycket.",
      "Mvh\n{F}",
      "Jag vet inte vad jag ska göra.\n\n{F}",
      "Jag har pratat med {F} {S} på socialtjänsten.",
      "{F} {S} är min handläggare.",
      "min kille {F} dricker varje helg.",
      "igår bråkade {F} med sin pappa.",
      "när {F} kom hem var hon full.",
      "vi träffade {F} på ungdomsmottagningen.",
      "{F} tycker att jag överreagerar.",
      "jag litar inte på {F} längre.",
      "{F} har lånat pengar av mig flera gånger.",
      "ska jag berätta för {F} om skulden?",
      "hej, jag och {F} undrar över försörjningsstöd.",
      "{F} slår mig när han är full.",
      "Jag heter {F} {S} och är 34 år.",
      "sen dess har {F} inte sagt något.");

  /** Frames written apart from the development frames, for reporting only. */
  static final List<String> HELD_FRAMES = List.of(
      "fick ett sms från {F} mitt i natten.",
      "{F} vill inte flytta härifrån.",
      "har {F} rätt att ta barnen?",
      "mitt ex {F} {S} hotar mig.",
      "hälsningar {F}",
      "hej {F}, jag undrar en sak.",
      "{F} brukar hämta på förskolan.",
      "förra veckan flyttade {F} ut.",
      "jag är orolig för {F}.",
      "det är {F} som bestämmer allt hemma.",
      "{F} skriker på barnen varje kväll.",
      "kan {F} få hjälp med sina skulder?",
      "vi har bott ihop, {F} och jag, i fem år.",
      "{F} {S} heter han som slog mig.",
      "Tack för allt {F}!",
      "Hoppas ni kan svara snabbt.\n/{F}",
      "jag gick hem till {F} efter skolan.",
      "{F} är 15 och röker.",
      "enligt {F} är det mitt fel.",
      "Tacksam för svar\n{F} {S}",
      "min mamma och {F} grälar hela tiden.",
      "varför gör {F} så här mot mig?");

  /** Bands of bearers (lower bound inclusive, upper exclusive). */
  static final int[][] BANDS = {{2, 50}, {50, 500}, {500, 5000}, {5000, Integer.MAX_VALUE}};

  private NameProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the folder of the SCB name lists, {@code dev} or {@code held}, names per band, seed,
   *     optionally {@code --list} to print each leaking text (invented frames only, never eval data)
   * @throws IOException if a list cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 4 || args.length > 5 || args.length == 5 && !args[4].equals("--list")) {
      System.err.println("usage: NameProbe <scb-names folder> dev|held <names per band> <seed> [--list]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    List<String> frames = switch (args[1]) {
      case "dev" -> DEV_FRAMES;
      case "held" -> HELD_FRAMES;
      default -> throw new IllegalArgumentException("frames: dev or held");
    };
    int perBand = Integer.parseInt(args[2]);
    boolean list = args.length == 5;
    long seed = Long.parseLong(args[3]);
    Map<String, Integer> called = new LinkedHashMap<>();
    readCounts(folder.resolve("tilltalsnamn-kvinnor.csv"), called);
    readCounts(folder.resolve("tilltalsnamn-man.csv"), called);
    Map<String, Integer> surnameCounts = new LinkedHashMap<>();
    readCounts(folder.resolve("efternamn-top1000.csv"), surnameCounts);
    List<String> surnames = new ArrayList<>(surnameCounts.keySet());
    Anonymizer anonymizer = Anonymizer.builder().reviewThreshold(0.3).build();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "frames %s (%d), %d names per band, seed %d%n", args[1], frames.size(), perBand, seed);
    out.println("| bearers | casing | texts | leak | leak unflagged | frame words redacted |");
    out.println("|---|---|---:|---:|---:|---:|");
    for (int[] band : BANDS) {
      List<String> names = new ArrayList<>();
      called.forEach((name, count) -> {
        if (count >= band[0] && count < band[1] && name.chars().allMatch(c -> Character.isLetter(c) || c == '-')
            && NameLetterTable.heldOut(name.toLowerCase(Locale.ROOT))) {
          names.add(name);
        }
      });
      Collections.sort(names);
      Random random = new Random(seed);
      Collections.shuffle(names, random);
      List<String> drawn = names.subList(0, Math.min(perBand, names.size()));
      for (boolean lower : new boolean[] {false, true}) {
        int texts = 0;
        int leaks = 0;
        int unflagged = 0;
        int overreach = 0;
        Random frameRandom = new Random(seed);
        for (String name : drawn) {
          String frame = frames.get(frameRandom.nextInt(frames.size()));
          String surname = surnames.get(frameRandom.nextInt(surnames.size()));
          Probe probe = Probe.of(frame, name, surname, lower);
          AnalysisResult result = anonymizer.assess(probe.text);
          boolean[] covered = new boolean[probe.text.length()];
          for (Finding f : result.redacted()) {
            for (int i = f.start(); i < f.end(); i++) {
              covered[i] = true;
            }
          }
          texts++;
          boolean leak = probe.leaks(covered);
          if (leak) {
            leaks++;
            if (list) {
              out.printf(Locale.ROOT, "leak%s: %s%n", result.needsReview() ? " (flagged)" : "", probe.text.replace('\n', '|'));
            }
            if (!result.needsReview()) {
              unflagged++;
            }
          }
          if (probe.framedRedacted(covered)) {
            overreach++;
          }
        }
        out.printf(Locale.ROOT, "| %s | %s | %d | %.1f%% | %.1f%% | %.1f%% |%n", label(band), lower ? "lower" : "written",
            texts, 100.0 * leaks / texts, 100.0 * unflagged / texts, 100.0 * overreach / texts);
      }
    }
  }

  private static String label(int[] band) {
    return band[1] == Integer.MAX_VALUE ? band[0] + "+" : band[0] + "-" + (band[1] - 1);
  }

  private static void readCounts(Path file, Map<String, Integer> counts) throws IOException {
    for (ScbNameRows.Row row : ScbNameRows.read(file)) {
      counts.merge(row.name(), row.persons(), Integer::sum);
    }
  }

  /** One text and where its names stand. */
  private record Probe(String text, List<int[]> spans) {

    static Probe of(String frame, String name, String surname, boolean lower) {
      StringBuilder text = new StringBuilder();
      List<int[]> spans = new ArrayList<>();
      int i = 0;
      while (i < frame.length()) {
        if (frame.startsWith("{F}", i) || frame.startsWith("{S}", i)) {
          String value = frame.charAt(i + 1) == 'F' ? name : surname;
          spans.add(new int[] {text.length(), text.length() + value.length()});
          text.append(value);
          i += 3;
        } else {
          text.append(frame.charAt(i++));
        }
      }
      String s = text.toString();
      return new Probe(lower ? s.toLowerCase(Locale.ROOT) : s, spans);
    }

    boolean leaks(boolean[] covered) {
      for (int[] span : spans) {
        for (int i = span[0]; i < span[1]; i++) {
          if (Character.isLetterOrDigit(text.charAt(i)) && !covered[i]) {
            return true;
          }
        }
      }
      return false;
    }

    boolean framedRedacted(boolean[] covered) {
      boolean[] inName = new boolean[text.length()];
      for (int[] span : spans) {
        for (int i = span[0]; i < span[1]; i++) {
          inName[i] = true;
        }
      }
      for (int i = 0; i < text.length(); i++) {
        if (covered[i] && !inName[i] && Character.isLetterOrDigit(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }
}
