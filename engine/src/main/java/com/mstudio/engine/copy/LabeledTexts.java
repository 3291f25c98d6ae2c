package com.mstudio.engine.copy;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.StudioException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The usable rows of a table for copy classification: each with its text and its label index.
 *
 * @param texts      the text of each usable row
 * @param labels     its label, an index into {@code labelNames}
 * @param labelNames the classes, sorted (so the same data always gives the same output order)
 * @param sourceRows each usable row's index in the table it came from
 * @param warnings   what was left out and why, worded for the user
 */
public record LabeledTexts(List<String> texts, int[] labels, List<String> labelNames, int[] sourceRows,
                           List<String> warnings) {
    /** More classes than this is not a label column but free text or an identifier. */
    public static final int MAX_CLASSES = 50;
    /** A class with fewer rows than this cannot be learned or measured well; the user is told. */
    static final int FEW_ROWS = 5;
    private static final int ROWS_NAMED = 5;

    public LabeledTexts {
        texts = List.copyOf(texts);
        labelNames = List.copyOf(labelNames);
        warnings = List.copyOf(warnings);
    }

    public int size() {
        return texts.size();
    }

    /** Rows per class, in label order. */
    public int[] counts() {
        int[] counts = new int[labelNames.size()];
        for (int label : labels) counts[label]++;
        return counts;
    }

    /**
     * Training data: the classes are the distinct labels, sorted. Rows without a text or a label are left out and
     * counted in the warnings.
     *
     * @throws StudioException when a column is missing, or there are fewer than two or more than
     *                         {@value #MAX_CLASSES} classes
     */
    public static LabeledTexts from(DataTable table, String textColumn, String labelColumn) {
        Columns c = Columns.of(table, textColumn, labelColumn);
        TreeSet<String> names = new TreeSet<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String label = c.label(table, row);
            if (label != null && c.text(table, row) != null) names.add(label);
        }
        if (names.isEmpty()) {
            StudioException empty = emptyColumn(table, c);
            if (empty != null) throw empty;
        }
        if (names.size() < 2) {
            throw new StudioException("the label column \"" + labelColumn + "\" needs at least two classes; it has "
                    + (names.isEmpty() ? "none" : "only \"" + names.first() + "\""));
        }
        if (names.size() > MAX_CLASSES) {
            throw new StudioException("the label column \"" + labelColumn + "\" has " + names.size()
                    + " different values; a label column has 2 to " + MAX_CLASSES + " classes");
        }
        LabeledTexts texts = collect(table, c, new ArrayList<>(names));
        List<String> warnings = new ArrayList<>(texts.warnings());
        int[] counts = texts.counts();
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] < FEW_ROWS) {
                warnings.add("the class \"" + texts.labelNames().get(k) + "\" has only " + counts[k]
                        + (counts[k] == 1 ? " row" : " rows") + ": too few to learn it or to measure it");
            }
        }
        return new LabeledTexts(texts.texts(), texts.labels(), texts.labelNames(), texts.sourceRows(), warnings);
    }

    /**
     * Rows labelled with known classes, e.g. a separate test file for a model trained on {@code labelNames}. Rows
     * without a text or a label are left out and counted in the warnings.
     *
     * @throws StudioException when a column is missing or a row has a label that is not one of {@code labelNames}
     */
    public static LabeledTexts from(DataTable table, String textColumn, String labelColumn, List<String> labelNames) {
        return collect(table, Columns.of(table, textColumn, labelColumn), labelNames);
    }

    private static LabeledTexts collect(DataTable table, Columns c, List<String> labelNames) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < labelNames.size(); k++) index.put(labelNames.get(k), k);
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<Integer> noText = new ArrayList<>();
        List<Integer> noLabel = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String label = c.label(table, row);
            String text = c.text(table, row);
            if (label == null) {
                noLabel.add(row);
                continue;
            }
            if (text == null) {
                noText.add(row);
                continue;
            }
            Integer k = index.get(label);
            if (k == null) {
                throw new StudioException("row " + (row + 1) + " has the label \"" + label
                        + "\", which the model does not know (it knows " + String.join(", ", labelNames) + ")",
                        null, -1, c.labelName);
            }
            texts.add(text);
            labels.add(k);
            rows.add(row);
        }
        if (texts.isEmpty()) {
            StudioException empty = emptyColumn(table, c);
            if (empty != null) throw empty;
            throw new StudioException("no row has both a text in \"" + c.textName + "\" and a label in \""
                    + c.labelName + "\"");
        }
        List<String> warnings = new ArrayList<>();
        if (!noLabel.isEmpty()) warnings.add(leftOut(noLabel, "no label in \"" + c.labelName + "\""));
        if (!noText.isEmpty()) warnings.add(leftOut(noText, "no text in \"" + c.textName + "\""));
        return new LabeledTexts(texts, labels.stream().mapToInt(Integer::intValue).toArray(), labelNames,
                rows.stream().mapToInt(Integer::intValue).toArray(), warnings);
    }

    /** The text or the label column with no value in any row, named as such; null when both have values. */
    private static StudioException emptyColumn(DataTable table, Columns c) {
        boolean anyText = false, anyLabel = false;
        for (int row = 0; row < table.rowCount() && !(anyText && anyLabel); row++) {
            anyText |= c.text(table, row) != null;
            anyLabel |= c.label(table, row) != null;
        }
        if (!anyText) return new StudioException("the text column \"" + c.textName + "\" is empty in every row", null, -1, c.textName);
        if (!anyLabel) return new StudioException("the label column \"" + c.labelName + "\" is empty in every row", null, -1, c.labelName);
        return null;
    }

    /** "3 rows have no label in "score" and were left out (rows 4, 9, 12)": rows numbered from 1 as the user sees them. */
    private static String leftOut(List<Integer> rows, String why) {
        StringBuilder sb = new StringBuilder();
        sb.append(rows.size()).append(rows.size() == 1 ? " row has " : " rows have ").append(why)
                .append(" and ").append(rows.size() == 1 ? "was" : "were").append(" left out (")
                .append(rows.size() == 1 ? "row " : "rows ");
        for (int i = 0; i < Math.min(ROWS_NAMED, rows.size()); i++) sb.append(i > 0 ? ", " : "").append(rows.get(i) + 1);
        if (rows.size() > ROWS_NAMED) sb.append(" …");
        return sb.append(')').toString();
    }

    /** The two columns, found by name. */
    private record Columns(int textIndex, int labelIndex, String textName, String labelName) {
        static Columns of(DataTable table, String textColumn, String labelColumn) {
            int text = table.indexOf(textColumn);
            int label = table.indexOf(labelColumn);
            if (text < 0) throw new StudioException("the text column \"" + textColumn + "\" is not in the table");
            if (label < 0) throw new StudioException("the label column \"" + labelColumn + "\" is not in the table");
            if (text == label) throw new StudioException("the text and the label must be different columns");
            return new Columns(text, label, textColumn, labelColumn);
        }

        /** The label, trimmed; null when missing or blank. */
        String label(DataTable table, int row) {
            if (table.isMissing(row, labelIndex)) return null;
            String s = table.text(row, labelIndex).strip();
            return s.isEmpty() ? null : s;
        }

        /** The text as written; null when missing or blank. */
        String text(DataTable table, int row) {
            if (table.isMissing(row, textIndex)) return null;
            String s = table.text(row, textIndex);
            return s.isBlank() ? null : s;
        }
    }
}
