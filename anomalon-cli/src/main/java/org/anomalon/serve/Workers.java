package org.anomalon.serve;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool that runs the requests' computations with a time limit: at most {@code threads}
 * run at once, at most {@code queue} wait, and a computation that runs longer than its limit is
 * answered with HTTP 503 while the others go on. The limit counts from when the computation starts:
 * the time a request waits for a free thread measures the others' work (and the machine's load),
 * not its own size, so it is bounded separately and more loosely ({@value #WAIT_IN_LIMITS} limits).
 */
final class Workers implements AutoCloseable {
    /** How long a request may wait for a free thread, in time limits. */
    static final int WAIT_IN_LIMITS = 4;

    private final String name;
    private final ThreadPoolExecutor pool;
    private final Duration limit;

    Workers(String name, int threads, int queue, Duration limit) {
        this.name = name;
        this.limit = limit;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), task -> {
            Thread thread = new Thread(task, "anomalon-serve-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code work} on the pool and waits for it: for a free thread, then at most the time limit. */
    <T> T run(Callable<T> work) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Future<T> future;
        try {
            future = pool.submit(() -> {
                started.countDown();
                return work.call();
            });
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "anomalon serve: too many " + name + " requests waiting; try again in a moment");
        }
        try {
            if (!started.await(WAIT_IN_LIMITS * limit.toMillis(), TimeUnit.MILLISECONDS)) {
                future.cancel(true);
                throw new ApiException(503, String.format(Locale.ROOT, "anomalon serve: every %s thread stayed busy for %.3g s; "
                        + "try again in a moment", name, WAIT_IN_LIMITS * limit.toMillis() / 1000.0));
            }
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiException(503, String.format(Locale.ROOT, "anomalon serve: the request took longer than %.3g s "
                    + "and was given up; ask for less (fewer points, a smaller search)", limit.toMillis() / 1000.0));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
