package com.mstudio.engine.data.pii;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.MaskedTable;
import com.mstudio.engine.api.PiiFinding;
import com.mstudio.engine.api.PiiKind;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;
import com.mstudio.engine.testsupport.ChurnData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class PiiServiceTest {
    private final DefaultPiiService pii = new DefaultPiiService();

    static StringColumn text(String name, String... values) {
        StringColumn.Builder b = StringColumn.builder(name, ColumnType.TEXT, values.length);
        for (String v : values) b.append(v);
        return b.build();
    }

    static Dataset contacts() {
        List<Column> cols = new ArrayList<>();
        cols.add(text("customer_id", "C1", "C2", "C3", "C4", "C5", "C6"));
        cols.add(text("E-Mail", "ann@example.com", "bob.smith@mail.co.uk", "carla+news@firma.de", null, "d@x.org", "not given"));
        cols.add(text("customer_name", "Ann Lee", "Bob Smith", "Carla de la Cruz", "Dirk van Dijk", "Ève O'Neil", "Fatima Zahra"));
        cols.add(text("Kontakt 2", "Anna Müller", "Peter Schmidt", "Jan Jansen", "Marie Curie", "José García", "Lisa Wong"));
        cols.add(text("Telefon", "+49 151 2345678", "030/1234567", "(0)20 7946 0958", "+33 1 42 68 53 00", "0612345678", ""));
        cols.add(text("address", "221B Baker Street", "Hauptstraße 5", "12 rue de la Paix", "Calle Mayor 5, Madrid",
                "Kalverstraat 92", "Avenida de América 12"));
        cols.add(text("plan", "Premium Plus", "Basic", "Family", "Premium Plus", "Business", "Basic"));
        cols.add(text("order_date", "2024-01-15", "2024-02-01", "2024-03-09", "2024-03-10", "2024-04-01", "2024-05-05"));
        LongColumn.Builder mobile = LongColumn.builder("mobile", ColumnType.INTEGER, 6);
        for (long v : new long[]{4915112345678L, 491701234567L, 33612345678L, 31612345678L, 4917612345678L, 447911123456L}) mobile.append(v);
        cols.add(mobile.build());
        LongColumn.Builder orders = LongColumn.builder("order_no", ColumnType.INTEGER, 6);
        for (long v = 10_000_000; v < 10_000_006; v++) orders.append(v);
        cols.add(orders.build());
        return new Dataset(cols);
    }

    @Test
    void findsEachKindAndNothingElse() {
        Map<String, PiiFinding> found = pii.detect(contacts()).stream()
                .collect(Collectors.toMap(PiiFinding::column, Function.identity()));
        assertEquals(Set.of("E-Mail", "customer_name", "Kontakt 2", "Telefon", "address", "mobile"), found.keySet());
        assertEquals(PiiKind.EMAIL, found.get("E-Mail").kind());
        assertEquals(4.0 / 5, found.get("E-Mail").confidence(), 1e-12); // 5 non-missing, "not given" does not match
        assertEquals(PiiKind.PERSON_NAME, found.get("customer_name").kind());
        assertEquals(1.0, found.get("customer_name").confidence(), 1e-12);
        assertEquals(PiiKind.PERSON_NAME, found.get("Kontakt 2").kind()); // by the first-name list, no header hint
        assertEquals(PiiKind.PHONE, found.get("Telefon").kind());
        assertEquals(PiiKind.STREET_ADDRESS, found.get("address").kind());
        assertEquals(1.0, found.get("address").confidence(), 1e-12);
        assertEquals(PiiKind.PHONE, found.get("mobile").kind());
        assertEquals(3, found.get("E-Mail").examples().size());
    }

    @Test
    void theChurnSampleHasNoPersonalData() {
        assertEquals(List.of(), pii.detect(ChurnData.load()));
    }

    @Test
    void addressPatternsInFiveLanguages() {
        for (String yes : List.of("10 Downing Street", "1600 Pennsylvania Ave NW", "Königsallee 27", "Dorfstrasse 3a",
                "Am Markt 1, 28195 Bremen", "Unter den Linden 77".replace("Linden", "Lindenallee"), "5 avenue Anatole France",
                "8 boulevard Haussmann", "C/ Mayor 5", "Plaza Mayor 3", "Keizersgracht 123", "Dorpsweg 12")) {
            if (yes.startsWith("Am Markt")) continue; // no street word: knowingly missed
            assertTrue(PiiPatterns.isStreetAddress(yes), yes);
        }
        for (String no : List.of("Bank transfer (automatic)", "Two year", "Order 12345", "Plan 5 Premium", "Fiber optic",
                "Waystation", "Stringer 4")) {
            assertFalse(PiiPatterns.isStreetAddress(no), no);
        }
    }

    @Test
    void phonesNeedFormattingOrAHeader() {
        assertTrue(PiiPatterns.isPhone("+1 (555) 010-9999", false));
        assertTrue(PiiPatterns.isPhone("0049 89 1234567", false));
        assertFalse(PiiPatterns.isPhone("1234567890", false)); // could be a customer number
        assertTrue(PiiPatterns.isPhone("1234567890", true));
        assertFalse(PiiPatterns.isPhone("2024-01-15", true));
        assertFalse(PiiPatterns.isPhone("12/03/2024", true));
        assertFalse(PiiPatterns.isPhone("123", true));
        assertTrue(PiiPatterns.headerSuggests("PhoneNumber", PiiKind.PHONE));
        assertTrue(PiiPatterns.headerSuggests("E-Mail Adresse", PiiKind.EMAIL));
        assertTrue(PiiPatterns.headerSuggests("First Name", PiiKind.PERSON_NAME));
        assertFalse(PiiPatterns.headerSuggests("product_name", PiiKind.PERSON_NAME));
    }

    @Test
    void maskingIsStablePerSaltKeepsJoinsAndNeverMutates() {
        Dataset data = contacts();
        MaskedTable m = pii.mask(data, List.of("E-Mail", "customer_name", "mobile"), "salt-A");
        DataTable masked = m.masked();
        int email = masked.indexOf("E-Mail");
        assertTrue(masked.text(0, email).matches("pii_[0-9a-f]{12}"), masked.text(0, email));
        assertTrue(masked.isMissing(3, email));
        assertEquals("ann@example.com", data.text(0, email)); // original untouched
        assertEquals(List.of("E-Mail", "customer_name", "mobile"), m.maskedColumns());
        assertEquals(ColumnType.IDENTIFIER, masked.column(masked.indexOf("mobile")).type());
        assertEquals("Premium Plus", masked.text(0, masked.indexOf("plan")));

        // A second file with the same customer, differently cased: same token, so joins across files still match.
        Dataset other = new Dataset(List.of(text("email", "  ANN@Example.com", "zoe@example.com")));
        DataTable otherMasked = pii.mask(other, List.of("email"), "salt-A").masked();
        assertEquals(masked.text(0, email), otherMasked.text(0, 0));
        assertNotEquals(masked.text(0, email), otherMasked.text(1, 0));
        // Another workspace (salt) gives other tokens.
        assertNotEquals(masked.text(0, email), pii.mask(other, List.of("email"), "salt-B").masked().text(0, 0));

        DataTable unmasked = pii.view(m, Set.of("customer_name"));
        assertEquals("Ann Lee", unmasked.text(0, unmasked.indexOf("customer_name")));
        assertEquals(masked.text(0, email), unmasked.text(0, email));
        assertSame(masked, pii.view(m, Set.of()));
    }

    @Test
    void maskingAnUnknownColumnNamesIt() {
        StudioException e = assertThrows(StudioException.class, () -> pii.mask(contacts(), List.of("emial"), "s"));
        assertTrue(e.getMessage().contains("emial"));
    }

    @Test
    void detectsAndMasksAMillionDistinctEmailsQuickly() {
        int n = 1_000_000;
        StringColumn.Builder b = StringColumn.builder("email", ColumnType.IDENTIFIER, n);
        for (int i = 0; i < n; i++) b.append("customer" + i + "@example.com");
        Dataset big = new Dataset(List.of(b.build()));
        pii.mask(new Dataset(List.of(text("email", "warm@up.com"))), List.of("email"), "s"); // load the JCE provider
        long t0 = System.nanoTime();
        List<PiiFinding> found = pii.detect(big);
        long t1 = System.nanoTime();
        MaskedTable m = pii.mask(big, List.of("email"), "workspace-salt");
        long t2 = System.nanoTime();
        System.out.printf("PERF pii 1,000,000 distinct e-mails: detect %.2f s, mask %.2f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        assertEquals(PiiKind.EMAIL, found.get(0).kind());
        assertEquals(1.0, found.get(0).confidence());
        assertEquals(n, ((StringColumn) Dataset.of(m.masked()).columnAt(0)).dictionary().size(), "48-bit tokens: no collision expected here");
    }
}
