package org.openiop.core.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.EnrollmentId;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.Validation;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.Participant;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.Enrollment;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;

/**
 * A thread-safe {@link Store} in memory, for tests, demos and single-node hosts.
 *
 * <p>Each save is an atomic compare-and-set on the key's version; values are validated with {@link
 * Validation} before they are stored.
 *
 * <pre>{@code
 * Store<ParticipantId, Participant> participants = InMemoryStore.participants();
 * Versioned<Participant> v1 = participants.save(participant, 0);
 * participants.save(changed, v1.version()); // a second writer still on v1 now fails
 * }</pre>
 *
 * @param <K> the key type
 * @param <V> the value type
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InMemoryStore<K extends Comparable<? super K>, V> implements Store<K, V> {
  private final ConcurrentHashMap<K, Versioned<V>> values = new ConcurrentHashMap<>();
  private final Function<V, K> keyOf;
  private final String rootPath;

  private InMemoryStore(Function<V, K> keyOf, String rootPath) {
    this.keyOf = keyOf;
    this.rootPath = rootPath;
  }

  /**
   * A store for any value type.
   *
   * @param keyOf extracts a value's key; never {@code null}
   * @param rootPath the name used in validation paths, e.g. {@code participant}; never {@code null}
   * @param <K> the key type
   * @param <V> the value type
   * @return an empty store
   */
  public static <K extends Comparable<? super K>, V> InMemoryStore<K, V> of(
      Function<V, K> keyOf, String rootPath) {
    Objects.requireNonNull(keyOf, "keyOf == null");
    Objects.requireNonNull(rootPath, "rootPath == null");
    return new InMemoryStore<>(keyOf, rootPath);
  }

  /**
   * An empty participant store.
   *
   * @return the store
   */
  public static InMemoryStore<ParticipantId, Participant> participants() {
    return of(Participant::id, "participant");
  }

  /**
   * An empty clinician store.
   *
   * @return the store
   */
  public static InMemoryStore<ClinicianId, Clinician> clinicians() {
    return of(Clinician::id, "clinician");
  }

  /**
   * An empty support-person store.
   *
   * @return the store
   */
  public static InMemoryStore<SupportPersonId, SupportPerson> supportPersons() {
    return of(SupportPerson::id, "supportPerson");
  }

  /**
   * An empty program store.
   *
   * @return the store
   */
  public static InMemoryStore<ProgramId, Program> programs() {
    return of(Program::id, "program");
  }

  /**
   * An empty cohort store.
   *
   * @return the store
   */
  public static InMemoryStore<CohortId, Cohort> cohorts() {
    return of(Cohort::id, "cohort");
  }

  /**
   * An empty session store.
   *
   * @return the store
   */
  public static InMemoryStore<SessionId, Session> sessions() {
    return of(Session::id, "session");
  }

  /**
   * An empty enrollment store.
   *
   * @return the store
   */
  public static InMemoryStore<EnrollmentId, Enrollment> enrollments() {
    return of(Enrollment::id, "enrollment");
  }

  /**
   * An empty attendance store, keyed by session and person.
   *
   * @return the store
   */
  public static InMemoryStore<AttendanceKey, Attendance> attendance() {
    return of(AttendanceKey::of, "attendance");
  }

  @Override
  public Optional<Versioned<V>> find(K key) {
    Objects.requireNonNull(key, "key == null");
    return Optional.ofNullable(values.get(key));
  }

  @Override
  public Versioned<V> save(V value, long expectedVersion) {
    Objects.requireNonNull(value, "value == null");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative");
    }
    Validation.check(value, rootPath);
    K key = Objects.requireNonNull(keyOf.apply(value), "key == null");
    return values.compute(
        key,
        (k, current) -> {
          long actual = current == null ? 0 : current.version();
          if (actual != expectedVersion) {
            throw new StaleVersionException(String.valueOf(k), expectedVersion, actual);
          }
          return new Versioned<>(value, actual + 1);
        });
  }

  @Override
  public List<Versioned<V>> all() {
    List<K> keys = new ArrayList<>(values.keySet());
    keys.sort(Comparator.naturalOrder());
    List<Versioned<V>> out = new ArrayList<>(keys.size());
    for (K k : keys) {
      Versioned<V> v = values.get(k);
      if (v != null) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }
}
