package com.mstudio.ui.data;

import com.mstudio.engine.api.CsvDialect;
import com.mstudio.engine.api.ImportOptions;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The dialect as editable values. {@link #show} puts what the importer detected into them without counting as an
 * edit; a change the user makes becomes an override on the import options and re-runs the preview (the caller's
 * job). Keeping the guard here, not in the view, means the controls can bind bidirectionally and stay dumb.
 */
public final class DialectControls {
    public static final List<String> ENCODINGS =
            List.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1", "GB18030", "Shift_JIS");
    public static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');
    /** '\0' stands for "no quoting", as in {@link CsvDialect#quote()}. */
    public static final List<Character> QUOTES = List.of('"', '\'', '\0');

    private final StringProperty encoding = new SimpleStringProperty();
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>();
    private final ObjectProperty<Character> quote = new SimpleObjectProperty<>();
    private final BooleanProperty header = new SimpleBooleanProperty();
    private final BooleanProperty decimalComma = new SimpleBooleanProperty();
    private boolean showing;

    DialectControls(Consumer<Function<ImportOptions, ImportOptions>> onEdit) {
        watch(encoding, v -> o -> o.withEncoding(v), onEdit);
        watch(delimiter, v -> o -> o.withDelimiter(v), onEdit);
        watch(quote, v -> o -> o.withQuote(v), onEdit);
        watch(header, v -> o -> o.withHeader(v), onEdit);
        watch(decimalComma, v -> o -> o.withDecimalComma(v), onEdit);
    }

    private <T> void watch(ObservableValue<T> value, Function<T, Function<ImportOptions, ImportOptions>> edit,
                           Consumer<Function<ImportOptions, ImportOptions>> onEdit) {
        value.addListener((obs, was, now) -> {
            if (!showing && now != null) onEdit.accept(edit.apply(now));
        });
    }

    /** Shows the detected (or overridden) dialect without triggering a new preview. */
    void show(CsvDialect d) {
        showing = true;
        try {
            encoding.set(d.encoding());
            delimiter.set(d.delimiter());
            quote.set(d.quote());
            header.set(d.hasHeader());
            decimalComma.set(d.decimalComma());
        } finally {
            showing = false;
        }
    }

    /** "comma", "tab"… for a delimiter; "none" for the no-quote marker. */
    public static String label(Character c) {
        if (c == null) return "";
        return switch (c) {
            case ',' -> ",  comma";
            case ';' -> ";  semicolon";
            case '\t' -> "tab";
            case '|' -> "|  pipe";
            case '"' -> "\"  double";
            case '\'' -> "'  single";
            case '\0' -> "none";
            default -> "'" + c + "'";
        };
    }

    public StringProperty encodingProperty() { return encoding; }
    public ObjectProperty<Character> delimiterProperty() { return delimiter; }
    public ObjectProperty<Character> quoteProperty() { return quote; }
    public BooleanProperty headerProperty() { return header; }
    public BooleanProperty decimalCommaProperty() { return decimalComma; }
}
