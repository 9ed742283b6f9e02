/**
 * Legal review of major decisions (重大执法决定法制审核, G118; APL Art. 58): review rounds with their
 * materials, the eight-point checklist, the written opinion (法制审核意见书) and the hard rule that a
 * major decision needs a passed latest round. The catalogue itself is bpmn/major-decision.dmn.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal review",
        allowedDependencies = {"process", "documents"})
package org.sanxiang.review;
