package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyService.Classification;
import com.mstudio.engine.api.CopyService.TokenWeight;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;

import java.util.Locale;

/**
 * A text's tokens as a flow of chips, each shaded by its weight. Occlusion weights have a sign, so the scale diverges:
 * orange pushes towards the predicted label, blue against it (colour-blind safe). Attention weights are all positive:
 * one hue, darker for more attention. The strongest token of the text gets the full colour.
 */
final class TokenChips extends FlowPane {
    static final Color TOWARDS = Color.web("#E69F00"), AGAINST = Color.web("#0072B2");

    TokenChips(String id) {
        setId(id);
        setHgap(4);
        setVgap(4);
        getStyleClass().add("token-chips");
        setMinWidth(0);
        setPrefWrapLength(300);
    }

    void show(Classification c) {
        getChildren().clear();
        if (c == null) return;
        boolean attention = "attention".equals(c.weightKind());
        double max = c.tokens().stream().mapToDouble(t -> Math.abs(t.weight())).max().orElse(0);
        double equalShare = c.tokens().isEmpty() ? 0 : 1.0 / c.tokens().size();
        for (TokenWeight t : c.tokens()) {
            Label chip = new Label(t.token());
            chip.getStyleClass().add("token-chip");
            if (t.unknown()) chip.getStyleClass().add("unknown");
            Color colour = attention ? attentionShade(t.weight(), max, equalShare) : shade(t.weight(), max, false);
            chip.setStyle("-fx-background-color: " + css(colour) + ";");
            chip.setMinWidth(USE_PREF_SIZE);
            chip.setMnemonicParsing(false);
            Tooltip.install(chip, new Tooltip(tooltip(t, c)));
            getChildren().add(chip);
        }
    }

    /** The chip colour: the hue by the sign (occlusion) and the opacity by the weight's share of the strongest. */
    static Color shade(double weight, double max, boolean attention) {
        if (max <= 0 || !Double.isFinite(weight)) return Color.TRANSPARENT;
        double strength = Math.min(1, Math.abs(weight) / max);
        Color hue = attention || weight >= 0 ? TOWARDS : AGAINST;
        return Color.color(hue.getRed(), hue.getGreen(), hue.getBlue(), 0.08 + 0.8 * strength);
    }

    /**
     * Attention shares add up to one, so a text whose tokens all get about the same share would be all dark if scaled
     * by the largest: only the part above an equal share is shaded, and a spread of less than half an equal share never
     * reaches the full colour.
     */
    static Color attentionShade(double share, double max, double equalShare) {
        if (!Double.isFinite(share) || equalShare <= 0) return Color.TRANSPARENT;
        double spread = Math.max(max - equalShare, equalShare / 2);
        double strength = Math.max(0, Math.min(1, (share - equalShare) / spread));
        return Color.color(TOWARDS.getRed(), TOWARDS.getGreen(), TOWARDS.getBlue(), 0.08 + 0.8 * strength);
    }

    private static String tooltip(TokenWeight t, Classification c) {
        String w = String.format(Locale.ROOT, "%.3f", t.weight());
        String what = "attention".equals(c.weightKind()) ? "attention received " + w
                : (t.weight() >= 0 ? "towards " : "against ") + c.label() + ": " + w + " log-odds";
        return "“" + t.token() + "”: " + what + (t.unknown() ? " · not in the vocabulary (read as the unknown token)" : "");
    }

    private static String css(Color c) {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.3f)", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255), c.getOpacity());
    }

    /** The legend in plain words for what the weights are. */
    static String legend(Classification c) {
        if (c == null) return "";
        if ("attention".equals(c.weightKind())) {
            return "Shown: attention. Each token's weight is its share of the model's attention (averaged over the "
                    + "heads and over the text's tokens; the shares add up to 100%). Tokens that got more than an equal "
                    + "share are shaded, the darker the more. It shows where the model looked, not which way a token "
                    + "pushed the label.";
        }
        return "Shown: occlusion. Each token's weight is how much the model's log-odds for “" + c.label()
                + "” drop when that token is left out. Orange tokens pushed the text towards “" + c.label()
                + "”, blue ones against it; the paler, the less it mattered.";
    }
}
