package org.openiop.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.openiop.core.ConsentId;
import org.openiop.core.ParticipantId;
import org.openiop.core.Validation;
import org.openiop.core.privacy.Consent;

/**
 * A thread-safe, append-only {@link ConsentStore} in memory.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InMemoryConsentStore implements ConsentStore {
  private final Map<ConsentId, List<Consent>> versions = new TreeMap<>();

  /** Creates an empty store. */
  public InMemoryConsentStore() {}

  @Override
  public synchronized void append(Consent consent) {
    Objects.requireNonNull(consent, "consent == null");
    Validation.check(consent, "consent");
    List<Consent> existing = versions.get(consent.id());
    long latest = existing == null ? 0 : existing.get(existing.size() - 1).version();
    if (consent.version() != latest + 1) {
      throw new StaleVersionException(consent.id().value(), consent.version() - 1L, latest);
    }
    if (existing != null && !consent.subject().equals(existing.get(0).subject())) {
      throw new IllegalArgumentException(
          "consent " + consent.id() + " version " + consent.version() + " changes the subject");
    }
    versions.computeIfAbsent(consent.id(), k -> new ArrayList<>()).add(consent);
  }

  @Override
  public synchronized List<Consent> history(ConsentId id) {
    Objects.requireNonNull(id, "id == null");
    List<Consent> list = versions.get(id);
    return list == null ? List.of() : List.copyOf(list);
  }

  @Override
  public synchronized List<Consent> latestFor(ParticipantId participant) {
    Objects.requireNonNull(participant, "participant == null");
    List<Consent> out = new ArrayList<>();
    for (List<Consent> list : versions.values()) {
      Consent last = list.get(list.size() - 1);
      if (participant.equals(last.participant())) {
        out.add(last);
      }
    }
    return List.copyOf(out);
  }
}
