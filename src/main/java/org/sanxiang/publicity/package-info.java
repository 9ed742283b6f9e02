/**
 * Enforcement publicity (行政执法公示制度, G118; APL Art. 39, 48): the after-the-fact publication of
 * decisions (automatic redaction, second-person check, publication within 7 / 20 working days,
 * withdrawal within 3 working days — also when the cases module reports that a decision fell —,
 * display periods), the public portal with the before-the-fact information derived live from its
 * source tables (bodies and remedy channels, officers, the power list with its discretion benchmarks,
 * the random-inspection list) and from the deployed process models, the signed record checkpoints,
 * and the annual statistics. Public API, one use case each:
 * {@link org.sanxiang.publicity.PublicationDrafting} (process start, automatic redaction),
 * {@link org.sanxiang.publicity.PublicationChecks} (second-person check),
 * {@link org.sanxiang.publicity.PublicationPublishing}, {@link org.sanxiang.publicity.PublicationTimers}
 * (overdue escalation, end of display), {@link org.sanxiang.publicity.PublicationWithdrawals},
 * {@link org.sanxiang.publicity.PublicationQueries},
 * {@link org.sanxiang.publicity.Redactor}, {@link org.sanxiang.publicity.PublicPortal},
 * {@link org.sanxiang.publicity.PublicProcedures} and {@link org.sanxiang.publicity.AnnualStatistics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publicity",
        allowedDependencies = {"process", "calendar", "cases", "evidence", "officers", "recording", "review",
                "web"})
package org.sanxiang.publicity;
