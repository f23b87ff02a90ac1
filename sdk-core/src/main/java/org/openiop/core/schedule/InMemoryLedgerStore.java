package org.openiop.core.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;
import org.openiop.core.SessionId;
import org.openiop.core.TypedId;

/** The in-memory {@link LedgerStore}: one read-write lock, a conflict index per person. */
final class InMemoryLedgerStore implements LedgerStore {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<SessionId, LedgerEntry> entries = new HashMap<>();
  private final Map<TypedId, ConflictIndex<SessionId>> byPerson = new HashMap<>();
  private final Map<TypedId, Long> versions = new HashMap<>();

  @Override
  public Optional<LedgerEntry> entry(SessionId sessionId) {
    Objects.requireNonNull(sessionId, "sessionId == null");
    lock.readLock().lock();
    try {
      return Optional.ofNullable(entries.get(sessionId));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<LedgerEntry> entriesOf(TypedId person, TimeSlot window) {
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(window, "window == null");
    lock.readLock().lock();
    try {
      ConflictIndex<SessionId> index = byPerson.get(person);
      if (index == null) {
        return List.of();
      }
      List<SessionId> ids = index.overlapping(window);
      List<LedgerEntry> out = new ArrayList<>(ids.size());
      for (SessionId id : ids) {
        out.add(entries.get(id));
      }
      return out;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public long version(TypedId resource) {
    Objects.requireNonNull(resource, "resource == null");
    lock.readLock().lock();
    try {
      return versions.getOrDefault(resource, 0L);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public boolean commit(LedgerCommit commit) {
    Objects.requireNonNull(commit, "commit == null");
    lock.writeLock().lock();
    try {
      for (Map.Entry<TypedId, Long> e : commit.expectedVersions().entrySet()) {
        if (versions.getOrDefault(e.getKey(), 0L).longValue() != e.getValue().longValue()) {
          return false;
        }
      }
      for (SessionId id : commit.removals()) {
        unindex(entries.remove(id));
      }
      for (LedgerEntry e : commit.upserts()) {
        unindex(entries.put(e.sessionId(), e));
        for (TypedId person : e.people()) {
          byPerson.computeIfAbsent(person, k -> new ConflictIndex<>()).put(e.sessionId(), e.slot());
        }
      }
      for (TypedId resource : commit.expectedVersions().keySet()) {
        versions.merge(resource, 1L, Long::sum);
      }
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void unindex(@Nullable LedgerEntry old) {
    if (old == null) {
      return;
    }
    for (TypedId person : old.people()) {
      ConflictIndex<SessionId> index = byPerson.get(person);
      if (index != null) {
        index.remove(old.sessionId());
        if (index.size() == 0) {
          byPerson.remove(person);
        }
      }
    }
  }
}
