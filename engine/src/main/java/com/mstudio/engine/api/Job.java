package com.mstudio.engine.api;

/**
 * A unit of long work run by the engine. It reports through its context and checks for cancellation at every
 * iteration or chunk of rows. It must return a new result and never mutate state the caller already holds, so that
 * a failed or cancelled job leaves everything as it was.
 */
@FunctionalInterface
public interface Job<R> {
    R run(JobContext context) throws Exception;
}
