package nl.leamonitor.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code lea} as a real process, as a user or a scheduler would, and captures what it prints.
 */
final class LeaProcess {
  /** A test key; it only ever pseudonymises synthetic data. */
  static final String KEY = "lea-test-sleutel-0123456789abcdef-0123456789";

  /** What a finished run printed and returned. */
  record Result(int exitCode, String stdout, String stderr) {
    List<String> stderrLines() {
      return stderr.lines().toList();
    }
  }

  private LeaProcess() {}

  /**
   * Runs {@code lea args} with the given environment on top of the inherited one (a null value
   * removes a variable).
   */
  static Result run(Path workDir, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    return run(workDir, environment, null, args);
  }

  /**
   * Runs {@code lea args} with the test key under a umask (e.g. {@code 000}, which lets every file
   * be created readable and writable by all), set by {@code /bin/sh} before Java starts.
   */
  static Result runWithKeyUnderUmask(Path workDir, String umask, String... args)
      throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>();
    env.put("LEA_PSEUDONIEM_SLEUTEL", KEY);
    return run(workDir, env, umask, args);
  }

  private static Result run(
      Path workDir, Map<String, String> environment, String umask, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (umask != null) {
      command.addAll(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Lea.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    Map<String, String> env = builder.environment();
    env.remove("LEA_PSEUDONIEM_SLEUTEL");
    env.remove("LEA_DEBUG");
    environment.forEach(
        (k, v) -> {
          if (v == null) {
            env.remove(k);
          } else {
            env.put(k, v);
          }
        });
    File out = workDir.resolve(".stdout-" + System.nanoTime()).toFile();
    File err = workDir.resolve(".stderr-" + System.nanoTime()).toFile();
    builder.redirectOutput(out).redirectError(err);
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "lea " + String.join(" ", args) + " did not finish in 5 minutes");
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out.toPath(), StandardCharsets.UTF_8),
            Files.readString(err.toPath(), StandardCharsets.UTF_8));
    Files.delete(out.toPath());
    Files.delete(err.toPath());
    return result;
  }

  /**
   * Writes the shipped sample's delivery (the default seed) to {@code workDir/zoetermeer} and runs
   * {@code lea run} on it into {@code workDir/out}, dated 30 June 2025, with the test key and any
   * further options.
   */
  static Result runOnTheSample(Path workDir, String... options)
      throws IOException, InterruptedException {
    Path input = workDir.resolve("zoetermeer");
    new nl.leamonitor.sample.SampleGenerator(20211001L, 35_000).write(input);
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--input",
                input.toString(),
                "--out",
                workDir.resolve("out").toString(),
                "--rapportagedatum",
                "2025-06-30"));
    args.addAll(List.of(options));
    return runWithKey(workDir, args.toArray(String[]::new));
  }

  /** Runs {@code lea args} with the test key set. */
  static Result runWithKey(Path workDir, String... args) throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>();
    env.put("LEA_PSEUDONIEM_SLEUTEL", KEY);
    return run(workDir, env, args);
  }
}
