package se.avid;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.avid.redact.RedactionContext;
import se.avid.rules.AllowList;
import se.avid.spi.Detector;
import se.avid.text.CallWorkspace;
import se.avid.text.ScanText;

/**
 * The steps of one call, in order: normalise ({@link ScanText}) → detect (every detector, into a
 * {@link CollectingSink} that keeps enabled types scored at or above their review threshold) →
 * allow-list and decide ({@link Decisions}: split by the redact threshold, resolve overlaps) →
 * redact ({@link Replacer}). The buffers that detectors reuse are lent to the call for its finding
 * steps and cleared when they end ({@link CallWorkspace}). Each step that fails throws {@link RedactionException} naming it, so
 * that a call returns everything or nothing. Immutable and thread-safe.
 */
final class Pipeline {

  /** Logs under the anonymizer's name, where users configure avid's logging. */
  private static final Logger LOG = LoggerFactory.getLogger(Anonymizer.class);

  private final List<Detector> detectors;
  /**
   * Per detector, in order: the detector, its name, its highest score and its types, asked once
   * (detectors are immutable) instead of three interface calls per detector and call, which on a
   * sentence of 90 chars cost as much as some detectors' work.
   */
  private final Detector[] inOrder;
  private final String[] names;
  private final double[] maxScores;
  private final EntityType[][] types;
  private final AllowList allowList;
  /** Each thread's buffers that detectors reuse from call to call ({@link ScanText#reusable}). */
  private final CallWorkspace.PerThread workspaces = new CallWorkspace.PerThread();

  Pipeline(List<Detector> detectors, AllowList allowList) {
    this.detectors = List.copyOf(detectors);
    int n = this.detectors.size();
    this.inOrder = this.detectors.toArray(new Detector[0]);
    this.names = new String[n];
    this.maxScores = new double[n];
    this.types = new EntityType[n][];
    for (int d = 0; d < n; d++) {
      names[d] = inOrder[d].name();
      maxScores[d] = inOrder[d].maxScore();
      types[d] = inOrder[d].types().toArray(new EntityType[0]);
    }
    this.allowList = allowList;
  }

  /** Finds and decides, then replaces what is to be redacted. */
  RedactionResult process(String text, Thresholds call, RedactionContext context) {
    return Replacer.apply(text, assess(text, call), call, context);
  }

  /** Finds and decides; replaces nothing. */
  AnalysisResult assess(String text, Thresholds call) {
    if (text.isEmpty()) {
      return AnalysisResult.EMPTY;
    }
    CallWorkspace workspace = workspaces.acquire();
    // each step in a try of its own, not a lambda per step: a call allocates no step objects
    String step = "normalizer";
    try {
      ScanText scan = ScanText.of(text, workspace);
      CallLists lists = workspace.get(CallLists.class, CallLists.class, CallLists::new);
      step = null;
      List<Finding> raw = detect(text, scan, call, lists);
      step = "allow-list";
      AllowList.Occurrences allowedSpans = raw.isEmpty() ? null : allowList.occurrencesIn(scan, raw);
      step = "overlap-resolver";
      return Decisions.decide(text, lists, allowList, allowedSpans, call);
    } catch (RuntimeException e) {
      if (step == null) {
        throw e; // a detector's failure, already named by detect
      }
      throw new RedactionException(step, text.length(), e);
    } finally {
      workspace.release(); // the end of the call: the detectors' reused buffers are cleared
    }
  }

  private List<Finding> detect(String text, ScanText scan, Thresholds call, CallLists lists) {
    List<Finding> raw = lists.raw;
    CollectingSink sink = lists.sink.start(text, call, raw);
    for (int d = 0; d < inOrder.length; d++) {
      if (dropsEverything(d, call)) {
        continue; // a review-only detector where no review band reaches its scores
      }
      String name = names[d];
      try {
        sink.detector = name;
        inOrder[d].detect(scan, sink);
      } catch (RuntimeException | StackOverflowError e) {
        LOG.warn("detector '{}' failed on a text of {} chars: {}", name, text.length(), e.getClass().getName());
        throw new RedactionException(name, text.length(), e);
      }
    }
    return raw;
  }

  /**
   * Every finding detector {@code d} could make would be dropped by the collecting sink: each of its
   * types is disabled or reviewed only from above the detector's highest score.
   */
  private boolean dropsEverything(int d, Thresholds call) {
    double max = maxScores[d];
    if (max >= 1.0) {
      return false; // most detectors: no bound to weigh
    }
    for (EntityType type : types[d]) {
      if (call.enabled(type) && max >= call.reviewAt(type)) {
        return false;
      }
    }
    return true;
  }

  List<String> detectorNames() {
    return new ArrayList<>(java.util.Arrays.asList(names));
  }

  int allowListSize() {
    return allowList.size();
  }
}
