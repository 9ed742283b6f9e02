package org.sanxiang.publicity;

import java.util.List;

/**
 * One step of a published procedure, read from the deployed model.
 *
 * @param id        the BPMN element id (the diagram highlights it)
 * @param kind      人工办理, 自动, 子流程 or 期限
 * @param actor     who acts (执法人员, 负责人, 法制审核人员, 系统)
 * @param basis     the articles the step cites, in Chinese; empty when it cites none
 * @param deadlines each deadline that governs the step: length, counting and its article
 * @param calls     the key of the procedure a call activity runs, else null
 */
public record ProcedureStep(String id, String name, String kind, String actor, String basis, List<String> deadlines,
        String calls) {
}
