package nl.leamonitor.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;

/**
 * The Hadoop settings of a run: the cluster's own ({@code core-site.xml} on the classpath) plus the
 * {@code spark.hadoop.*} options given to spark-submit or {@code lea} (s3a credentials and
 * endpoints among them). The driver and every task build their file systems from the same settings;
 * they travel in the serialized task, like the pseudonymisation key.
 *
 * @param options the {@code spark.hadoop.} options without that prefix
 */
record HadoopSettings(Map<String, String> options) implements Serializable {
  private static final String PREFIX = "spark.hadoop.";

  /** Returns the settings spark-submit (or {@code -Dspark.hadoop.*}) gave this JVM. */
  static HadoopSettings fromSparkConf(SparkConf conf) {
    Map<String, String> options = new TreeMap<>();
    for (scala.Tuple2<String, String> entry : conf.getAllWithPrefix(PREFIX)) {
      options.put(entry._1(), entry._2());
    }
    return new HadoopSettings(options);
  }

  /** Returns a Hadoop configuration with these settings over the cluster's defaults. */
  Configuration configuration() {
    Configuration configuration = new Configuration();
    options.forEach(configuration::set);
    return configuration;
  }
}
