/**
 * Leads, filing, parties and the case aggregate, moved through the general and summary procedures
 * by one service per use case (lead registration, step completion, investigations and coercive
 * measures, the summary procedure, case supervision, decision revocations) over one step rule per
 * step ({@code steps/}), with the one completion guard of every model ({@code process/}) and the
 * inbox / case-search read models. Answers the evidence module's
 * {@link org.sanxiang.evidence.EvidenceAccessPolicy} (evidence follows case access); the case page embeds
 * the evidence card ({@code evidence :: card}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
        allowedDependencies = {"process", "calendar", "documents", "evidence", "evidence :: card", "officers",
                "recording", "review", "web", "cluster"})
package org.sanxiang.cases;
