package com.mstudio.ui.creatives;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.ui.common.NoticeLabel;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

import static com.mstudio.ui.common.Labels.muted;
import static com.mstudio.ui.common.Labels.title;

/**
 * The model settings beside the training: one radio button per preset (disabled with the reason when it cannot work
 * at the set's size), "Learn each class separately", epochs, seed, and Advanced (latent size, batch, learning rate).
 */
final class ModelSetupPanel extends VBox {
    private final ModelSetupViewModel vm;
    private final Map<CreativePreset, RadioButton> buttons = new EnumMap<>(CreativePreset.class);
    private final Map<CreativePreset, Label> reasons = new EnumMap<>(CreativePreset.class);

    ModelSetupPanel(ModelSetupViewModel vm, ObservableValue<ImageSet> set, Runnable train,
                    ObservableValue<Boolean> training) {
        this.vm = vm;
        setId("creatives-setup");
        setSpacing(8);
        setPrefWidth(300);
        setMinWidth(300);
        getStyleClass().add("card");
        getChildren().add(title("Model"));
        ToggleGroup group = new ToggleGroup();
        for (CreativePreset p : CreativePreset.values()) {
            RadioButton b = new RadioButton(p.title());
            b.setId("preset-" + p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setToggleGroup(group);
            b.setUserData(p);
            Label why = muted("");
            why.setWrapText(true);
            why.setPadding(new Insets(0, 0, 0, 24));
            why.managedProperty().bind(why.textProperty().isNotEmpty());
            buttons.put(p, b);
            reasons.put(p, why);
            getChildren().addAll(b, why);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) vm.presetProperty().set((CreativePreset) now.getUserData());
        });
        vm.presetProperty().addListener((o, was, now) -> group.selectToggle(buttons.get(now)));
        group.selectToggle(buttons.get(vm.presetProperty().get()));
        set.addListener((o, was, now) -> refresh());
        refresh();

        CheckBox conditional = new CheckBox("Learn each class separately (pick the class when generating)");
        conditional.setId("setup-conditional");
        conditional.setWrapText(true);
        conditional.selectedProperty().bindBidirectional(vm.conditionalProperty());
        conditional.disableProperty().bind(vm.conditionalAvailableProperty().not());

        GridPane basic = new GridPane();
        basic.setHgap(8);
        basic.setVgap(6);
        basic.addRow(0, new Label("Epochs"), field("setup-epochs", vm.epochsProperty()));
        basic.addRow(1, new Label("Seed"), field("setup-seed", vm.seedProperty()));
        GridPane advanced = new GridPane();
        advanced.setHgap(8);
        advanced.setVgap(6);
        advanced.addRow(0, unclipped("Latent size"), field("setup-latent", vm.latentSizeProperty()));
        advanced.addRow(1, unclipped("Batch size"), field("setup-batch", vm.batchSizeProperty()));
        advanced.addRow(2, unclipped("Learning rate"), field("setup-lr", vm.learningRateProperty()));
        Label batchHint = muted("");
        batchHint.setId("setup-batch-hint");
        batchHint.setWrapText(true);
        batchHint.textProperty().bind(vm.batchHintProperty());
        batchHint.visibleProperty().bind(vm.batchHintProperty().isNotEmpty());
        batchHint.managedProperty().bind(batchHint.visibleProperty());
        advanced.add(batchHint, 0, 3, 2, 1);
        TitledPane adv = new TitledPane("Advanced", advanced);
        adv.setId("setup-advanced");
        adv.setExpanded(false);

        NoticeLabel problem = new NoticeLabel("setup-problem", vm.problemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        Button go = new Button("Train");
        go.setId("creatives-train");
        go.getStyleClass().add(Styles.ACCENT);
        go.setMaxWidth(Double.MAX_VALUE);
        go.setDefaultButton(false);
        go.setOnAction(e -> train.run());
        go.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> set.getValue() == null || Boolean.TRUE.equals(training.getValue()), set, training));
        Label needSet = muted("Import an image set first.");
        needSet.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> set.getValue() == null, set));
        needSet.managedProperty().bind(needSet.visibleProperty());
        getChildren().addAll(conditional, basic, adv, problem, go, needSet);
    }

    private void refresh() {
        for (CreativePreset p : CreativePreset.values()) {
            String why = vm.unavailableReason(p);
            buttons.get(p).setDisable(!why.isEmpty());
            reasons.get(p).setText(why);
        }
    }

    /** A field's name at its full width: the fields give way instead ("Learning r…" was cut in the narrow panel). */
    private static Label unclipped(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setMinWidth(60);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
