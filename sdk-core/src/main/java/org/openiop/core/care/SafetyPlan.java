package org.openiop.core.care;

import java.util.List;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.core.measure.CrisisResource;

/**
 * A safety plan in the Stanley-Brown structure (Stanley and Brown, Cogn Behav Pract
 * 2012;19:256-264): warning signs; internal coping strategies; people and social settings that
 * distract; people to ask for help; professionals and agencies to contact in a crisis (with at
 * least one crisis line, e.g. 988 in the US, veterans press 1 or text 838255); making the
 * environment safe; and reasons for living.
 *
 * @param warningSigns thoughts, moods, situations that signal a crisis is developing
 * @param internalCopingStrategies things the participant can do alone
 * @param distractingPeopleAndPlaces people and social settings that provide distraction
 * @param peopleToAskForHelp people to ask for help
 * @param professionalsAndAgencies clinicians and agencies to contact in a crisis
 * @param crisisLines crisis lines; at least one
 * @param makingEnvironmentSafe steps to make the environment safe (e.g. lethal means)
 * @param reasonsForLiving what is most important and worth living for
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SafetyPlan(
    List<String> warningSigns,
    List<String> internalCopingStrategies,
    List<String> distractingPeopleAndPlaces,
    List<Contact> peopleToAskForHelp,
    List<Contact> professionalsAndAgencies,
    List<CrisisResource> crisisLines,
    List<String> makingEnvironmentSafe,
    List<String> reasonsForLiving)
    implements PlanContent {

  /** Checks the entries; a safety plan always has a crisis line. */
  public SafetyPlan {
    warningSigns = Texts.entries("warningSigns", warningSigns);
    internalCopingStrategies = Texts.entries("internalCopingStrategies", internalCopingStrategies);
    distractingPeopleAndPlaces =
        Texts.entries("distractingPeopleAndPlaces", distractingPeopleAndPlaces);
    peopleToAskForHelp = List.copyOf(peopleToAskForHelp);
    professionalsAndAgencies = List.copyOf(professionalsAndAgencies);
    crisisLines = List.copyOf(crisisLines);
    makingEnvironmentSafe = Texts.entries("makingEnvironmentSafe", makingEnvironmentSafe);
    reasonsForLiving = Texts.entries("reasonsForLiving", reasonsForLiving);
    if (crisisLines.isEmpty()) {
      throw InvalidInputException.of("safetyPlan.crisisLines", "must have at least one line");
    }
  }

  @Override
  public PlanKind kind() {
    return PlanKind.SAFETY;
  }

  @Override
  public String toString() {
    return "SafetyPlan[(redacted)]";
  }
}
