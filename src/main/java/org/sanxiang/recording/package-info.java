/**
 * The append-only, hash-chained record of every act of a case (全过程记录, G118; APL Art. 47):
 * each entry carries the SHA-256 of its predecessor, so a silent change anywhere breaks the chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Full-process record")
package org.sanxiang.recording;
