package com.mstudio.engine.api;

/** Kinds of personal data the studio looks for before anything is shown, modelled or exported. */
public enum PiiKind {
    EMAIL,
    PHONE,
    PERSON_NAME,
    STREET_ADDRESS
}
