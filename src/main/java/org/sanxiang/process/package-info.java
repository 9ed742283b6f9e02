/**
 * Shared workflow vocabulary: process keys, variable names, the problem (error) type every module
 * throws, and the one mark ({@link org.sanxiang.process.ServiceCompletion}) that a task completion
 * comes from a Sanxiang service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process vocabulary",
        allowedDependencies = {})
package org.sanxiang.process;
