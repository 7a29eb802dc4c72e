package se.avid.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text with its tokens and its annotated entities, the unit of evaluation. Immutable.
 *
 * @param text the text given to avid
 * @param tokens the tokens of the text, in order; the {@code O} share is counted over them
 * @param gold the annotated entities, in order
 * @param keep what must survive redaction (helplines, public bodies, words that look like names);
 *     empty for token-tagged sentences
 */
public record AnnotatedText(String text, List<Span> tokens, List<GoldSpan> gold, List<KeepItem> keep) {

  public AnnotatedText {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    gold = List.copyOf(gold);
    keep = List.copyOf(keep);
    for (KeepItem k : keep) {
      checkInside(k.end(), text);
    }
    for (Span t : tokens) {
      checkInside(t.end(), text);
    }
    for (GoldSpan g : gold) {
      checkInside(g.end(), text);
    }
  }

  /** A text with nothing annotated to keep. */
  public AnnotatedText(String text, List<Span> tokens, List<GoldSpan> gold) {
    this(text, tokens, gold, List.of());
  }

  /**
   * The text of a token-tagged sentence: tokens joined by single spaces, each run of equal
   * tags other than {@code O} one entity.
   */
  public static AnnotatedText of(TaggedSentence sentence) {
    StringBuilder text = new StringBuilder();
    List<Span> tokens = new ArrayList<>(sentence.tokens().size());
    List<GoldSpan> gold = new ArrayList<>();
    int entityStart = -1;
    String entityTag = TaggedSentence.OUTSIDE;
    for (int i = 0; i < sentence.tokens().size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(sentence.tokens().get(i));
      tokens.add(new Span(start, text.length()));
      String tag = GoldLabels.normalise(sentence.tags().get(i));
      if (!tag.equals(entityTag)) {
        if (!entityTag.equals(TaggedSentence.OUTSIDE)) {
          gold.add(new GoldSpan(entityStart, tokens.get(i - 1).end(), entityTag));
        }
        entityStart = start;
        entityTag = tag;
      }
    }
    if (!entityTag.equals(TaggedSentence.OUTSIDE)) {
      gold.add(new GoldSpan(entityStart, text.length(), entityTag));
    }
    return new AnnotatedText(text.toString(), tokens, gold);
  }

  /**
   * The same text lowercased char by char, so that every offset stays valid (unlike
   * {@link String#toLowerCase}, which may change the length).
   */
  public AnnotatedText lowercased() {
    return new AnnotatedText(lowercase(text), tokens, gold, keep);
  }

  static String lowercase(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  private static void checkInside(int end, String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException("span ends at " + end + " past the text length " + text.length());
    }
  }
}
