package org.sanxiang.evidence;

/** The fixed reasons for which a mandatory audio-video record may be missing (G118; RULES §5). */
public enum AbsenceReason {
    /** 涉及国家秘密、商业秘密或个人隐私 */
    SECRET_OR_PRIVACY,
    /** 紧急情况 */
    EMERGENCY,
    /** 设备故障等技术原因 */
    TECHNICAL_FAILURE
}
