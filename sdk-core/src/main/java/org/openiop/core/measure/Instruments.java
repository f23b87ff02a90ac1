package org.openiop.core.measure;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;

/**
 * The built-in instruments with their published scoring.
 *
 * <ul>
 *   <li>{@link #PHQ_9}: Kroenke, Spitzer and Williams, "The PHQ-9", J Gen Intern Med
 *       2001;16:606-613. Items 0-3, total 0-27 (LOINC 44261-6, panel 44249-1), bands 0-4
 *       "none-minimal", 5-9 "mild", 10-14 "moderate", 15-19 "moderately severe", 20-27 "severe".
 *       Item 9 above 0 raises {@link RiskFlag#SELF_HARM_THOUGHTS}; item 9 unanswered raises {@link
 *       RiskFlag#RISK_ITEM_UNANSWERED}. Missing answers: up to two are replaced by the mean of the
 *       answered items, more are not scored (NHS Data Dictionary, "Patient Health
 *       Questionnaire-9"). The PHQ-9 is free to reproduce, so its item text ships.
 *   <li>{@link #GAD_7}: Spitzer, Kroenke, Williams and Löwe, "A brief measure for assessing
 *       generalized anxiety disorder: the GAD-7", Arch Intern Med 2006;166:1092-1097. Total 0-21
 *       (LOINC 70274-6, panel 69737-5), bands "minimal", "mild", "moderate", "severe" from 5, 10
 *       and 15. No published missing-answer rule was found: gaps are refused.
 *   <li>{@link #PCL_5}: National Center for PTSD, "Using the PTSD Checklist for DSM-5 (PCL-5)". 20
 *       items 0-4, total 0-80, clusters B (items 1-5), C (6-7), D (8-14), E (15-20); provisional
 *       cut-off 31-33 ({@link #pcl5(int)}; the constant uses 33). The DSM-5 pattern (items rated 2
 *       or more: 1 B, 1 C, 2 D, 2 E) is reported as {@link RiskFlag#PTSD_DSM5_PATTERN}. No LOINC
 *       codes were verified for the items, so none ship; gaps are refused.
 *   <li>{@link #AUDIT_C}: Bush et al., Arch Intern Med 1998;158:1789-1795 and Bradley et al., Arch
 *       Intern Med 2003;163:821-829. Three items 0-4, total 0-12 (LOINC 75626-2; items 68518-0,
 *       68519-8, 68520-6); positive at 4 or more for men and 3 or more for women. Gaps are refused.
 *       Question wording is not shipped (host supplies it); answer labels are.
 * </ul>
 *
 * <p>The C-SSRS screener is not an {@code Instrument}: its triage logic is in {@link CssrsScreen}
 * and no C-SSRS wording ships.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Instruments {
  private static final String[] FREQUENCY = {
    "Not at all", "Several days", "More than half the days", "Nearly every day"
  };
  private static final String[] FREQUENCY_LOINC = {"LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"};

  /** PHQ-9, the nine-item depression scale. */
  public static final Instrument PHQ_9 = phq9();

  /** GAD-7, the seven-item anxiety scale. */
  public static final Instrument GAD_7 = gad7();

  /** PCL-5 with the provisional cut-off at 33. */
  public static final Instrument PCL_5 = pcl5(33);

  /**
   * AUDIT-C without a sex: bands "negative" 0-2, "positive for women" 3 and "positive" 4-12 (the
   * published cut-offs are 4 for men, 3 for women). Prefer {@link #AUDIT_C_MEN} or {@link
   * #AUDIT_C_WOMEN} when sex is known.
   */
  public static final Instrument AUDIT_C = auditC(null);

  /** AUDIT-C with the men's cut-off: "negative" 0-3, "positive" 4-12. */
  public static final Instrument AUDIT_C_MEN = auditC(4);

  /** AUDIT-C with the women's cut-off: "negative" 0-2, "positive" 3-12. */
  public static final Instrument AUDIT_C_WOMEN = auditC(3);

  private Instruments() {}

  /**
   * The built-in instrument with this id.
   *
   * @param id {@code phq-9}, {@code gad-7}, {@code pcl-5}, {@code audit-c}, {@code audit-c-men} or
   *     {@code audit-c-women}
   * @return the instrument, or empty
   */
  public static Optional<Instrument> byId(String id) {
    for (Instrument i : List.of(PHQ_9, GAD_7, PCL_5, AUDIT_C, AUDIT_C_MEN, AUDIT_C_WOMEN)) {
      if (i.id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static Instrument phq9() {
    String[] codes = {
      "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
      "44260-8"
    };
    String[] texts = {
      "Little interest or pleasure in doing things",
      "Feeling down, depressed, or hopeless",
      "Trouble falling or staying asleep, or sleeping too much",
      "Feeling tired or having little energy",
      "Poor appetite or overeating",
      "Feeling bad about yourself - or that you are a failure or have let yourself or your family"
          + " down",
      "Trouble concentrating on things, such as reading the newspaper or watching television",
      "Moving or speaking so slowly that other people could have noticed? Or the opposite - being"
          + " so fidgety or restless that you have been moving around a lot more than usual",
      "Thoughts that you would be better off dead or of hurting yourself in some way"
    };
    Instrument.Builder b =
        Instrument.builder("phq-9")
            .name("Patient Health Questionnaire-9")
            .loinc("44261-6", "44249-1");
    for (int i = 0; i < 9; i++) {
      b.item(
          new Item("phq9-" + (i + 1), texts[i], codes[i], Item.scale(FREQUENCY, FREQUENCY_LOINC)));
    }
    return b.sumScoring()
        .band(0, 4, "none-minimal")
        .band(5, 9, "mild")
        .band(10, 14, "moderate")
        .band(15, 19, "moderately severe")
        .band(20, 27, "severe")
        .missingAnswers(
            MissingAnswerPolicy.prorateUpTo(
                2, "NHS Data Dictionary, Patient Health Questionnaire-9: up to two missing"))
        .flag(FlagRule.itemAtLeast(9, 1, RiskFlag.SELF_HARM_THOUGHTS))
        .flag(FlagRule.itemUnanswered(9, RiskFlag.RISK_ITEM_UNANSWERED))
        .source("Kroenke, Spitzer, Williams. J Gen Intern Med 2001;16:606-613")
        .build();
  }

  private static Instrument gad7() {
    String[] codes = {"69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"};
    String[] texts = {
      "Feeling nervous, anxious, or on edge",
      "Not being able to stop or control worrying",
      "Worrying too much about different things",
      "Trouble relaxing",
      "Being so restless that it is hard to sit still",
      "Becoming easily annoyed or irritable",
      "Feeling afraid, as if something awful might happen"
    };
    Instrument.Builder b =
        Instrument.builder("gad-7")
            .name("Generalized Anxiety Disorder-7")
            .loinc("70274-6", "69737-5");
    for (int i = 0; i < 7; i++) {
      b.item(
          new Item("gad7-" + (i + 1), texts[i], codes[i], Item.scale(FREQUENCY, FREQUENCY_LOINC)));
    }
    return b.sumScoring()
        .band(0, 4, "minimal")
        .band(5, 9, "mild")
        .band(10, 14, "moderate")
        .band(15, 21, "severe")
        .source("Spitzer, Kroenke, Williams, Löwe. Arch Intern Med 2006;166:1092-1097")
        .build();
  }

  /**
   * PCL-5 with a host-chosen provisional cut-off.
   *
   * @param cutoff the provisional cut-off; the National Center for PTSD suggests 31-33, and any
   *     value 1..80 is accepted
   * @return the instrument, id {@code pcl-5}
   */
  public static Instrument pcl5(int cutoff) {
    if (cutoff < 1 || cutoff > 80) {
      throw InvalidInputException.of("cutoff", "must be within 1..80 (31-33 suggested)");
    }
    String[] labels = {"Not at all", "A little bit", "Moderately", "Quite a bit", "Extremely"};
    Instrument.Builder b = Instrument.builder("pcl-5").name("PTSD Checklist for DSM-5");
    for (int i = 0; i < 20; i++) {
      b.item(new Item("pcl5-" + (i + 1), null, null, Item.scale(labels, null)));
    }
    return b.sumScoring()
        .band(0, cutoff - 1, "below provisional cut-off")
        .band(cutoff, 80, "provisional ptsd")
        .subscale("B", 1, 5)
        .subscale("C", 6, 7)
        .subscale("D", 8, 14)
        .subscale("E", 15, 20)
        .flag(FlagRule.totalAtLeast(cutoff, RiskFlag.PROVISIONAL_PTSD))
        .flag(Instruments::dsm5Pattern)
        .source(
            "National Center for PTSD, Using the PTSD Checklist for DSM-5 (PCL-5); cut-off "
                + cutoff)
        .build();
  }

  private static Optional<RiskFlag> dsm5Pattern(List<@Nullable Integer> a, int total) {
    boolean met =
        endorsed(a, 1, 5) >= 1
            && endorsed(a, 6, 7) >= 1
            && endorsed(a, 8, 14) >= 2
            && endorsed(a, 15, 20) >= 2;
    return met ? Optional.of(RiskFlag.PTSD_DSM5_PATTERN) : Optional.empty();
  }

  private static int endorsed(List<@Nullable Integer> a, int from, int to) {
    int n = 0;
    for (int i = from; i <= to; i++) {
      Integer v = a.get(i - 1);
      if (v != null && v >= 2) {
        n++;
      }
    }
    return n;
  }

  private static Instrument auditC(@Nullable Integer cutoff) {
    String id = cutoff == null ? "audit-c" : cutoff == 4 ? "audit-c-men" : "audit-c-women";
    Instrument.Builder b =
        Instrument.builder(id)
            .name("AUDIT-C" + (cutoff == null ? "" : cutoff == 4 ? " (men)" : " (women)"))
            .loinc("75626-2", null)
            .item(
                new Item(
                    "auditc-1",
                    null,
                    "68518-0",
                    Item.scale(
                        new String[] {
                          "Never",
                          "Monthly or less",
                          "2-4 times a month",
                          "2-3 times a week",
                          "4 or more times a week"
                        },
                        null)))
            .item(
                new Item(
                    "auditc-2",
                    null,
                    "68519-8",
                    Item.scale(
                        new String[] {"1 or 2", "3 or 4", "5 or 6", "7 to 9", "10 or more"}, null)))
            .item(
                new Item(
                    "auditc-3",
                    null,
                    "68520-6",
                    Item.scale(
                        new String[] {
                          "Never", "Less than monthly", "Monthly", "Weekly", "Daily or almost daily"
                        },
                        null)))
            .sumScoring()
            .source("Bush et al. 1998; Bradley et al. 2003 (cut-offs: men 4, women 3)");
    if (cutoff == null) {
      b.band(0, 2, "negative").band(3, 3, "positive for women").band(4, 12, "positive");
      b.flag(FlagRule.totalAtLeast(4, RiskFlag.POSITIVE_ALCOHOL_SCREEN));
    } else {
      b.band(0, cutoff - 1, "negative").band(cutoff, 12, "positive");
      b.flag(FlagRule.totalAtLeast(cutoff, RiskFlag.POSITIVE_ALCOHOL_SCREEN));
    }
    return b.build();
  }
}
