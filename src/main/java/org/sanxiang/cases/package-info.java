/**
 * Leads, filing, parties, the case aggregate, the commands that move a case through the general
 * and summary procedures, and the inbox / case-search read models. Answers the evidence module's
 * {@link org.sanxiang.evidence.EvidenceAccessPolicy} (evidence follows case access); the case page embeds
 * the evidence card ({@code evidence :: card}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
        allowedDependencies = {"process", "calendar", "documents", "evidence", "evidence :: card", "officers",
                "recording", "review", "web"})
package org.sanxiang.cases;
