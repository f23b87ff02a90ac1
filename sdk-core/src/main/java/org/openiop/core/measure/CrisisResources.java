package org.openiop.core.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;

/**
 * Crisis resources per jurisdiction, keyed by an ISO 3166-1 alpha-2 country code ({@code US}) or an
 * ISO 3166-2 subdivision code ({@code US-CA}, a {@link Jurisdiction}). A lookup tries the
 * subdivision, then its country, then the default region, so a participant always gets some
 * resource.
 *
 * <p>The default table has the United States: the 988 Suicide &amp; Crisis Lifeline (call or text
 * 988; veterans press 1 or text 838255) and 911. Hosts add their own regions with {@link
 * #with(String, List)}. Immutable and safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CrisisResources {
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

  /** The United States resources. */
  public static final List<CrisisResource> US =
      List.of(
          new CrisisResource("988 Suicide & Crisis Lifeline", "call or text 988"),
          new CrisisResource("Veterans Crisis Line", "dial 988 then press 1, or text 838255"),
          new CrisisResource("Emergency services", "call 911"));

  private final Map<String, List<CrisisResource>> byRegion;
  private final String defaultRegion;

  private CrisisResources(Map<String, List<CrisisResource>> byRegion, String defaultRegion) {
    this.byRegion = Map.copyOf(byRegion);
    this.defaultRegion = defaultRegion;
  }

  /**
   * The default table: {@code US}, which is also the fallback region.
   *
   * @return the table
   */
  public static CrisisResources defaults() {
    return new CrisisResources(Map.of("US", US), "US");
  }

  /**
   * A copy with resources for one region added or replaced.
   *
   * @param region ISO 3166-1 alpha-2 or ISO 3166-2 code
   * @param resources at least one resource
   * @return the new table
   */
  public CrisisResources with(String region, List<CrisisResource> resources) {
    checkRegion(region);
    Objects.requireNonNull(resources, "resources == null");
    if (resources.isEmpty()) {
      throw InvalidInputException.of("resources", "must not be empty");
    }
    Map<String, List<CrisisResource>> copy = new HashMap<>(byRegion);
    copy.put(region, List.copyOf(resources));
    return new CrisisResources(copy, defaultRegion);
  }

  /**
   * A copy whose fallback is another region already in the table.
   *
   * @param region the new fallback region
   * @return the new table
   */
  public CrisisResources withDefaultRegion(String region) {
    checkRegion(region);
    if (!byRegion.containsKey(region)) {
      throw InvalidInputException.of("region", "has no resources in this table");
    }
    return new CrisisResources(byRegion, region);
  }

  /**
   * A copy with resources for one jurisdiction added or replaced.
   *
   * @param jurisdiction the subdivision
   * @param resources at least one resource
   * @return the new table
   */
  public CrisisResources with(Jurisdiction jurisdiction, List<CrisisResource> resources) {
    Objects.requireNonNull(jurisdiction, "jurisdiction == null");
    return with(jurisdiction.code(), resources);
  }

  /**
   * The resources for where the participant is now, falling back to the country and then the
   * default region.
   *
   * @param jurisdiction the participant's current jurisdiction, or {@code null} if unknown
   * @return never empty
   */
  public List<CrisisResource> forJurisdiction(@Nullable Jurisdiction jurisdiction) {
    return forRegion(jurisdiction == null ? null : jurisdiction.code());
  }

  /**
   * The resources for a region, falling back to its country and then the default region.
   *
   * @param region ISO 3166-1 alpha-2 or ISO 3166-2 code, or {@code null} if unknown
   * @return never empty
   */
  public List<CrisisResource> forRegion(@Nullable String region) {
    if (region != null) {
      checkRegion(region);
      List<CrisisResource> exact = byRegion.get(region);
      if (exact != null) {
        return exact;
      }
      List<CrisisResource> country = byRegion.get(region.substring(0, 2));
      if (country != null) {
        return country;
      }
    }
    return Objects.requireNonNull(byRegion.get(defaultRegion));
  }

  private static void checkRegion(String region) {
    if (region == null || !REGION.matcher(region).matches()) {
      throw InvalidInputException.of("region", "must be an ISO 3166-1 or ISO 3166-2 code");
    }
  }
}
