package com.mstudio.ui.data;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.BadRowPolicy;
import com.mstudio.engine.api.CsvPreview;
import com.mstudio.ui.common.BusyPanel;
import com.mstudio.ui.common.Formats;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Review before import: how the file was read (editable: a change re-runs the preview), the schema with type
 * overrides, the first rows, the importer's notices, the bad-row policy and the Import button.
 */
final class PreviewView extends StackPane {
    PreviewView(DataViewModel vm) {
        setId("preview-view");
        VBox content = new VBox();
        content.getStyleClass().add("screen");

        Label title = new Label();
        title.setId("preview-title");
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            var f = vm.fileProperty().get();
            return f == null ? "" : "Review " + f.getFileName();
        }, vm.fileProperty()));
        title.setMinWidth(0);
        Label facts = new Label();
        facts.setId("preview-facts");
        facts.getStyleClass().add("muted");
        facts.textProperty().bind(Bindings.createStringBinding(() -> facts(vm.previewProperty().get()), vm.previewProperty()));
        // Facts under the title, so the buttons keep their room in a narrow window.
        VBox heading = new VBox(2, title, facts);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.SOMETIMES);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ProgressIndicator updating = new ProgressIndicator();
        updating.setPrefSize(22, 22);
        updating.visibleProperty().bind(vm.previewBusyProperty());
        Button back = new Button("Back");
        back.setId("preview-back");
        back.setOnAction(e -> vm.back());
        Button importButton = new Button("Import");
        importButton.setId("import-button");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(vm.previewBusyProperty().or(vm.previewProperty().isNull()));
        importButton.setOnAction(e -> vm.startImport());
        Label policyLabel = label("Bad rows");
        back.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(12, heading, grow, updating, policyLabel, policyBox(vm), back, importButton);
        header.setAlignment(Pos.CENTER_LEFT);

        Label notice = new Label();
        notice.setId("preview-notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        NoticeList notices = new NoticeList();
        vm.previewProperty().addListener((o, was, now) -> notices.show(now == null ? java.util.List.of() : now.notices()));

        SplitPane split = new SplitPane(new SchemaTable(vm), new FirstRowsTable(vm));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        content.getChildren().addAll(header, dialectRow(vm), notice, notices, split);

        BusyPanel reading = new BusyPanel(DataView.title("Reading ", vm), vm.jobProgressProperty(), vm.jobMessageProperty(), vm::cancel);
        StackPane loading = new StackPane(reading);
        loading.setId("preview-loading");
        loading.getStyleClass().add("screen");
        loading.visibleProperty().bind(vm.previewProperty().isNull());
        content.visibleProperty().bind(vm.previewProperty().isNotNull());
        getChildren().addAll(content, loading);
    }

    private static String facts(CsvPreview p) {
        if (p == null) return "";
        return Formats.count(p.rowCount()) + " rows · " + p.schema().size() + " columns · " + Formats.bytes(p.fileSizeBytes())
                + (p.dialect().bom() ? " · starts with a byte-order mark" : "");
    }

    private static FlowPane dialectRow(DataViewModel vm) {
        DialectControls d = vm.dialect();
        ComboBox<String> encoding = new ComboBox<>();
        encoding.setId("encoding");
        encoding.getItems().setAll(DialectControls.ENCODINGS);
        encoding.setEditable(true);
        encoding.setPrefWidth(140);
        encoding.setMinWidth(Region.USE_PREF_SIZE);
        encoding.valueProperty().bindBidirectional(d.encodingProperty());

        ComboBox<Character> delimiter = charBox("delimiter", DialectControls.DELIMITERS);
        delimiter.valueProperty().bindBidirectional(d.delimiterProperty());
        ComboBox<Character> quote = charBox("quote", DialectControls.QUOTES);
        quote.valueProperty().bindBidirectional(d.quoteProperty());

        CheckBox header = new CheckBox("Header row");
        header.setId("has-header");
        header.selectedProperty().bindBidirectional(d.headerProperty());
        CheckBox comma = new CheckBox("Decimal comma");
        comma.setId("decimal-comma");
        comma.selectedProperty().bindBidirectional(d.decimalCommaProperty());

        FlowPane row = new FlowPane(8, 8,
                group(label("Encoding"), encoding), group(label("Delimiter"), delimiter), group(label("Quote"), quote),
                header, comma);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("dialect-row");
        row.setHgap(18);
        return row;
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox g = new HBox(6, nodes);
        g.setAlignment(Pos.CENTER_LEFT);
        g.setMinWidth(Region.USE_PREF_SIZE);
        return g;
    }

    private static ComboBox<BadRowPolicy> policyBox(DataViewModel vm) {
        ComboBox<BadRowPolicy> policy = new ComboBox<>();
        policy.setMinWidth(Region.USE_PREF_SIZE);
        policy.setId("bad-row-policy");
        policy.getItems().setAll(BadRowPolicy.values());
        policy.setConverter(new StringConverter<>() {
            @Override public String toString(BadRowPolicy p) {
                return p == null ? "" : p == BadRowPolicy.SKIP_ROW ? "Skip the row" : "Keep, cell missing";
            }
            @Override public BadRowPolicy fromString(String s) { return null; }
        });
        policy.valueProperty().bindBidirectional(vm.badRowPolicyProperty());
        return policy;
    }

    private static ComboBox<Character> charBox(String id, java.util.List<Character> items) {
        ComboBox<Character> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setPrefWidth(140);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(Character c) { return DialectControls.label(c); }
            @Override public Character fromString(String s) { return null; }
        });
        return box;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

}
