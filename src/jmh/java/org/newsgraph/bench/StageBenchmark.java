package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.Pipeline;
import org.newsgraph.annotate.Models;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.model.Document;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Stage;
import org.newsgraph.rdf.DocumentMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole path's stages one at a time, on the articles {@code newsgraph bench} varies: each
 * operation runs one stage over {@value #ARTICLES} articles, on what the stages before it made of
 * them. {@code clean} is the cleaner, {@code map} the mapping of a finished document to quads, and
 * every other value a {@link Stage} of {@link Pipeline#create} by its class name. Run from the
 * project root (it reads seeds/ and the golden test articles): {@code mvn -q -Pjmh -DskipTests
 * verify}, or one stage with {@code -Djmh.args="-p stage=NameAnnotator"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class StageBenchmark {

  /** Articles per operation. */
  static final int ARTICLES = 40;

  @Param({
    "clean",
    "SentenceTokenizer",
    "PosTagger",
    "NameAnnotator",
    "RoleExtractor",
    "QuoteExtractor",
    "DateExtractor",
    "QuantityExtractor",
    "EventExtractor",
    "Resolver",
    "map"
  })
  public String stage;

  private final Cleaner cleaner = new Cleaner();
  private final DocumentMapper mapper = new DocumentMapper(Pipeline.VERSION);
  private final List<RawArticle> articles = new ArrayList<>();

  /** What the stage under test gets: the documents as the stages before it left them. */
  private final List<Document> inputs = new ArrayList<>();

  private Stage measured;

  @Setup
  public void setUp() {
    Pipeline pipeline = Pipeline.create(Models.load());
    Corpus corpus =
        Corpus.from(
            List.of(Path.of("seeds"), Path.of("src/test/resources/golden/articles")), ARTICLES);
    corpus.forEach(articles::add);
    measured =
        pipeline.stages().stream()
            .filter(s -> s.getClass().getSimpleName().equals(stage))
            .findFirst()
            .orElse(null);
    if (measured == null && !stage.equals("clean") && !stage.equals("map")) {
      throw new IllegalArgumentException("no stage named " + stage);
    }
    long tokens = 0;
    for (RawArticle raw : articles) {
      Document doc = cleaner.clean(raw);
      for (Stage s : pipeline.stages()) {
        if (s == measured) {
          inputs.add(doc);
        }
        doc = s.apply(doc);
      }
      if (measured == null) {
        inputs.add(doc);
      }
      tokens += doc.tokens().size();
    }
    System.out.printf("%n%d articles, %d tokens per operation%n", ARTICLES, tokens);
  }

  @Benchmark
  public void run(Blackhole bh) {
    switch (stage) {
      case "clean" -> articles.forEach(raw -> bh.consume(cleaner.clean(raw)));
      case "map" -> inputs.forEach(doc -> mapper.map(doc, sink(bh)));
      default -> inputs.forEach(doc -> bh.consume(measured.apply(doc)));
    }
  }

  private static StreamRDF sink(Blackhole bh) {
    return new StreamRDFBase() {
      @Override
      public void quad(Quad q) {
        bh.consume(q);
      }
    };
  }
}
