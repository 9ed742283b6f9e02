package org.sanxiang.cases.persistence;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.sanxiang.cases.CaseViews;

@Mapper
public interface InboxMapper {

    int insert(InboxTaskEntity task);

    int updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

    int updateDueDate(@Param("taskId") String taskId, @Param("dueDate") LocalDateTime dueDate);

    int delete(@Param("taskId") String taskId);

    InboxTaskEntity selectByTaskId(@Param("taskId") String taskId);

    List<InboxTaskEntity> selectByCase(@Param("caseId") long caseId);

    List<InboxRow> selectInbox(@Param("username") String username, @Param("groups") Collection<String> groups,
            @Param("officerId") Long officerId, @Param("bodyId") Long bodyId, @Param("now") LocalDateTime now,
            @Param("limit") int limit, @Param("offset") int offset);

    List<InboxRow> selectReviewTasks(@Param("username") String username, @Param("officerId") Long officerId,
            @Param("bodyId") Long bodyId,
            @Param("filter") String filter, @Param("matterId") Long matterId, @Param("now") LocalDateTime now,
            @Param("soon") LocalDateTime soon, @Param("limit") int limit, @Param("offset") int offset,
            @Param("window") int window);

    List<ReviewBucket> countReviewBuckets(@Param("username") String username,
            @Param("officerId") Long officerId, @Param("bodyId") Long bodyId);

    CaseViews.ReviewTaskCounts countReviewTasks(@Param("username") String username, @Param("officerId") Long officerId,
            @Param("bodyId") Long bodyId,
            @Param("matterId") Long matterId, @Param("now") LocalDateTime now, @Param("soon") LocalDateTime soon);

    long countInbox(@Param("username") String username, @Param("groups") Collection<String> groups,
            @Param("officerId") Long officerId, @Param("bodyId") Long bodyId);
}
