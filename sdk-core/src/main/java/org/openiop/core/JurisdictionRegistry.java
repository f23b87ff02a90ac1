package org.openiop.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The jurisdictions an application knows, with their names.
 *
 * <p>{@link #standard()} holds the bundled data: every US state, the District of Columbia, the US
 * territories and outlying areas, and every Canadian province and territory. A host adds more with
 * {@link #with(Jurisdiction, String)}, which returns a new registry; registries are immutable and
 * safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class JurisdictionRegistry {
  private static final String RESOURCE = "jurisdictions.tsv";
  private static final JurisdictionRegistry STANDARD = new JurisdictionRegistry(load());

  private final Map<Jurisdiction, String> names;

  private JurisdictionRegistry(Map<Jurisdiction, String> names) {
    this.names = Collections.unmodifiableMap(new TreeMap<>(names));
  }

  /**
   * The bundled registry of US and Canadian subdivisions.
   *
   * @return never {@code null}
   */
  public static JurisdictionRegistry standard() {
    return STANDARD;
  }

  /**
   * Returns a registry that also knows {@code jurisdiction} under {@code name} (replacing an
   * existing name).
   *
   * @param jurisdiction the jurisdiction to add; never {@code null}
   * @param name its display name, 1-100 characters; never {@code null}
   * @return a new registry; this one is unchanged
   */
  public JurisdictionRegistry with(Jurisdiction jurisdiction, String name) {
    Objects.requireNonNull(jurisdiction, "jurisdiction == null");
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank() || name.length() > 100) {
      throw InvalidInputException.of("name", "must be 1-100 characters and not blank");
    }
    Map<Jurisdiction, String> copy = new TreeMap<>(names);
    copy.put(jurisdiction, name);
    return new JurisdictionRegistry(copy);
  }

  /**
   * Whether the registry knows the jurisdiction.
   *
   * @param jurisdiction the jurisdiction; never {@code null}
   * @return true if known
   */
  public boolean contains(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction == null");
    return names.containsKey(jurisdiction);
  }

  /**
   * The display name of a jurisdiction.
   *
   * @param jurisdiction the jurisdiction; never {@code null}
   * @return its name, or empty if unknown
   */
  public Optional<String> nameOf(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction == null");
    return Optional.ofNullable(names.get(jurisdiction));
  }

  /**
   * Parses a code and checks that this registry knows it.
   *
   * @param code the code; never {@code null}
   * @return the known jurisdiction
   * @throws InvalidInputException if the code is malformed or unknown here
   */
  public Jurisdiction require(String code) {
    Jurisdiction jurisdiction = Jurisdiction.of(code);
    if (!names.containsKey(jurisdiction)) {
      throw InvalidInputException.of("jurisdiction", "is not a known jurisdiction");
    }
    return jurisdiction;
  }

  /**
   * Every known jurisdiction, sorted by code.
   *
   * @return an unmodifiable set
   */
  public Set<Jurisdiction> all() {
    return names.keySet();
  }

  private static Map<Jurisdiction, String> load() {
    Map<Jurisdiction, String> map = new TreeMap<>();
    try (InputStream in = JurisdictionRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new OpenIopException("bundled resource missing: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        map.put(Jurisdiction.of(parts[0].trim()), parts[1].trim());
      }
    } catch (IOException e) {
      throw new OpenIopException("cannot read bundled resource " + RESOURCE, e);
    }
    return map;
  }
}
