package se.avid.benchmarks.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import se.avid.EntityType;

/**
 * Writes invented Swedish advice posts of an exact UTF-8 size and a chosen {@link Density} of
 * identifiers, from the templates and word lists of the {@link Lexicon}. The posts read like the
 * real thing: lowercase names, typos, doubled spaces, missing punctuation, personnummer, phone
 * numbers and e-mail typed many ways, next to helplines, ages and amounts that must stay.
 *
 * <pre>{@code
 * GeneratedPost post = new PostGenerator(PostGenerator.DEFAULT_SEED).generate(1024, Density.TYPICAL);
 * }</pre>
 *
 * <p>Deterministic: the same seed and the same sequence of calls give the same posts, on any JVM
 * ({@link Random}'s algorithm is specified). Not thread-safe.
 */
public final class PostGenerator {

  /** The seed of every benchmark input, so that runs on different days measure the same text. */
  public static final long DEFAULT_SEED = 0x5EAD_2024L;

  /** Inputs larger than this are documents: many posts separated by blank lines. */
  private static final int LARGEST_SINGLE_POST = 16 * 1024;

  private static final String[] GREETINGS = {"hej!", "hej", "Hej,", "hejsan", "hej alla", "Hej!"};
  private static final String[] SEPARATORS = {". ", ". ", ". ", " ", ", ", "\n", "! ", "? ", ".. ", " . ", ".  "};
  private static final List<Template> SIGNATURES =
      List.of(Template.parse("mvh {first}"), Template.parse("/{first}"), Template.parse("mvh {full}"));
  private static final String[] FILLERS = {"och", "typ", "alltså", "liksom", "ja", "men", "så", "nu", "hmm", "asså"};

  private final Random random;
  private final Lexicon lexicon;
  private final IdentifierValues values;

  /**
   * A generator of posts from the bundled word lists.
   *
   * @param seed the seed of its random numbers
   */
  public PostGenerator(long seed) {
    this(seed, Lexicon.bundled());
  }

  PostGenerator(long seed, Lexicon lexicon) {
    this.random = new Random(seed);
    this.lexicon = lexicon;
    this.values = new IdentifierValues(random, lexicon);
  }

  /**
   * A post (up to 16 KB) or a document of posts (above) of exactly {@code targetBytes} UTF-8 bytes.
   *
   * @throws IllegalArgumentException if {@code targetBytes} is under 16, too small for a post
   * @param targetBytes the exact size in UTF-8 bytes
   * @param density how many identifiers it holds
   * @return the post
   */
  public GeneratedPost generate(int targetBytes, Density density) {
    if (targetBytes < 16) {
      throw new IllegalArgumentException("a post needs at least 16 bytes: " + targetBytes);
    }
    Writer w = new Writer();
    if (targetBytes <= LARGEST_SINGLE_POST) {
      writePost(w, targetBytes, density);
    } else {
      while (targetBytes - w.bytes > LARGEST_SINGLE_POST) {
        int size = 300 + random.nextInt(2700);
        writePost(w, w.bytes + size, density);
        w.literal("\n\n");
      }
      writePost(w, targetBytes, density);
    }
    return new GeneratedPost(w.text.toString(), w.identifiers);
  }

  /**
   * {@code count} inputs of one size and density.
   *
   * @param count how many
   * @param targetBytes the exact size in UTF-8 bytes
   * @param density how many identifiers it holds
   * @return the inputs
   */
  public List<GeneratedPost> generate(int count, int targetBytes, Density density) {
    List<GeneratedPost> posts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      posts.add(generate(targetBytes, density));
    }
    return posts;
  }

  /** Appends whole sentences while they fit under {@code endBytes}, then fills up with small words and dots. */
  private void writePost(Writer w, int endBytes, Density density) {
    if (random.nextDouble() < 0.6) {
      appendIfFits(w, endBytes, pick(GREETINGS));
    }
    boolean signed = density.alwaysSigned() || (density != Density.NONE && random.nextDouble() < 0.3);
    Rendered signature = signed ? renderWithSpans(pick(SIGNATURES)) : null;
    int reserve = signature == null ? 0 : signature.bytes + 1;
    int misses = 0;
    while (misses < 8) {
      List<Template> pool = random.nextDouble() < density.identifyingShare()
          ? lexicon.identifyingSentences()
          : lexicon.plainSentences();
      Rendered sentence = renderWithSpans(pick(pool));
      String separator = w.bytes == 0 || w.endsWithNewline() ? "" : pick(SEPARATORS);
      if (w.bytes + utf8(separator) + sentence.bytes <= endBytes - reserve) {
        w.literal(separator);
        w.append(sentence);
        misses = 0;
      } else {
        misses++;
      }
    }
    if (signature != null && w.bytes + reserve <= endBytes) {
      w.literal("\n");
      w.append(signature);
    }
    while (endBytes - w.bytes >= 5) {
      String filler = pick(FILLERS);
      if (w.bytes + 1 + utf8(filler) <= endBytes) {
        w.literal(" " + filler);
      }
    }
    w.literal(".".repeat(endBytes - w.bytes));
  }

  private static void appendIfFits(Writer w, int endBytes, String text) {
    if (w.bytes + utf8(text) <= endBytes) {
      w.literal(text);
    }
  }

  /** Fills a template's slots and roughens its literal text; records where the identifiers went. */
  private Rendered renderWithSpans(Template t) {
    Rendered r = new Rendered();
    boolean first = true;
    for (Template.Part part : t.parts()) {
      if (part.slot() == null) {
        String text = roughen(part.text());
        if (first && random.nextDouble() < 0.25 && !text.isEmpty()) {
          text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        }
        r.text.append(text);
      } else {
        String value = values.value(part.slot());
        EntityType type = part.slot().type();
        if (type != null) {
          r.spans.add(new Identifier(r.text.length(), r.text.length() + value.length(), type));
        }
        r.text.append(value);
      }
      first = false;
    }
    r.bytes = utf8(r.text.toString());
    return r;
  }

  /** Typos and odd spacing, as in posts typed on a phone: swapped or dropped letters, doubled spaces. */
  private String roughen(String literal) {
    StringBuilder sb = new StringBuilder(literal.length() + 4);
    int wordStart = 0;
    for (int i = 0; i <= literal.length(); i++) {
      if (i == literal.length() || literal.charAt(i) == ' ') {
        String word = literal.substring(wordStart, i);
        double roll = random.nextDouble();
        if (word.length() > 3 && roll < 0.03) {
          int k = 1 + random.nextInt(word.length() - 2);
          word = word.substring(0, k) + word.charAt(k + 1) + word.charAt(k) + word.substring(k + 2);
        } else if (word.length() > 4 && roll < 0.05) {
          int k = 1 + random.nextInt(word.length() - 2);
          word = word.substring(0, k) + word.substring(k + 1);
        }
        sb.append(word);
        if (i < literal.length()) {
          sb.append(random.nextDouble() < 0.03 ? "  " : " ");
        }
        wordStart = i + 1;
      }
    }
    return sb.toString();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String pick(String[] array) {
    return array[random.nextInt(array.length)];
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** A sentence with its identifiers relative to its own start. */
  private static final class Rendered {
    final StringBuilder text = new StringBuilder(128);
    final List<Identifier> spans = new ArrayList<>(4);
    int bytes;
  }

  /** The text being written, its UTF-8 length so far, and the identifiers at their final offsets. */
  private static final class Writer {
    final StringBuilder text = new StringBuilder(1024);
    final List<Identifier> identifiers = new ArrayList<>();
    int bytes;

    void literal(String s) {
      text.append(s);
      bytes += utf8(s);
    }

    void append(Rendered r) {
      int offset = text.length();
      for (Identifier id : r.spans) {
        identifiers.add(new Identifier(offset + id.start(), offset + id.end(), id.type()));
      }
      text.append(r.text);
      bytes += r.bytes;
    }

    boolean endsWithNewline() {
      return text.length() > 0 && text.charAt(text.length() - 1) == '\n';
    }
  }
}
