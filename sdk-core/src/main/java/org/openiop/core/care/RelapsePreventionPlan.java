package org.openiop.core.care;

import java.util.List;
import org.apiguardian.api.API;
import org.openiop.core.measure.CrisisResource;

/**
 * A relapse-prevention plan, written with the participant before discharge.
 *
 * @param reasonsForRecovery why recovery matters to the participant
 * @param triggers situations that raise the risk of relapse
 * @param earlyWarningSigns early signs
 * @param middleWarningSigns signs that things are getting worse
 * @param immediateWarningSigns signs that need action now
 * @param copingActions what to do at each stage
 * @param skillsLearned skills from the program to use
 * @param supportContacts people who support the participant
 * @param professionalContacts clinicians and services
 * @param crisisLines crisis lines (988 in the US)
 * @param afterALapse what to do after a lapse
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RelapsePreventionPlan(
    List<String> reasonsForRecovery,
    List<String> triggers,
    List<String> earlyWarningSigns,
    List<String> middleWarningSigns,
    List<String> immediateWarningSigns,
    List<String> copingActions,
    List<String> skillsLearned,
    List<Contact> supportContacts,
    List<Contact> professionalContacts,
    List<CrisisResource> crisisLines,
    List<String> afterALapse)
    implements PlanContent {

  /** Checks the entries and copies the lists. */
  public RelapsePreventionPlan {
    reasonsForRecovery = Texts.entries("reasonsForRecovery", reasonsForRecovery);
    triggers = Texts.entries("triggers", triggers);
    earlyWarningSigns = Texts.entries("earlyWarningSigns", earlyWarningSigns);
    middleWarningSigns = Texts.entries("middleWarningSigns", middleWarningSigns);
    immediateWarningSigns = Texts.entries("immediateWarningSigns", immediateWarningSigns);
    copingActions = Texts.entries("copingActions", copingActions);
    skillsLearned = Texts.entries("skillsLearned", skillsLearned);
    supportContacts = List.copyOf(supportContacts);
    professionalContacts = List.copyOf(professionalContacts);
    crisisLines = List.copyOf(crisisLines);
    afterALapse = Texts.entries("afterALapse", afterALapse);
  }

  @Override
  public PlanKind kind() {
    return PlanKind.RELAPSE_PREVENTION;
  }

  @Override
  public String toString() {
    return "RelapsePreventionPlan[(redacted)]";
  }
}
