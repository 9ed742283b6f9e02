package org.sanxiang.cases;

public enum PartyKind {
    NATURAL_PERSON, ORGANISATION
}
