package org.openiop.video.spi;

import org.apiguardian.api.API;

/**
 * What a person may do in a video room.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum VideoRole {
  /** The facilitating clinician: admits from the waiting room, mutes, removes, ends the room. */
  HOST(true, true),
  /** A participant or support person: sends and receives media once admitted. */
  PARTICIPANT(false, true),
  /** A supervisor or trainee who watches, hidden from the roster, and never publishes. */
  OBSERVER(false, false);

  private final boolean moderates;
  private final boolean publishes;

  VideoRole(boolean moderates, boolean publishes) {
    this.moderates = moderates;
    this.publishes = publishes;
  }

  /**
   * Whether this role may admit, mute, remove and end.
   *
   * @return true for {@link #HOST} only
   */
  public boolean moderates() {
    return moderates;
  }

  /**
   * Whether this role may publish audio and video.
   *
   * @return false for {@link #OBSERVER}
   */
  public boolean publishes() {
    return publishes;
  }
}
