package org.openiop.core.care;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.openiop.core.IdGenerator;
import org.openiop.core.InvalidInputException;
import org.openiop.core.OpenIopException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.TypedId;

/**
 * Versioned care plans: every change makes a new {@link PlanVersion} that records who changed which
 * fields and when; earlier versions are kept. A revision names the version it is based on and is
 * refused if someone else revised the plan first, so no change is silently lost.
 *
 * <pre>{@code
 * var plans = new CarePlans(clock, IdGenerator.secureRandom());
 * var v1 = plans.create(participant, safetyPlan, clinician);
 * var v2 = plans.revise(v1.plan(), 1, updatedSafetyPlan, participant);
 * plans.history(v1.plan()); // [v1, v2]
 * }</pre>
 *
 * <p>Keeps plans in memory; safe for concurrent use. Logs nothing.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CarePlans {
  private final Clock clock;
  private final IdGenerator ids;
  private final Map<PlanId, List<PlanVersion<?>>> plans = new ConcurrentHashMap<>();

  /**
   * Creates an empty store.
   *
   * @param clock the time source
   * @param ids the id source
   */
  public CarePlans(Clock clock, IdGenerator ids) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.ids = Objects.requireNonNull(ids, "ids == null");
  }

  /**
   * Creates a plan at version 1.
   *
   * @param <T> the content type
   * @param participant whose plan
   * @param content the content
   * @param by who writes it
   * @return version 1
   */
  public <T extends PlanContent> PlanVersion<T> create(
      ParticipantId participant, T content, TypedId by) {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(by, "by == null");
    PlanVersion<T> v1 =
        new PlanVersion<>(
            PlanId.generate(ids),
            participant,
            1,
            content,
            by,
            clock.instant(),
            componentNames(content));
    List<PlanVersion<?>> history = new ArrayList<>();
    history.add(v1);
    plans.put(v1.plan(), history);
    return v1;
  }

  /**
   * Revises a plan.
   *
   * @param <T> the content type
   * @param plan the plan
   * @param basedOnVersion the version the change was made on; must be the current one
   * @param content the new content, of the same kind
   * @param by who changes it
   * @return the new version
   * @throws InvalidInputException if the plan is unknown, the kind differs, or {@code
   *     basedOnVersion} is not current (someone revised it first: reload and retry)
   */
  public <T extends PlanContent> PlanVersion<T> revise(
      PlanId plan, int basedOnVersion, T content, TypedId by) {
    Objects.requireNonNull(plan, "plan == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(by, "by == null");
    List<PlanVersion<?>> history = plans.get(plan);
    if (history == null) {
      throw InvalidInputException.of("plan", "is not known");
    }
    synchronized (history) {
      PlanVersion<?> current = history.get(history.size() - 1);
      if (current.content().getClass() != content.getClass()) {
        throw InvalidInputException.of("content", "must be the same kind of plan");
      }
      if (current.version() != basedOnVersion) {
        throw InvalidInputException.of(
            "basedOnVersion", "is not the current version " + current.version());
      }
      PlanVersion<T> next =
          new PlanVersion<>(
              plan,
              current.participant(),
              current.version() + 1,
              content,
              by,
              clock.instant(),
              changedFields(current.content(), content));
      history.add(next);
      return next;
    }
  }

  /**
   * Every version of a plan, oldest first.
   *
   * @param plan the plan
   * @return the versions, or an empty list if unknown
   */
  public List<PlanVersion<?>> history(PlanId plan) {
    Objects.requireNonNull(plan, "plan == null");
    List<PlanVersion<?>> history = plans.get(plan);
    if (history == null) {
      return List.of();
    }
    synchronized (history) {
      return List.copyOf(history);
    }
  }

  /**
   * The current version of a plan.
   *
   * @param plan the plan
   * @return the latest version, or empty if unknown
   */
  public Optional<PlanVersion<?>> current(PlanId plan) {
    List<PlanVersion<?>> h = history(plan);
    return h.isEmpty() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
  }

  /**
   * The current versions of a participant's plans.
   *
   * @param participant whose plans
   * @return the current versions
   */
  public List<PlanVersion<?>> currentPlansOf(ParticipantId participant) {
    Objects.requireNonNull(participant, "participant == null");
    List<PlanVersion<?>> out = new ArrayList<>();
    for (PlanId id : plans.keySet()) {
      current(id).filter(v -> v.participant().equals(participant)).ifPresent(out::add);
    }
    out.sort(java.util.Comparator.comparing(v -> v.plan().value()));
    return out;
  }

  /**
   * The current plans a support person may see: only kinds the participant's consent covers.
   *
   * @param participant whose plans
   * @param supportPerson who asks
   * @param access the consent check
   * @return the permitted current versions; empty when nothing is shared
   */
  public List<PlanVersion<?>> visibleTo(
      ParticipantId participant, SupportPersonId supportPerson, SupportPersonAccess access) {
    Objects.requireNonNull(supportPerson, "supportPerson == null");
    Objects.requireNonNull(access, "access == null");
    return currentPlansOf(participant).stream()
        .filter(v -> access.mayView(participant, supportPerson, v.content().kind()))
        .toList();
  }

  private static List<String> componentNames(PlanContent content) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : content.getClass().getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }

  private static List<String> changedFields(PlanContent before, PlanContent after) {
    List<String> changed = new ArrayList<>();
    for (RecordComponent c : after.getClass().getRecordComponents()) {
      try {
        Object a = c.getAccessor().invoke(before);
        Object b = c.getAccessor().invoke(after);
        if (!Objects.equals(a, b)) {
          changed.add(c.getName());
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new OpenIopException("cannot read plan field " + c.getName(), e);
      }
    }
    return changed;
  }
}
