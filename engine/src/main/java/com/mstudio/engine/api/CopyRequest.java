package com.mstudio.engine.api;

/**
 * What to learn from and how.
 *
 * @param textColumn      the column with the copy
 * @param labelColumn     the column with its label (two or more classes)
 * @param models          which models to train
 * @param tokenizer       how texts become tokens (saved with the model)
 * @param attention       the attention model's settings
 * @param validationShare share of rows for early stopping, e.g. 0.15
 * @param testShare       share held out for the test set, e.g. 0.2 (ignored with a separate test table)
 * @param seed            seeds the split, the weights and the batches
 */
public record CopyRequest(String textColumn, String labelColumn, Models models, Tokenizer tokenizer,
                          AttentionSettings attention, double validationShare, double testShare, long seed) {
    public static final long DEFAULT_SEED = 42;

    public CopyRequest {
        if (textColumn == null || textColumn.isBlank()) throw new IllegalArgumentException("pick the text column");
        if (labelColumn == null || labelColumn.isBlank()) throw new IllegalArgumentException("pick the label column");
        if (textColumn.equals(labelColumn)) throw new IllegalArgumentException("the label cannot be the text column");
        models = models == null ? Models.BOTH : models;
        tokenizer = tokenizer == null ? Tokenizer.DEFAULT : tokenizer;
        attention = attention == null ? AttentionSettings.DEFAULT : attention;
        if (validationShare <= 0 || testShare < 0 || validationShare + testShare >= 0.9) {
            throw new IllegalArgumentException("validation and test shares must leave at least 10% for training");
        }
    }

    public static CopyRequest of(String textColumn, String labelColumn, long seed) {
        return new CopyRequest(textColumn, labelColumn, Models.BOTH, Tokenizer.DEFAULT, AttentionSettings.DEFAULT, 0.15,
                0.2, seed);
    }

    public enum Models { ATTENTION, BASELINE, BOTH }

    /**
     * @param mode          AUTO: words for Latin scripts, character bigrams for Chinese/Japanese runs (mixed text gets
     *                      both); or one of them everywhere
     * @param lowercase     fold case (words only)
     * @param minFrequency  tokens seen fewer times in the training rows become the unknown token
     * @param maxVocabulary at most this many tokens, most frequent first
     * @param maxLength     tokens per text; longer texts are cut at the end (and the user is told)
     */
    public record Tokenizer(Mode mode, boolean lowercase, int minFrequency, int maxVocabulary, int maxLength) {
        public static final Tokenizer DEFAULT = new Tokenizer(Mode.AUTO, true, 4, 20_000, 64);

        public Tokenizer {
            if (mode == null) mode = Mode.AUTO;
            if (minFrequency < 1 || maxVocabulary < 10 || maxLength < 4) {
                throw new IllegalArgumentException("min frequency ≥ 1, vocabulary ≥ 10 and length ≥ 4 are needed");
            }
        }

        public enum Mode { AUTO, WORDS, CHARACTER_BIGRAMS }
    }

    /**
     * @param embedding    size of the token embeddings (positions are added as learned or sinusoidal vectors)
     * @param heads        attention heads (embedding must divide by it)
     * @param blocks       stacked self-attention blocks
     * @param dropout      dropout probability (0 = none)
     * @param learningRate Adam's learning rate
     * @param batchSize    texts per step
     * @param maxEpochs    upper bound on epochs
     * @param patience     stop after this many epochs without a better validation loss
     */
    public record AttentionSettings(int embedding, int heads, int blocks, double dropout, double learningRate,
                                    int batchSize, int maxEpochs, int patience) {
        public static final AttentionSettings DEFAULT = new AttentionSettings(64, 4, 1, 0.1, 1e-3, 64, 30, 4);

        public AttentionSettings {
            if (embedding < 4 || heads < 1 || embedding % heads != 0) {
                throw new IllegalArgumentException("the embedding size must divide by the number of heads");
            }
            if (blocks < 1 || dropout < 0 || dropout >= 1 || learningRate <= 0 || batchSize < 1 || maxEpochs < 1
                    || patience < 1) {
                throw new IllegalArgumentException("blocks, learning rate, batch, epochs and patience must be positive");
            }
        }
    }
}
