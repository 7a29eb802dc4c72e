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
  private final AllowList allowList;
  /** Each thread's buffers that detectors reuse from call to call ({@link ScanText#reusable}). */
  private final CallWorkspace.PerThread workspaces = new CallWorkspace.PerThread();

  Pipeline(List<Detector> detectors, AllowList allowList) {
    this.detectors = List.copyOf(detectors);
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
      step = null;
      List<Finding> raw = detect(text, scan, call);
      step = "allow-list";
      AllowList.Occurrences allowedSpans = raw.isEmpty() ? null : allowList.occurrencesIn(scan, raw);
      step = "overlap-resolver";
      return Decisions.decide(text, raw, allowList, allowedSpans, call);
    } catch (RuntimeException e) {
      if (step == null) {
        throw e; // a detector's failure, already named by detect
      }
      throw new RedactionException(step, text.length(), e);
    } finally {
      workspace.release(); // the end of the call: the detectors' reused buffers are cleared
    }
  }

  private List<Finding> detect(String text, ScanText scan, Thresholds call) {
    List<Finding> raw = new ArrayList<>();
    CollectingSink sink = new CollectingSink(text, call, raw);
    for (Detector detector : detectors) {
      if (dropsEverything(detector, call)) {
        continue; // a review-only detector where no review band reaches its scores
      }
      try {
        sink.detector = detector.name();
        detector.detect(scan, sink);
      } catch (RuntimeException | StackOverflowError e) {
        LOG.warn("detector '{}' failed on a text of {} chars: {}", detector.name(), text.length(),
            e.getClass().getName());
        throw new RedactionException(detector.name(), text.length(), e);
      }
    }
    return raw;
  }

  /**
   * Every finding {@code detector} could make would be dropped by the collecting sink: each of its
   * types is disabled or reviewed only from above the detector's highest score.
   */
  private static boolean dropsEverything(Detector detector, Thresholds call) {
    double max = detector.maxScore();
    if (max >= 1.0) {
      return false; // most detectors: no bound to weigh
    }
    for (EntityType type : detector.types()) {
      if (call.enabled(type) && max >= call.reviewAt(type)) {
        return false;
      }
    }
    return true;
  }

  List<String> detectorNames() {
    List<String> names = new ArrayList<>(detectors.size());
    for (Detector d : detectors) {
      names.add(d.name());
    }
    return names;
  }

  int allowListSize() {
    return allowList.size();
  }
}
