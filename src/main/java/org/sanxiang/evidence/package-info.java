/**
 * Evidence items of a case (APL Art. 46) stored content-addressed with their SHA-256, and the
 * recording requirements each step declares in its BPMN model (全过程记录, G118; APL Art. 47).
 * Evidence is never deleted: it is marked excluded with a reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package org.sanxiang.evidence;
