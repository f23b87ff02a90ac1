package org.openiop.benchmarks.interop;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openiop.core.interop.FhirExportRequest;
import org.openiop.core.interop.FhirExporter;
import org.openiop.core.interop.SampleProgram;
import org.openiop.core.interop.fhir.R4;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * FHIR R4 export of a 1,000-participant, 12-week program: OpenIOP's records written by JSON-B
 * against HAPI FHIR's own JSON serializer writing the same resources (HAPI's model is parsed from
 * our output in setup, so both sides hold identical content).
 *
 * <ul>
 *   <li>{@link #hapiEncode()}: baseline, HAPI's {@code IParser.encodeResourceToString}.
 *   <li>{@link #oursEncode()}: our serializer on our already-built bundle (like for like).
 *   <li>{@link #oursMapAndEncode()}: our whole export from domain objects (mapping included).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx6g"})
public class FhirExportBenchmark {
  /** Participants in the program. */
  @Param({"1000"})
  public int participants;

  /** Weeks of sessions and scores. */
  @Param({"12"})
  public int weeks;

  private FhirExportRequest request;
  private FhirExporter exporter;
  private R4.Bundle ours;
  private Bundle hapiBundle;
  private IParser hapiParser;

  /** Builds the program, our bundle and HAPI's model of the same bundle. */
  @Setup(Level.Trial)
  public void setUp() {
    request = SampleProgram.build(participants, weeks, 7);
    exporter =
        FhirExporter.builder(Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC))
            .baseUrl("https://iop.example.org/fhir")
            .build();
    ours = exporter.bundle(request);
    FhirContext ctx = FhirContext.forR4Cached();
    hapiParser = ctx.newJsonParser();
    hapiBundle = hapiParser.parseResource(Bundle.class, exporter.toJson(ours));
  }

  /**
   * Baseline: HAPI FHIR serializes the bundle.
   *
   * @return the JSON
   */
  @Benchmark
  public String hapiEncode() {
    return hapiParser.encodeResourceToString(hapiBundle);
  }

  /**
   * Ours: JSON-B serializes our bundle.
   *
   * @return the JSON
   */
  @Benchmark
  public String oursEncode() {
    return exporter.toJson(ours);
  }

  /**
   * Ours, end to end: map the domain objects and serialize.
   *
   * @return the JSON
   */
  @Benchmark
  public String oursMapAndEncode() {
    return exporter.exportJson(request);
  }

  /**
   * The number of bundle entries, for the correctness test.
   *
   * @return entries in HAPI's model
   */
  public int hapiEntryCount() {
    return hapiBundle.getEntry().size();
  }
}
