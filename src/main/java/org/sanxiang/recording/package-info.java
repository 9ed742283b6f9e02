/**
 * The append-only, hash-chained record of every act of a case (全过程记录, G118; APL Art. 47):
 * each entry carries the SHA-256 of its predecessor, so a silent change anywhere breaks the chain.
 * Depends on officers only for the office record's readers (a body's head; bodies do not see each other).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Full-process record",
        allowedDependencies = {"process", "officers"})
package org.sanxiang.recording;
