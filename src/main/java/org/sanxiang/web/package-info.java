/**
 * Shared web plumbing: problem+json (RFC 9457) for every rule, security (Camunda identity
 * accounts for the API, the UI, Tasklist and Cockpit) and the {@code Actor} argument.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web plumbing",
        allowedDependencies = {"process", "cluster"})
package org.sanxiang.web;
