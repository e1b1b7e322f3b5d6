package nl.leamonitor.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** Signals that the delivery cannot be used (contract exit code 3); nothing may be published. */
public final class InputRejectedException extends RuntimeException {
  private final List<FileProblem> problems;

  /** Creates the exception for one or more file problems. */
  public InputRejectedException(List<FileProblem> problems) {
    super(
        problems.stream()
            .map(FileProblem::message)
            .collect(Collectors.joining(System.lineSeparator())));
    this.problems = List.copyOf(problems);
  }

  /** Creates the exception for one file problem. */
  public InputRejectedException(FileProblem problem) {
    this(List.of(problem));
  }

  public List<FileProblem> problems() {
    return problems;
  }
}
