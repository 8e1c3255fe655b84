package app.pos.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadReplicaTest {

  private static ReadReplica configured(String url) {
    ReadReplica replica = new ReadReplica();
    replica.url = Optional.ofNullable(url);
    replica.maxLagSeconds = 10;
    return replica;
  }

  @Test
  void withoutAUrlNothingIsRoutedToTheReplica() {
    ReadReplica replica = configured(null);
    assertThat(replica.configured()).isFalse();
    assertThat(replica.check().state()).isEqualTo(ReadReplica.State.NOT_CONFIGURED);
    assertThat(replica.usableFor(Optional.of(UUID.randomUUID()))).isFalse();
    assertThat(configured(" ").configured()).isFalse();
  }

  @Test
  void aReplicaThatWasNeverMeasuredIsNotUsed() {
    ReadReplica replica = configured("jdbc:postgresql://127.0.0.1:1/pos");
    assertThat(replica.usableFor(Optional.empty())).isFalse();
  }

  @Test
  void aUserWhoseWriteTheReplicaHasNotReplayedReadsThePrimary() {
    ReadReplica replica = configured("jdbc:postgresql://127.0.0.1:1/pos");
    UUID writer = UUID.randomUUID();
    UUID reader = UUID.randomUUID();
    Instant beforeTheWrite = Instant.now().minusSeconds(1);
    replica.up(beforeTheWrite);
    replica.wrote(writer);
    assertThat(replica.usableFor(Optional.of(writer))).isFalse();
    assertThat(replica.usableFor(Optional.of(reader))).isTrue();
    replica.up(Instant.now().plusMillis(5));
    assertThat(replica.usableFor(Optional.of(writer))).isTrue();
  }

  @Test
  void aFailedReadSendsReadsToThePrimaryUntilTheNextGoodCheck() {
    ReadReplica replica = configured("jdbc:postgresql://127.0.0.1:1/pos");
    replica.up(Instant.now());
    replica.failed(new IllegalStateException("connection refused"));
    assertThat(replica.status().state()).isEqualTo(ReadReplica.State.DEGRADED);
    assertThat(replica.usableFor(Optional.empty())).isFalse();
  }

  @Test
  void onlyDatabaseFailuresAreRetriedOnThePrimary() {
    assertThat(
            ReplicaReadsInterceptor.causedByDatabase(
                new EJBException(new PersistenceException(new SQLException("terminated")))))
        .isTrue();
    assertThat(
            ReplicaReadsInterceptor.causedByDatabase(
                new EJBException(new InvalidInputException("date_to", "too long"))))
        .isFalse();
    assertThat(ReplicaReadsInterceptor.causedByDatabase(new IllegalArgumentException("x")))
        .isFalse();
  }

  @Test
  void aPostgresUrlBecomesAJdbcUrl() {
    assertThat(ReadReplica.jdbcUrl("postgres://reader:secret@replica.internal:6543/pos"))
        .isEqualTo("jdbc:postgresql://replica.internal:6543/pos");
    assertThat(ReadReplica.jdbcUrl("jdbc:postgresql://r:5432/pos?sslmode=require"))
        .isEqualTo("jdbc:postgresql://r:5432/pos?sslmode=require");
  }
}
