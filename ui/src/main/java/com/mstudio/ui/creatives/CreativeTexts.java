package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.GeneratedImage;

import java.util.Locale;

/** The Creatives screen's sentences, in one place so that the view models and views say things the same way. */
final class CreativeTexts {
    /** Under the quality score: what it means, in one line. */
    static final String QUALITY_EXPLAINED = "Lower is better: how far the generated images' features are from real "
            + "held-out images. The floor is what two halves of the real images score — the best a model can reach.";

    private CreativeTexts() {}

    /** "Trained 5 epochs on 900 images · 1.2 s per epoch · 750 images/s". */
    static String trainedSummary(CreativeTrainingResult r) {
        return String.format(Locale.ROOT, "Trained %d %s on %,d images · %.1f s per epoch · %,.0f images/s",
                r.model().epochsTrained(), r.model().epochsTrained() == 1 ? "epoch" : "epochs", r.trainImages(),
                r.secondsPerEpoch(), r.imagesPerSecond());
    }

    /**
     * "Quality: FID 5.6 (real-vs-real floor 1.5), lower is better; 80% of images pass for real ones (real images 91%)",
     * or that it was not measured; "" for no model. The second part only for models scored since it exists.
     */
    static String qualityLine(CreativeModel m) {
        if (m == null) return "";
        if (m.quality() == null) return "Quality: not measured for this model (training was stopped early, "
                + "or too few images were held out to score it).";
        String realistic = m.quality().describeRealistic();
        return "Quality: " + m.quality().describe() + ", lower is better" + (realistic.isEmpty() ? "" : "; " + realistic);
    }

    /** "Seed 1042" or "Made by hand" for a decoded latent, with the class on a second line for a conditional model. */
    static String tileCaption(GeneratedImage g, CreativeModel model) {
        String who = g.seed() < 0 ? "Made by hand" : "Seed " + g.seed();
        if (model != null && model.conditional() && g.classIndex() >= 0 && g.classIndex() < model.classes().size()) {
            return who + "\n" + model.classes().get(g.classIndex());
        }
        return who;
    }
}
