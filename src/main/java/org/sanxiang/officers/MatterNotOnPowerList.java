package org.sanxiang.officers;

import org.sanxiang.process.RuleViolation;

/** APL Art. 24: a township body handles only the matters on its published power list. */
public class MatterNotOnPowerList extends RuleViolation {

    public MatterNotOnPowerList(long matterId, String bodyName) {
        super("matter-not-on-power-list", "APL Art. 24", "matterId",
                "matter " + matterId + " is not on the power list of " + bodyName, matterId, bodyName);
    }
}
