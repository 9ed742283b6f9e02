/**
 * Evidence items of a case (APL Art. 46) stored content-addressed with their SHA-256, and the
 * recording requirements each step declares in its BPMN model (全过程记录, G118; APL Art. 47).
 * Evidence is never deleted: it is marked excluded with a reason. Who may add, read or exclude a case's
 * evidence is the case's to say: the cases module implements {@link org.sanxiang.evidence.EvidenceAccessPolicy}.
 * The evidence pages and API live in {@code web/}; its {@code EvidenceCard} is named interface {@code card}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence",
        allowedDependencies = {"process", "officers", "recording", "web"})
package org.sanxiang.evidence;
