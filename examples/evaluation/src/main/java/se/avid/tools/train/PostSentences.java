package se.avid.tools.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.avid.models.lexicon.Tokens;
import se.avid.text.ScanText;
import se.avid.tools.eval.AnnotatedText;
import se.avid.tools.eval.GoldSpan;
import se.avid.tools.eval.KeepItem;
import se.avid.tools.eval.TaggedSentence;

/**
 * Turns a post annotated by character span into sentences tagged token by token, as SUC's, for
 * training the context model on text of the kind avid serves: the post is cut into tokens by
 * avid's own tokenizer ({@link Tokens}, so the model learns the contexts it will be asked about)
 * and into sentences at a full stop, question or exclamation mark and at each line break. A
 * token inside a person's span is {@code PER}, inside a place or an address {@code LOC}; inside a
 * brand, public body or organisation that must be kept {@code ORG}; every other token {@code O}
 * (numbers, e-mails and the like are no names). Stateless.
 */
public final class PostSentences {

  /** The SUC tag of each annotated type that the context model tells apart. */
  private static final Map<String, String> SPAN_TAGS = Map.of("NAME", "PER", "PLACE", "LOC", "ADDRESS", "LOC");
  /** The SUC tag of each kind of keep item that names an organisation. */
  private static final Map<String, String> KEEP_TAGS = Map.of("brand", "ORG", "public_body", "ORG", "organisation", "ORG");

  private PostSentences() {}

  /**
   * The sentences of one post.
   *
   * @param post a post annotated by character span
   * @return its sentences, in order, none empty
   */
  public static List<TaggedSentence> of(AnnotatedText post) {
    String text = post.text();
    Tokens tokens = Tokens.of(ScanText.of(text));
    List<TaggedSentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int previousEnd = 0;
    for (int t = 0; t < tokens.size(); t++) {
      int start = tokens.start(t);
      if (text.substring(previousEnd, start).indexOf('\n') >= 0) {
        flush(words, tags, sentences);
      }
      words.add(tokens.original(t));
      tags.add(tagAt(post, start));
      previousEnd = tokens.end(t);
      if (tokens.isPunct(t, '.') || tokens.isPunct(t, '?') || tokens.isPunct(t, '!')) {
        flush(words, tags, sentences);
      }
    }
    flush(words, tags, sentences);
    return sentences;
  }

  private static String tagAt(AnnotatedText post, int offset) {
    for (GoldSpan span : post.gold()) {
      if (span.start() <= offset && offset < span.end()) {
        return SPAN_TAGS.getOrDefault(span.label(), TaggedSentence.OUTSIDE);
      }
    }
    for (KeepItem item : post.keep()) {
      if (item.start() <= offset && offset < item.end()) {
        return KEEP_TAGS.getOrDefault(item.what(), TaggedSentence.OUTSIDE);
      }
    }
    return TaggedSentence.OUTSIDE;
  }

  private static void flush(List<String> words, List<String> tags, List<TaggedSentence> sentences) {
    if (!words.isEmpty()) {
      sentences.add(new TaggedSentence(words, tags));
      words.clear();
      tags.clear();
    }
  }
}
