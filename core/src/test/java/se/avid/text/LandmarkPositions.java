package se.avid.text;

/** The positions a {@link Landmarks} holds, in one array, its four lists separated by -1: what two passes are compared by. */
final class LandmarkPositions {

  private LandmarkPositions() {}

  static int[] of(Landmarks landmarks) {
    int[] all = new int[landmarks.digitRuns() + landmarks.marks() + landmarks.cueWords() + landmarks.words() + 3];
    int p = 0;
    for (int k = 0; k < landmarks.digitRuns(); k++) {
      all[p++] = landmarks.digitRun(k);
    }
    all[p++] = -1;
    for (int k = 0; k < landmarks.marks(); k++) {
      all[p++] = landmarks.mark(k);
    }
    all[p++] = -1;
    for (int k = 0; k < landmarks.cueWords(); k++) {
      all[p++] = landmarks.cueWord(k);
    }
    all[p++] = -1;
    for (int k = 0; k < landmarks.words(); k++) {
      all[p++] = landmarks.word(k);
    }
    return all;
  }
}
