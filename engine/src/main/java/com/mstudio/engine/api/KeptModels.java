package com.mstudio.engine.api;

import java.util.List;

/**
 * The models kept in a workspace that could be read, and a plain sentence for each kept file that could not (damaged,
 * from an earlier or newer version, missing). One unreadable file never hides the others: after an update that retires a
 * model format, the models that still open stay usable and the screen says which one must be trained again.
 *
 * @param models     the readable models, in the order they were kept
 * @param unreadable one sentence per file that could not be read, naming the file and why
 * @param <M>        the model record
 */
public record KeptModels<M>(List<M> models, List<String> unreadable) {
    public KeptModels {
        models = List.copyOf(models);
        unreadable = List.copyOf(unreadable);
    }

    public static <M> KeptModels<M> none() {
        return new KeptModels<>(List.of(), List.of());
    }

    public boolean isEmpty() {
        return models.isEmpty() && unreadable.isEmpty();
    }
}
