package org.openiop.benchmarks.interop;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

class FhirExportBenchmarkTest {
  @Test
  void everyMethodWritesTheSameBundleContent() {
    FhirExportBenchmark b = new FhirExportBenchmark();
    b.participants = 16;
    b.weeks = 2;
    b.setUp();
    IParser parser = FhirContext.forR4Cached().newJsonParser();

    String hapi = b.hapiEncode();
    String ours = b.oursEncode();
    String oursEndToEnd = b.oursMapAndEncode();

    assertThat(oursEndToEnd).isEqualTo(ours);
    Bundle fromHapi = parser.parseResource(Bundle.class, hapi);
    Bundle fromOurs = parser.parseResource(Bundle.class, ours);
    assertThat(fromOurs.getEntry()).hasSize(b.hapiEntryCount()).hasSizeGreaterThan(300);
    assertThat(fromOurs.equalsDeep(fromHapi)).isTrue();
    assertThat(parser.encodeResourceToString(fromOurs)).isEqualTo(hapi);
  }
}
