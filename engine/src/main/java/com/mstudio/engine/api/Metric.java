package com.mstudio.engine.api;

/** One point of a live chart series, e.g. ("loss/validation", 12, 0.41). */
public record Metric(String series, long step, double value) {}
