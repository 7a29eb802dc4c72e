package se.avid.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import se.avid.tools.names.ScbNameRows;

/**
 * A probe of the review flag: posts with one planted item that the detectors' rules do not redact,
 * to count how often the flag catches the post it leaks from. Takes span-annotated posts (avid's
 * own set a, or invented ones), and in each post with an entity of the planted kind's type puts the
 * planted item, lowercased, in place of one such entity, drawn at random; the planted item is the
 * post's only scored entity, so that a post leaks exactly when the planted item does. The post's
 * other entities stay, shifted, as {@value GoldLabels#UNSCORED} (a finding on them is no false
 * alarm, so that the review signals are measured fairly on probe posts), and so do keep items. Kinds:
 * <ul>
 *   <li>{@code rare-name} (in a NAME slot): a name that Statistics Sweden counts as borne by
 *       {@value #MIN_RARE} to {@value #MAX_RARE} people as the name they are called by;
 *   <li>{@code nickname} (in a NAME slot): such a name cut after its first consonant, which is
 *       doubled, plus {@code -e} or {@code -is} ({@code Albin} to {@code alle}, {@code Lovisa} to
 *       {@code lovvis});
 *   <li>{@code locality} (in a PLACE slot): a locality of {@code ortsnamn.csv} typed without å, ä, ö;
 *   <li>{@code institution} (in a PLACE slot): an invented genitive of a nature word and an ending
 *       of place names before an institution noun ({@code lindbackens förskola}).
 * </ul>
 *
 * <pre>
 * java -cp avid-evaluate.jar se.avid.tools.eval.PlantedPosts POSTS.jsonl DATA_DIR KIND SEED &gt; probe.jsonl
 * java -jar avid-evaluate.jar probe.jsonl --review-threshold 0.3
 * </pre>
 *
 * <p>{@code DATA_DIR} is {@code /work/shared/data} (Statistics Sweden's names, {@code places/ortsnamn.csv}):
 * read at run time, never copied into the project. Exit codes: 0 done, 2 bad usage or unreadable input.
 */
public final class PlantedPosts {

  /** Fewest bearers of a planted rare name: rarer ones are often misspellings. */
  static final int MIN_RARE = 20;
  /** Most bearers of a planted rare name. */
  static final int MAX_RARE = 300;

  private static final String[] NATURE = {"tall", "gran", "lind", "björk", "sol", "ek", "hassel", "rönn", "al",
      "sjö", "sten", "ljung", "vide", "häll", "lärk", "asp", "fur", "klöver", "lingon", "måns"};
  private static final String[] PLACE_ENDINGS = {"backen", "gården", "ängen", "lunden", "hagen", "dalen", "viken",
      "udden", "höjden", "torpet"};
  private static final String[] INSTITUTION_NOUNS = {"förskola", "äldreboende", "vårdcentral", "skola",
      "boende", "fritidsgård", "gruppboende", "demensboende", "daglig verksamhet", "hvb-hem"};

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PlantedPosts() {}

  /**
   * Writes the probe posts to standard output.
   *
   * @param args posts file, data directory, kind, seed
   */
  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: PlantedPosts POSTS.jsonl DATA_DIR rare-name|nickname|locality|institution SEED");
      System.exit(2);
    }
    try {
      write(Path.of(args[0]), Path.of(args[1]), args[2], Long.parseLong(args[3]), System.out);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("PlantedPosts: " + e.getMessage());
      System.exit(2);
    }
  }

  static void write(Path posts, Path data, String kind, long seed, PrintStream out) throws IOException {
    Random random = new Random(seed);
    Planter planter = planter(kind, data);
    try (BufferedReader in = Files.newBufferedReader(posts, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode post = MAPPER.readTree(line);
        List<JsonNode> slots = new ArrayList<>();
        for (JsonNode span : post.path("spans")) {
          if (planter.type.equals(GoldLabels.normalise(span.path("type").asText()))) {
            slots.add(span);
          }
        }
        if (!slots.isEmpty()) {
          out.println(MAPPER.writeValueAsString(plant(post, slots.get(random.nextInt(slots.size())),
              planter.next(random), planter.type)));
        }
      }
    }
  }

  /** {@code post} with {@code item} in place of {@code slot}, its first word the only scored entity; the rest shifted. */
  static ObjectNode plant(JsonNode post, JsonNode slot, String item, String type) {
    String text = post.path("text").asText();
    int start = slot.path("start").asInt();
    int end = slot.path("end").asInt();
    int shift = item.length() - (end - start);
    ObjectNode out = MAPPER.createObjectNode();
    out.put("text", text.substring(0, start) + item + text.substring(end));
    ArrayNode spans = out.putArray("spans");
    // the entity is the item's first word: an institution's proper part, not its noun ("[lindbackens] förskola")
    int space = item.indexOf(' ');
    spans.addObject().put("start", start).put("end", start + (space > 0 ? space : item.length())).put("type", type);
    // the post's other entities stay as UNSCORED: a finding on them is right, but they do not make the post leak
    for (JsonNode other : post.path("spans")) {
      int os = other.path("start").asInt();
      int oe = other.path("end").asInt();
      if (oe <= start) {
        spans.addObject().put("start", os).put("end", oe).put("type", GoldLabels.UNSCORED);
      } else if (os >= end) {
        spans.addObject().put("start", os + shift).put("end", oe + shift).put("type", GoldLabels.UNSCORED);
      }
    }
    ArrayNode keep = out.putArray("keep");
    for (JsonNode k : post.path("keep")) {
      int ks = k.path("start").asInt();
      int ke = k.path("end").asInt();
      if (ke <= start) {
        keep.add(k);
      } else if (ks >= end) {
        keep.addObject().put("start", ks + shift).put("end", ke + shift).put("what", k.path("what").asText());
      }
    }
    return out;
  }

  /** Draws planted items of one kind. */
  private abstract static class Planter {
    final String type;

    Planter(String type) {
      this.type = type;
    }

    abstract String next(Random random);
  }

  private static Planter planter(String kind, Path data) throws IOException {
    switch (kind) {
      case "rare-name": {
        List<String> names = rareNames(data);
        return new Planter("NAME") {
          @Override
          String next(Random random) {
            return lower(names.get(random.nextInt(names.size())));
          }
        };
      }
      case "nickname": {
        List<String> names = rareNames(data);
        return new Planter("NAME") {
          @Override
          String next(Random random) {
            return nickname(lower(names.get(random.nextInt(names.size()))), random.nextBoolean() ? "e" : "is");
          }
        };
      }
      case "locality": {
        List<String> places = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("places/ortsnamn.csv"), StandardCharsets.UTF_8)) {
          if (!line.isBlank() && !line.equals("city") && line.indexOf(' ') < 0) {
            places.add(line.strip());
          }
        }
        return new Planter("PLACE") {
          @Override
          String next(Random random) {
            return fold(lower(places.get(random.nextInt(places.size()))));
          }
        };
      }
      case "institution":
        return new Planter("PLACE") {
          @Override
          String next(Random random) {
            return pick(random, NATURE) + pick(random, PLACE_ENDINGS) + "s " + pick(random, INSTITUTION_NOUNS);
          }
        };
      default:
        throw new IllegalArgumentException("unknown kind " + kind);
    }
  }

  /** Names Statistics Sweden counts as called-by names of {@value #MIN_RARE} to {@value #MAX_RARE} people. */
  private static List<String> rareNames(Path data) throws IOException {
    List<String> names = new ArrayList<>();
    for (String file : new String[] {"tilltalsnamn-kvinnor.csv", "tilltalsnamn-man.csv"}) {
      for (ScbNameRows.Row row : ScbNameRows.read(data.resolve("scb-names").resolve(file))) {
        String name = row.name();
        if (row.persons() >= MIN_RARE && row.persons() <= MAX_RARE && name.chars().allMatch(Character::isLetter)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** The name up to its first consonant after a vowel, that consonant doubled, and {@code ending}. */
  static String nickname(String name, String ending) {
    int i = 0;
    while (i < name.length() && !isVowel(name.charAt(i))) {
      i++;
    }
    while (i < name.length() && isVowel(name.charAt(i))) {
      i++;
    }
    if (i >= name.length()) {
      return name + ending;
    }
    char c = name.charAt(i);
    return name.substring(0, i + 1) + c + ending;
  }

  private static boolean isVowel(char c) {
    return "aeiouyåäöéüï".indexOf(c) >= 0;
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Typed on a keyboard without Swedish letters: å and ä as a, ö as o. */
  static String fold(String s) {
    return s.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
  }
}
