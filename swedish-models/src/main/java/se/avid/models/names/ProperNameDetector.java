package se.avid.models.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;
import java.util.Set;
import se.avid.EntityType;
import se.avid.models.context.ContextScorer;
import se.avid.models.lexicon.Category;
import se.avid.models.lexicon.SwedishLexicon;
import se.avid.spi.Detector;
import se.avid.spi.FindingSink;
import se.avid.text.ScanText;

/**
 * Finds person names ({@link EntityType#NAME}) and places ({@link EntityType#PLACE}) in
 * informal Swedish text, capitalised or not.
 *
 * <pre>{@code
 * Detector names = ProperNameDetector.builder().build();          // rules only
 * Detector tuned = ProperNameDetector.builder().contextScorer(scorer).build();
 * // "min dotter alva bor i Kiruna" -> NAME "alva" (0.95), PLACE "Kiruna" (0.9)
 * }</pre>
 *
 * <p>Persons and places are found together because telling them apart is one decision per word
 * ("Mora", "Nora", an unknown capitalised word after "från"). Each word is looked up once in the
 * shared {@link SwedishLexicon}; the decision then uses its shape (capitalised, at a sentence
 * start, all caps) and a few neighbours (cues such as "heter", "min son", "hej", "mvh", "bor i",
 * "kommun"; a first name next to a surname). See {@link NameRules} for the rules and scores.
 *
 * <p>Only ambiguous words — a name or place that is also an ordinary word without a decisive
 * cue ("björn", "mark"), a capitalised unknown word — are passed to the optional
 * {@link ContextScorer}; without one, fixed fallback scores apply. Public bodies ("BRIS",
 * "Försäkringskassan", "Region Skåne") and countries and very large regions ("Syrien",
 * "Europa") are kept unless the builder says otherwise.
 *
 * <p>Immutable and thread-safe; linear in the text length.
 */
public final class ProperNameDetector implements Detector {

  /** The detector's name. */
  public static final String NAME = "swedish-names";

  private static final Set<EntityType> TYPES = Set.of(EntityType.NAME, EntityType.PLACE);

  private final SwedishLexicon lexicon;
  private final ContextScorer scorer;
  private final boolean keepCountries;
  private final boolean keepPublicBodies;
  private final CharArraySet keepWords;
  /**
   * Each thread's arrays for the words of a text, reused from call to call and shared by every
   * detector of this class (they hold nothing of a detector's settings): one workspace per thread
   * however many anonymizers an application builds.
   */
  private static final ThreadLocal<NameWorkspace> WORKSPACES = ThreadLocal.withInitial(NameWorkspace::new);

  private ProperNameDetector(Builder b) {
    this.lexicon = b.lexicon != null ? b.lexicon : SwedishLexicon.get();
    this.scorer = b.scorer;
    this.keepCountries = b.keepCountries;
    this.keepPublicBodies = b.keepPublicBodies;
    this.keepWords = CharArraySet.unmodifiableSet(new CharArraySet(b.keepWords, true));
  }

  /**
   * A new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> types() {
    return TYPES;
  }

  @Override
  public void detect(ScanText text, FindingSink sink) {
    NameWorkspace workspace = WORKSPACES.get();
    if (workspace.inUse) {
      workspace = new NameWorkspace(); // called again from within a call, by a sink: its own arrays
    }
    workspace.inUse = true;
    try {
      new NameRules(text, lexicon, scorer, keepCountries, keepPublicBodies, keepWords, workspace).run(sink);
    } finally {
      workspace.inUse = false;
      if (!workspace.worthKeeping()) {
        WORKSPACES.remove(); // a large document's arrays: let them go
      }
    }
  }

  /**
   * Loads now the lists that the detector otherwise reads on its first text (the name counts of
   * Statistics Sweden, the localities), for a caller that would rather pay them while it builds,
   * on a thread of its own, than at the first call. Idempotent and thread-safe; a list that fails
   * to load fails here and again at the first text.
   */
  public static void preloadLists() {
    char[] word = {'a'};
    NameCounts.firstName(word, 0, 1); // each touch initialises the list's lazy holder
    Localities.contains(word, 0, 1);
  }

  /**
   * Whether a context scorer is in use (else the rule fallback scores apply).
   *
   * @return whether there is one
   */
  public boolean hasContextScorer() {
    return scorer != null;
  }

  /** Configures a {@link ProperNameDetector}. Not thread-safe. */
  public static final class Builder {
    private SwedishLexicon lexicon;
    private ContextScorer scorer;
    private boolean keepCountries = true;
    private boolean keepPublicBodies = true;
    private final List<String> keepWords = new ArrayList<>();

    private Builder() {}

    /**
     * Words never reported, in any case ("Ica", the name of a local association): added to the
     * bundled public bodies. A word of a multiword entry is kept on its own.
     *
     * @param words the words, in any case
     * @return this builder
     */
    public Builder keepWords(Collection<String> words) {
      for (String w : words) {
        if (Objects.requireNonNull(w, "word").isBlank()) {
          throw new IllegalArgumentException("blank word to keep");
        }
        keepWords.add(w.strip());
      }
      return this;
    }

    /**
     * Judges ambiguous words from their context; without one, rule fallback scores apply.
     *
     * @param scorer the scorer
     * @return this builder
     */
    public Builder contextScorer(ContextScorer scorer) {
      this.scorer = Objects.requireNonNull(scorer, "scorer");
      return this;
    }

    /**
     * Keep countries, continents and very large regions ("Syrien", "Europa"); default true.
     *
     * @param keep whether to keep them
     * @return this builder
     */
    public Builder keepCountries(boolean keep) {
      this.keepCountries = keep;
      return this;
    }

    /**
     * Keep public bodies, services and helplines ("BRIS", "Försäkringskassan", the word Region of "Region Skåne"); default true.
     *
     * @param keep whether to keep them
     * @return this builder
     */
    public Builder keepPublicBodies(boolean keep) {
      this.keepPublicBodies = keep;
      return this;
    }

    /**
     * The lexicon to use; default the bundled {@link SwedishLexicon#get()}.
     *
     * @param lexicon the lexicon
     * @return this builder
     */
    public Builder lexicon(SwedishLexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /**
     * Builds it.
     *
     * @return the new instance
     */
    public ProperNameDetector build() {
      return new ProperNameDetector(this);
    }
  }

  static boolean any(long flags, long bits) {
    return (flags & bits) != 0;
  }

  static final long PERSON = Category.bits(Category.FIRST_NAME, Category.SURNAME);
  static final long SWEDISH_PLACE = Category.bits(Category.MUNICIPALITY, Category.REGION, Category.TOWN, Category.DISTRICT);
}
