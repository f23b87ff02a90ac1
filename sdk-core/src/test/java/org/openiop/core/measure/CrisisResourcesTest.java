package org.openiop.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;

class CrisisResourcesTest {
  private static final List<CrisisResource> CANADA =
      List.of(new CrisisResource("9-8-8 Suicide Crisis Helpline", "call or text 988"));

  @Test
  void theDefaultIsTheUnitedStatesWith988And911() {
    assertThat(CrisisResources.defaults().forRegion("US"))
        .extracting(CrisisResource::contact)
        .containsExactly("call or text 988", "dial 988 then press 1, or text 838255", "call 911");
  }

  @Test
  void aSubdivisionFallsBackToItsCountryThenToTheDefault() {
    CrisisResources table = CrisisResources.defaults().with("CA", CANADA);
    assertThat(table.forRegion("CA-ON")).isEqualTo(CANADA);
    assertThat(table.forRegion("US-TX")).isEqualTo(CrisisResources.US);
    assertThat(table.forRegion("FR")).isEqualTo(CrisisResources.US);
    assertThat(table.forRegion(null)).isEqualTo(CrisisResources.US);
    assertThat(table.withDefaultRegion("CA").forRegion("FR")).isEqualTo(CANADA);
  }

  @Test
  void aJurisdictionResolvesLikeItsCode() {
    CrisisResources table = CrisisResources.defaults().with(Jurisdiction.of("CA-QC"), CANADA);
    assertThat(table.forJurisdiction(Jurisdiction.of("CA-QC"))).isEqualTo(CANADA);
    assertThat(table.forJurisdiction(Jurisdiction.of("CA-ON"))).isEqualTo(CrisisResources.US);
    assertThat(table.forJurisdiction(null)).isEqualTo(CrisisResources.US);
  }

  @Test
  void malformedRegionCodesAreRejected() {
    assertThatThrownBy(() -> CrisisResources.defaults().forRegion("usa"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: region: must be an ISO 3166-1 or ISO 3166-2 code");
  }
}
