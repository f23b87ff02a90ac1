package org.openiop.core.notes;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The structure of a progress note: which sections it has, in order.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum NoteFormat {
  /** Data, Assessment, Plan. */
  DAP(List.of(NoteSection.DATA, NoteSection.ASSESSMENT, NoteSection.PLAN)),
  /** Subjective, Objective, Assessment, Plan. */
  SOAP(
      List.of(
          NoteSection.SUBJECTIVE, NoteSection.OBJECTIVE, NoteSection.ASSESSMENT, NoteSection.PLAN)),
  /** Behavior, Intervention, Response, Plan. */
  BIRP(
      List.of(
          NoteSection.BEHAVIOR, NoteSection.INTERVENTION, NoteSection.RESPONSE, NoteSection.PLAN));

  private final List<NoteSection> sections;

  NoteFormat(List<NoteSection> sections) {
    this.sections = sections;
  }

  /**
   * The sections, in order; a note of this format has exactly these.
   *
   * @return an immutable list
   */
  public List<NoteSection> sections() {
    return sections;
  }
}
