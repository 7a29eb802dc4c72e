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
    try {
      ScanText scan = step("normalizer", text, () -> ScanText.of(text, workspace));
      List<Finding> raw = detect(text, scan, call);
      AllowList.Occurrences allowedSpans = raw.isEmpty() ? null
          : step("allow-list", text, () -> allowList.occurrencesIn(scan));
      return step("overlap-resolver", text, () -> Decisions.decide(text, raw, allowList, allowedSpans, call));
    } finally {
      workspace.release(); // the end of the call: the detectors' reused buffers are cleared
    }
  }

  private List<Finding> detect(String text, ScanText scan, Thresholds call) {
    List<Finding> raw = new ArrayList<>();
    CollectingSink sink = new CollectingSink(text, call, raw);
    for (Detector detector : detectors) {
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

  /** Runs one step; a failure becomes a {@link RedactionException} naming the step, never the text. */
  private static <T> T step(String name, String text, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      throw new RedactionException(name, text.length(), e);
    }
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
