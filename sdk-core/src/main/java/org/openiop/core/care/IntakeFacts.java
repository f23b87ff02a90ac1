package org.openiop.core.care;

import org.apiguardian.api.API;

/**
 * Intake facts a clinician or intake coordinator records for level-of-care screening. PHI: {@code
 * toString} is redacted.
 *
 * @param needs24HourSupervision the person needs supervision around the clock
 * @param medicallyUnstable the person is medically unstable (e.g. withdrawal, eating disorder
 *     complications)
 * @param canCommitToProgramHours the person can attend the program's weekly hours
 * @param hasPrivateSpace the person has a private space for sessions
 * @param hasDevice the person has a device with camera and microphone
 * @param hasReliableInternet the person has an internet connection good enough for video
 * @param comfortableWithTechnology the person is comfortable using video sessions
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record IntakeFacts(
    boolean needs24HourSupervision,
    boolean medicallyUnstable,
    boolean canCommitToProgramHours,
    boolean hasPrivateSpace,
    boolean hasDevice,
    boolean hasReliableInternet,
    boolean comfortableWithTechnology) {

  @Override
  public String toString() {
    return "IntakeFacts[(redacted)]";
  }
}
