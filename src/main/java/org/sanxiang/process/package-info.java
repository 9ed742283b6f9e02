/**
 * Shared workflow vocabulary: process keys, variable names and the problem (error) type every
 * module throws. Holds no behaviour of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process vocabulary")
package org.sanxiang.process;
