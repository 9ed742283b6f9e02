package org.sanxiang.officers.persistence;

/** Row of {@code officer}; mutable only for MyBatis (generated key on insert). */
public class OfficerRow {
    public Long id;
    public long bodyId;
    public String username;
    public String name;
    public String position;
}
