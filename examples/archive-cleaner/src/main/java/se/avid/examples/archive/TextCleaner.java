package se.avid.examples.archive;

import java.util.List;
import se.avid.examples.review.ReviewingRedactor;

/** Cleans a whole post: a line of a text file, or a whole file of a directory. */
final class TextCleaner implements RecordCleaner {

  @Override
  public boolean checkFields(InputRecord record) {
    return true;
  }

  @Override
  public Cleaned clean(Object payload, ReviewingRedactor redactor) throws RejectedRecordException {
    if (payload instanceof TextFile file) {
      if (file.text() == null) {
        throw new RejectedRecordException("file " + file.name() + " is not valid UTF-8");
      }
      ReviewingRedactor.Result r = redactor.clean(file.text());
      return new Cleaned(new TextFile(file.name(), r.text()), List.of(r));
    }
    Object line = Utf8LineReader.decode((byte[]) payload);
    if (line == Utf8LineReader.MALFORMED) {
      throw new RejectedRecordException("line is not valid UTF-8");
    }
    ReviewingRedactor.Result r = redactor.clean((String) line);
    return new Cleaned(LineSink.encode(r.text()), List.of(r));
  }

  /**
   * One post of a directory archive.
   *
   * @param name the file name, kept in the output directory
   * @param text the post, or null when the file is not valid UTF-8
   */
  record TextFile(String name, String text) {}
}
