package org.sanxiang.cases;

/** APL Art. 9: the kinds of administrative penalty. */
public enum PenaltyType {
    WARNING("警告"),
    CRITICISM("通报批评"),
    FINE("罚款"),
    CONFISCATE_ILLEGAL_GAINS("没收违法所得"),
    CONFISCATE_PROPERTY("没收非法财物"),
    SUSPEND_LICENCE("暂扣许可证件"),
    LOWER_QUALIFICATION("降低资质等级"),
    REVOKE_LICENCE("吊销许可证件"),
    RESTRICT_ACTIVITIES("限制开展生产经营活动"),
    ORDER_SUSPENSION("责令停产停业"),
    ORDER_CLOSURE("责令关闭"),
    RESTRICT_PRACTICE("限制从业"),
    OTHER("法律、行政法规规定的其他行政处罚");

    private final String label;

    PenaltyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
