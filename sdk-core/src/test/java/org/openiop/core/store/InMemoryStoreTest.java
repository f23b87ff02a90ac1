package org.openiop.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openiop.core.ConsentId;
import org.openiop.core.Fixtures;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.people.ContactInfo;
import org.openiop.core.people.Participant;
import org.openiop.core.privacy.Consent;

class InMemoryStoreTest {

  @Test
  void aStaleWriteFailsAndKeepsTheWinner() {
    InMemoryStore<ParticipantId, Participant> store = InMemoryStore.participants();
    Participant p = Fixtures.participant();
    Versioned<Participant> v1 = store.save(p, 0);
    assertThat(v1.version()).isEqualTo(1);
    Participant a = p.toBuilder().preferredLanguage("fr").build();
    Participant b = p.toBuilder().preferredLanguage("de").build();
    assertThat(store.save(a, 1).version()).isEqualTo(2);
    assertThatThrownBy(() -> store.save(b, 1))
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.actualVersion()).isEqualTo(2);
            })
        .hasMessage("stale write to par_1: expected version 1, current version 2");
    assertThat(store.find(p.id()).orElseThrow().value().preferredLanguage()).isEqualTo("fr");
    assertThatThrownBy(() -> store.save(p, 0)).isInstanceOf(StaleVersionException.class);
  }

  @Test
  void anInvalidValueIsRejectedAndNothingIsStored() {
    InMemoryStore<ParticipantId, Participant> store = InMemoryStore.participants();
    Participant bad =
        new Participant(
            ParticipantId.of("par_bad"),
            Fixtures.participant().legalName(),
            null,
            Fixtures.participant().dateOfBirth(),
            Fixtures.participant().ageGroup(),
            new ContactInfo("nope", null),
            Fixtures.LA,
            Fixtures.participant().locations(),
            "en",
            null,
            null,
            null);
    assertThatThrownBy(() -> store.save(bad, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: participant.contact.email: must be a well-formed email address");
    assertThat(store.find(bad.id())).isEmpty();
    assertThat(store.all()).isEmpty();
  }

  @Test
  void concurrentWritersOnTheSameVersionHaveExactlyOneWinner() throws Exception {
    InMemoryStore<ParticipantId, Participant> store = InMemoryStore.participants();
    Participant p = Fixtures.participant();
    store.save(p, 0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 1; round <= 50; round++) {
        long expected = round;
        List<Callable<Boolean>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
          writers.add(
              () -> {
                try {
                  store.save(p, expected);
                  return true;
                } catch (StaleVersionException e) {
                  return false;
                }
              });
        }
        int winners = 0;
        for (Future<Boolean> f : pool.invokeAll(writers)) {
          winners += f.get() ? 1 : 0;
        }
        assertThat(winners).isEqualTo(1);
        assertThat(store.find(p.id()).orElseThrow().version()).isEqualTo(round + 1);
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void consentsAreAppendOnlyAndRevocationIsANewVersion() {
    InMemoryConsentStore store = new InMemoryConsentStore();
    ParticipantId p = ParticipantId.of("par_1");
    Consent v1 = Fixtures.familyRelease(p, SupportPersonId.of("sup_1"), Fixtures.T0);
    store.append(v1);
    Consent v2 = v1.revoke(Fixtures.T0.plusSeconds(3600), "par_1", "withdrawn");
    store.append(v2);
    assertThat(store.history(v1.id())).containsExactly(v1, v2);
    assertThat(store.latest(v1.id())).contains(v2);
    assertThat(store.latestFor(p)).containsExactly(v2);
    assertThatThrownBy(() -> store.append(v2)).isInstanceOf(StaleVersionException.class);
    assertThat(store.history(ConsentId.of("con_none"))).isEmpty();
  }

  @Test
  void validatingWrapperChecksWhatADatabaseReturns() {
    InMemoryStore<ParticipantId, Participant> raw = InMemoryStore.participants();
    Store<ParticipantId, Participant> validating = Stores.validating(raw, "participant");
    Participant p = Fixtures.participant();
    validating.save(p, 0);
    assertThat(validating.find(p.id())).isPresent();
    assertThat(validating.all()).hasSize(1);
  }
}
