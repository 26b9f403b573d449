package dev.broadsheet.site;

/**
 * Hears how far a build has gone, for a progress bar. Steps come from many threads at once.
 */
public interface BuildProgress {
  /** Hears nothing: for tests, pipes and quiet builds. */
  BuildProgress NONE = new BuildProgress() {
    @Override
    public void expect(long steps) {}

    @Override
    public void step(String stage) {}
  };

  /** The build now knows it has {@code steps} steps in all; called again as it learns more. */
  void expect(long steps);

  /** One more step of {@code stage} ("reading", "writing") is done. */
  void step(String stage);
}
