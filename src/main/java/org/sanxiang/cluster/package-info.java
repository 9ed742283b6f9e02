/**
 * Cluster: what lets several identical nodes share one database (Camunda's homogeneous cluster, issue 18).
 * {@link org.sanxiang.cluster.CacheVersions} tells every node when another node changed what an in-memory
 * cache holds; {@link org.sanxiang.cluster.ClusterConfiguration} gives the scheduled jobs a ShedLock lock
 * provider on the shared database. Sessions are Spring Session JDBC (configuration only). The engine's own
 * jobs and timers need nothing here: Camunda's job executor runs on every node with optimistic locking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster", allowedDependencies = {})
package org.sanxiang.cluster;
