package com.mstudio.ui.copy;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyService.Classification;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One classified text: the label and its confidence, a bar for every class, the tokens highlighted by weight, and a
 * note when the text was cut at the maximum length. Used by the playground (with the legend) and by each variant.
 */
final class ClassificationView extends VBox {
    private final String id;
    private final Label label = new Label();
    private final GridPane bars = new GridPane();
    private final TokenChips tokens;
    private final Label truncated = new Label();

    ClassificationView(String id) {
        this.id = id;
        setSpacing(8);
        setMinWidth(0);
        label.setId(id + "-label");
        label.getStyleClass().add("copy-label");
        label.setWrapText(true);
        bars.setHgap(8);
        bars.setVgap(4);
        tokens = new TokenChips(id + "-tokens");
        truncated.setId(id + "-truncated");
        truncated.getStyleClass().add("muted");
        truncated.setWrapText(true);
        getChildren().addAll(label, bars, tokens, truncated);
    }

    void show(Classification c, CopyModel model) {
        bars.getChildren().clear();
        tokens.show(c);
        if (c == null || model == null) {
            label.setText("");
            truncated.setText("");
            truncated.setVisible(false);
            truncated.setManaged(false);
            return;
        }
        label.setText(c.label() + " · " + CopyTexts.percent(c.confidence()) + " sure");
        for (int i = 0; i < model.labels().size() && i < c.scores().size(); i++) {
            Label name = new Label(model.labels().get(i));
            name.setMinWidth(Region.USE_PREF_SIZE);
            ProgressBar bar = new ProgressBar(c.scores().get(i));
            bar.setId(id + "-bar-" + i);
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setPrefWidth(200);
            if (model.labels().get(i).equals(c.label())) bar.getStyleClass().add(Styles.SUCCESS);
            GridPane.setHgrow(bar, Priority.ALWAYS);
            Label value = new Label(CopyTexts.percent(c.scores().get(i)));
            value.setMinWidth(Region.USE_PREF_SIZE);
            bars.addRow(i, name, bar, value);
        }
        truncated.setText("This text is longer than the model's " + model.tokenizer().maxLength()
                + " tokens: only its beginning was read (the tokens shown).");
        truncated.setVisible(c.truncated());
        truncated.setManaged(c.truncated());
    }

    TokenChips tokens() { return tokens; }

    static HBox row(javafx.scene.Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }
}
