package com.mstudio.app.cli;

import com.mstudio.engine.api.BadRowPolicy;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.StudioException;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the import command's options into {@link ImportOptions}, with plain errors for bad values. */
final class ImportOptionsParser {
    static final Set<String> VALUE_OPTIONS = Set.of("encoding", "delimiter", "quote", "header", "decimal-comma", "type", "bad-rows");

    private ImportOptionsParser() {}

    static ImportOptions parse(CliArgs args) {
        ImportOptions o = ImportOptions.detectAll();
        String enc = args.option("encoding");
        if (enc != null) {
            if (!Charset.isSupported(enc)) throw new StudioException("Unknown encoding '" + enc + "'. Try UTF-8, UTF-16, GB18030 or windows-1252.");
            o = o.withEncoding(Charset.forName(enc).name());
        }
        String d = args.option("delimiter");
        if (d != null) o = o.withDelimiter(delimiter(d));
        String q = args.option("quote");
        if (q != null) o = o.withQuote(q.equalsIgnoreCase("none") ? '\0' : single(q, "--quote"));
        String h = args.option("header");
        if (h != null) o = o.withHeader(yesNo(h, "--header"));
        String dc = args.option("decimal-comma");
        if (dc != null) o = o.withDecimalComma(yesNo(dc, "--decimal-comma"));
        for (String t : args.options("type")) {
            int eq = t.lastIndexOf('=');
            if (eq <= 0) throw new StudioException("--type needs COLUMN=TYPE, e.g. --type tenure=integer (got '" + t + "').");
            o = o.withColumnType(t.substring(0, eq), type(t.substring(eq + 1)));
        }
        String bad = args.option("bad-rows");
        if (bad != null) {
            o = o.withBadRowPolicy(switch (bad.toLowerCase(Locale.ROOT)) {
                case "skip" -> BadRowPolicy.SKIP_ROW;
                case "keep", "missing", "keep-as-missing" -> BadRowPolicy.KEEP_AS_MISSING;
                default -> throw new StudioException("--bad-rows is skip or keep, not '" + bad + "'.");
            });
        }
        return o;
    }

    static ColumnType type(String name) {
        try {
            return ColumnType.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String all = Arrays.stream(ColumnType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            throw new StudioException("Unknown type '" + name + "'. Use one of: " + all + ".");
        }
    }

    private static char delimiter(String d) {
        return switch (d.toLowerCase(Locale.ROOT)) {
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "tab", "\\t", "\t" -> '\t';
            case "pipe", "|" -> '|';
            default -> throw new StudioException("--delimiter is one of comma, semicolon, tab, pipe (or , ; | \\t), not '" + d + "'.");
        };
    }

    private static char single(String s, String option) {
        if (s.length() != 1) throw new StudioException(option + " needs a single character, not '" + s + "'.");
        return s.charAt(0);
    }

    private static boolean yesNo(String s, String option) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "1" -> true;
            case "no", "false", "n", "0" -> false;
            default -> throw new StudioException(option + " is yes or no, not '" + s + "'.");
        };
    }
}
