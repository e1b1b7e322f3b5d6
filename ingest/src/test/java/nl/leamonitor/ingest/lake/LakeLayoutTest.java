package nl.leamonitor.ingest.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import nl.leamonitor.ingest.delivery.Dataset;
import org.junit.jupiter.api.Test;

/**
 * Where each dataset lives: a folder per personal dataset, one Parquet file per reference table.
 */
class LakeLayoutTest {
  @Test
  void personalDatasetsAreFoldersAndReferenceTablesFilesUnderReferentie() {
    LakeLayout lake = new LakeLayout(URI.create("hdfs://namenode:8020/lea/lake/20251130-060000"));
    assertEquals(URI.create("hdfs://namenode:8020/lea/lake/20251130-060000/"), lake.root());
    assertEquals(
        URI.create("hdfs://namenode:8020/lea/lake/20251130-060000/inschrijvingen"),
        lake.location(Dataset.INSCHRIJVINGEN));
    assertEquals(
        URI.create("hdfs://namenode:8020/lea/lake/20251130-060000/thuiszitters"),
        lake.location(Dataset.THUISZITTERS));
    assertEquals(
        URI.create("hdfs://namenode:8020/lea/lake/20251130-060000/referentie/scholen.parquet"),
        lake.location(Dataset.SCHOLEN));
    assertEquals("hdfs://namenode:8020/lea/lake/20251130-060000/", lake.describe());
  }

  @Test
  void aLakeOnThisMachineIsAFolder() {
    Path folder = Path.of("/data/lea/intern/runs/20251130-060000/lake");
    LakeLayout lake = LakeLayout.at(folder);
    assertEquals(folder.resolve("vsv"), lake.path(Dataset.VSV));
    assertEquals(folder.resolve("referentie").resolve("wijken.parquet"), lake.path(Dataset.WIJKEN));
    assertEquals(folder.toString(), lake.describe());
    assertEquals("referentie/bevolking.parquet", LakeLayout.relative(Dataset.BEVOLKING));
  }
}
