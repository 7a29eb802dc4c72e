package se.avid.tools.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.model.Event;
import se.avid.models.context.ContextFeatures;
import se.avid.models.context.ContextLabel;
import se.avid.tools.eval.TaggedSentence;

/**
 * Turns SUC-tagged sentences into training events of the context model: one event per token, its
 * {@link ContextFeatures} and its {@link ContextLabel}. Stateless.
 */
public final class ContextEvents {

  private ContextEvents() {}

  /**
   * The context label of a SUC 3.0 tag: persons, places and organisations as such; works, events
   * and objects (and the web-news corpus's {@code MISC}) as other names; times, measures and untagged tokens as none. The mixed tags
   * ({@code LOCPRS}, {@code ORGPRS}, {@code LOCORG}) give {@code null}: the annotators could not
   * decide, so the model is not taught either way.
   *
   * @throws IllegalArgumentException for a tag SUC does not use
   */
  public static ContextLabel labelOf(String sucTag) {
    switch (sucTag.toUpperCase(Locale.ROOT)) {
      case "PER":
        return ContextLabel.PERSON;
      case "LOC":
        return ContextLabel.PLACE;
      case "ORG":
        return ContextLabel.ORGANISATION;
      case "WRK":
      case "EVN":
      case "OBJ":
      case "MISC": // the web-news corpus's other names
        return ContextLabel.OTHER_NAME;
      case "O":
      case "TME":
      case "MSR":
        return ContextLabel.NONE;
      case "LOCPRS":
      case "ORGPRS":
      case "LOCORG":
        return null;
      default:
        throw new IllegalArgumentException("not a SUC tag: " + sucTag);
    }
  }

  /** The events of one sentence, skipping tokens with mixed tags. */
  public static List<Event> of(TaggedSentence sentence) {
    String[] tokens = sentence.tokenArray();
    List<Event> events = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      ContextLabel label = labelOf(sentence.tags().get(i));
      if (label != null) {
        events.add(new Event(label.outcome(), ContextFeatures.of(tokens, i)));
      }
    }
    return events;
  }

  /**
   * The events of every sentence as written and of the same sentence lowercased: the lowercased
   * copy teaches the model the cues that remain when a post is typed without capitals.
   */
  public static List<Event> writtenAndLowercased(List<TaggedSentence> sentences) {
    List<Event> events = new ArrayList<>();
    for (TaggedSentence s : sentences) {
      events.addAll(of(s));
      events.addAll(of(s.lowercased()));
    }
    return events;
  }
}
