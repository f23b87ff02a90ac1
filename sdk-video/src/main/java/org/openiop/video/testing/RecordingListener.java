package org.openiop.video.testing;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apiguardian.api.API;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEventListener;

/**
 * Keeps every event it receives, in order; thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordingListener implements RoomEventListener {
  private final CopyOnWriteArrayList<RoomEvent> events = new CopyOnWriteArrayList<>();

  /** Creates an empty recorder. */
  public RecordingListener() {}

  @Override
  public void onEvent(RoomEvent event) {
    events.add(Objects.requireNonNull(event, "event == null"));
  }

  /**
   * The events so far.
   *
   * @return a snapshot; never {@code null}
   */
  public List<RoomEvent> events() {
    return List.copyOf(events);
  }

  /** Forgets the events so far. */
  public void clear() {
    events.clear();
  }
}
