/**
 * The supervisor's dashboard (执法监督, G118): figures of cases, legal reviews and certificates side by side,
 * for a head their own body, for the supervisor and the administrator every body. It only reads the other
 * modules' APIs ({@code CaseStatistics}, {@code ReviewStatistics}, {@code CertificateSupervision}); no module
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
        allowedDependencies = {"process", "cases", "officers", "review", "web"})
package org.sanxiang.supervision;
