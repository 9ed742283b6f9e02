package org.sanxiang.publicity.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.publicity.RandomInspectionItem;
import org.sanxiang.publicity.RemedyChannel;

/**
 * Reads the before-the-fact tables of V41 (random-inspection list, remedy channels; the discretion
 * benchmarks moved to the officers module in V142) for the portal. Read-only: the rows are maintained by the office, never copied.
 */
@Mapper
public interface BeforeDisclosureMapper {

    List<RandomInspectionItem> selectInspectionItems(@Param("bodyId") long bodyId);

    RemedyChannel selectRemedyChannel(@Param("bodyId") long bodyId);
}
