package com.mstudio.engine.api;

/**
 * One generated tile: its pixels and everything needed to make it again.
 *
 * @param seed       the tile's own seed: {@code latent} is drawn from it (N(0,1)), so the same seed gives the same image
 * @param classIndex the class it was asked for (conditional models), else -1
 * @param latent     the latent vector it was decoded from (for variations, interpolation and sliders)
 * @param shape      its size
 * @param pixels     NCHW bytes 0..255 of one image
 */
public record GeneratedImage(long seed, int classIndex, float[] latent, ImageShape shape, byte[] pixels) {}
