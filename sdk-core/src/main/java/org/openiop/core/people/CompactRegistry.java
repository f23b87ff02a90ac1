package org.openiop.core.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.openiop.core.Jurisdiction;
import org.openiop.core.OpenIopException;
import org.openiop.core.Validation;

/**
 * The licensure compacts an application knows, by code.
 *
 * <p>{@link #standard()} holds the bundled snapshot of PSYPACT, the Counseling Compact, the Social
 * Work Licensure Compact and the Nurse Licensure Compact. Member lists change with every
 * legislative session and enactment is not the same as being operational, so production hosts
 * should load the current lists and register them with {@link #with(Compact)}, which replaces a
 * compact of the same code. Registries are immutable and safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CompactRegistry {
  private static final String RESOURCE = "compacts.txt";
  private static final CompactRegistry STANDARD = new CompactRegistry(load());

  private final Map<String, Compact> compacts;

  private CompactRegistry(Map<String, Compact> compacts) {
    this.compacts = Collections.unmodifiableMap(new TreeMap<>(compacts));
  }

  /**
   * The bundled compacts.
   *
   * @return never {@code null}
   */
  public static CompactRegistry standard() {
    return STANDARD;
  }

  /**
   * A registry with no compacts.
   *
   * @return never {@code null}
   */
  public static CompactRegistry empty() {
    return new CompactRegistry(Map.of());
  }

  /**
   * Returns a registry that also holds {@code compact}, replacing one with the same code.
   *
   * @param compact the compact; validated; never {@code null}
   * @return a new registry; this one is unchanged
   * @throws org.openiop.core.InvalidInputException if the compact breaks a content rule
   */
  public CompactRegistry with(Compact compact) {
    Objects.requireNonNull(compact, "compact == null");
    Validation.check(compact, "compact");
    Map<String, Compact> copy = new TreeMap<>(compacts);
    copy.put(compact.code(), compact);
    return new CompactRegistry(copy);
  }

  /**
   * Finds a compact by code.
   *
   * @param code e.g. {@code PSYPACT}; never {@code null}
   * @return the compact, or empty if unknown
   */
  public Optional<Compact> find(String code) {
    Objects.requireNonNull(code, "code == null");
    return Optional.ofNullable(compacts.get(code));
  }

  /**
   * Every compact, sorted by code.
   *
   * @return an unmodifiable collection
   */
  public Collection<Compact> all() {
    return compacts.values();
  }

  private static Map<String, Compact> load() {
    Map<String, Compact> map = new TreeMap<>();
    try (InputStream in = CompactRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new OpenIopException("bundled resource missing: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|", -1);
        if (f.length != 7) {
          throw new OpenIopException("malformed line in bundled resource " + RESOURCE);
        }
        List<Credential> credentials = new ArrayList<>();
        for (String c : f[3].split(",")) {
          credentials.add(Credential.valueOf(c.trim()));
        }
        List<Jurisdiction> members = new ArrayList<>();
        for (String m : f[4].split(",")) {
          members.add(Jurisdiction.of(m.trim()));
        }
        Compact compact =
            new Compact(
                f[0],
                f[1],
                PrivilegeScope.valueOf(f[2]),
                java.util.EnumSet.copyOf(credentials),
                new java.util.TreeSet<>(members),
                LocalDate.parse(f[5]),
                f[6]);
        map.put(compact.code(), Validation.check(compact, "compact"));
      }
    } catch (IOException e) {
      throw new OpenIopException("cannot read bundled resource " + RESOURCE, e);
    }
    return map;
  }
}
