package dev.partnerpoints.batch;

/** Told how far a batch run is, on the thread that called the run, after each partner. */
@FunctionalInterface
public interface ProgressListener {

  /**
   * Reports progress.
   *
   * @param done the partners answered so far, from 1 to {@code total}
   * @param total the partners in the run
   */
  void progress(int done, int total);
}
