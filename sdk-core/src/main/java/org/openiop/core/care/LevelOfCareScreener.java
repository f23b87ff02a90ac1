package org.openiop.core.care;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.measure.CssrsScreen;
import org.openiop.core.measure.RiskFlag;
import org.openiop.core.measure.Score;

/**
 * Recommends outpatient care, IOP, partial hospitalization or crisis/inpatient care from scores,
 * risk and intake facts, and lists every reason. It is <b>decision support for a clinician, never
 * an automatic admission</b>: the recommendation carries {@link
 * LevelOfCareRecommendation#DECISION_SUPPORT_NOTICE}.
 *
 * <h2>Rules (each that applies adds a reason; the level is the most intensive one)</h2>
 *
 * <ul>
 *   <li>needs 24-hour supervision, medically unstable, C-SSRS triage HIGH, or an unresolved HIGH
 *       risk signal: crisis/inpatient;
 *   <li>C-SSRS MODERATE, or PHQ-9 at or above {@code phq9Php}: partial hospitalization;
 *   <li>C-SSRS LOW, PHQ-9 item 9 positive, PHQ-9 at or above {@code phq9Iop}, GAD-7 at or above
 *       {@code gad7Iop}, PCL-5 at or above {@code pcl5Iop}, a positive AUDIT-C: IOP (with a note to
 *       assess risk or co-occurring substance use where relevant);
 *   <li>otherwise: outpatient.
 * </ul>
 *
 * <p>Practical barriers (cannot commit to the weekly hours; no private space, device or internet;
 * not comfortable with technology) are listed separately and never lower the clinical level.
 *
 * <p>Immutable and safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LevelOfCareScreener {
  private final ScreeningThresholds thresholds;

  /**
   * Creates a screener.
   *
   * @param thresholds the thresholds
   */
  public LevelOfCareScreener(ScreeningThresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds == null");
  }

  /**
   * Screens one person.
   *
   * @param input the input
   * @return the recommendation with every reason
   */
  public LevelOfCareRecommendation screen(ScreeningInput input) {
    Objects.requireNonNull(input, "input == null");
    List<Reason> reasons = new ArrayList<>();
    IntakeFacts f = input.intake();
    if (f.needs24HourSupervision()) {
      reasons.add(
          new Reason(
              "needs-24h-supervision",
              LevelOfCare.CRISIS_OR_INPATIENT,
              "Needs supervision around the clock, which an outpatient program cannot give."));
    }
    if (f.medicallyUnstable()) {
      reasons.add(
          new Reason(
              "medically-unstable",
              LevelOfCare.CRISIS_OR_INPATIENT,
              "Medically unstable: needs medical stabilisation before an outpatient program."));
    }
    if (input.unresolvedHighRiskSignal()) {
      reasons.add(
          new Reason(
              "unresolved-high-risk-signal",
              LevelOfCare.CRISIS_OR_INPATIENT,
              "A high risk signal is still open: resolve it before admission."));
    }
    CssrsScreen.Triage cssrs = input.cssrs();
    if (cssrs != null) {
      switch (cssrs) {
        case HIGH ->
            reasons.add(
                new Reason(
                    "cssrs-high",
                    LevelOfCare.CRISIS_OR_INPATIENT,
                    "C-SSRS screener triage high: immediate evaluation and safety precautions."));
        case MODERATE ->
            reasons.add(
                new Reason(
                    "cssrs-moderate",
                    LevelOfCare.PARTIAL_HOSPITALIZATION,
                    "C-SSRS screener triage moderate: same-day evaluation; consider a more"
                        + " structured level of care."));
        case LOW ->
            reasons.add(
                new Reason(
                    "cssrs-low",
                    LevelOfCare.INTENSIVE_OUTPATIENT,
                    "C-SSRS screener triage low: complete a safety plan at admission."));
        case NONE -> {}
      }
    }
    for (Score s : input.scores()) {
      switch (s.instrumentId()) {
        case "phq-9" -> phq9(s, reasons);
        case "gad-7" -> {
          if (s.total() >= thresholds.gad7Iop()) {
            reasons.add(
                new Reason(
                    "gad7-at-or-above-iop-threshold",
                    LevelOfCare.INTENSIVE_OUTPATIENT,
                    "GAD-7 at or above " + thresholds.gad7Iop() + " (" + s.band() + ")."));
          } else {
            reasons.add(
                new Reason(
                    "gad7-below-iop-threshold",
                    LevelOfCare.OUTPATIENT,
                    "GAD-7 below " + thresholds.gad7Iop() + "."));
          }
        }
        case "pcl-5" -> {
          if (s.total() >= thresholds.pcl5Iop()) {
            reasons.add(
                new Reason(
                    "pcl5-at-or-above-iop-threshold",
                    LevelOfCare.INTENSIVE_OUTPATIENT,
                    "PCL-5 at or above "
                        + thresholds.pcl5Iop()
                        + ": probable PTSD; confirm with a"
                        + " clinical interview."));
          }
        }
        case "audit-c", "audit-c-men", "audit-c-women" -> {
          if (s.flags().contains(RiskFlag.POSITIVE_ALCOHOL_SCREEN)) {
            reasons.add(
                new Reason(
                    "alcohol-screen-positive",
                    LevelOfCare.INTENSIVE_OUTPATIENT,
                    "AUDIT-C positive: assess co-occurring alcohol use; consider a program that"
                        + " treats both."));
          }
        }
        default -> {}
      }
    }
    LevelOfCare level = LevelOfCare.OUTPATIENT;
    for (Reason r : reasons) {
      if (r.pointsTo().compareTo(level) > 0) {
        level = r.pointsTo();
      }
    }
    if (reasons.isEmpty()) {
      reasons.add(
          new Reason(
              "no-finding-above-outpatient",
              LevelOfCare.OUTPATIENT,
              "No score, risk or intake finding suggests more than outpatient care."));
    }
    List<Reason> barriers = new ArrayList<>();
    if (!f.canCommitToProgramHours()) {
      barriers.add(
          new Reason(
              "cannot-commit-hours",
              level,
              "Cannot commit to the program's weekly hours: discuss schedule or another program."));
    }
    if (!f.hasPrivateSpace()) {
      barriers.add(
          new Reason(
              "no-private-space", level, "No private space for confidential video sessions."));
    }
    if (!f.hasDevice()) {
      barriers.add(new Reason("no-device", level, "No device with camera and microphone."));
    }
    if (!f.hasReliableInternet()) {
      barriers.add(
          new Reason("no-internet", level, "No internet connection good enough for video."));
    }
    if (!f.comfortableWithTechnology()) {
      barriers.add(
          new Reason(
              "technology-discomfort",
              level,
              "Not comfortable with video technology: offer a device check and onboarding."));
    }
    boolean feasible = f.hasPrivateSpace() && f.hasDevice() && f.hasReliableInternet();
    return new LevelOfCareRecommendation(level, reasons, barriers, feasible);
  }

  private void phq9(Score s, List<Reason> reasons) {
    if (s.flags().contains(RiskFlag.SELF_HARM_THOUGHTS)) {
      reasons.add(
          new Reason(
              "phq9-item9-positive",
              LevelOfCare.INTENSIVE_OUTPATIENT,
              "PHQ-9 item 9 above 'not at all': a suicide risk assessment is needed before"
                  + " deciding the level of care."));
    }
    if (s.flags().contains(RiskFlag.RISK_ITEM_UNANSWERED)) {
      reasons.add(
          new Reason(
              "phq9-item9-unanswered",
              LevelOfCare.INTENSIVE_OUTPATIENT,
              "PHQ-9 item 9 unanswered: ask about suicidal thoughts directly."));
    }
    if (s.total() >= thresholds.phq9Php()) {
      reasons.add(
          new Reason(
              "phq9-at-or-above-php-threshold",
              LevelOfCare.PARTIAL_HOSPITALIZATION,
              "PHQ-9 at or above " + thresholds.phq9Php() + " (" + s.band() + ")."));
    } else if (s.total() >= thresholds.phq9Iop()) {
      reasons.add(
          new Reason(
              "phq9-at-or-above-iop-threshold",
              LevelOfCare.INTENSIVE_OUTPATIENT,
              "PHQ-9 at or above " + thresholds.phq9Iop() + " (" + s.band() + ")."));
    } else {
      reasons.add(
          new Reason(
              "phq9-below-iop-threshold",
              LevelOfCare.OUTPATIENT,
              "PHQ-9 below " + thresholds.phq9Iop() + "."));
    }
  }
}
