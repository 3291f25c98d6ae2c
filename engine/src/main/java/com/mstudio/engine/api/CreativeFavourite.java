package com.mstudio.engine.api;

/**
 * A generated image the user kept, with where it came from.
 *
 * @param id        stable id in the workspace
 * @param modelName the model's {@link CreativeModel#name()}
 * @param savedAt   ISO-8601 instant
 * @param image     the image and its seed/latent
 */
public record CreativeFavourite(String id, String modelName, String savedAt, GeneratedImage image) {}
