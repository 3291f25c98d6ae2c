package com.mstudio.engine.api;

/** An intermediate result to show while a job runs; {@code kind} tells the consumer how to read {@code payload}. */
public record Preview(String kind, Object payload) {}
