package org.sanxiang.web.persistence;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The login throttle's counts; {@code username} '' is the count of an address over every username. */
@Mapper
public interface LoginThrottleMapper {

    /** One more failure; a count whose last failure is before {@code forgetBefore} starts again at 1. */
    int countFailure(@Param("username") String username, @Param("address") String address,
            @Param("now") LocalDateTime now, @Param("forgetBefore") LocalDateTime forgetBefore);

    int insertFirstFailure(@Param("username") String username, @Param("address") String address,
            @Param("now") LocalDateTime now);

    Integer selectFailures(@Param("username") String username, @Param("address") String address);

    /** Blocks until {@code until}, unless a later block is already set. */
    int block(@Param("username") String username, @Param("address") String address, @Param("until") LocalDateTime until);

    /** The latest block of the pair or of the address that is still running at {@code now}; null if none. */
    LocalDateTime selectBlockedUntil(@Param("username") String username, @Param("address") String address,
            @Param("now") LocalDateTime now);

    List<LoginThrottleRow> selectCounts(@Param("limit") int limit);

    int deletePair(@Param("username") String username, @Param("address") String address);

    int deleteUser(@Param("username") String username);

    int deleteAddress(@Param("address") String address);

    int deleteStale(@Param("forgetBefore") LocalDateTime forgetBefore, @Param("now") LocalDateTime now);
}
