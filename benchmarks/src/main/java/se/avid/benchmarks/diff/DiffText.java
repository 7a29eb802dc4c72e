package se.avid.benchmarks.diff;

import java.util.Objects;

/**
 * One text of a {@link DiffCorpus}: where it comes from and what it says.
 *
 * @param corpus the corpus name ("suc", "suc-lower", "dev", "klintan", "generated")
 * @param id the text's id in its corpus
 * @param text the text itself; never written to a dump
 */
record DiffText(String corpus, String id, String text) {

  DiffText {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
