package org.openiop.crypto.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * A {@link KeyDirectory} held in memory, for tests, demos and single-node hosts. Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InMemoryKeyDirectory implements KeyDirectory {
  private final Map<Principal, List<AttestedBundle>> bundles = new ConcurrentHashMap<>();
  private final Map<Principal, List<AttestedRevocation>> revocations = new ConcurrentHashMap<>();

  /** Creates an empty directory. */
  public InMemoryKeyDirectory() {}

  @Override
  public void publish(AttestedBundle bundle) {
    Objects.requireNonNull(bundle, "bundle == null");
    bundles.compute(
        bundle.principal(),
        (p, list) -> {
          List<AttestedBundle> next = list == null ? new ArrayList<>() : new ArrayList<>(list);
          if (bundle.version() != next.size() + 1L) {
            throw new IllegalStateException(
                "bundle version " + bundle.version() + " out of order for " + p);
          }
          next.add(bundle);
          return List.copyOf(next);
        });
  }

  @Override
  public List<AttestedBundle> bundles(Principal principal) {
    Objects.requireNonNull(principal, "principal == null");
    return bundles.getOrDefault(principal, List.of());
  }

  @Override
  public void publishRevocation(AttestedRevocation revocation) {
    Objects.requireNonNull(revocation, "revocation == null");
    revocations.compute(
        revocation.principal(),
        (p, list) -> {
          List<AttestedRevocation> next = list == null ? new ArrayList<>() : new ArrayList<>(list);
          next.add(revocation);
          return List.copyOf(next);
        });
  }

  @Override
  public List<AttestedRevocation> revocations(Principal principal) {
    Objects.requireNonNull(principal, "principal == null");
    return revocations.getOrDefault(principal, List.of());
  }
}
