/**
 * Leads, filing, parties, the case aggregate, the commands that move a case through the general
 * and summary procedures, and the inbox / case-search read models.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.sanxiang.cases;
