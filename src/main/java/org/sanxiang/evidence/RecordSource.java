package org.sanxiang.evidence;

import java.util.Map;

/**
 * A module's contribution to the registry of record names the models may list in
 * {@code requiredRecords}: each name with the check that tells whether the record exists. The module
 * that owns the data owns the check (cases: investigation records and step forms; evidence: evidence
 * items; publicity: redaction checks and withdrawals).
 */
public interface RecordSource {

    /** Record name (as written in the models) → its check. */
    Map<String, RecordCheck> recordChecks();
}
