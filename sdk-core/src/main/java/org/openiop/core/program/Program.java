package org.openiop.core.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ProgramId;
import org.openiop.core.Validation;
import org.openiop.core.internal.Copies;
import org.openiop.core.people.AgeGroup;

/**
 * An intensive outpatient program: who it serves, how much care per week, for how long, and its
 * weekly shape (session templates per track) and curriculum.
 *
 * <p>Weekly service hours default to ASAM level 2.1: 9-19 hours for adults, 6-19 for adolescents.
 * Payer rules (e.g. Medicare's 9-hour certification) are not hard-wired; set the bounds the program
 * contracts for. Build with {@link #builder()}, which validates:
 *
 * <pre>{@code
 * Program program = Program.builder()
 *     .id(ProgramId.of("prg_adult"))
 *     .name("Adult evening IOP")
 *     .population(AgeGroup.ADULT)
 *     .lengthWeeks(10)
 *     .tracks(List.of(new Track("weekday-evening", "Weekday evenings")))
 *     .sessionTemplates(List.of(new SessionTemplate("weekday-evening", DayOfWeek.MONDAY,
 *         LocalTime.of(18, 0), Duration.ofMinutes(50), SessionKind.GROUP, Modality.CBT,
 *         "CBT skills")))
 *     .build();
 * }</pre>
 *
 * @param id the program's id; never {@code null}
 * @param name display name, 1-120 characters
 * @param population adults or adolescents; never {@code null}
 * @param minWeeklyService least weekly service a participant should receive; never {@code null}
 * @param maxWeeklyService most weekly service; at least {@code minWeeklyService}
 * @param lengthWeeks planned length, 1-52 weeks
 * @param tracks schedule variants, keys unique; never {@code null}
 * @param sessionTemplates weekly sessions, each for one track or all; never {@code null}
 * @param individualSessionsPerWeek individual sessions per participant per week, 0-7
 * @param familySessionsPerWeek family sessions per participant per week, 0-7
 * @param minGroupSize smallest group that runs, 1-50
 * @param maxGroupSize largest group, at least {@code minGroupSize}, at most 50
 * @param attendanceThresholdPercent share of scheduled service a participant must attend, 0-100
 * @param curriculum ordered modules, keys unique; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Program(
    ProgramId id,
    @NotBlank(message = "must not be blank") @Size(max = 120) String name,
    AgeGroup population,
    Duration minWeeklyService,
    Duration maxWeeklyService,
    @Min(1) @Max(52) int lengthWeeks,
    @Size(max = 20) List<@Valid Track> tracks,
    @Size(max = 200) List<@Valid SessionTemplate> sessionTemplates,
    @Min(0) @Max(7) int individualSessionsPerWeek,
    @Min(0) @Max(7) int familySessionsPerWeek,
    @Min(1) @Max(50) int minGroupSize,
    @Min(1) @Max(50) int maxGroupSize,
    @Min(0) @Max(100) int attendanceThresholdPercent,
    @Size(max = 100) List<@Valid CurriculumModule> curriculum) {

  /** Checks presence, orderings, unique keys and that templates name existing tracks. */
  public Program {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(population, "population == null");
    Objects.requireNonNull(minWeeklyService, "minWeeklyService == null");
    Objects.requireNonNull(maxWeeklyService, "maxWeeklyService == null");
    tracks = Copies.list(tracks);
    sessionTemplates = Copies.list(sessionTemplates);
    curriculum = Copies.list(curriculum);
    if (minWeeklyService.isNegative() || maxWeeklyService.compareTo(minWeeklyService) < 0) {
      throw InvalidInputException.of(
          "maxWeeklyService", "must be at least minWeeklyService, which must not be negative");
    }
    if (maxWeeklyService.compareTo(Duration.ofHours(7 * 24)) > 0) {
      throw InvalidInputException.of("maxWeeklyService", "must be at most a week");
    }
    if (maxGroupSize < minGroupSize) {
      throw InvalidInputException.of("maxGroupSize", "must be at least minGroupSize");
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < tracks.size(); i++) {
      if (!keys.add(tracks.get(i).key())) {
        throw InvalidInputException.of("tracks[" + i + "].key", "must be unique");
      }
    }
    for (int i = 0; i < sessionTemplates.size(); i++) {
      String t = sessionTemplates.get(i).track();
      if (t != null && !keys.contains(t)) {
        throw InvalidInputException.of(
            "sessionTemplates[" + i + "].track", "must name one of the program's tracks");
      }
    }
    Set<String> moduleKeys = new HashSet<>();
    for (int i = 0; i < curriculum.size(); i++) {
      if (!moduleKeys.add(curriculum.get(i).key())) {
        throw InvalidInputException.of("curriculum[" + i + "].key", "must be unique");
      }
    }
  }

  /**
   * The ASAM level 2.1 weekly floor for a population: 9 hours for adults, 6 for adolescents.
   *
   * @param population the population; never {@code null}
   * @return the floor
   */
  public static Duration asamMinimumWeeklyService(AgeGroup population) {
    Objects.requireNonNull(population, "population == null");
    return population == AgeGroup.ADULT ? Duration.ofHours(9) : Duration.ofHours(6);
  }

  /** The ASAM level 2.1 weekly ceiling for both populations: 19 hours. */
  public static final Duration ASAM_MAXIMUM_WEEKLY_SERVICE = Duration.ofHours(19);

  /**
   * The track with a key.
   *
   * @param key the key; never {@code null}
   * @return the track, or empty
   */
  public Optional<Track> track(String key) {
    Objects.requireNonNull(key, "key == null");
    return tracks.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  /**
   * The weekly templates that apply to a track (its own and those for every track).
   *
   * @param trackKey the track's key; never {@code null}
   * @return the templates, in program order
   */
  public List<SessionTemplate> templatesFor(String trackKey) {
    Objects.requireNonNull(trackKey, "trackKey == null");
    return sessionTemplates.stream().filter(t -> t.appliesTo(trackKey)).toList();
  }

  /**
   * The scheduled weekly service on a track: the sum of its templates' durations.
   *
   * @param trackKey the track's key; never {@code null}
   * @return the total
   */
  public Duration scheduledWeeklyService(String trackKey) {
    return templatesFor(trackKey).stream()
        .map(SessionTemplate::duration)
        .reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * A builder pre-filled with this program's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.population = population;
    b.minWeeklyService = minWeeklyService;
    b.maxWeeklyService = maxWeeklyService;
    b.lengthWeeks = lengthWeeks;
    b.tracks = tracks;
    b.sessionTemplates = sessionTemplates;
    b.individualSessionsPerWeek = individualSessionsPerWeek;
    b.familySessionsPerWeek = familySessionsPerWeek;
    b.minGroupSize = minGroupSize;
    b.maxGroupSize = maxGroupSize;
    b.attendanceThresholdPercent = attendanceThresholdPercent;
    b.curriculum = curriculum;
    return b;
  }

  /**
   * A new builder with defaults: 10 weeks, one individual and one family session a week, groups of
   * 3-9, 80 % attendance threshold, weekly service from the population's ASAM bounds.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a validated {@link Program}; not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private @Nullable ProgramId id;
    private @Nullable String name;
    private @Nullable AgeGroup population;
    private @Nullable Duration minWeeklyService;
    private @Nullable Duration maxWeeklyService;
    private int lengthWeeks = 10;
    private List<Track> tracks = List.of();
    private List<SessionTemplate> sessionTemplates = List.of();
    private int individualSessionsPerWeek = 1;
    private int familySessionsPerWeek = 1;
    private int minGroupSize = 3;
    private int maxGroupSize = 9;
    private int attendanceThresholdPercent = 80;
    private List<CurriculumModule> curriculum = List.of();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id never {@code null}
     * @return this
     */
    public Builder id(ProgramId id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name never {@code null}
     * @return this
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /**
     * Sets the population.
     *
     * @param population never {@code null}
     * @return this
     */
    public Builder population(AgeGroup population) {
      this.population = Objects.requireNonNull(population, "population == null");
      return this;
    }

    /**
     * Sets the weekly service bounds (default: the population's ASAM bounds).
     *
     * @param min the floor; never {@code null}
     * @param max the ceiling; never {@code null}
     * @return this
     */
    public Builder weeklyService(Duration min, Duration max) {
      this.minWeeklyService = Objects.requireNonNull(min, "min == null");
      this.maxWeeklyService = Objects.requireNonNull(max, "max == null");
      return this;
    }

    /**
     * Sets the length in weeks (default 10).
     *
     * @param lengthWeeks 1-52
     * @return this
     */
    public Builder lengthWeeks(int lengthWeeks) {
      this.lengthWeeks = lengthWeeks;
      return this;
    }

    /**
     * Sets the tracks.
     *
     * @param tracks never {@code null}
     * @return this
     */
    public Builder tracks(List<Track> tracks) {
      this.tracks = Objects.requireNonNull(tracks, "tracks == null");
      return this;
    }

    /**
     * Sets the weekly session templates.
     *
     * @param sessionTemplates never {@code null}
     * @return this
     */
    public Builder sessionTemplates(List<SessionTemplate> sessionTemplates) {
      this.sessionTemplates = Objects.requireNonNull(sessionTemplates, "sessionTemplates == null");
      return this;
    }

    /**
     * Sets individual and family sessions per participant per week (default 1 and 1).
     *
     * @param individual 0-7
     * @param family 0-7
     * @return this
     */
    public Builder sessionsPerWeek(int individual, int family) {
      this.individualSessionsPerWeek = individual;
      this.familySessionsPerWeek = family;
      return this;
    }

    /**
     * Sets the group size bounds (default 3-9).
     *
     * @param min smallest group
     * @param max largest group
     * @return this
     */
    public Builder groupSize(int min, int max) {
      this.minGroupSize = min;
      this.maxGroupSize = max;
      return this;
    }

    /**
     * Sets the attendance threshold (default 80).
     *
     * @param percent 0-100
     * @return this
     */
    public Builder attendanceThresholdPercent(int percent) {
      this.attendanceThresholdPercent = percent;
      return this;
    }

    /**
     * Sets the curriculum.
     *
     * @param curriculum ordered modules; never {@code null}
     * @return this
     */
    public Builder curriculum(List<CurriculumModule> curriculum) {
      this.curriculum = Objects.requireNonNull(curriculum, "curriculum == null");
      return this;
    }

    /**
     * Builds and validates the program.
     *
     * @return the program
     * @throws InvalidInputException listing every broken rule under {@code program}
     * @throws NullPointerException if a required part was never set
     */
    public Program build() {
      AgeGroup pop = Objects.requireNonNull(population, "population == null");
      return Validation.check(
          new Program(
              Objects.requireNonNull(id, "id == null"),
              Objects.requireNonNull(name, "name == null"),
              pop,
              minWeeklyService != null ? minWeeklyService : asamMinimumWeeklyService(pop),
              maxWeeklyService != null ? maxWeeklyService : ASAM_MAXIMUM_WEEKLY_SERVICE,
              lengthWeeks,
              tracks,
              sessionTemplates,
              individualSessionsPerWeek,
              familySessionsPerWeek,
              minGroupSize,
              maxGroupSize,
              attendanceThresholdPercent,
              curriculum),
          "program");
    }
  }
}
