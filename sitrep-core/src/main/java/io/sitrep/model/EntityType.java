package io.sitrep.model;

/** The kinds of actor and place the engine resolves. GROUP is an armed or non-state group. */
public enum EntityType {
    PERSON, COUNTRY, ORGANIZATION, GROUP, PLACE
}
