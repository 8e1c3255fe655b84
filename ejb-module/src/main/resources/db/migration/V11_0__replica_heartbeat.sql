-- The read replica's heartbeat (POS_DB_REPLICA_URL): each application instance writes its row on
-- the primary every second and reads it back from the replica; the difference is the replay lag and
-- the row seen on the replica is the time the replica's data is as of. Unused without a replica.
CREATE TABLE ops_replica_heartbeat (
    instance_id UUID PRIMARY KEY,
    beat_at     TIMESTAMPTZ NOT NULL
);
