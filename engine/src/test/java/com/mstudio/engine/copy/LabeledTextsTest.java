package com.mstudio.engine.copy;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.csv.CsvImporter;
import com.mstudio.engine.testsupport.ChurnData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabeledTextsTest {
    @TempDir
    Path dir;

    private DataTable csv(String content) throws IOException {
        Path file = dir.resolve("copy.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new CsvImporter().importFile(file, ImportOptions.detectAll(), new PlainJobContext()).table();
    }

    static DataTable sample(String name) {
        Path file = ChurnData.repoRoot().resolve("samples").resolve(name);
        return new CsvImporter().importFile(file, ImportOptions.detectAll(), new PlainJobContext()).table();
    }

    @Test
    void labelsAreSortedAndRowsWithoutTextOrLabelAreLeftOutAndCounted() throws IOException {
        DataTable t = csv("""
                text,label
                Win a free cruise,spam
                Meeting moved to 3pm,ham
                ,spam
                Cheap pills now,spam
                Lunch tomorrow?,
                Minutes attached,ham
                """);
        LabeledTexts l = LabeledTexts.from(t, "text", "label");
        assertEquals(List.of("ham", "spam"), l.labelNames());
        assertEquals(List.of("Win a free cruise", "Meeting moved to 3pm", "Cheap pills now", "Minutes attached"), l.texts());
        assertArrayEquals(new int[] {1, 0, 1, 0}, l.labels());
        assertArrayEquals(new int[] {0, 1, 3, 5}, l.sourceRows());
        assertArrayEquals(new int[] {2, 2}, l.counts());
        String all = String.join(" | ", l.warnings());
        assertTrue(all.contains("1 row has no text in \"text\" and was left out (row 3)"), all);
        assertTrue(all.contains("1 row has no label in \"label\" and was left out (row 5)"), all);
        assertTrue(all.contains("the class \"ham\" has only 2 rows"), all);
    }

    @Test
    void missingColumnsAndASingleClassAreRefusedInPlainWords() throws IOException {
        DataTable t = csv("text,label\nhello,ham\nworld,ham\n");
        assertTrue(assertThrows(StudioException.class, () -> LabeledTexts.from(t, "body", "label")).getMessage()
                .contains("the text column \"body\" is not in the table"));
        assertTrue(assertThrows(StudioException.class, () -> LabeledTexts.from(t, "text", "score")).getMessage()
                .contains("\"score\" is not in the table"));
        String oneClass = assertThrows(StudioException.class, () -> LabeledTexts.from(t, "text", "label")).getMessage();
        assertTrue(oneClass.contains("needs at least two classes; it has only \"ham\""), oneClass);
    }

    @Test
    void anEmptyTextOrLabelColumnIsNamedNotCalledAMissingClass() throws IOException {
        DataTable noText = csv("id,text,label\n1,,ham\n2,,spam\n");
        String e = assertThrows(StudioException.class, () -> LabeledTexts.from(noText, "text", "label")).getMessage();
        assertTrue(e.contains("the text column \"text\" is empty in every row"), e);
        e = assertThrows(StudioException.class, () -> LabeledTexts.from(noText, "text", "label", List.of("ham", "spam"))).getMessage();
        assertTrue(e.contains("the text column \"text\" is empty in every row"), e);
        DataTable noLabel = csv("id,text,label\n1,hello,\n2,world,\n");
        e = assertThrows(StudioException.class, () -> LabeledTexts.from(noLabel, "text", "label")).getMessage();
        assertTrue(e.contains("the label column \"label\" is empty in every row"), e);
    }

    @Test
    void aProblemInTheSeparateTestRowsIsSaidToBeInTheTestFile() throws IOException {
        DataTable train = csv("text,label\nhello,ham\nworld,spam\nagain,ham\nmore,spam\n");
        DataTable test = csv("text,label\nhello,maybe\n");
        com.mstudio.engine.api.CopyRequest request = new com.mstudio.engine.api.CopyRequest("text", "label",
                com.mstudio.engine.api.CopyRequest.Models.BASELINE, com.mstudio.engine.api.CopyRequest.Tokenizer.DEFAULT,
                CopyServiceTest.QUICK, 0.15, 0.2, 1);
        String e = assertThrows(StudioException.class,
                () -> new CopyTrainer().train(train, test, request, "", new PlainJobContext())).getMessage();
        assertTrue(e.startsWith("column label: test file: row 1 has the label \"maybe\""), e);
    }

    @Test
    void aTestFileUsesTheTrainingLabelsAndRefusesAnUnknownOne() throws IOException {
        DataTable t = csv("text,label\nhello,spam\nworld,spam\nagain,maybe\n");
        String e = assertThrows(StudioException.class,
                () -> LabeledTexts.from(t, "text", "label", List.of("ham", "spam"))).getMessage();
        assertTrue(e.contains("row 3 has the label \"maybe\", which the model does not know (it knows ham, spam)"), e);
        DataTable ok = csv("text,label\nhello,spam\nworld,spam\n");
        LabeledTexts l = LabeledTexts.from(ok, "text", "label", List.of("ham", "spam"));
        assertArrayEquals(new int[] {1, 1}, l.labels(), "one class present is fine in a test file");
        assertEquals(List.of("ham", "spam"), l.labelNames());
    }

    @Test
    void theSpamSampleKeepsEveryRowWithASubjectAndNamesTheEmptyOnes() {
        DataTable t = sample("spam_subjects.csv");
        assertEquals(6_046, t.rowCount());
        LabeledTexts l = LabeledTexts.from(t, "subject", "label");
        assertEquals(List.of("ham", "spam"), l.labelNames());
        // 19 subjects are empty, and one spam subject is the word "none", which the importer reads as a missing cell
        assertEquals(6_046 - 20, l.size());
        assertArrayEquals(new int[] {4_150 - 6, 1_896 - 14}, l.counts());
        assertEquals(List.of("20 rows have no text in \"subject\" and were left out"),
                l.warnings().stream().map(w -> w.substring(0, w.indexOf(" ("))).toList());
    }

    @Test
    void theFineFoodSamplesHaveTheFixedSplit() {
        LabeledTexts train = LabeledTexts.from(sample("fine_food_reviews_train.csv"), "review", "score");
        LabeledTexts test = LabeledTexts.from(sample("fine_food_reviews_test.csv"), "review", "score",
                train.labelNames());
        assertEquals(List.of("great", "other"), train.labelNames());
        assertArrayEquals(new int[] {2_600, 1_400}, train.counts());
        assertArrayEquals(new int[] {658, 342}, test.counts());
        assertEquals(List.of(), train.warnings());
        // the reviews are full of <br /> line breaks: none of them may become a token
        TextTokenizer tokenizer = new TextTokenizer(null);
        assertTrue(train.texts().stream().anyMatch(r -> r.contains("<br />")));
        assertTrue(train.texts().stream().flatMap(r -> tokenizer.tokens(r).stream())
                .noneMatch(tok -> tok.equals("br") || tok.contains("<br") || tok.equals("/")));
    }

    @Test
    void aColumnWithTooManyValuesIsNotALabel() throws IOException {
        StringBuilder sb = new StringBuilder("text,label\n");
        for (int i = 0; i < 60; i++) sb.append("copy number ").append(i).append(",class").append(i).append('\n');
        DataTable t = csv(sb.toString());
        String e = assertThrows(StudioException.class, () -> LabeledTexts.from(t, "text", "label")).getMessage();
        assertTrue(e.contains("has 60 different values; a label column has 2 to 50 classes"), e);
    }

    @Test
    void theChineseSampleReadsAsTwoClassesOfCharacterBigrams() {
        LabeledTexts l = LabeledTexts.from(sample("chinese_ad_copy.csv"), "text", "label");
        assertEquals(List.of("info", "promo"), l.labelNames());
        assertArrayEquals(new int[] {140, 160}, l.counts());
        TextTokenizer tokenizer = new TextTokenizer(null);
        long cjk = l.texts().stream().flatMap(s -> tokenizer.tokens(s).stream())
                .filter(tok -> tok.codePointCount(0, tok.length()) == 2 && Character.UnicodeScript.of(tok.codePointAt(0))
                        == Character.UnicodeScript.HAN).count();
        assertTrue(cjk > 3_000, "Han bigrams: " + cjk);
    }
}
