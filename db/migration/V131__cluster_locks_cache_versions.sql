-- cluster module (issue 18): ShedLock's lock rows, so scheduled work (the daily record checkpoint, the
-- evidence orphan sweep) runs on one node per period; DATETIME, not TIMESTAMP (no implicit ON UPDATE on
-- MariaDB, no 2038 limit). Times are the database's UTC time (ShedLock usingDbTime).
CREATE TABLE sanxiang_shedlock (
  name       VARCHAR(64)  NOT NULL,
  lock_until DATETIME(3)  NOT NULL,
  locked_at  DATETIME(3)  NOT NULL,
  locked_by  VARCHAR(255) NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per in-memory cache that other nodes must drop: a node that changes what the cache holds adds one
-- to its version after commit; every node compares the version it last saw at most every
-- sanxiang.cluster.cache-check-interval and drops its cache when it moved.
CREATE TABLE cluster_cache_version (
  name    VARCHAR(64) NOT NULL PRIMARY KEY,
  version BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO cluster_cache_version (name, version) VALUES ('review-task-counts', 0), ('verified-credentials', 0);
