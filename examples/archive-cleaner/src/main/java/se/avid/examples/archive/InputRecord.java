package se.avid.examples.archive;

/**
 * One record as read from the archive, before cleaning.
 *
 * @param number 1-based position in the input; the output keeps this order
 * @param line the line of the input the record starts on (for a directory: its position)
 * @param payload what the format's cleaner takes: a line, the fields of a CSV record, a file
 * @param chars roughly how many chars the record holds, to size batches
 */
record InputRecord(long number, long line, Object payload, int chars) {

  /** Where a person finds the record: its file name in a directory archive, else the line it starts on. */
  String location() {
    return payload instanceof TextCleaner.TextFile file ? file.name() : Long.toString(line);
  }
}
