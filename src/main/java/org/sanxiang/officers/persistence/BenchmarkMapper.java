package org.sanxiang.officers.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The discretion tiers of the power list (V142). */
@Mapper
public interface BenchmarkMapper {

    List<TierRow> selectTiers(@Param("matterId") long matterId);

    /** Whether the matter's penalty provision sets a fine; null for an unknown matter. */
    Boolean selectFineProvided(@Param("matterId") long matterId);
}
