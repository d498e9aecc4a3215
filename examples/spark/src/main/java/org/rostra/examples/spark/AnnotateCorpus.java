package org.rostra.examples.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.rostra.AnnotationException;
import org.rostra.AnnotationRequest;
import org.rostra.Annotator;
import org.rostra.doc.Attribution;
import org.rostra.doc.Document;
import org.rostra.doc.EntityLink;
import org.rostra.doc.LayerKey;
import org.rostra.doc.Layers;
import org.rostra.examples.cli.CliAnnotators;
import org.rostra.io.JsonLines;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A Spark job that annotates a JSON Lines corpus ({@code {"id","text","date","meta"}} per line)
 * into JSON Lines (exactly what {@code rostra annotate} writes for each line) or Parquet (the
 * same JSON plus typed columns for entities, quotes and themes).
 *
 * <p>Each executor JVM builds one {@link Annotator} the first time one of its tasks needs it
 * and shares it between its task threads (an Annotator is immutable and thread-safe); each
 * partition is annotated by streaming its lines through it ({@code mapPartitions}), so the
 * models are loaded once per executor, never per row or per task.
 *
 * <pre>
 * spark-submit --class org.rostra.examples.spark.AnnotateCorpus rostra-spark-job.jar \
 *   --input corpus.jsonl --output annotated --format parquet
 * </pre>
 *
 * <p>A line that cannot be parsed or annotated is counted and written, with its error, under
 * {@code OUTPUT-errors}; the others are all annotated.
 */
public final class AnnotateCorpus {
  private AnnotateCorpus() {}

  /**
   * What to run.
   *
   * @param input a JSON Lines file or folder (any Hadoop path: file://, hdfs://, s3a://)
   * @param output the output folder (replaced)
   * @param format {@code jsonl} or {@code parquet}
   * @param layers layer names as for the CLI's {@code --layers}; empty for all
   * @param minPartitions at least this many input partitions (0: Spark's default)
   */
  public record Options(
      String input, String output, String format, List<String> layers, int minPartitions)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the format and copies the layers. */
    public Options {
      format = format.toLowerCase(Locale.ROOT);
      if (!format.equals("jsonl") && !format.equals("parquet")) {
        throw new IllegalArgumentException("--format must be jsonl or parquet, got " + format);
      }
      layers = List.copyOf(layers);
    }
  }

  /** How many documents were annotated and how many lines failed. */
  public record Summary(long annotated, long failed) {}

  /** The columns an entity and a quote start with: its span and its text. */
  private static StructType spanStruct() {
    return new StructType()
        .add("start", DataTypes.IntegerType)
        .add("end", DataTypes.IntegerType)
        .add("text", DataTypes.StringType);
  }

  /** One output row: typed columns, the document's JSON, and the error of a failed line. */
  static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("date", DataTypes.StringType)
          .add("layers", DataTypes.createArrayType(DataTypes.StringType))
          .add("entities", DataTypes.createArrayType(spanStruct()
              .add("type", DataTypes.StringType)
              .add("kb", DataTypes.StringType).add("label", DataTypes.StringType)
              .add("cluster", DataTypes.IntegerType)))
          .add("quotes", DataTypes.createArrayType(spanStruct()
              .add("kind", DataTypes.StringType)
              .add("speaker", DataTypes.StringType).add("speaker_kb", DataTypes.StringType)
              .add("source", DataTypes.StringType).add("source_kb", DataTypes.StringType)
              .add("confidence", DataTypes.DoubleType)))
          .add("themes", DataTypes.createArrayType(new StructType()
              .add("id", DataTypes.StringType).add("label", DataTypes.StringType)
              .add("score", DataTypes.DoubleType).add("level", DataTypes.StringType)
              .add("index", DataTypes.IntegerType)))
          .add("json", DataTypes.StringType)
          .add("error", DataTypes.StringType);

  /**
   * Runs the job: {@code --input PATH --output PATH [--format jsonl|parquet]
   * [--layers a,b] [--partitions N]}.
   */
  public static void main(String[] args) {
    Options o = parse(args);
    SparkSession spark = SparkSession.builder().appName("rostra-annotate").getOrCreate();
    try {
      Summary s = run(spark, o);
      System.out.println(s.annotated() + " documents annotated, " + s.failed() + " lines failed");
    } finally {
      spark.stop();
    }
  }

  static Options parse(String[] args) {
    String input = null;
    String output = null;
    String format = "jsonl";
    List<String> layers = List.of();
    int partitions = 0;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--input" -> input = args[i + 1];
        case "--output" -> output = args[i + 1];
        case "--format" -> format = args[i + 1];
        case "--layers" -> layers = List.of(args[i + 1].split(","));
        case "--partitions" -> partitions = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (input == null || output == null || args.length % 2 != 0) {
      throw new IllegalArgumentException(
          "usage: --input PATH --output PATH [--format jsonl|parquet] [--layers a,b]"
              + " [--partitions N]");
    }
    return new Options(input, output, format, layers, partitions);
  }

  /** Runs the job on a session; returns the counts. */
  public static Summary run(SparkSession spark, Options o) {
    PerExecutor.annotator(o.layers()); // fail fast on the driver: unknown layers, missing models
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // snippet:spark-partitions
    JavaRDD<String> lines =
        o.minPartitions() > 0 ? sc.textFile(o.input(), o.minPartitions()) : sc.textFile(o.input());
    List<String> layers = o.layers();
    // each partition streams its lines through the executor's one Annotator
    JavaRDD<Row> rows = lines.mapPartitions(part -> new Annotating(part, layers));
    // end-snippet
    Dataset<Row> all = spark.createDataFrame(rows, SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> good = all.filter("error IS NULL").drop("error");
      Dataset<Row> bad = all.filter("error IS NOT NULL").select("id", "error");
      if (o.format().equals("jsonl")) {
        good.select("json").write().mode(SaveMode.Overwrite).text(o.output());
      } else {
        good.write().mode(SaveMode.Overwrite).parquet(o.output());
      }
      long failed = bad.count();
      if (failed > 0) {
        bad.write().mode(SaveMode.Overwrite).json(o.output() + "-errors");
      }
      return new Summary(all.count() - failed, failed);
    } finally {
      all.unpersist();
    }
  }

  // snippet:spark-per-executor
  /** One annotator per executor JVM and layer list, built on first use, shared by its tasks. */
  static final class PerExecutor {
    private static final ConcurrentHashMap<List<String>, Annotator> ANNOTATORS =
        new ConcurrentHashMap<>();

    private PerExecutor() {}

    static Annotator annotator(List<String> layers) {
      return ANNOTATORS.computeIfAbsent(layers, CliAnnotators::build);
    }
  }
  // end-snippet

  /** Streams a partition's lines through the executor's annotator, one row per line. */
  static final class Annotating implements Iterator<Row> {
    private final Iterator<String> lines;
    private final Annotator annotator;
    private Row next;

    Annotating(Iterator<String> lines, List<String> layers) {
      this.lines = lines;
      this.annotator = PerExecutor.annotator(layers);
    }

    @Override
    public boolean hasNext() {
      while (next == null && lines.hasNext()) {
        String line = lines.next();
        if (!line.isBlank()) {
          next = annotate(line);
        }
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row r = next;
      next = null;
      return r;
    }

    private Row annotate(String line) {
      String id = null;
      try {
        AnnotationRequest request = JsonLines.parseRequest(line);
        id = request.id();
        Document d = annotator.annotate(request);
        return row(d, JsonLines.toJson(d));
      } catch (AnnotationException e) {
        return RowFactory.create(id, null, null, null, null, null, null, e.getMessage());
      }
    }
  }

  static Row row(Document d, String json) {
    List<String> layers = new ArrayList<>();
    for (LayerKey<?> k : d.layerKeys()) {
      layers.add(k.name());
    }
    return RowFactory.create(d.id(), d.date().map(Object::toString).orElse(null), seq(layers),
        rows(d, Layers.ENTITIES, m -> RowFactory.create(m.start(), m.end(), m.text(),
            m.type().name(), m.kbId().orElse(null), m.link().map(EntityLink::label).orElse(null),
            m.cluster())),
        rows(d, Layers.QUOTES, q -> RowFactory.create(q.start(), q.end(), q.text(),
            q.kind().name().toLowerCase(Locale.ROOT),
            q.speaker().map(Attribution::text).orElse(null), kb(q.speaker().orElse(null)),
            q.source().map(Attribution::text).orElse(null), kb(q.source().orElse(null)),
            q.confidence())),
        rows(d, Layers.THEMES, t -> RowFactory.create(t.id(), t.label(), t.score(),
            t.level().name().toLowerCase(Locale.ROOT),
            t.index().isPresent() ? t.index().getAsInt() : null)),
        json, null);
  }

  /** A layer's items as an array column, or null when the document does not have the layer. */
  private static <T> Object rows(Document d, LayerKey<List<T>> key, Function<T, Row> toRow) {
    return d.find(key).map(items -> seq(items.stream().map(toRow).toList())).orElse(null);
  }

  /** Spark's rows hold Scala sequences for array columns. */
  private static Object seq(List<?> list) {
    return list == null ? null : CollectionConverters.asScala(list).toSeq();
  }

  private static String kb(Attribution a) {
    return a == null ? null : a.link().map(EntityLink::kbId).orElse(null);
  }
}
