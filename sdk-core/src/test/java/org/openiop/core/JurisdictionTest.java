package org.openiop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JurisdictionTest {

  @Test
  void ofAcceptsIsoSubdivisionCodesAndSplitsThem() {
    Jurisdiction on = Jurisdiction.of("CA-ON");
    assertThat(on.country()).isEqualTo("CA");
    assertThat(on.subdivision()).isEqualTo("ON");
    assertThat(on).hasToString("CA-ON");
  }

  @Test
  void ofRejectsMalformedCodesWithoutQuotingThem() {
    assertThatThrownBy(() -> Jurisdiction.of("California"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: jurisdiction: must be an ISO 3166-2 subdivision code such as US-CA");
    assertThat(Jurisdiction.tryParse("us-ca")).isEmpty();
    assertThat(Jurisdiction.tryParse(null)).isEmpty();
    assertThat(Jurisdiction.tryParse("US-CA")).contains(Jurisdiction.of("US-CA"));
  }

  @Test
  void standardRegistryHoldsEveryStateDcTerritoryAndCanadianSubdivision() {
    JurisdictionRegistry registry = JurisdictionRegistry.standard();
    assertThat(registry.all().stream().filter(j -> j.country().equals("US"))).hasSize(57);
    assertThat(registry.all().stream().filter(j -> j.country().equals("CA"))).hasSize(13);
    assertThat(registry.nameOf(Jurisdiction.of("US-DC"))).contains("District of Columbia");
    assertThat(registry.nameOf(Jurisdiction.of("US-PR"))).contains("Puerto Rico");
    assertThat(registry.nameOf(Jurisdiction.of("CA-NU"))).contains("Nunavut");
    assertThat(registry.require("US-TX")).isEqualTo(Jurisdiction.of("US-TX"));
  }

  @Test
  void hostsExtendARegistryWithoutChangingTheStandardOne() {
    JurisdictionRegistry extended =
        JurisdictionRegistry.standard().with(Jurisdiction.of("MX-BCN"), "Baja California");
    assertThat(extended.contains(Jurisdiction.of("MX-BCN"))).isTrue();
    assertThat(JurisdictionRegistry.standard().contains(Jurisdiction.of("MX-BCN"))).isFalse();
    assertThatThrownBy(() -> JurisdictionRegistry.standard().require("MX-BCN"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: jurisdiction: is not a known jurisdiction");
  }
}
