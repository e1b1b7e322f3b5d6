package nl.leamonitor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.leamonitor.cli.option.CountOption;
import nl.leamonitor.cli.option.OptionValueException;
import nl.leamonitor.cli.option.WholeNumberOption;
import nl.leamonitor.ingest.ConfigurationException;
import nl.leamonitor.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lea sample}: writes a synthetic delivery folder. */
@Command(
    name = "sample",
    versionProvider = VersionInfo.class,
    description =
        "Schrijft een synthetische aanlevermap (een Zoetermeer-achtige gemeente) in het formaat van"
            + " het contract.",
    exitCodeList = {"0:geschreven", Lea.EXIT_FAILURE, Lea.EXIT_USAGE_OUT},
    footer = {
      "  lea sample --out aanlevering",
      "  lea sample --out klein --personen 5000 --seed 7",
      "  lea sample --out landelijk --scale nl"
    })
final class SampleCommand implements Callable<Integer> {
  /**
   * The sizes the generator knows: one Zoetermeer (35,000 persons, schooljaren 2019-2020 to
   * 2024-2025), or national scale (3.5 million persons in 39 gemeenten with Zoetermeer's shape, 585
   * wijken, schooljaren 2021-2022 to 2024-2025). {@code --personen} changes the number of persons
   * of either; at national scale there is one gemeente per 35,000 persons (at most 39).
   */
  enum Scale {
    zoetermeer(35_000),
    nl(3_500_000);

    final int persons;

    Scale(int persons) {
      this.persons = persons;
    }
  }

  /** Reads {@code --scale} in any case. */
  static final class ScaleOption implements ITypeConverter<Scale> {
    @Override
    public Scale convert(String value) {
      String name = value.strip().toLowerCase(Locale.ROOT);
      for (Scale scale : Scale.values()) {
        if (scale.name().equals(name)) {
          return scale;
        }
      }
      throw new OptionValueException("Kies zoetermeer of nl.");
    }
  }

  @Mixin HelpOptions helpOptions;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "MAP",
      description = "De map die geschreven wordt (moet leeg zijn of niet bestaan).")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "GETAL",
      defaultValue = "20211001",
      converter = WholeNumberOption.class,
      description = "Startwaarde van de toevalsgenerator (standaard ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--personen",
      paramLabel = "AANTAL",
      converter = CountOption.class,
      description = "Aantal personen (standaard 35000, bij --scale nl 3500000).")
  Integer persons;

  @Option(
      names = "--scale",
      paramLabel = "zoetermeer|nl",
      defaultValue = "zoetermeer",
      converter = ScaleOption.class,
      description =
          "Schaal: zoetermeer (een gemeente) of nl (39 gemeenten, 585 wijken, 4 schooljaren;"
              + " standaard ${DEFAULT-VALUE}).")
  Scale scale;

  @Override
  public Integer call() throws Exception {
    OutputFolder.prepare(out, "--out");
    try (var entries = Files.list(out)) {
      if (entries.findAny().isPresent()) {
        throw new ConfigurationException(
            "De map " + out + " is niet leeg; kies een nieuwe map voor --out.");
      }
    }
    int n = persons != null ? persons : scale.persons;
    if (n < 1) {
      throw new ConfigurationException("--personen moet minstens 1 zijn, niet " + n + ".");
    }
    SampleGenerator generator =
        scale == Scale.nl ? SampleGenerator.national(seed, n) : new SampleGenerator(seed, n);
    SampleGenerator.Summary summary = generator.write(out);
    System.out.println(
        "Synthetische aanlevermap geschreven in "
            + out
            + " ("
            + summary.persons()
            + " personen, seed "
            + seed
            + "):");
    summary
        .rowsPerFile()
        .forEach(
            (file, rows) ->
                System.out.printf(
                    java.util.Locale.forLanguageTag("nl-NL"), "  %-40s %,d regels%n", file, rows));
    return Lea.OK;
  }
}
