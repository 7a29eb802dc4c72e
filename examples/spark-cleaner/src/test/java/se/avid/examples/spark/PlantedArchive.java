package se.avid.examples.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * An invented archive of Swedish posts with planted identifiers, so that a test knows exactly what
 * must not come out: each post is by one of a few invented people and carries their name,
 * personnummer (valid check digit), mobile number (in two spellings) or e-mail address.
 */
final class PlantedArchive {

  private static final String[] FIRST = {"Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Fatima", "Mohammed",
      "Sara", "Anders"};
  private static final String[] LAST = {"Lindqvist", "Johansson", "Andersson", "Nilsson", "Eriksson", "Karlsson",
      "Persson", "Svensson"};

  /** An invented person and the identifiers planted for them. */
  record Person(int id, String name, String personnummer, String phone, String email) {
    /** Every planted value and its other spellings, as they must not appear in any output. */
    List<String> secrets() {
      return List.of(name, name.split(" ")[1], personnummer, personnummer.replace("-", ""), phone,
          phone.replaceAll("[ -]", ""), email);
    }
  }

  final List<Person> people = new ArrayList<>();
  private final SplittableRandom random;

  PlantedArchive(long seed, int persons) {
    random = new SplittableRandom(seed);
    for (int i = 0; i < persons; i++) {
      String name = FIRST[i % FIRST.length] + " " + LAST[(i * 3 + 1) % LAST.length];
      String phone = String.format(Locale.ROOT, "07%d-%03d %02d %02d", random.nextInt(10), random.nextInt(1000),
          random.nextInt(100), random.nextInt(100));
      String email = name.toLowerCase(Locale.ROOT).replace(' ', '.').replace('å', 'a').replace('ä', 'a') + i
          + "@exempel.se";
      people.add(new Person(i, name, personnummer(), phone, email));
    }
  }

  /** A post by {@code p}: two sentences, each with one of their identifiers. */
  String post(Person p) {
    String phone = random.nextBoolean() ? p.phone() : p.phone().replaceAll("[ -]", "");
    String[] sentences = {
        "Hej, jag heter " + p.name() + " och bor med mina två barn.",
        "Mitt personnummer är " + p.personnummer() + " om ni behöver det för ärendet.",
        "Ring mig gärna på " + phone + " efter klockan fem.",
        "Skriv till " + p.email() + " så svarar jag i kväll.",
    };
    int a = random.nextInt(sentences.length);
    int b = (a + 1 + random.nextInt(sentences.length - 1)) % sentences.length;
    return sentences[a] + " " + sentences[b] + " Min sambo dricker varje helg och jag vet inte vad jag ska göra.";
  }

  /**
   * Writes {@code records} JSON lines over {@code files} files in {@code dir}: fields id, person,
   * author, text, likes; post {@code k} is by person {@code k % people}, so that everybody's posts
   * are spread over every file.
   *
   * @param broken ids of records written as broken JSON (cut off in the middle of the text)
   * @return the paths of the files
   */
  List<Path> writeJsonLines(Path dir, int records, int files, List<Integer> broken) throws IOException {
    Files.createDirectories(dir);
    List<Writer> writers = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    for (int f = 0; f < files; f++) {
      Path path = dir.resolve("posts-" + f + ".jsonl");
      paths.add(path);
      writers.add(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
    }
    try {
      for (int k = 0; k < records; k++) {
        Person p = people.get(k % people.size());
        String text = post(p);
        String line = "{\"id\":" + k + ",\"person\":" + p.id() + ",\"author\":\"user" + (k % 97) + "\",\"text\":\""
            + text + "\",\"likes\":" + random.nextInt(50) + "}";
        if (broken.contains(k)) {
          line = line.substring(0, line.indexOf("\"text\":") + 30); // no closing quote or brace
        }
        writers.get(k % files).write(line + "\n");
      }
    } finally {
      for (Writer w : writers) {
        w.close();
      }
    }
    return paths;
  }

  private String personnummer() {
    String digits = String.format(Locale.ROOT, "%02d%02d%02d%03d", 50 + random.nextInt(50), 1 + random.nextInt(12),
        1 + random.nextInt(28), random.nextInt(1000));
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    int check = (10 - sum % 10) % 10;
    return digits.substring(0, 6) + "-" + digits.substring(6) + check;
  }
}
