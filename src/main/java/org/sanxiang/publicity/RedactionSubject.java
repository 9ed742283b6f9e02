package org.sanxiang.publicity;

import java.util.List;

/**
 * Who a text is about: the party (kept as the policy allows) and the other natural persons the case
 * names (witnesses, relatives, neighbours), who are always removed (RULES §3).
 *
 * @param partyKind     NATURAL_PERSON or ORGANISATION
 * @param partyIdNumber removed wherever it appears, whatever its format
 * @param otherPersons  names of natural persons other than the party
 */
public record RedactionSubject(String partyKind, String partyName, String partyIdNumber, String creditCode,
        String legalRepresentative, List<String> otherPersons) {

    public RedactionSubject {
        otherPersons = otherPersons == null ? List.of() : List.copyOf(otherPersons);
    }

    public boolean naturalPerson() {
        return "NATURAL_PERSON".equals(partyKind);
    }
}
