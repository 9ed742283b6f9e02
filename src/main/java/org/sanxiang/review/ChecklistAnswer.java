package org.sanxiang.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The reviewer's answer on one point: ok, or a problem with a comment.
 */
public record ChecklistAnswer(@NotNull ChecklistPoint point, @NotNull Boolean ok, @Size(max = 2000) String comment) {
}
