package org.sanxiang.process;

import java.util.function.Supplier;

/**
 * The one mark that a task completion comes from a Sanxiang service (G118: every step leaves its
 * validated data and its record, which only the services write). A service completes a task inside
 * {@link #run(String, Runnable)}; the engine listener that guards every user task of every model asks
 * {@link #isMarked(String)} and refuses any other completion — the Camunda Tasklist, the engine REST
 * API, or code that calls {@code TaskService.complete} itself.
 * <p>
 * The mark lives only for the synchronous call into the engine on the service's own thread (the
 * listener runs inside that call), so it never rides across a transaction boundary or a job. This is
 * the only {@code ThreadLocal} of the application.
 */
public final class ServiceCompletion {

    private static final ThreadLocal<String> COMPLETING = new ThreadLocal<>();

    private ServiceCompletion() {
    }

    /** Runs {@code completion} (a {@code TaskService.complete} of {@code taskId}) as a service completion. */
    public static void run(String taskId, Runnable completion) {
        call(taskId, () -> {
            completion.run();
            return null;
        });
    }

    /** As {@link #run(String, Runnable)}, answering the completion's result. */
    public static <T> T call(String taskId, Supplier<T> completion) {
        if (taskId == null) {
            throw new IllegalArgumentException("taskId");
        }
        String outer = COMPLETING.get();
        COMPLETING.set(taskId);
        try {
            return completion.get();
        } finally {
            if (outer == null) {
                COMPLETING.remove();
            } else {
                COMPLETING.set(outer);
            }
        }
    }

    /** Whether the engine's completion of {@code taskId} comes from a service on this thread. */
    public static boolean isMarked(String taskId) {
        return taskId != null && taskId.equals(COMPLETING.get());
    }
}
