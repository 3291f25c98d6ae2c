package com.mstudio.engine.data.pii;

import com.mstudio.engine.api.PiiKind;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one value or one header looks. Value rules are deliberately strict (a false alarm trains users to click past the
 * warning); header names only add evidence, they never flag a column on their own.
 */
final class PiiPatterns {
    private PiiPatterns() {}

    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
    private static final Pattern PHONE_CHARS = Pattern.compile("^(\\+|00)?[0-9][0-9 ()./-]{5,22}[0-9]$");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("^-?\\d+([.,]\\d+)?$");
    private static final Pattern DATE_LIKE = Pattern.compile("^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}$|^\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}$");
    /** 1 to 3 capitalised words, allowing O'Neil, Jean-Luc, van/de/von particles in between, and initials. */
    private static final Pattern NAME_SHAPE = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]*(\\s+((van|von|de|der|den|la|le|del|da|di|du|ten|ter)\\s+)*\\p{Lu}[\\p{L}'’.-]*){0,2}$");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(^|[\\s,])\\d{1,5}\\s?[a-zA-Z]?([\\s,]|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /** Street words in EN, DE, FR, ES and NL, as separate tokens (lower case, without accents where users drop them). */
    private static final Set<String> STREET_WORDS = Set.copyOf(java.util.List.of(
            "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "boulevard", "blvd", "way", "court",
            "place", "terrace", "crescent", "highway", "hwy", "square", "parkway",
            "straße", "strasse", "str", "weg", "platz", "allee", "gasse", "damm", "ufer", "chaussee",
            "rue", "chemin", "allée", "impasse", "quai", "route", "bd", "cours",
            "calle", "avenida", "avda", "plaza", "paseo", "camino", "carrera", "carretera", "ronda", "travesía",
            "straat", "laan", "plein", "gracht", "kade", "steeg", "dijk", "singel"));
    /** German and Dutch write the street word into the name: Hauptstraße, Kalverstraat, Dorpsweg. */
    private static final String[] STREET_SUFFIXES = {"straße", "strasse", "weg", "platz", "allee", "gasse", "damm",
            "straat", "laan", "plein", "gracht", "kade", "dijk", "singel"};

    private static final Set<String> NAME_HEADERS = Set.of(
            "name", "full_name", "fullname", "first_name", "firstname", "last_name", "lastname", "surname",
            "given_name", "family_name", "customer_name", "client_name", "contact_name", "contact", "person",
            "vorname", "nachname", "nom", "prenom", "prénom", "nombre", "apellido", "apellidos", "naam",
            "voornaam", "achternaam", "kunde", "kundenname");

    static boolean isEmail(String v) {
        return v.length() <= 254 && v.indexOf('@') > 0 && EMAIL.matcher(v).matches();
    }

    /**
     * Phone numbers with 7 to 15 digits. A bare run of digits could as well be a customer number, so it counts only
     * when the header says phone ({@code headerHint}); dates and plain decimals never count.
     */
    static boolean isPhone(String v, boolean headerHint) {
        if (!PHONE_CHARS.matcher(v).matches() || DATE_LIKE.matcher(v).matches()) return false;
        int digits = 0;
        for (int i = 0; i < v.length(); i++) if (Character.isDigit(v.charAt(i))) digits++;
        if (digits < 7 || digits > 15) return false;
        return headerHint || !PLAIN_NUMBER.matcher(v).matches() || v.startsWith("+") || v.startsWith("00");
    }

    static boolean isStreetAddress(String v) {
        if (v.length() > 200 || !HOUSE_NUMBER.matcher(v).find()) return false;
        if (v.toLowerCase(Locale.ROOT).contains("c/ ")) return true; // Spanish "C/ Mayor 5"
        var m = WORD.matcher(v.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (STREET_WORDS.contains(w)) return true;
            for (String s : STREET_SUFFIXES) if (w.length() > s.length() + 2 && w.endsWith(s)) return true;
        }
        return false;
    }

    static boolean hasNameShape(String v) {
        return v.length() <= 80 && NAME_SHAPE.matcher(v).matches();
    }

    /** The first word of the value is a common first name (for columns whose header says nothing). */
    static boolean startsWithFirstName(String v) {
        int end = 0;
        while (end < v.length() && Character.isLetter(v.charAt(end))) end++;
        return end > 1 && FirstNames.contains(v.substring(0, end));
    }

    /** Header evidence for a kind: "E-Mail", "customer_email", "Telefon", "mobile", "Adresse", "last_name"... */
    static boolean headerSuggests(String header, PiiKind kind) {
        String h = normalise(header);
        return switch (kind) {
            case EMAIL -> h.contains("email") || h.contains("e_mail") || h.equals("mail") || h.endsWith("_mail");
            case PHONE -> h.contains("phone") || h.contains("telef") || h.contains("mobile") || h.contains("mobil")
                    || h.equals("tel") || h.startsWith("tel_") || h.endsWith("_tel") || h.contains("handy")
                    || h.contains("cell") || h.contains("fax") || h.contains("movil") || h.contains("móvil");
            case STREET_ADDRESS -> h.contains("address") || h.contains("adresse") || h.contains("street")
                    || h.contains("strasse") || h.contains("straße") || h.contains("direccion") || h.contains("dirección")
                    || h.contains("adres") || h.equals("rue") || h.equals("calle") || h.equals("straat");
            case PERSON_NAME -> NAME_HEADERS.contains(h);
        };
    }

    /** Lower case, runs of anything but letters and digits as one "_", camelCase split: "CustomerName" → customer_name. */
    static String normalise(String header) {
        String split = header.strip().replaceAll("(\\p{Ll})(\\p{Lu})", "$1_$2");
        return split.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "_").replaceAll("^_|_$", "");
    }
}
